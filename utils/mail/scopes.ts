// Per-message bookkeeping shared by the adapters: one AbortController per open message, so its photo reads
// stop when the buyer moves on; a serial per element identity, so a re-rendered message counts as a change;
// and attachments whose bytes are fetched through one limiter across all messages.
import { createLimiter } from '@/utils/concurrency';
import type { MailAttachment, MailClient } from './adapter';

/**
 * Fetches one attachment URL: the background in the extension (Gmail answers with a redirect to a cookie-less
 * host, Outlook's attachment hosts refuse CORS to the page), a fake in tests.
 */
export type AttachmentFetcher = (
  url: string,
  signal: AbortSignal,
) => Promise<Blob | ReadableStream<Uint8Array>>;

/** Reading one message: its scope's signal, its date for the sources, and the attachment keys given out. */
export interface MessageContext {
  messageId: string;
  date?: string;
  signal: AbortSignal;
  keys: Set<string>;
}

/** An attachment as read from the page; `partId` becomes its key, unique within the message. */
export type AttachmentFields = Omit<MailAttachment, 'source' | 'key' | 'fetchUrl'> & { partId: string };

export interface MessageScopes {
  /** A number per element identity: a re-rendered message (same id, new nodes) gets a new one. */
  serial(el: Element): number;
  /** For reading the message now; its signal is the message's own, kept while the message stays open. */
  context(messageId: string, date: string | undefined): MessageContext;
  /**
   * The attachment, keyed, with a queued and cancellable source when its bytes can come from `url` (the
   * fetcher) or from `pageRead` (read in the page: Outlook's service through the page-world hook).
   */
  attachment(
    ctx: MessageContext,
    fields: AttachmentFields,
    url: string | undefined,
    pageRead?: (signal: AbortSignal) => Promise<Blob>,
  ): MailAttachment;
  /** Aborts the work of every message not in the set (closed, or the watch stopped). */
  retire(openIds: Set<string>): void;
}

export function createMessageScopes(
  client: MailClient,
  fetcher: AttachmentFetcher,
  maxConcurrentFetches: number,
): MessageScopes {
  const limit = createLimiter(maxConcurrentFetches);
  const scopes = new Map<string, AbortController>();
  const serials = new WeakMap<Element, number>();
  let nextSerial = 1;

  const serial = (el: Element): number => {
    const known = serials.get(el);
    if (known !== undefined) return known;
    serials.set(el, nextSerial);
    return nextSerial++;
  };

  const context = (messageId: string, date: string | undefined): MessageContext => {
    const controller = scopes.get(messageId) ?? new AbortController();
    scopes.set(messageId, controller);
    return { messageId, date, signal: controller.signal, keys: new Set() };
  };

  const retire = (openIds: Set<string>): void => {
    for (const [id, controller] of scopes) {
      if (openIds.has(id)) continue;
      controller.abort(new DOMException('The message was closed', 'AbortError'));
      scopes.delete(id);
    }
  };

  const uniqueKey = (ctx: MessageContext, key: string): string => {
    let out = key;
    for (let n = 2; ctx.keys.has(out); n++) out = `${key}~${n}`;
    ctx.keys.add(out);
    return out;
  };

  const attachment = (
    ctx: MessageContext,
    fields: AttachmentFields,
    url: string | undefined,
    pageRead?: (signal: AbortSignal) => Promise<Blob>,
  ): MailAttachment => {
    const { partId, ...rest } = fields;
    const key = uniqueKey(ctx, partId);
    const fetchable = url !== undefined && rest.kind !== 'other';
    const readable = fetchable || (!!pageRead && rest.kind !== 'other');
    return {
      ...rest,
      key,
      fetchUrl: fetchable ? url : undefined,
      source: readable
        ? {
            id: `${client}:${ctx.messageId}/${key}`,
            name: rest.name,
            sizeHint: rest.displayedSize,
            date: ctx.date,
            read: () =>
              limit(async () => {
                ctx.signal.throwIfAborted(); // queued while the buyer moved on: never start
                return url !== undefined ? fetcher(url, ctx.signal) : pageRead!(ctx.signal);
              }),
          }
        : undefined,
    };
  };

  return { serial, context, attachment, retire };
}
