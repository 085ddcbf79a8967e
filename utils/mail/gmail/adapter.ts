// Gmail's open messages as MailMessages: read from the DOM through the dated selectors, watched with one
// debounced MutationObserver, photo bytes fetched through an injected fetcher (the background in the
// extension, a fake in tests) a few at a time and cancelled when the buyer moves on.
import { createLimiter } from '@/utils/concurrency';
import type { PhotoSource } from '@/utils/photo/source';
import {
  type ByteStrategy,
  type DriveLink,
  type HealthReport,
  layoutOutline,
  type MailAdapter,
  type MailAttachment,
  type MailMessage,
  OWN_UI_ATTRIBUTE,
} from '../adapter';
import {
  closest,
  MatchLog,
  matchAll,
  outermost,
  query,
  queryAll,
  queryUpwards,
  type SelectorEntry,
} from '../selectors';
import { parseDisplayedSize } from '../sizes';
import {
  attachmentKind,
  attachmentPartId,
  classifyUrl,
  fetchUrlFromCardLink,
  fetchUrlFromInlineImage,
  parseDownloadUrl,
  threadIdFromUrl,
} from './attachments';
import { GMAIL, GMAIL_ATTR, GMAIL_ROUTES, GMAIL_THREAD_HASH } from './selectors';

/** Fetches one attachment URL (Gmail answers with a redirect to a cookie-less host). */
export type AttachmentFetcher = (
  url: string,
  signal: AbortSignal,
) => Promise<Blob | ReadableStream<Uint8Array>>;

export interface GmailAdapterOptions {
  /** Quiet time after the last DOM change before the open messages are read again. */
  debounceMs?: number;
  /** Gmail never stops mutating (hover states, timers): read at least this often while changes continue. */
  maxWaitMs?: number;
  /** Photo fetches in flight at once, across all messages. */
  maxConcurrentFetches?: number;
  /** How long openReply waits for Gmail's editor to appear. */
  replyTimeoutMs?: number;
}

/** DOM attributes whose changes can change what is open or readable; class churn is ignored on purpose. */
const WATCHED_ATTRIBUTES = [
  GMAIL_ATTR.messageId,
  GMAIL_ATTR.legacyMessageId,
  GMAIL_ATTR.downloadUrl,
  'href',
  'src',
  'aria-expanded',
];

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The id attribute on the element, or (as InboxSDK reads it) on an element inside it. */
function idAttribute(el: Element, name: string): string | undefined {
  const holder = el.hasAttribute(name) ? el : el.querySelector(`[${name}]`);
  return holder?.getAttribute(name)?.replace(/^#/, '') || undefined;
}

/** The subject's text, with emoji images turned back into their characters. */
function textWithEmoji(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      out += child.tagName === 'IMG' ? (child.getAttribute(GMAIL_ATTR.emoji) ?? '') : textWithEmoji(child);
    }
  }
  return out;
}

const CJK_DATE =
  /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일][^\d]*?(上午|下午|午前|午後|오전|오후)?\s*(\d{1,2}):(\d{2})/;
const AFTERNOON = /下午|午後|오후/;

/** "05/11/2026": May 11 or 5 November? Date.parse would pick the US reading silently. */
const NUMERIC_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;

/**
 * Gmail's date title is in the buyer's own time zone and interface language: "Tue, Nov 24, 2026, 9:14 AM"
 * (Date.parse reads it as local time, which it is) or "2026年11月25日周三 下午3:40". Date.parse also reads
 * month abbreviations that look English ("25. Nov. 2026"); other month names and ambiguous numeric dates
 * are left undefined rather than guessed.
 */
export function parseGmailDate(title: string | null | undefined): string | undefined {
  if (!title) return undefined;
  const text = title.replace(/[\u00a0\u202f\u2009]/g, ' ');
  const cjk = CJK_DATE.exec(text);
  if (cjk) {
    const [, y, mo, d, half, h, mi] = cjk;
    // 24-hour clock unless a half-day word is present ("下午3:40" is 15:40, "上午12:05" is 00:05).
    const hour = half ? (Number(h) % 12) + (AFTERNOON.test(half) ? 12 : 0) : Number(h);
    return new Date(Number(y), Number(mo) - 1, Number(d), hour, Number(mi)).toISOString();
  }
  if (NUMERIC_DATE.test(text)) return undefined;
  const ms = Date.parse(text.replace(/ at /, ' '));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const BLOCK = /^(BR|DIV|P|LI|TR|TD|TH|BLOCKQUOTE|H[1-6]|TABLE|UL|OL|PRE|HR)$/;

/** The body as a person reads it: line breaks at <br> and blocks, so "PO-2026-0412" never runs into a word. */
function readableText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const block = BLOCK.test(tag);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/** The route without ids, query, label names or search terms (they are the buyer's words). */
export function gmailPath(location: Location | null | undefined): string {
  if (!location) return '';
  const [route = '', ...rest] = location.hash.replace(/^#/, '').split('/');
  const known = (GMAIL_ROUTES as readonly string[]).includes(route);
  const hash = route ? `#${known ? route : '…'}${rest.length ? '/…' : ''}` : '';
  return `${location.pathname}${hash}`;
}

function abortError(message: string): DOMException {
  return new DOMException(message, 'AbortError');
}

export function createGmailAdapter(
  doc: Document,
  fetcher: AttachmentFetcher,
  options: GmailAdapterOptions = {},
): MailAdapter {
  const { debounceMs = 200, maxWaitMs = 1000, maxConcurrentFetches = 3, replyTimeoutMs = 5000 } = options;
  const MO = doc.defaultView?.MutationObserver ?? MutationObserver;
  const limit = createLimiter(maxConcurrentFetches);
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
    sizeHint: number | undefined,
    date: string | undefined,
    signal: AbortSignal,
  ): PhotoSource => ({
    id,
    name,
    sizeHint,
    date,
    read: () =>
      limit(async () => {
        signal.throwIfAborted(); // queued while the buyer moved on: never start
        return fetcher(url, signal);
      }),
  });

  /** Message containers in document order, each with its body when expanded (collapsed ones have none). */
  const messageElements = (): { all: HTMLElement[]; open: [HTMLElement, HTMLElement][] } => {
    const all = outermost(queryAll(doc, GMAIL.message));
    const open: [HTMLElement, HTMLElement][] = [];
    for (const el of all) {
      const body = query(el, GMAIL.body);
      if (body) open.push([el, body]);
    }
    return { all, open };
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
    fields: Omit<MailAttachment, 'source' | 'key'> & { partId: string },
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
        ? photoSource(
            `gmail:${ctx.messageId}/${key}`,
            rest.name,
            url,
            rest.displayedSize,
            ctx.date,
            ctx.signal,
          )
        : undefined,
    };
  };

  interface Cards {
    attachments: MailAttachment[];
    drive: DriveLink[];
    /** The first attachment URL: it carries the thread id (`th=`) when the subject does not. */
    firstUrl?: string;
  }

  const readCards = (el: HTMLElement, ctx: Context): Cards => {
    const cards: Cards = { attachments: [], drive: [] };
    const area = query(el, GMAIL.attachmentArea);
    if (!area) return cards;
    queryAll(area, GMAIL.attachmentCard).forEach((card, i) => {
      const parsed = parseDownloadUrl(card.getAttribute(GMAIL_ATTR.downloadUrl));
      const href = query(card, GMAIL.attachmentLink)?.getAttribute('href') ?? undefined;
      const name = clean(query(card, GMAIL.attachmentName)?.textContent) || parsed?.filename || '';
      const sizeText = clean(query(card, GMAIL.attachmentSize)?.textContent) || undefined;
      const linked = parsed?.url ?? href;
      if (linked && classifyUrl(linked, doc.baseURI) === 'drive') {
        cards.drive.push({ name, url: absolute(linked) ?? linked, badgeAnchor: card });
        return;
      }
      const fromAttribute = parsed && classifyUrl(parsed.url) === 'gmail-attachment' ? parsed.url : undefined;
      const fromLink = href ? fetchUrlFromCardLink(href, doc.baseURI) : undefined;
      const url = fromAttribute ?? fromLink;
      const byteStrategy: ByteStrategy = fromAttribute
        ? 'gmail-download-url'
        : fromLink
          ? 'gmail-card-link'
          : 'none';
      cards.firstUrl ??= url;
      const fields = {
        partId: `att:${(url && attachmentPartId(url)) ?? `card-${i}`}`,
        name,
        mime: parsed?.mime || undefined,
        displayedSize: parseDisplayedSize(sizeText),
        displayedSizeText: sizeText,
        kind: attachmentKind(name, parsed?.mime),
        badgeAnchor: card,
        byteStrategy,
      };
      cards.attachments.push(attachment(ctx, fields, url));
    });
    return cards;
  };

  const readInlineImages = (body: HTMLElement, ctx: Context, cardParts: Set<string>): MailAttachment[] => {
    const out: MailAttachment[] = [];
    queryAll<HTMLImageElement>(body, GMAIL.inlineImage).forEach((img, i) => {
      const src = img.getAttribute('src') ?? '';
      const url = fetchUrlFromInlineImage(src, doc.baseURI);
      if (!url) return; // a remote or proxied picture: not part of the message
      const part = attachmentPartId(src, doc.baseURI);
      // Also listed as a card: measure it once, or it would be its own duplicate.
      if (part && cardParts.has(part)) return;
      const alt = clean(img.getAttribute('alt'));
      const name = alt || `inline image ${i + 1}`;
      const fields = {
        partId: `inline:${part ?? i}`,
        name,
        kind: 'image' as const,
        badgeAnchor: img,
        byteStrategy: 'gmail-inline' as const,
      };
      out.push(attachment(ctx, fields, url));
    });
    return out;
  };

  /** A supplier's markup can hold any href: one that does not parse is skipped, never thrown. */
  const absolute = (href: string | null): string | undefined => {
    try {
      return href ? new URL(href, doc.baseURI).toString() : undefined;
    } catch {
      return undefined;
    }
  };

  const readDriveLinks = (body: HTMLElement): DriveLink[] => {
    const out: DriveLink[] = [];
    for (const a of queryAll<HTMLAnchorElement>(body, GMAIL.driveLink)) {
      const url = absolute(a.getAttribute('href'));
      if (url && classifyUrl(url) === 'drive')
        out.push({ name: clean(a.textContent) || 'Drive file', url, badgeAnchor: a });
    }
    return out;
  };

  const readMessage = (el: HTMLElement, body: HTMLElement): MailMessage => {
    const legacyId = idAttribute(el, GMAIL_ATTR.legacyMessageId);
    const id = idAttribute(el, GMAIL_ATTR.messageId) ?? legacyId ?? `dom-${serial(el)}`;
    const senderEl = query(el, GMAIL.sender);
    const subjectEl = queryUpwards(el, GMAIL.subject);
    const date = parseGmailDate(query(el, GMAIL.date)?.getAttribute(GMAIL_ATTR.dateTitle));
    const ctx: Context = { messageId: id, date, signal: scopeFor(id), keys: new Set() };
    const cards = readCards(el, ctx);
    const cardParts = new Set(cards.attachments.map((a) => a.key.replace(/^att:/, '')));
    const bodyDrive = readDriveLinks(body);
    const driveLinks = [
      ...cards.drive,
      ...bodyDrive.filter((d) => !cards.drive.some((c) => c.url === d.url)),
    ];
    return {
      client: 'gmail',
      id,
      legacyId,
      threadId:
        subjectEl?.getAttribute(GMAIL_ATTR.legacyThreadId) ||
        subjectEl?.getAttribute(GMAIL_ATTR.threadPermId)?.replace(/^#/, '') ||
        (cards.firstUrl && threadIdFromUrl(cards.firstUrl)),
      element: el,
      sender: {
        email: senderEl?.getAttribute(GMAIL_ATTR.email) || undefined,
        name: senderEl?.getAttribute(GMAIL_ATTR.name) || clean(senderEl?.textContent) || undefined,
      },
      subject: subjectEl ? clean(textWithEmoji(subjectEl)) : '',
      date,
      bodyText: () => readableText(body),
      attachments: cards.attachments,
      inlineImages: readInlineImages(body, ctx, cardParts),
      driveLinks,
      signal: ctx.signal,
    };
  };

  const messages = (): MailMessage[] => messageElements().open.map(([el, body]) => readMessage(el, body));

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
    const found = matchAll(doc, GMAIL.message);
    const all = outermost(found?.elements ?? []);
    const signal = matchAll(doc, GMAIL.threadSignal);
    if (signal) log.record(GMAIL.threadSignal.name, signal.alternative.id);
    const conversationOpen = all.length > 0 || !!signal || GMAIL_THREAD_HASH.test(doc.location?.hash ?? '');
    let openMessages = 0;
    if (conversationOpen) {
      log.record(GMAIL.message.name, found?.alternative.id ?? null);
      if (!all.length) missing.add(GMAIL.message.name);
      const open = all.map((el) => [el, matchAll(el, GMAIL.body)] as const).filter(([, body]) => body);
      openMessages = open.length;
      if (all.length) {
        log.record(GMAIL.body.name, open[0]?.[1]?.alternative.id ?? null);
        if (!open.length) missing.add(GMAIL.body.name);
      }
      for (const [el, bodyMatch] of open) {
        const body = bodyMatch?.elements[0];
        const subject = queryUpwards(el, GMAIL.subject, log);
        if (!subject) missing.add(GMAIL.subject.name);
        for (const entry of [GMAIL.sender, GMAIL.date, GMAIL.replyButton]) check(el, entry);
        if (body) for (const entry of [GMAIL.inlineImage, GMAIL.driveLink]) check(body, entry);
        for (const area of check(el, GMAIL.attachmentArea)) {
          for (const card of check(area, GMAIL.attachmentCard)) {
            for (const entry of [GMAIL.attachmentName, GMAIL.attachmentSize, GMAIL.attachmentLink])
              check(card, entry);
          }
        }
      }
    }
    const ok = missing.size === 0;
    const bodyCss = GMAIL.body.alternatives.map((a) => a.css).join(', ');
    const outlineRoot = doc.querySelector('[role="main"]') ?? doc.body;
    return {
      ok,
      client: 'gmail',
      checkedAt: new Date().toISOString(),
      path: gmailPath(doc.location),
      conversationOpen,
      openMessages,
      matched: log.matched,
      missing: [...missing],
      outline:
        ok || !outlineRoot ? undefined : layoutOutline(outlineRoot, { skip: (el) => el.matches(bodyCss) }),
    };
  };

  const ownNode = (node: Node): boolean => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(`[${OWN_UI_ATTRIBUTE}]`);
  };

  /** Changes made by the extension itself (badges, panels) never trigger a re-read. */
  const relevant = (record: MutationRecord): boolean => {
    if (ownNode(record.target)) return false;
    if (record.type !== 'childList') return true;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.some((n) => !ownNode(n));
  };

  const signature = (list: MailMessage[], report: HealthReport): string =>
    JSON.stringify([
      report.ok,
      report.missing,
      list.map((m) => [
        m.id,
        serial(m.element),
        [...m.attachments, ...m.inlineImages].map(
          (a) => `${a.key}:${serial(a.badgeAnchor)}:${a.byteStrategy}`,
        ),
        m.driveLinks.map((d) => serial(d.badgeAnchor)),
      ]),
    ]);

  const watch: MailAdapter['watch'] = (onChange, signal) => {
    if (signal.aborted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pendingSince = 0;
    let last: string | undefined;

    const scan = (): void => {
      timer = undefined;
      if (signal.aborted) return;
      const report = health();
      const list = report.openMessages > 0 ? messages() : [];
      retire(new Set(list.map((m) => m.id)));
      const sig = signature(list, report);
      if (sig === last) return;
      const first = last === undefined;
      last = sig;
      if (first && !list.length && report.ok) return; // nothing open, nothing wrong: stay quiet
      onChange(list, report);
    };

    const schedule = (): void => {
      const now = Date.now();
      if (timer === undefined) pendingSince = now;
      else clearTimeout(timer);
      timer = setTimeout(scan, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
    };

    const observer = new MO((records) => {
      if (records.some(relevant)) schedule();
    });
    observer.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(timer);
        timer = undefined;
        retire(new Set());
      },
      { once: true },
    );
    schedule();
  };

  /** The thread's outer edge: the reply search goes no further up than the element holding the subject. */
  const threadEdge = (el: Element): boolean =>
    el.getAttribute('role') === 'main' || el === doc.body || matchAll(el, GMAIL.subject) !== null;

  const findReplyBox = (message: MailMessage): HTMLElement | null => {
    const item = closest(message.element, GMAIL.messageItem) ?? message.element;
    return queryUpwards(item, GMAIL.composeEditor, undefined, threadEdge);
  };

  /** Gmail's buttons act on mousedown/mouseup, not on click alone (InboxSDK's simulateClick does the same). */
  const press = (el: HTMLElement): void => {
    const MouseEventCtor = doc.defaultView?.MouseEvent ?? MouseEvent;
    for (const type of ['mousedown', 'mouseup', 'click']) {
      el.dispatchEvent(new MouseEventCtor(type, { bubbles: true, cancelable: true }));
    }
  };

  const waitFor = <T>(probe: () => T | null, timeoutMs: number, signal?: AbortSignal): Promise<T | null> =>
    new Promise((resolve) => {
      let settled = false;
      const finish = (value: T | null): void => {
        if (settled) return;
        settled = true;
        observer.disconnect();
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      };
      const onAbort = (): void => finish(null);
      const observer = new MO(() => {
        const found = probe();
        if (found) finish(found);
      });
      const timer = setTimeout(() => finish(probe()), timeoutMs);
      observer.observe(doc, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['g_editable'],
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) finish(null);
    });

  const openReply: MailAdapter['openReply'] = async (message, signal) => {
    const open = findReplyBox(message);
    if (open || signal?.aborted) return open;
    const item = closest(message.element, GMAIL.messageItem);
    const button =
      query(message.element, GMAIL.replyButton) ?? (item ? query(item, GMAIL.replyButton) : null);
    if (!button) return null;
    press(button);
    return waitFor(() => findReplyBox(message), replyTimeoutMs, signal);
  };

  return { client: 'gmail', messages, watch, health, findReplyBox, openReply };
}
