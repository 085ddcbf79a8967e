// Pure knowledge of Outlook's own service (service.svc), used by the page-world hook: which calls list a
// message's attachments, how their answers list them, how Outlook asks for an attachment's bytes and how
// the answer holds them. Dated, with sources, in ./byte-ways (SERVICE_GET_ITEM, SERVICE_GET_ATTACHMENT).
// Tested without a page; nothing here sends anything.
import { attachmentKind } from '../adapter';
import type { ServiceAttachment } from './service-protocol';

/** The service action a call names: `?action=` in its URL, else its `action` header. */
export function serviceAction(url: string, header?: string | null): string | undefined {
  let u: URL;
  try {
    u = new URL(url, 'https://outlook.invalid/');
  } catch {
    return undefined;
  }
  if (!/\/service\.svc$/i.test(u.pathname)) return undefined;
  const action = u.searchParams.get('action') || header || '';
  return /^[A-Za-z]{1,60}$/.test(action) ? action : undefined;
}

/**
 * The calls whose answers list a message's attachments: GetItem and the conversation calls
 * (GetConversationItems). Others (folders, notifications, GetAttachment's bytes) are passed through unread.
 */
export const isListingAction = (action: string): boolean => /^(GetItem|GetConversationItems)$/i.test(action);

/**
 * The headers of Outlook's own call worth sending again: its credentials and routing. Everything else
 * (the body's own length, type and payload) belongs to that call. Lower-case names.
 */
export const REUSED_HEADERS = [
  'authorization',
  'x-owa-canary',
  'x-anchormailbox',
  'x-owa-sessionid',
  'x-req-source',
  'x-owa-hosted-ux',
  'x-routingparameter-sessionkey',
  'prefer',
] as const;

export function pickHeaders(entries: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if ((REUSED_HEADERS as readonly string[]).includes(lower) && typeof value === 'string')
      out[lower] = value;
  }
  return out;
}

/** A JSON walk stops after this many values: an answer the size of a mailbox costs nothing unbounded. */
const MAX_NODES = 50_000;

/** Every `FileAttachment:#Exchange` in an answer, wherever the call nests its items. */
export function attachmentsIn(json: unknown): ServiceAttachment[] {
  const out: ServiceAttachment[] = [];
  const seen = new Set<string>();
  let nodes = 0;
  const walk = (v: unknown, depth: number): void => {
    if (nodes++ > MAX_NODES || depth > 40 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const a = fileAttachment(o);
    if (a) {
      if (!seen.has(a.id)) out.push(a);
      seen.add(a.id);
      return;
    }
    for (const key of Object.keys(o)) walk(o[key], depth + 1);
  };
  walk(json, 0);
  return out;
}

function fileAttachment(o: Record<string, unknown>): ServiceAttachment | undefined {
  if (typeof o.__type !== 'string' || !/^FileAttachment:#Exchange$/.test(o.__type)) return undefined;
  const idObj = o.AttachmentId as Record<string, unknown> | undefined;
  const id = idObj && typeof idObj === 'object' ? idObj.Id : undefined;
  if (typeof id !== 'string' || !id || id.length > 1000) return undefined;
  if (typeof o.Name !== 'string' || typeof o.Size !== 'number' || !Number.isFinite(o.Size)) return undefined;
  return {
    id,
    name: o.Name.slice(0, 1000),
    size: o.Size,
    isInline: o.IsInline === true,
    contentType: typeof o.ContentType === 'string' ? o.ContentType.slice(0, 200) : undefined,
    contentId: typeof o.ContentId === 'string' ? o.ContentId.slice(0, 1000) : undefined,
  };
}

/** Only pictures and zips are ever fetched: the rest of a mailbox is none of Photo Triage's business. */
export const isWanted = (a: Pick<ServiceAttachment, 'name' | 'contentType'>): boolean =>
  attachmentKind(a.name, a.contentType) !== 'other';

/** The GetAttachment request for one attachment, as OWA's JSON clients shape it. */
export function getAttachmentRequest(id: string): object {
  return {
    __type: 'GetAttachmentJsonRequest:#Exchange',
    Header: { __type: 'JsonRequestHeaders:#Exchange', RequestServerVersion: 'V2018_01_08' },
    Body: {
      __type: 'GetAttachmentRequest:#Exchange',
      AttachmentIds: [{ __type: 'AttachmentIdType:#Exchange', Id: id }],
    },
  };
}

/** The `x-owa-urlpostdata` header: the request, URL-encoded (the call itself has no body). */
export const urlPostData = (request: object): string => encodeURIComponent(JSON.stringify(request));

/** The URL of a service action on the page's origin, the path Outlook's own calls used when seen. */
export function serviceUrl(action: string, seenUrl: string | undefined, origin: string): string {
  let path = '/owa/service.svc';
  try {
    if (seenUrl) path = new URL(seenUrl, origin).pathname;
  } catch {}
  const u = new URL(path, origin);
  u.searchParams.set('action', action);
  u.searchParams.set('app', 'Mail');
  return u.href;
}

/**
 * The base64 `Content` of attachment `id` in a GetAttachment answer
 * (Body.ResponseMessages.Items[].Attachments[]), or undefined when the answer is in another shape.
 */
export function attachmentContent(json: unknown, id: string): string | undefined {
  const body = (json as { Body?: { ResponseMessages?: { Items?: unknown } } } | null)?.Body;
  const items = body?.ResponseMessages?.Items;
  if (!Array.isArray(items)) return undefined;
  for (const item of items) {
    const list = (item as { Attachments?: unknown } | null)?.Attachments;
    if (!Array.isArray(list)) continue;
    for (const a of list) {
      const att = a as { AttachmentId?: { Id?: unknown }; Content?: unknown } | null;
      if (typeof att?.Content !== 'string') continue;
      // One id asked, one attachment back; an id in the answer must be that one.
      if (att.AttachmentId?.Id !== undefined && att.AttachmentId.Id !== id) continue;
      return att.Content;
    }
  }
  return undefined;
}

/**
 * The base64 `Content` of attachment `id` from a GetAttachment answer's text, without parsing megabytes of
 * JSON on the page's main thread: the one `"Content":"…"` value is cut out (base64 holds no quote; WCF's
 * JSON escapes `/` as `\/`), and the rest of the answer, now small, is parsed to check it is the shape and
 * the id asked for. Undefined when it is not.
 */
export function contentOfAnswer(text: string, id: string): string | undefined {
  const key = '"Content":"';
  const start = text.indexOf(key);
  if (start < 0 || text.indexOf(key, start + key.length) >= 0) return undefined; // one attachment asked
  const from = start + key.length;
  const end = text.indexOf('"', from);
  if (end < 0) return undefined;
  let rest: unknown;
  try {
    rest = JSON.parse(`${text.slice(0, from)}${text.slice(end)}`);
  } catch {
    return undefined;
  }
  if (attachmentContent(rest, id) !== '') return undefined;
  return unescapeBase64(text.slice(from, end));
}

/**
 * The JSON escapes a serializer may write inside base64: `\/` (WCF's, which Outlook's service uses) and
 * `\u002B`, `\u002F`, `\u003D` (System.Text.Json's default encoder escapes `+`). Any other backslash is
 * left, so the base64 decoder refuses it: an answer in a shape we do not know fails, it is not guessed.
 */
export function unescapeBase64(value: string): string {
  if (!value.includes('\\')) return value;
  if (!value.includes('\\u')) return value.replaceAll('\\/', '/');
  return value.replace(/\\(?:\/|u00(?:2[bBfF]|3[dD]))/g, (m) =>
    m === '\\/' ? '/' : String.fromCharCode(Number.parseInt(m.slice(2), 16)),
  );
}

/** Base64 to bytes; undefined when it is not base64. The browser's own decoder when it has one. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  try {
    if (native) return native(clean);
    const binary = atob(clean);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** Base64 characters decoded per step: a few milliseconds each, so no step is a long task on the page. */
export const BASE64_STEP = 64 * 1024;

/**
 * Base64 to bytes in steps of BASE64_STEP characters, handing the thread back (`pause`) between steps;
 * undefined when it is not base64. Outlook's answers hold files of megabytes: decoded at once, a 3.4 MB
 * picture took 75 ms on the page's thread in the bench machine (tests/bench/run.mjs outlook-service).
 */
export async function decodeBase64InSteps(
  text: string,
  pause: () => Promise<void>,
): Promise<Uint8Array | undefined> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < text.length; i += BASE64_STEP) {
    const part = decodeBase64(text.slice(i, i + BASE64_STEP));
    if (!part) return undefined;
    parts.push(part);
    total += part.length;
    if (i + BASE64_STEP < text.length) await pause();
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A response's text read chunk by chunk, handing the thread back (`pause`) after each chunk. Without the
 * pause, once the whole answer has arrived every `read()` resolves at once and the loop runs through all
 * of its megabytes in one task: a performance trace of the e2e's eight-photo message put 50–390 ms long
 * tasks in this loop (2026-12-05).
 */
export async function readTextInSteps(response: Response, pause: () => Promise<void>): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    await pause();
  }
  parts.push(decoder.decode());
  return parts.join('');
}
