// Outlook on the web's open messages as MailMessages, the same contract and behaviour as the Gmail adapter:
// read through the dated selectors in ./selectors, watched with one debounced MutationObserver, photo bytes
// fetched through an injected fetcher (the background, which has host permission: Outlook's attachment hosts
// refuse CORS to the page) a few at a time and cancelled when the buyer moves on.
//
// How each attachment's bytes are obtained (`byteStrategy`), in order of preference:
// - 'outlook-download-url': a URL of Outlook's attachment endpoint found on the tile (a download link, a
//   data attribute, or the tile's thumbnail turned into GetFileAttachment with the same id) or on the open
//   preview; `fetchUrl` and `source` are set and the background downloads the file whole.
// - 'outlook-preview': no URL, but the buyer opened the attachment and Outlook's preview picture is loaded:
//   `previewSize` holds its naturalWidth × naturalHeight. Unknown: the file's bytes, EXIF, JPEG quality, and
//   whether Outlook scaled the preview down (so the size is a lower bound for the photo, not its size).
// - 'outlook-download-capture': neither yet; the photo can be measured when the buyer downloads it.
//   `onDownloadIntent` (./download-intent) reports that click; capturing the file itself is not done here.
// - 'outlook-inline': a picture in the body that is a message part, downloaded whole through the endpoint.
// - 'none': nothing to fetch (a file that is not a photo or zip and has no URL).
// The displayed size ("1.7 MB") is read in every case: it gives the first badge before any byte.
import { createLimiter } from '@/utils/concurrency';
import type { PhotoSource } from '@/utils/photo/source';
import {
  type ByteStrategy,
  type HealthReport,
  layoutOutline,
  type MailAdapter,
  type MailAttachment,
  type MailMessage,
} from '../adapter';
import type { AttachmentFetcher } from '../gmail/adapter';
import { attachmentKind } from '../gmail/attachments';
import { MatchLog, matchAll, query, queryAll, queryUpwards, type SelectorEntry } from '../selectors';
import {
  attachmentIdFromUrl,
  classifyUrl,
  downloadUrlForId,
  downloadUrlFrom,
  nameFromContentId,
  readTileText,
} from './attachments';
import {
  clean,
  messageFieldId,
  outlookPath,
  readableText,
  readDate,
  readSender,
  readSubject,
  routeItemId,
} from './read';
import { createReply } from './reply';
import { OUTLOOK, OUTLOOK_ATTR, OUTLOOK_OPEN_ROUTE } from './selectors';
import { createWatch } from './watch';

export type { AttachmentFetcher } from '../gmail/adapter';
export { type DownloadIntent, onDownloadIntent } from './download-intent';

export interface OutlookAdapterOptions {
  /** Quiet time after the last DOM change before the open messages are read again. */
  debounceMs?: number;
  /** Outlook keeps mutating while the buyer works (hover, timers): read at least this often meanwhile. */
  maxWaitMs?: number;
  /** Photo fetches in flight at once, across all messages. */
  maxConcurrentFetches?: number;
  /** How long openReply waits for Outlook's editor to appear. */
  replyTimeoutMs?: number;
}

/** Keeps the innermost matches: the message region nearest each body, not the pane around them all. */
function innermost<E extends Element>(elements: E[]): E[] {
  return elements.filter((el) => !elements.some((other) => other !== el && el.contains(other)));
}

function decoded(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

interface Preview {
  width: number;
  height: number;
  /** A download URL when the preview picture itself comes from the attachment endpoint. */
  url?: string;
}

function abortError(message: string): DOMException {
  return new DOMException(message, 'AbortError');
}

export function createOutlookAdapter(
  doc: Document,
  fetcher: AttachmentFetcher,
  options: OutlookAdapterOptions = {},
): MailAdapter {
  const { debounceMs = 200, maxWaitMs = 1000, maxConcurrentFetches = 3, replyTimeoutMs = 5000 } = options;
  const limit = createLimiter(maxConcurrentFetches);
  const base = () => doc.baseURI;
  const lang = () => doc.documentElement?.getAttribute('lang') ?? undefined;
  /** One controller per open message: aborted when it closes, so its queued and running fetches stop. */
  const scopes = new Map<string, AbortController>();
  /** Element identities, so a re-rendered message (same id, new nodes) still counts as a change. */
  const serials = new WeakMap<Element, number>();
  let nextSerial = 1;
  const serial = (el: Element): number => {
    const known = serials.get(el);
    if (known !== undefined) return known;
    serials.set(el, nextSerial);
    return nextSerial++;
  };

  const scopeFor = (id: string): AbortSignal => {
    const controller = scopes.get(id) ?? new AbortController();
    scopes.set(id, controller);
    return controller.signal;
  };

  const retire = (openIds: Set<string>): void => {
    for (const [id, controller] of scopes) {
      if (openIds.has(id)) continue;
      controller.abort(abortError('The message was closed'));
      scopes.delete(id);
    }
  };

  const photoSource = (
    id: string,
    name: string,
    url: string,
    ctx: Context,
    sizeHint?: number,
  ): PhotoSource => ({
    id,
    name,
    sizeHint,
    date: ctx.date,
    read: () =>
      limit(async () => {
        ctx.signal.throwIfAborted(); // queued while the buyer moved on: never start
        return fetcher(url, ctx.signal);
      }),
  });

  const messageElements = (): { all: HTMLElement[]; open: [HTMLElement, HTMLElement][] } => {
    const all = innermost(queryAll(doc, OUTLOOK.message));
    const open: [HTMLElement, HTMLElement][] = [];
    for (const el of all) {
      const body = query(el, OUTLOOK.body);
      if (body) open.push([el, body]);
    }
    return { all, open };
  };

  /** Loaded preview pictures, by attachment id and by the file name the preview shows. */
  const previews = (): { byId: Map<string, Preview>; byName: Map<string, Preview> } => {
    const byId = new Map<string, Preview>();
    const byName = new Map<string, Preview>();
    for (const img of queryAll<HTMLImageElement>(doc, OUTLOOK.previewImage)) {
      const [width, height] = [img.naturalWidth, img.naturalHeight];
      if (!img.complete || !(width > 0 && height > 0)) continue; // not loaded yet: the load event re-reads
      const src = img.getAttribute('src') ?? '';
      const preview: Preview = { width, height, url: downloadUrlFrom(src, base()) };
      const id = attachmentIdFromUrl(src, base());
      if (id) byId.set(id, preview);
      const dialog = img.closest('[role="dialog"]');
      const names = [
        img.getAttribute('alt'),
        dialog?.getAttribute('aria-label'),
        ...Array.from(dialog?.querySelectorAll('[title], [role="heading"]') ?? []).map(
          (el) => el.getAttribute('title') ?? el.textContent,
        ),
      ];
      for (const name of names) if (clean(name)) byName.set(clean(name).toLowerCase(), preview);
    }
    return { byId, byName };
  };

  interface Context {
    messageId: string;
    date?: string;
    signal: AbortSignal;
    keys: Set<string>;
  }

  const uniqueKey = (ctx: Context, key: string): string => {
    let out = key;
    for (let n = 2; ctx.keys.has(out); n++) out = `${key}~${n}`;
    ctx.keys.add(out);
    return out;
  };

  const attachment = (
    ctx: Context,
    fields: Omit<MailAttachment, 'source' | 'key' | 'fetchUrl'> & { partId: string },
    url: string | undefined,
  ): MailAttachment => {
    const { partId, ...rest } = fields;
    const key = uniqueKey(ctx, partId);
    const fetchable = url !== undefined && rest.kind !== 'other';
    return {
      ...rest,
      key,
      fetchUrl: fetchable ? url : undefined,
      source: fetchable
        ? photoSource(`outlook:${ctx.messageId}/${key}`, rest.name, url, ctx, rest.displayedSize)
        : undefined,
    };
  };

  const readItems = (el: HTMLElement, ctx: Context, seen: ReturnType<typeof previews>): MailAttachment[] => {
    const area = query(el, OUTLOOK.attachmentArea);
    if (!area) return [];
    return queryAll(area, OUTLOOK.attachmentItem).map((item, i) => {
      const text = readTileText({
        titles: queryAll(item, OUTLOOK.attachmentTitle).map((t) => t.getAttribute('title') ?? ''),
        label: item.getAttribute('aria-label'),
        text: item.textContent,
      });
      const name = text.name ?? '';
      const link = query(item, OUTLOOK.attachmentLink);
      const linked = link?.getAttribute('href') ?? link?.getAttribute(OUTLOOK_ATTR.downloadUrl);
      const thumbnail = query(item, OUTLOOK.attachmentThumbnail)?.getAttribute('src');
      const found =
        (linked && downloadUrlFrom(linked, base())) || (thumbnail && downloadUrlFrom(thumbnail, base()));
      const id = found ? attachmentIdFromUrl(found, base()) : undefined;
      const preview = (id && seen.byId.get(id)) || seen.byName.get(name.toLowerCase());
      const url = found || preview?.url;
      const kind = attachmentKind(name);
      const byteStrategy: ByteStrategy = url
        ? 'outlook-download-url'
        : preview
          ? 'outlook-preview'
          : kind !== 'other'
            ? 'outlook-download-capture'
            : 'none';
      const fields = {
        partId: `att:${(url && attachmentIdFromUrl(url, base())) || `item-${i}`}`,
        name,
        displayedSize: text.size,
        displayedSizeText: text.sizeText,
        kind,
        badgeAnchor: item,
        byteStrategy,
        previewSize: preview ? { width: preview.width, height: preview.height } : undefined,
      };
      return attachment(ctx, fields, url || undefined);
    });
  };

  const readInlineImages = (body: HTMLElement, ctx: Context, items: MailAttachment[]): MailAttachment[] => {
    const itemIds = new Set(items.map((a) => a.fetchUrl && attachmentIdFromUrl(a.fetchUrl, base())));
    const template = items.find((a) => a.fetchUrl)?.fetchUrl;
    const out: MailAttachment[] = [];
    queryAll<HTMLImageElement>(body, OUTLOOK.inlineImage).forEach((img, i) => {
      const src = img.getAttribute('src') ?? '';
      const kind = classifyUrl(src, base());
      if (kind === 'remote' || kind === 'safelinks') return; // a picture from the web, not a message part
      const id = attachmentIdFromUrl(src, base()) ?? decoded(img.getAttribute(OUTLOOK_ATTR.custom));
      // Also listed as a tile: measure it once, as the tile.
      if (id && itemIds.has(id)) return;
      const url =
        kind === 'attachment' || kind === 'thumbnail'
          ? downloadUrlFrom(src, base())
          : id
            ? downloadUrlForId(id, base(), template)
            : undefined;
      const name =
        clean(img.getAttribute('alt')) ||
        nameFromContentId(img.getAttribute(OUTLOOK_ATTR.originalSrc) ?? src) ||
        `inline image ${i + 1}`;
      const fields = {
        partId: `inline:${id ?? i}`,
        name,
        kind: 'image' as const,
        badgeAnchor: img,
        byteStrategy: (url ? 'outlook-inline' : 'none') as ByteStrategy,
      };
      out.push(attachment(ctx, fields, url));
    });
    return out;
  };

  const threadIdOf = (el: Element): string | undefined =>
    el.closest(`[${OUTLOOK_ATTR.convid}]`)?.getAttribute(OUTLOOK_ATTR.convid) ||
    query(doc, OUTLOOK.selectedConversation)?.getAttribute(OUTLOOK_ATTR.convid) ||
    undefined;

  const readMessage = (
    el: HTMLElement,
    body: HTMLElement,
    seen: ReturnType<typeof previews>,
    only: boolean,
  ): MailMessage => {
    // The metadata headings' ids carry the item id; a message opened full-page has it in its route.
    const id = messageFieldId(el) ?? (only ? routeItemId(doc.location) : undefined) ?? `dom-${serial(el)}`;
    const date = readDate(query(el, OUTLOOK.date), lang());
    const ctx: Context = { messageId: id, date, signal: scopeFor(id), keys: new Set() };
    const attachments = readItems(el, ctx, seen);
    return {
      client: 'outlook',
      id,
      threadId: threadIdOf(el),
      element: el,
      sender: readSender(query(el, OUTLOOK.sender)),
      subject: readSubject(queryUpwards(el, OUTLOOK.subject)),
      date,
      bodyText: () => readableText(body),
      attachments,
      inlineImages: readInlineImages(body, ctx, attachments),
      driveLinks: [],
      signal: ctx.signal,
    };
  };

  const messages = (): MailMessage[] => {
    const { open } = messageElements();
    const seen = previews();
    return open.map(([el, body]) => readMessage(el, body, seen, open.length === 1));
  };

  const health = (): HealthReport => {
    const log = new MatchLog();
    const missing = new Set<string>();
    /** Required entries are always recorded (hit or miss); optional ones only when they match. */
    const check = (root: ParentNode, entry: SelectorEntry): HTMLElement[] => {
      const match = matchAll(root, entry);
      if (match || entry.required) log.record(entry.name, match?.alternative.id ?? null);
      if (!match && entry.required) missing.add(entry.name);
      return match?.elements ?? [];
    };
    const pane = check(doc, OUTLOOK.readingPane)[0];
    const found = matchAll(doc, OUTLOOK.message);
    const all = innermost(found?.elements ?? []);
    const signal = check(doc, OUTLOOK.threadSignal);
    const conversationOpen =
      all.length > 0 || signal.length > 0 || OUTLOOK_OPEN_ROUTE.test(doc.location?.pathname ?? '');
    let openMessages = 0;
    if (conversationOpen) {
      log.record(OUTLOOK.message.name, found?.alternative.id ?? null);
      if (!all.length) missing.add(OUTLOOK.message.name);
      const open = all.map((el) => [el, matchAll(el, OUTLOOK.body)] as const).filter(([, body]) => body);
      openMessages = open.length;
      if (all.length) {
        log.record(OUTLOOK.body.name, open[0]?.[1]?.alternative.id ?? null);
        if (!open.length) missing.add(OUTLOOK.body.name);
      }
      for (const [el, bodyMatch] of open) {
        if (!queryUpwards(el, OUTLOOK.subject, log)) missing.add(OUTLOOK.subject.name);
        for (const entry of [OUTLOOK.sender, OUTLOOK.date, OUTLOOK.replyButton]) check(el, entry);
        const body = bodyMatch?.elements[0];
        if (body) check(body, OUTLOOK.inlineImage);
        for (const area of check(el, OUTLOOK.attachmentArea)) {
          for (const item of check(area, OUTLOOK.attachmentItem)) {
            const titles = check(item, OUTLOOK.attachmentTitle).map((t) => t.getAttribute('title') ?? '');
            for (const entry of [OUTLOOK.attachmentLink, OUTLOOK.attachmentThumbnail]) check(item, entry);
            // The name may come from a title, the aria-label or the text: a tile that gives none is a miss.
            const text = readTileText({
              titles,
              label: item.getAttribute('aria-label'),
              text: item.textContent,
            });
            log.record('attachmentName', text.name ? 'tile-text' : null);
            if (!text.name) missing.add('attachmentName');
          }
        }
      }
    }
    const ok = missing.size === 0;
    // Bodies are shown but not entered (the sender's markup says nothing of the layout); the labelled
    // alternative is left out, or any labelled region, the pane included, would hide everything inside.
    const bodyCss = OUTLOOK.body.alternatives
      .filter((a) => !a.labels)
      .map((a) => a.css)
      .join(', ');
    const outlineRoot = pane ?? doc.body;
    return {
      ok,
      client: 'outlook',
      checkedAt: new Date().toISOString(),
      path: outlookPath(doc.location),
      conversationOpen,
      openMessages,
      matched: log.matched,
      missing: [...missing],
      outline:
        ok || !outlineRoot ? undefined : layoutOutline(outlineRoot, { skip: (el) => el.matches(bodyCss) }),
    };
  };

  const watch = createWatch({ doc, health, messages, retire, serial, debounceMs, maxWaitMs });

  const { findReplyBox, openReply } = createReply(doc, () => messageElements().all, replyTimeoutMs);

  return { client: 'outlook', messages, watch, health, findReplyBox, openReply };
}
