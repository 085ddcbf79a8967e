// What the page-world hook (entrypoints/outlook-download-hook.content.ts) and the content script say to
// each other about Outlook's own service (service.svc). The hook runs in the page's world because the
// requests that work carry the page's bearer token, which must never leave that world: nothing here holds
// a header, a token or a URL with one.
//
// The page can post the same shapes, so the content script trusts nothing in them: attachments are used
// only when they match, by name and size, a tile on screen in an open message; bytes are exactly as
// trustworthy as the page (the details say where they came from) and are analysed as any untrusted file.
// A page script could also ask the hook for bytes itself, but it holds the token already: it gains nothing.

export const SERVICE_SOURCE = 'photo-triage/outlook-service';

/** One attachment as Outlook's service listed it. Ids are Outlook's (no secret), never logged. */
export interface ServiceAttachment {
  id: string;
  name: string;
  contentType?: string;
  size: number;
  isInline: boolean;
  contentId?: string;
}

/** Hook → content script: attachments seen in one of Outlook's service answers (or none recognised). */
export interface ServiceSeenMessage {
  source: typeof SERVICE_SOURCE;
  type: 'seen';
  /** The service action that answered, e.g. `GetItem` (Outlook's vocabulary, no ids). */
  action: string;
  attachments: ServiceAttachment[];
}

/**
 * Content script → hook, once it listens: post again what was seen before (Outlook may have asked for the
 * open message before the content script started, at document_idle). Anyone may ask; it replays only what
 * the page's own answers said.
 */
export interface ServiceHelloMessage {
  source: typeof SERVICE_SOURCE;
  type: 'hello';
}

export function isServiceHelloMessage(data: unknown): data is ServiceHelloMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.source === SERVICE_SOURCE && d.type === 'hello';
}

/** Content script → hook: fetch one attachment's bytes; the answer comes on the transferred port. */
export interface ServiceFetchRequest {
  source: typeof SERVICE_SOURCE;
  type: 'fetch';
  id: string;
}

/** Hook → content script on the request's port: the bytes, or why not (no details that name anything). */
export type ServiceFetchAnswer =
  | { type: 'bytes'; blob: Blob; way: string }
  | { type: 'failed'; reason: ServiceFailure; way?: string; status?: number };

export type ServiceFailure =
  | 'unknown-attachment' // not listed by any service answer the hook saw, or not an image or zip
  | 'no-headers' // Outlook has made no service call whose headers could be reused yet
  | 'http' // the service answered with an error status
  | 'shape' // the answer was not in a shape this version knows
  | 'too-large'
  | 'aborted'
  | 'network';

/** Content script → hook on the same port: stop (the message closed). */
export interface ServiceCancel {
  type: 'cancel';
}

const isStr = (v: unknown): v is string => typeof v === 'string';

export function isServiceAttachment(v: unknown): v is ServiceAttachment {
  if (!v || typeof v !== 'object') return false;
  const a = v as Record<string, unknown>;
  return (
    isStr(a.id) &&
    a.id.length > 0 &&
    a.id.length <= 1000 &&
    isStr(a.name) &&
    a.name.length <= 1000 &&
    typeof a.size === 'number' &&
    Number.isFinite(a.size) &&
    a.size >= 0 &&
    typeof a.isInline === 'boolean' &&
    (a.contentType === undefined || isStr(a.contentType)) &&
    (a.contentId === undefined || isStr(a.contentId))
  );
}

/** At most this many attachments per message are taken from one posted answer. */
export const MAX_SEEN = 500;

export function isServiceSeenMessage(data: unknown): data is ServiceSeenMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return (
    d.source === SERVICE_SOURCE &&
    d.type === 'seen' &&
    isStr(d.action) &&
    d.action.length <= 100 &&
    Array.isArray(d.attachments) &&
    d.attachments.length <= MAX_SEEN &&
    d.attachments.every(isServiceAttachment)
  );
}

export function isServiceFetchRequest(data: unknown): data is ServiceFetchRequest {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.source === SERVICE_SOURCE && d.type === 'fetch' && isStr(d.id) && d.id.length <= 1000;
}

export function isServiceFetchAnswer(data: unknown): data is ServiceFetchAnswer {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  if (d.type === 'bytes') return d.blob instanceof Blob && isStr(d.way);
  return d.type === 'failed' && isStr(d.reason);
}
