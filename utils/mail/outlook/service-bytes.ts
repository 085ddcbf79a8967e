// The content script's side of Outlook's own service (the 'outlook-service' byte strategy): the attachments
// Outlook's answers listed, as the page-world hook saw them (entrypoints/outlook-download-hook.content.ts),
// matched to the tiles on screen by name and displayed size; and their bytes, asked of the hook, which
// fetches them with Outlook's own headers in the page's world. No header or token ever reaches this side.
//
// Nothing posted by the page is trusted (./service-protocol): a listed attachment counts only for a tile
// of an open message showing the same name and size; bytes are the page's, analysed as any untrusted file.
import { matchesDisplayedSize } from '../sizes';
import { SERVICE_GET_ATTACHMENT, SERVICE_GET_ITEM } from './byte-ways';
import {
  isServiceFetchAnswer,
  isServiceSeenMessage,
  SERVICE_SOURCE,
  type ServiceAttachment,
  type ServiceFetchAnswer,
  type ServiceFetchRequest,
  type ServiceHelloMessage,
} from './service-protocol';

/** Attachments remembered from the hook's reports: the open messages' and some before them. */
const MAX_KNOWN = 1000;
/** A request the hook never answers (it was not installed, the page broke it) fails after this. */
export const SERVICE_TIMEOUT_MS = 90_000;

/** What diagnostics say of each way: seen working, tried and failing, or never seen on this page. */
export type WayState = 'working' | 'failing' | null;

export interface ServiceBytes {
  /**
   * The attachment Outlook's service listed for a tile that shows this name and size (the size text as the
   * tile shows it), skipping ids in `taken` (already matched to another tile of the same read).
   */
  match(name: string, sizeText: string | undefined, taken: Set<string>): ServiceAttachment | undefined;
  /** Whether fetching this attachment was tried and failed: the tile falls back to the buyer's download. */
  failed(id: string): boolean;
  /** The attachment's bytes, fetched by the hook; rejects on failure, and with an AbortError on `signal`. */
  read(id: string, signal: AbortSignal): Promise<Blob>;
  /** Calls back when what `match` or `failed` answer may have changed; returns the unsubscribe. */
  onChange(callback: () => void): () => void;
  /** For diagnostics, by way id (./byte-ways): never an id, a name or a token. */
  ways(): Record<string, WayState>;
  stop(): void;
}

const lower = (s: string) => s.trim().toLowerCase();

/**
 * Asks the hook for one attachment's bytes, on a port of its own: its answer, 'unreadable' (not an answer
 * of the protocol), or 'timeout'. Rejects when `signal` aborts, telling the hook to cancel.
 */
function askHook(
  win: Window,
  id: string,
  signal: AbortSignal,
): Promise<ServiceFetchAnswer | 'unreadable' | 'timeout'> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const channel = new MessageChannel();
    const port = channel.port1;
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      port.close();
    };
    const onAbort = () => {
      try {
        port.postMessage({ type: 'cancel' });
      } catch {}
      done();
      reject(signal.reason ?? new DOMException('The message was closed', 'AbortError'));
    };
    const timer = setTimeout(() => {
      done();
      resolve('timeout');
    }, SERVICE_TIMEOUT_MS);
    port.onmessage = (event) => {
      done();
      const answer: unknown = event.data;
      resolve(isServiceFetchAnswer(answer) ? answer : 'unreadable');
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const request: ServiceFetchRequest = { source: SERVICE_SOURCE, type: 'fetch', id };
    win.postMessage(request, win.location.origin, [channel.port2]);
  });
}

export function createServiceBytes(win: Window): ServiceBytes {
  const known = new Map<string, ServiceAttachment>();
  const failures = new Set<string>();
  const listeners = new Set<() => void>();
  let listed: WayState = null;
  let served: WayState = null;
  const changed = () => {
    for (const l of listeners) l();
  };

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== win.location.origin || !isServiceSeenMessage(event.data)) return;
    const { attachments } = event.data;
    if (attachments.length) listed = 'working';
    else if (!listed) listed = 'failing'; // answers seen, none of them listing attachments as expected
    for (const a of attachments) {
      known.delete(a.id);
      known.set(a.id, a);
      if (known.size > MAX_KNOWN) known.delete(known.keys().next().value as string);
    }
    changed();
  };
  win.addEventListener('message', onMessage);
  // What Outlook answered before this script started (it runs at document_idle) is posted again.
  const hello: ServiceHelloMessage = { source: SERVICE_SOURCE, type: 'hello' };
  win.postMessage(hello, win.location.origin);

  const match: ServiceBytes['match'] = (name, sizeText, taken) => {
    if (!name || !sizeText) return undefined;
    const wanted = lower(name);
    let found: ServiceAttachment | undefined;
    for (const a of known.values()) {
      if (taken.has(a.id) || lower(a.name) !== wanted || !matchesDisplayedSize(a.size, sizeText)) continue;
      found = a; // the latest listed wins: Outlook's newest answer for the open message
    }
    if (found) taken.add(found.id);
    return found;
  };

  const fail = (id: string) => {
    failures.add(id);
    if (served !== 'working') served = 'failing';
    changed();
  };

  const read: ServiceBytes['read'] = async (id, signal) => {
    const answer = await askHook(win, id, signal);
    if (answer === 'timeout' || answer === 'unreadable') {
      fail(id);
      throw new Error(
        answer === 'timeout' ? 'Outlook’s service did not answer' : 'Outlook’s service gave no file',
      );
    }
    if (answer.type === 'bytes' && answer.way === SERVICE_GET_ATTACHMENT.id) {
      served = 'working';
      changed();
      return answer.blob;
    }
    if (answer.type === 'failed' && answer.reason === 'aborted')
      throw new DOMException('The message was closed', 'AbortError');
    fail(id);
    throw new Error(`Outlook’s service gave no file (${answer.type === 'failed' ? answer.reason : 'way'})`);
  };

  return {
    match,
    failed: (id) => failures.has(id),
    read,
    onChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    ways: () => ({ [SERVICE_GET_ITEM.id]: listed, [SERVICE_GET_ATTACHMENT.id]: served }),
    stop() {
      win.removeEventListener('message', onMessage);
      listeners.clear();
    },
  };
}
