// Outlook on the web's open messages as MailMessages, the same contract and behaviour as the Gmail adapter:
// read through the dated selectors in ./selectors, watched with one debounced MutationObserver (../watch),
// photo bytes fetched through an injected fetcher (the background, which has host permission: Outlook's
// attachment hosts refuse CORS to the page) a few at a time and cancelled when the buyer moves on (../scopes).
//
// How each attachment's bytes are obtained (`byteStrategy`), in order of preference:
// - 'outlook-download-url': a URL of Outlook's attachment endpoint found on the tile (a download link, a
//   data attribute, or the tile's thumbnail turned into GetFileAttachment with the same id) or on the open
//   preview; `fetchUrl` and `source` are set and the background downloads the file whole.
// - 'outlook-token-url': the same, on Outlook's token host (attachments.office.net/owa/<mailbox>/service.svc/
//   s/GetFileAttachment?…&token=…), used only while its token is fresh (./token-urls): once it has run out,
//   or the host refused it although it looked fresh (`refuseUrl`, told by the triage), the tile goes on to
//   the service, then the download, as if it had no URL.
// - 'outlook-service': no URL, but Outlook's own service (service.svc) listed the attachment with this name
//   and size: the page-world hook fetches its bytes as Outlook does, with Outlook's headers (./service-bytes).
//   Preferred to a preview: these are the file's bytes. When that fails the tile falls back to the download.
// - 'outlook-preview': no URL, but the buyer opened the attachment and Outlook's preview picture is loaded:
//   `previewSize` holds its naturalWidth × naturalHeight. Unknown: the file's bytes, EXIF, JPEG quality, and
//   whether Outlook scaled the preview down (so the size is a lower bound for the photo, not its size).
// - 'outlook-download-capture': neither yet; the photo is measured when the buyer downloads it: the
//   adapter's `watchDownloads` (./download-capture) pairs the buyer's Download click with the file Outlook
//   then hands the browser (a tokenised URL the background fetches, or the Blob itself).
// - 'outlook-inline': a picture in the body that is a message part, downloaded whole through the endpoint.
// - 'none': nothing to fetch (a file that is not a photo or zip and has no URL).
// The displayed size ("1.7 MB") is read in every case: it gives the first badge before any byte.
import {
  adapterOptions,
  type HealthReport,
  type MailAdapter,
  type MailAdapterOptions,
  type MailMessage,
  OWN_UI_ATTRIBUTE,
} from '../adapter';
import { createHealthCheck } from '../health';
import { type AttachmentFetcher, createMessageScopes } from '../scopes';
import { innermost, messageRegions, outermost, query, queryAll, queryUpwards } from '../selectors';
import { readableText } from '../text';
import { createWatch } from '../watch';
import { readTileText } from './attachments';
import { OFFICE_NET_TOKEN } from './byte-ways';
import { messageFieldId, outlookPath, readDate, readSender, readSubject, routeItemId } from './read';
import { createReply } from './reply';
import { MESSAGE_BODY_CSS, OUTLOOK, OUTLOOK_ATTR, OUTLOOK_OPEN_ROUTE } from './selectors';
import type { ServiceBytes } from './service-bytes';
import { type Previews, previews, type Reading, readInlineImages, readItems, type TokensSeen } from './tiles';
import { isTokenHostUrl } from './token-urls';

export type { AttachmentFetcher } from '../scopes';
export { type DownloadIntent, onDownloadIntent } from './download-intent';

import { watchDownloads } from './download-capture';

/** DOM attributes whose changes can change what is open or readable; class churn is ignored on purpose. */
const WATCHED_ATTRIBUTES = ['href', 'src', 'aria-expanded', 'aria-selected', 'id', OUTLOOK_ATTR.convid];

/** A picture whose natural size the adapter reads: the preview overlay's, or a body picture held as a blob. */
const isPreviewImage = (target: EventTarget | null): boolean => {
  const el = target as Element | null;
  return (
    el?.tagName === 'IMG' && (!!el.closest('[role="dialog"]') || /^blob:/i.test(el.getAttribute('src') ?? ''))
  );
};

export interface OutlookAdapterOptions extends MailAdapterOptions {
  /** Outlook's own service, through the page-world hook: bytes for tiles that carry no URL. */
  service?: ServiceBytes;
  /** The clock token expiries are compared with (tests). */
  now?: () => number;
}

/** Token-host URLs remembered as refused: the open messages' and some before them. */
const MAX_REFUSED = 1000;

/** The message region nearest each body, not the pane around them all, hence innermost. */
const regions = (doc: Document) => messageRegions(doc, OUTLOOK.message, OUTLOOK.body, innermost);

/** The conversation: its row's `data-convid`, else the conversation id in the route. */
function threadIdOf(doc: Document, el: Element, messageId: string | undefined): string | undefined {
  const convid =
    el.closest(`[${OUTLOOK_ATTR.convid}]`)?.getAttribute(OUTLOOK_ATTR.convid) ||
    query(doc, OUTLOOK.selectedConversation)?.getAttribute(OUTLOOK_ATTR.convid);
  if (convid) return convid;
  const route = routeItemId(doc.location);
  return route && route !== messageId ? route : undefined;
}

/** The sender in the header: never a look-alike inside the body, which is the sender's own markup. */
function senderField(el: HTMLElement, body: HTMLElement): HTMLElement | null {
  return queryAll(el, OUTLOOK.sender).find((f) => !body.contains(f)) ?? null;
}

function readMessage(
  reading: Reading,
  el: HTMLElement,
  body: HTMLElement,
  seen: Previews,
  place: { only: boolean; index: number; used: Set<string> },
): MailMessage {
  const { doc, scopes } = reading;
  const date = readDate(query(el, OUTLOOK.date), doc.documentElement?.getAttribute('lang') ?? undefined);
  // Outlook's own ids, so a message is the same one from one opening to the next: the item id in the
  // metadata headings, the route's item id for the only message open, else the conversation's id with
  // the message's date (its place in the conversation without one). `dom-<n>` only with none of these.
  const fieldId = messageFieldId(el) ?? (place.only ? routeItemId(doc.location) : undefined);
  const threadId = threadIdOf(doc, el, fieldId);
  let id =
    fieldId ?? (threadId ? `${threadId}/${date ?? `#${place.index + 1}`}` : `dom-${scopes.serial(el)}`);
  for (let n = 2; place.used.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
  place.used.add(id);
  const ctx = scopes.context(id, date);
  const attachments = readItems(reading, el, ctx, seen);
  return {
    client: 'outlook',
    id,
    threadId,
    element: el,
    sender: readSender(senderField(el, body)),
    subject: readSubject(queryUpwards(el, OUTLOOK.subject)),
    date,
    bodyText: () => readableText(body),
    attachments,
    inlineImages: readInlineImages(reading, body, ctx, attachments),
    driveLinks: [],
    signal: ctx.signal,
  };
}

/** Every open message, read afresh. */
function readMessages(reading: Reading): MailMessage[] {
  const { all, open } = regions(reading.doc);
  const seen = previews(reading.doc);
  const used = new Set<string>();
  return open.map(({ element, body }) =>
    readMessage(reading, element, body, seen, { only: open.length === 1, index: all.indexOf(element), used }),
  );
}

/** Every message body shown in `root`, whichever build's markup: nested matches count once. */
function bodiesIn(root: ParentNode): Element[] {
  return outermost(
    Array.from(root.querySelectorAll(MESSAGE_BODY_CSS)).filter(
      (el) => !el.closest(`[${OWN_UI_ATTRIBUTE}]`) && !el.closest('[contenteditable="true"]'),
    ),
  );
}

/** Which of the selectors the open thread needs still match (no message content in the report). */
function outlookHealth(doc: Document, service: ServiceBytes | undefined, tokens: TokensSeen): HealthReport {
  const { log, missing, check, expectMessages, report } = createHealthCheck();
  const pane = check(doc, OUTLOOK.readingPane)[0];
  const found = regions(doc);
  const signal = check(doc, OUTLOOK.threadSignal);
  const conversationOpen =
    found.all.length > 0 || signal.length > 0 || OUTLOOK_OPEN_ROUTE.test(doc.location?.pathname ?? '');
  const open = conversationOpen ? expectMessages(found, OUTLOOK.message, OUTLOOK.body) : [];
  // More bodies on screen than messages read means messages are being merged or lost: not recognised.
  const bodies = bodiesIn(pane ?? doc).length;
  if (bodies) log.record('bodiesInMessages', bodies > open.length ? null : 'each-body-in-a-message');
  if (bodies > open.length) missing.add('bodiesInMessages');
  for (const { element: el, body } of open) {
    if (!queryUpwards(el, OUTLOOK.subject, log)) missing.add(OUTLOOK.subject.name);
    for (const entry of [OUTLOOK.date, OUTLOOK.replyButton]) check(el, entry);
    const sender = senderField(el, body);
    const senderAlt = sender
      ? (OUTLOOK.sender.alternatives.find((a) => sender.matches(a.css))?.id ?? null)
      : null;
    log.record(OUTLOOK.sender.name, senderAlt);
    if (!sender) missing.add(OUTLOOK.sender.name);
    check(body, OUTLOOK.inlineImage);
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
  // Which ways of getting bytes were seen working here (./byte-ways ids; no ids, names or tokens).
  for (const [way, state] of Object.entries(service?.ways() ?? {}))
    if (state) log.record(`byteWay:${way}`, state);
  // Offered with a fresh token, refused by the host though fresh, or only run out (then the tiles went on).
  if (tokens.size)
    log.record(
      `byteWay:${OFFICE_NET_TOKEN.id}`,
      tokens.has('refused') ? 'refused' : tokens.has('fresh') ? 'offered' : 'expired',
    );
  return report({
    client: 'outlook',
    path: outlookPath(doc.location),
    conversationOpen,
    openMessages: open.length,
    outlineRoot: pane ?? doc.body,
    // The labelled body alternative is left out, or any labelled region, the pane included, would be
    // shown but not entered and hide everything inside.
    outlineSkip: OUTLOOK.body.alternatives
      .filter((a) => !a.labels)
      .map((a) => a.css)
      .join(', '),
  });
}

export function createOutlookAdapter(
  doc: Document,
  fetcher: AttachmentFetcher,
  options: OutlookAdapterOptions = {},
): MailAdapter {
  const { debounceMs, maxWaitMs, maxConcurrentFetches, replyTimeoutMs } = adapterOptions(options);
  const { service } = options;
  const scopes = createMessageScopes('outlook', fetcher, maxConcurrentFetches);
  const tokens: TokensSeen = new Set();
  const refused = new Set<string>();
  const reading: Reading = { doc, scopes, service, now: options.now ?? Date.now, tokens, refused };
  const refusals = new Set<() => void>();
  // The triage tells of a token-host URL its host refused: read again without it (the next way).
  const refuseUrl = (url: string): boolean => {
    if (!isTokenHostUrl(url, doc.baseURI)) return false;
    refused.add(url);
    if (refused.size > MAX_REFUSED) refused.delete(refused.values().next().value as string);
    for (const notify of refusals) notify();
    return true;
  };
  const messages = () => readMessages(reading);
  const health = () => outlookHealth(doc, service, tokens);

  const watch = createWatch({
    doc,
    health,
    messages,
    scopes,
    attributes: WATCHED_ATTRIBUTES,
    // A preview picture that finishes loading changes what can be measured without any DOM mutation.
    events: [{ type: 'load', relevant: (event) => isPreviewImage(event.target) }],
    attachmentState: (a) => [
      a.fetchUrl,
      a.pageUrl,
      a.previewSize?.width,
      a.previewSize?.height,
      a.serviceFailed,
    ],
    debounceMs,
    maxWaitMs,
    changes: (notify) => {
      refusals.add(notify);
      const off = service?.onChange(notify);
      return () => {
        refusals.delete(notify);
        off?.();
      };
    },
  });

  const { findReplyBox, openReply } = createReply(doc, () => regions(doc).all, replyTimeoutMs);

  return { client: 'outlook', messages, watch, health, findReplyBox, openReply, watchDownloads, refuseUrl };
}
