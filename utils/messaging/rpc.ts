// Typed calls from content scripts to the background, which owns the database (a content script's
// IndexedDB would belong to the mail site). Chrome serialises runtime messages as JSON, so Blobs travel
// as data URLs and StoreErrors as plain data, and both are restored on arrival.
import { blobToDataUrl, dataUrlToBlob } from '@/utils/data-url';
import { StoreError } from '@/utils/store/errors';

export const RPC_KIND = 'photo-triage/rpc';

export interface RpcRequest {
  kind: typeof RPC_KIND;
  method: string;
  args: unknown[];
}

export type RpcResponse =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string; problems?: string[] } };

type AsyncApi = Record<string, (...args: never[]) => Promise<unknown>>;

/** What the content script sees: the same methods, every one asynchronous. */
export type RpcClient<Api extends AsyncApi> = { [K in keyof Api]: Api[K] };

const BLOB = '$blob';

/** Blob → `{$blob: dataUrl}` everywhere in a value. */
export async function encodeBlobs(value: unknown): Promise<unknown> {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return { [BLOB]: await blobToDataUrl(value) };
  if (Array.isArray(value)) return Promise.all(value.map(encodeBlobs));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await encodeBlobs(v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

export function decodeBlobs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBlobs);
  if (value && typeof value === 'object') {
    const blob = (value as Record<string, unknown>)[BLOB];
    if (typeof blob === 'string' && Object.keys(value).length === 1) return dataUrlToBlob(blob);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeBlobs(v)]));
  }
  return value;
}

export function isRpcRequest(message: unknown): message is RpcRequest {
  return (message as RpcRequest)?.kind === RPC_KIND && typeof (message as RpcRequest).method === 'string';
}

/** Background side: answer requests for `api`'s methods only. */
export function createRpcHandler<Api extends AsyncApi>(api: Api) {
  return async (request: RpcRequest): Promise<RpcResponse> => {
    if (!Object.hasOwn(api, request.method)) {
      return { ok: false, error: { code: 'unavailable', message: `No such call: ${request.method}` } };
    }
    try {
      const args = decodeBlobs(request.args) as never[];
      const value = await api[request.method](...args);
      return { ok: true, value: await encodeBlobs(value) };
    } catch (e) {
      if (e instanceof StoreError) return { ok: false, error: e.toJSON() };
      return {
        ok: false,
        error: { code: 'unavailable', message: e instanceof Error ? e.message : String(e) },
      };
    }
  };
}

/** Content-script side: every call becomes one message; failures come back as StoreErrors. */
export function createRpcClient<Api extends AsyncApi>(
  send: (request: RpcRequest) => Promise<RpcResponse | undefined>,
): RpcClient<Api> {
  return new Proxy({} as RpcClient<Api>, {
    get(_target, method) {
      if (typeof method !== 'string') return undefined;
      return async (...args: unknown[]) => {
        const response = await send({ kind: RPC_KIND, method, args: (await encodeBlobs(args)) as unknown[] });
        if (!response)
          throw new StoreError('unavailable', 'Photo Triage’s background did not answer. Reload the page.');
        if (!response.ok) throw StoreError.fromJSON(response.error as never);
        return decodeBlobs(response.value);
      };
    },
  });
}
