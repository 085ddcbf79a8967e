// The one contract between a mail client's page and the rest of the extension. An adapter knows the DOM of
// one client (utils/mail/gmail, later utils/mail/outlook) and turns it into these plain objects; everything
// downstream (analysis, rules, UI, reply) reads only these.
import type { PhotoSource } from '@/utils/photo/source';

export type MailClient = 'gmail' | 'outlook';

export type AttachmentKind = 'image' | 'zip' | 'other';

const IMAGE_EXT = /\.(jpe?g|jfif|png|gif|webp|bmp|tiff?|heic|heif|avif)$/i;
const ZIP_EXT = /\.zip$/i;
const ZIP_MIME = /^application\/(x-)?zip(-compressed)?$/i;

/** What an attachment is, for every client: by name first (mail clients often send `application/octet-stream`), then by MIME type. */
export function attachmentKind(name: string, mime?: string): AttachmentKind {
  if (IMAGE_EXT.test(name)) return 'image';
  if (ZIP_EXT.test(name)) return 'zip';
  if (mime && /^image\//i.test(mime)) return 'image';
  if (mime && ZIP_MIME.test(mime)) return 'zip';
  return 'other';
}

/** How the bytes of an attachment are obtained, so the UI can say which way a photo was measured. */
export type ByteStrategy =
  | 'gmail-download-url' // the card's download_url attribute
  | 'gmail-card-link' // the card's link, disp=inline → disp=safe
  | 'gmail-inline' // a picture in the body, fetched whole as view=att
  | 'gmail-scanning' // a card Gmail still scans (no download_url, a w1600 preview link): measured once it loads
  | 'outlook-download-url' // an attachment-endpoint URL on the tile (or its open preview), fetched by the background
  | 'outlook-token-url' // a URL on Outlook's token host (attachments.office.net) whose token is still fresh, fetched by the background
  | 'outlook-preview' // no URL; the preview Outlook shows once opened: only `previewSize` is known
  | 'outlook-service' // no URL: Outlook's own service listed it; the page-world hook fetches it as Outlook does
  | 'outlook-download-capture' // no URL, no preview yet: measurable when the buyer downloads it
  | 'outlook-inline' // a picture in the body that is a message part, fetched whole through the endpoint
  | 'outlook-inline-blob' // a body picture Outlook holds as a page `blob:` URL: read here, measured only as the file
  | 'none'; // no bytes can be fetched: the badge says "not measurable"

/** Marks the extension's own elements in the mail page, so adapters ignore the DOM changes they cause. */
export const OWN_UI_ATTRIBUTE = 'data-photo-triage';

export interface MailAttachment {
  /** Stable within the message across re-renders (the part id when the client exposes one). */
  key: string;
  name: string;
  mime?: string;
  /** Bytes parsed from the size the client shows ("68 KB"): as precise as that text. */
  displayedSize?: number;
  displayedSizeText?: string;
  kind: AttachmentKind;
  /** Where a badge goes: insert it right after this element (the client's own card, or the picture). */
  badgeAnchor: HTMLElement;
  /** Set for images and zips whose bytes can be fetched; reads are queued and cancelled with the message. */
  source?: PhotoSource;
  /** Where `source` downloads from: the background fetches it with its host permission. */
  fetchUrl?: string;
  byteStrategy: ByteStrategy;
  /**
   * A `blob:` URL of the page holding the picture's bytes ('outlook-inline-blob'), read by the content script.
   * Nothing proves they are the file rather than a preview: they are measured only when their size is the
   * one the client shows for the attachment (`displayedSizeText`); otherwise the badge says preview only.
   */
  pageUrl?: string;
  /**
   * The natural size of a preview picture the client rendered ('outlook-preview'): a lower bound for the
   * photo's pixels (the client may have scaled it down), with nothing known of its bytes, EXIF or quality.
   */
  previewSize?: { width: number; height: number };
  /**
   * 'outlook-download-capture' only: Outlook's service was tried for this file and did not give it (an
   * error, or an answer in a shape this version does not know), so the buyer's download is the way left.
   */
  serviceFailed?: boolean;
}

/** A file the buyer downloaded, captured as the client handed it to the browser. */
export interface CapturedDownload {
  /** The tokenised https URL on an attachment host, for the background to fetch... */
  url?: string;
  /** ...or the file itself, when the client saved it from a Blob. */
  blob?: Blob;
  /** The name the file was saved as, when the page said. */
  name?: string;
}

/**
 * Whether a re-read message shows the same attachments the same way (keys, anchors, how the bytes come):
 * when not, the client changed its cards in place (Gmail's late-loading card) and the badges follow.
 */
export function sameAttachments(a: MailMessage, b: MailMessage): boolean {
  const shape = (m: MailMessage) => [...m.attachments, ...m.inlineImages];
  const [x, y] = [shape(a), shape(b)];
  return (
    x.length === y.length &&
    x.every(
      (p, i) =>
        p.key === y[i].key &&
        p.badgeAnchor === y[i].badgeAnchor &&
        p.byteStrategy === y[i].byteStrategy &&
        p.fetchUrl === y[i].fetchUrl &&
        p.pageUrl === y[i].pageUrl &&
        p.previewSize?.width === y[i].previewSize?.width &&
        p.previewSize?.height === y[i].previewSize?.height,
    ) &&
    a.driveLinks.length === b.driveLinks.length &&
    a.driveLinks.every((d, i) => d.badgeAnchor === b.driveLinks[i].badgeAnchor)
  );
}

/** Which attachment(s) a captured download is: one, or "Download all" (a zip matched to tiles by name). */
export type CaptureMatch = { attachment: MailAttachment } | { all: MailAttachment[] };

export interface DriveLink {
  /** What the link or chip shows: usually the file name. */
  name: string;
  url: string;
  /** Where a "not measurable" note can go. */
  badgeAnchor: HTMLElement;
}

export interface MailMessage {
  client: MailClient;
  /** The client's id for the message (Gmail: `msg-f:…`), stable from the moment it renders. */
  id: string;
  /** Gmail's hex message id, as the Gmail API knows it; may appear a moment after `id`. */
  legacyId?: string;
  threadId?: string;
  element: HTMLElement;
  sender: { email?: string; name?: string };
  subject: string;
  /** ISO 8601 when the client's date could be read. */
  date?: string;
  /** For PO detection on this machine; never sent anywhere, never logged. */
  bodyText(): string;
  attachments: MailAttachment[];
  /** Pictures embedded in the body (not remote pictures, which are not attachments). */
  inlineImages: MailAttachment[];
  driveLinks: DriveLink[];
  /** Aborted when the message closes (the buyer moved on) or the watch stops: pass it to the analysis. */
  signal: AbortSignal;
}

export interface HealthReport {
  /** False when the page looks like a conversation is open but the adapter cannot read it. */
  ok: boolean;
  client: MailClient;
  checkedAt: string;
  /** The page's route without ids, query or search terms, e.g. `/mail/u/0/#inbox/…`. */
  path: string;
  /** Whether anything on the page says a conversation is open (so messages were expected). */
  conversationOpen: boolean;
  openMessages: number;
  /** Each selector checked: the id of the alternative that matched, or null. */
  matched: Record<string, string | null>;
  /** Required selectors that did not match where they must. */
  missing: string[];
  /** When not ok: the reading area's structure (tags, roles, class tokens; no text, no attribute values). */
  outline?: string;
}

export interface MailAdapter {
  readonly client: MailClient;
  /** The messages open right now. */
  messages(): MailMessage[];
  /**
   * Calls back with the open messages and a fresh health check whenever that set (or what can be read of it)
   * changes: debounced, silent while nothing is open. Stops, disconnecting its observer and cancelling the
   * messages' work, when `signal` aborts (pass the content script's `ctx.signal`).
   */
  watch(onChange: (messages: MailMessage[], health: HealthReport) => void, signal: AbortSignal): void;
  health(): HealthReport;
  /** The reply editor already open for this message (or its thread), if any. */
  findReplyBox(message: MailMessage): HTMLElement | null;
  /** Opens the reply (clicking the client's own Reply button) and resolves with its editor, or null. */
  openReply(message: MailMessage, signal?: AbortSignal): Promise<HTMLElement | null>;
  /**
   * For clients that hand some files only to the buyer's download (Outlook): calls back with each file the
   * buyer downloads from `message`, paired with the attachment(s) it is. Stops with the message or `signal`.
   */
  watchDownloads?(
    message: MailMessage,
    onCapture: (match: CaptureMatch, capture: CapturedDownload) => void,
    signal?: AbortSignal,
  ): () => void;
  /**
   * The host refused `url` although it looked usable (Outlook's token host: a fresh-looking token it no
   * longer takes): the adapter reads the attachment again without it, so the next way is tried. False when
   * the adapter has no other way for that URL (the failure stands).
   */
  refuseUrl?(url: string): boolean;
}

/** How an adapter paces its work; the same defaults suit both clients. */
export interface MailAdapterOptions {
  /** Quiet time after the last DOM change before the open messages are read again. */
  debounceMs?: number;
  /** The clients never stop mutating (hover states, timers): read at least this often meanwhile. */
  maxWaitMs?: number;
  /** Photo fetches in flight at once, across all messages. */
  maxConcurrentFetches?: number;
  /** How long openReply waits for the client's editor to appear. */
  replyTimeoutMs?: number;
}

export function adapterOptions(options: MailAdapterOptions): Required<MailAdapterOptions> {
  const { debounceMs = 200, maxWaitMs = 1000, maxConcurrentFetches = 3, replyTimeoutMs = 5000 } = options;
  return { debounceMs, maxWaitMs, maxConcurrentFetches, replyTimeoutMs };
}

/** Attributes whose values are the client's own vocabulary (never the buyer's words), shown in outlines. */
const SAFE_ATTRIBUTE_VALUES = new Set([
  'role',
  'aria-expanded',
  'contenteditable',
  'g_editable',
  'gh',
  'aria-level',
  'data-app-section',
  'data-testid',
]);
const SAFE_TOKEN = /^[A-Za-z][\w-]{0,40}$/;

export interface OutlineOptions {
  maxDepth?: number;
  maxChildren?: number;
  maxChars?: number;
  /** Elements shown but not entered (message bodies: the sender's markup says nothing about the layout). */
  skip?: (el: Element) => boolean;
}

/**
 * The shape of a page region for diagnostics, like InboxSDK's censored HTML: tag names, class tokens, roles
 * and which attributes exist, never text and never other attribute values (they hold names and addresses).
 */
export function layoutOutline(root: Element, options: OutlineOptions = {}): string {
  const { maxDepth = 14, maxChildren = 6, maxChars = 8000, skip } = options;
  const lines: string[] = [];
  let chars = 0;
  const walk = (el: Element, depth: number): void => {
    if (chars > maxChars) return;
    const line = `${'  '.repeat(depth)}${describe(el)}`;
    lines.push(line);
    chars += line.length + 1;
    if (depth >= maxDepth || skip?.(el) || /^(script|style|svg|noscript)$/i.test(el.tagName)) return;
    const children = Array.from(el.children);
    for (const child of children.slice(0, maxChildren)) walk(child, depth + 1);
    if (children.length > maxChildren)
      lines.push(`${'  '.repeat(depth + 1)}… ${children.length - maxChildren} more`);
  };
  walk(root, 0);
  return lines.join('\n').slice(0, maxChars);
}

function describe(el: Element): string {
  let out = el.tagName.toLowerCase();
  for (const token of Array.from(el.classList)) if (SAFE_TOKEN.test(token)) out += `.${token}`;
  for (const { name } of Array.from(el.attributes)) {
    if (name === 'class' || !SAFE_TOKEN.test(name)) continue;
    const value = el.getAttribute(name) ?? '';
    out += SAFE_ATTRIBUTE_VALUES.has(name) && SAFE_TOKEN.test(value) ? `[${name}=${value}]` : `[${name}]`;
  }
  return out;
}

/** Anything shaped like an address is removed, whatever its origin: diagnostics get pasted into public places. */
const EMAIL_LIKE = /[^\s@<>"'()[\]]+@[^\s@<>"'()[\]]+/g;

/** Copyable text for a support request: selectors, route and structure only; no message text, no addresses. */
export function diagnosticsText(
  report: HealthReport,
  extra: { extensionVersion?: string; browser?: string } = {},
) {
  const lines = [
    'Photo Triage — mail layout diagnostics',
    `client: ${report.client}`,
    `checked: ${report.checkedAt}`,
    `page: ${report.path || '(unknown)'}`,
    ...(extra.extensionVersion ? [`extension: ${extra.extensionVersion}`] : []),
    ...(extra.browser ? [`browser: ${extra.browser}`] : []),
    `conversation open: ${report.conversationOpen ? 'yes' : 'no'}`,
    `open messages read: ${report.openMessages}`,
    `status: ${report.ok ? 'layout recognised' : 'layout NOT recognised'}`,
    `missing: ${report.missing.length ? report.missing.join(', ') : 'nothing'}`,
    'selectors (alternative that matched):',
    ...Object.entries(report.matched).map(([name, id]) => `  ${name}: ${id ?? 'no alternative matched'}`),
  ];
  if (report.outline) lines.push('page structure (no text):', report.outline);
  return lines.join('\n').replace(EMAIL_LIKE, '[removed]');
}
