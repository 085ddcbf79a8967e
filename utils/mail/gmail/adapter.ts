// Gmail's open messages as MailMessages: read from the DOM through the dated selectors, watched with one
// debounced MutationObserver (../watch), photo bytes fetched through an injected fetcher (the background in
// the extension, a fake in tests) a few at a time and cancelled when the buyer moves on (../scopes).
import {
  adapterOptions,
  attachmentKind,
  type ByteStrategy,
  type DriveLink,
  type HealthReport,
  type MailAdapter,
  type MailAdapterOptions,
  type MailAttachment,
  type MailMessage,
} from '../adapter';
import { press, waitFor } from '../dom-actions';
import { createHealthCheck } from '../health';
import { parseMailDate } from '../mail-date';
import {
  type AttachmentFetcher,
  createMessageScopes,
  type MessageContext,
  type MessageScopes,
} from '../scopes';
import { closest, matchAll, messageRegions, outermost, query, queryAll, queryUpwards } from '../selectors';
import { parseDisplayedSize } from '../sizes';
import { clean, readableText } from '../text';
import { createWatch } from '../watch';
import {
  attachmentPartId,
  classifyUrl,
  fetchUrlFromCardLink,
  fetchUrlFromInlineImage,
  parseDownloadUrl,
  threadIdFromUrl,
} from './attachments';
import { GMAIL, GMAIL_ATTR, GMAIL_ROUTES, GMAIL_THREAD_HASH } from './selectors';

export type { AttachmentFetcher } from '../scopes';

/** DOM attributes whose changes can change what is open or readable; class churn is ignored on purpose. */
const WATCHED_ATTRIBUTES = [
  GMAIL_ATTR.messageId,
  GMAIL_ATTR.legacyMessageId,
  GMAIL_ATTR.downloadUrl,
  'href',
  'src',
  'aria-expanded',
];

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

/** The route without ids, query, label names or search terms (they are the buyer's words). */
export function gmailPath(location: Location | null | undefined): string {
  if (!location) return '';
  const [route = '', ...rest] = location.hash.replace(/^#/, '').split('/');
  const known = (GMAIL_ROUTES as readonly string[]).includes(route);
  const hash = route ? `#${known ? route : '…'}${rest.length ? '/…' : ''}` : '';
  return `${location.pathname}${hash}`;
}

/** What every reader needs: the page, and the scopes that key attachments and cancel their fetches. */
interface Reading {
  doc: Document;
  scopes: MessageScopes;
}

/** Message containers in document order; Gmail nests id-bearing elements inside each, hence outermost. */
const regions = (doc: Document) => messageRegions(doc, GMAIL.message, GMAIL.body, outermost);

/** A supplier's markup can hold any href: one that does not parse is skipped, never thrown. */
function absolute(doc: Document, href: string | null): string | undefined {
  try {
    return href ? new URL(href, doc.baseURI).toString() : undefined;
  } catch {
    return undefined;
  }
}

interface Cards {
  attachments: MailAttachment[];
  drive: DriveLink[];
  /** The first attachment URL: it carries the thread id (`th=`) when the subject does not. */
  firstUrl?: string;
}

/** A card's download URL and how its bytes are fetched, from whichever link it has now. */
function cardSource(
  doc: Document,
  card: Element,
  parsed: ReturnType<typeof parseDownloadUrl>,
  href?: string,
) {
  const fromAttribute = parsed && classifyUrl(parsed.url) === 'gmail-attachment' ? parsed.url : undefined;
  // A card whose link is Gmail's resized preview (view=fimg … sz=w1600) while its Download button is
  // disabled is still being scanned: it gains download_url in a moment. The preview is never measured.
  const preview = !fromAttribute && href && classifyUrl(href, doc.baseURI) === 'gmail-inline';
  const scanning =
    preview && query(card, GMAIL.attachmentDownloadButton)?.getAttribute('aria-disabled') === 'true';
  // A loaded card without download_url (Firefox): the preview link's part, downloaded whole.
  const fromLink = href
    ? preview
      ? scanning
        ? undefined
        : fetchUrlFromInlineImage(href, doc.baseURI)
      : fetchUrlFromCardLink(href, doc.baseURI)
    : undefined;
  const byteStrategy: ByteStrategy = fromAttribute
    ? 'gmail-download-url'
    : fromLink
      ? 'gmail-card-link'
      : scanning
        ? 'gmail-scanning'
        : 'none';
  return { url: fromAttribute ?? fromLink, byteStrategy };
}

function readCards({ doc, scopes }: Reading, el: HTMLElement, ctx: MessageContext): Cards {
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
      cards.drive.push({ name, url: absolute(doc, linked) ?? linked, badgeAnchor: card });
      return;
    }
    const { url, byteStrategy } = cardSource(doc, card, parsed, href);
    cards.firstUrl ??= url;
    const fields = {
      // The part id, from whichever URL the card has: the same before and after it finishes loading.
      partId: `att:${(url && attachmentPartId(url)) ?? (href && attachmentPartId(href, doc.baseURI)) ?? `card-${i}`}`,
      name,
      mime: parsed?.mime || undefined,
      displayedSize: parseDisplayedSize(sizeText),
      displayedSizeText: sizeText,
      kind: attachmentKind(name, parsed?.mime),
      badgeAnchor: card,
      byteStrategy,
    };
    cards.attachments.push(scopes.attachment(ctx, fields, url));
  });
  return cards;
}

function readInlineImages(
  { doc, scopes }: Reading,
  body: HTMLElement,
  ctx: MessageContext,
  cardParts: Set<string>,
): MailAttachment[] {
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
    out.push(scopes.attachment(ctx, fields, url));
  });
  return out;
}

function readDriveLinks(doc: Document, body: HTMLElement): DriveLink[] {
  const out: DriveLink[] = [];
  for (const a of queryAll<HTMLAnchorElement>(body, GMAIL.driveLink)) {
    const url = absolute(doc, a.getAttribute('href'));
    if (url && classifyUrl(url) === 'drive')
      out.push({ name: clean(a.textContent) || 'Drive file', url, badgeAnchor: a });
  }
  return out;
}

function readMessage(reading: Reading, el: HTMLElement, body: HTMLElement): MailMessage {
  const { doc, scopes } = reading;
  const legacyId = idAttribute(el, GMAIL_ATTR.legacyMessageId);
  const id = idAttribute(el, GMAIL_ATTR.messageId) ?? legacyId ?? `dom-${scopes.serial(el)}`;
  const senderEl = query(el, GMAIL.sender);
  const subjectEl = queryUpwards(el, GMAIL.subject);
  const date = parseMailDate(query(el, GMAIL.date)?.getAttribute(GMAIL_ATTR.dateTitle));
  const ctx = scopes.context(id, date);
  const cards = readCards(reading, el, ctx);
  const cardParts = new Set(cards.attachments.map((a) => a.key.replace(/^att:/, '')));
  const bodyDrive = readDriveLinks(doc, body);
  const driveLinks = [...cards.drive, ...bodyDrive.filter((d) => !cards.drive.some((c) => c.url === d.url))];
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
    inlineImages: readInlineImages(reading, body, ctx, cardParts),
    driveLinks,
    signal: ctx.signal,
  };
}

/** Which of the selectors the open thread needs still match (no message content in the report). */
function gmailHealth(doc: Document): HealthReport {
  const { log, missing, check, expectMessages, report } = createHealthCheck();
  const found = regions(doc);
  const signal = check(doc, GMAIL.threadSignal);
  const conversationOpen =
    found.all.length > 0 || signal.length > 0 || GMAIL_THREAD_HASH.test(doc.location?.hash ?? '');
  const open = conversationOpen ? expectMessages(found, GMAIL.message, GMAIL.body) : [];
  for (const { element: el, body } of open) {
    const subject = queryUpwards(el, GMAIL.subject, log);
    if (!subject) missing.add(GMAIL.subject.name);
    for (const entry of [GMAIL.sender, GMAIL.date, GMAIL.replyButton]) check(el, entry);
    for (const entry of [GMAIL.inlineImage, GMAIL.driveLink]) check(body, entry);
    for (const area of check(el, GMAIL.attachmentArea)) {
      for (const card of check(area, GMAIL.attachmentCard)) {
        for (const entry of [GMAIL.attachmentName, GMAIL.attachmentSize, GMAIL.attachmentLink])
          check(card, entry);
      }
    }
  }
  return report({
    client: 'gmail',
    path: gmailPath(doc.location),
    conversationOpen,
    openMessages: open.length,
    outlineRoot: doc.querySelector('[role="main"]') ?? doc.body,
    outlineSkip: GMAIL.body.alternatives.map((a) => a.css).join(', '),
  });
}

/** The reply box already open under the message, if any. */
function findReplyBox(doc: Document, message: MailMessage): HTMLElement | null {
  // The thread's outer edge: the reply search goes no further up than the element holding the subject.
  const threadEdge = (el: Element): boolean =>
    el.getAttribute('role') === 'main' || el === doc.body || matchAll(el, GMAIL.subject) !== null;
  const item = closest(message.element, GMAIL.messageItem) ?? message.element;
  return queryUpwards(item, GMAIL.composeEditor, undefined, threadEdge);
}

export function createGmailAdapter(
  doc: Document,
  fetcher: AttachmentFetcher,
  options: MailAdapterOptions = {},
): MailAdapter {
  const { debounceMs, maxWaitMs, maxConcurrentFetches, replyTimeoutMs } = adapterOptions(options);
  const scopes = createMessageScopes('gmail', fetcher, maxConcurrentFetches);
  const reading: Reading = { doc, scopes };
  const messages = (): MailMessage[] =>
    regions(doc).open.map(({ element, body }) => readMessage(reading, element, body));
  const health = () => gmailHealth(doc);
  const watch = createWatch({
    doc,
    health,
    messages,
    scopes,
    attributes: WATCHED_ATTRIBUTES,
    debounceMs,
    maxWaitMs,
  });

  const openReply: MailAdapter['openReply'] = async (message, signal) => {
    const open = findReplyBox(doc, message);
    if (open || signal?.aborted) return open;
    const item = closest(message.element, GMAIL.messageItem);
    const button =
      query(message.element, GMAIL.replyButton) ?? (item ? query(item, GMAIL.replyButton) : null);
    if (!button) return null;
    press(button);
    // What GMAIL.composeEditor matches on: Gmail may set it on an element already in place.
    return waitFor(doc, () => findReplyBox(doc, message), {
      timeoutMs: replyTimeoutMs,
      attributes: ['g_editable'],
      signal,
    });
  };

  return {
    client: 'gmail',
    messages,
    watch,
    health,
    findReplyBox: (message) => findReplyBox(doc, message),
    openReply,
  };
}
