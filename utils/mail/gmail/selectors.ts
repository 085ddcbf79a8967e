// Every Gmail selector, as data. Alternatives are tried in order: attributes first (they survive Gmail's
// class renames and the hashed-class experiment), class tokens after, each tolerant of the `-<hash>` suffix.
// Sources: InboxSDK (src/platform-implementation-js/dom-driver/gmail, snapshot of 2026-07-23) and gmail.js
// (src/gmail.js, snapshot of 2026-03-25). A `seen` date is the snapshot that still used the selector.
import { cls, defineSelectors } from '../selectors';

const INBOX_SDK = '2026-07-23';
/** InboxSDK's gmail-attachment-card-view.test.ts: real cards captured in 2015, "Image partial load" and "Image". */
const INBOX_SDK_CARDS = '2026-12-04';
const GMAIL_JS = '2026-03-25';
/** Added here without outside evidence (a guess that costs nothing when it misses). */
const ADDED = '2026-11-26';

/** Attributes read from matched elements (not selectors: values). */
export const GMAIL_ATTR = {
  /** `#msg-f:1790000000000000001`; present as soon as a message renders, even before it syncs. */
  messageId: 'data-message-id',
  /** `18c0000000000001` (hex); missing for a moment after the buyer sends a reply (InboxSDK waits for it). */
  legacyMessageId: 'data-legacy-message-id',
  threadPermId: 'data-thread-perm-id',
  legacyThreadId: 'data-legacy-thread-id',
  /** `mime:filename:url`, on the card; Chrome only (gmail.js), so the card link is the fallback. */
  downloadUrl: 'download_url',
  email: 'email',
  name: 'name',
  /** The full date on the header's short date. */
  dateTitle: 'title',
  /** Emoji in subjects are images carrying the character (InboxSDK getSubject). */
  emoji: 'data-emoji',
} as const;

/** Gmail's Reply button label (tooltip and aria-label) in the interface languages buyers use. Exact match: "Reply all" differs. */
export const REPLY_LABELS = [
  'Reply',
  '回复',
  '回覆',
  'Répondre',
  'Antworten',
  'Responder',
  'Rispondi',
  'Beantwoorden',
  'Odpowiedz',
  'Ответить',
  'Відповісти',
  '返信',
  '답장',
  'Yanıtla',
  'Trả lời',
  'Balas',
  'Svara',
] as const;

/** Routes shown in diagnostics; anything else after `#` (labels, search terms) is the buyer's own words. */
export const GMAIL_ROUTES = [
  'inbox',
  'starred',
  'snoozed',
  'sent',
  'drafts',
  'imp',
  'all',
  'spam',
  'trash',
  'scheduled',
  'search',
  'advanced-search',
  'label',
  'category',
  'chats',
  'settings',
] as const;

/** A URL hash ending in a thread token (`#inbox/FMfcgz…`, `#search/…/18c0…`) means a conversation is open. */
export const GMAIL_THREAD_HASH = /^#[^/]+\/(?:.*\/)?[A-Za-z0-9_-]{16,}$/;

export const GMAIL = defineSelectors({
  message: {
    scope: 'document',
    where: 'each message container of the open conversation (thread view, preview pane, search results)',
    required: true,
    alternatives: [
      {
        id: 'attr-data-message-id',
        css: '[data-message-id]',
        seen: INBOX_SDK,
        source: 'InboxSDK gmail-message-view; gmail.js .adn[data-message-id]',
      },
      {
        id: 'attr-data-legacy-message-id',
        css: '[data-legacy-message-id]',
        seen: GMAIL_JS,
        source: 'gmail.js div.adn[data-legacy-message-id]',
      },
      {
        id: 'class-adn-ads',
        css: `div${cls('adn')}${cls('ads')}`,
        seen: GMAIL_JS,
        source: 'gmail.js view_email',
      },
    ],
  },
  threadSignal: {
    scope: 'document',
    where: 'anything proving a conversation is open, so a missing message means a changed layout',
    required: false,
    alternatives: [
      {
        id: 'attr-thread-perm-id',
        css: '[data-thread-perm-id]',
        seen: INBOX_SDK,
        source: 'InboxSDK gmail-thread-view',
      },
      { id: 'attr-legacy-thread-id', css: 'h2[data-legacy-thread-id]', seen: INBOX_SDK, source: 'InboxSDK' },
      { id: 'class-hP', css: `h2${cls('hP')}`, seen: GMAIL_JS, source: 'gmail.js api.dom.thread subject' },
      {
        id: 'expanded-listitem-with-sender',
        css: '[role="main"] [role="listitem"][aria-expanded="true"] [email]',
        seen: ADDED,
        source: 'ARIA of the message list',
      },
    ],
  },
  subject: {
    scope: 'thread',
    where: 'the conversation subject, above the messages (nearest ancestor of a message containing it)',
    required: true,
    alternatives: [
      {
        id: 'attr-thread-perm-id',
        css: 'h2[data-thread-perm-id]',
        seen: INBOX_SDK,
        source: 'InboxSDK gmail-thread-view',
      },
      { id: 'attr-legacy-thread-id', css: 'h2[data-legacy-thread-id]', seen: INBOX_SDK, source: 'InboxSDK' },
      { id: 'class-hP', css: `h2${cls('hP')}`, seen: GMAIL_JS, source: 'gmail.js subject: h2.hP' },
      { id: 'class-ha-h2', css: `${cls('ha')} h2`, seen: INBOX_SDK, source: 'InboxSDK getSubject: .ha h2' },
    ],
  },
  messageItem: {
    scope: 'message-item',
    where: 'the list item wrapping one message (its reply area lives here too)',
    required: false,
    alternatives: [
      { id: 'role-listitem', css: '[role="listitem"]', seen: ADDED, source: 'ARIA of the message list' },
      {
        id: 'class-h7',
        css: `div${cls('h7')}`,
        seen: INBOX_SDK,
        source: 'InboxSDK message view element (.h7 expanded)',
      },
    ],
  },
  sender: {
    scope: 'message',
    where: 'the sender in the message header (not the recipients, span.g2 in .hb)',
    required: true,
    alternatives: [
      {
        id: 'h3-span-email',
        css: 'h3 span[email]',
        seen: INBOX_SDK,
        source: 'InboxSDK contact hover: h3.iw',
      },
      {
        id: 'class-gD',
        css: `span[email]${cls('gD')}`,
        seen: GMAIL_JS,
        source: 'gmail.js from: span[email].gD',
      },
      {
        id: 'class-gF',
        css: `${cls('gF')} span[email]`,
        seen: INBOX_SDK,
        source: 'InboxSDK getSender: td.gF span[email]',
      },
    ],
  },
  date: {
    scope: 'message',
    where: 'the header date; its title holds the full date and time',
    required: false,
    alternatives: [
      {
        id: 'class-g3-title',
        css: `span${cls('g3')}[title]`,
        seen: GMAIL_JS,
        source: 'gmail.js timestamp: span.g3',
      },
      {
        id: 'class-gK-title',
        css: `${cls('gK')} [title]`,
        seen: INBOX_SDK,
        source: 'InboxSDK getDateString: .gK .g3',
      },
    ],
  },
  body: {
    scope: 'message',
    where: 'the message body; present only when the message is expanded',
    required: true,
    alternatives: [
      { id: 'class-a3s', css: `div${cls('a3s')}`, seen: GMAIL_JS, source: 'gmail.js body: div.a3s' },
      {
        id: 'class-ii-gt',
        css: `div${cls('ii')}${cls('gt')}`,
        seen: INBOX_SDK,
        source: 'InboxSDK getContentsElement',
      },
      { id: 'class-adP', css: `div${cls('adP')}`, seen: INBOX_SDK, source: 'InboxSDK old fallback' },
    ],
  },
  inlineImage: {
    scope: 'body',
    where: 'pictures embedded in the body as message parts (view=fimg / disp=emb), not remote pictures',
    required: false,
    alternatives: [
      {
        id: 'src-fimg-emb',
        css: 'img[src*="view=fimg"], img[src*="disp=emb"]',
        seen: ADDED,
        source: 'Gmail inline image URLs quoted in public code',
      },
      {
        id: 'attr-data-surl-cid',
        css: 'img[data-surl^="cid:"]',
        seen: ADDED,
        source: 'Gmail markup: cid of the part',
      },
    ],
  },
  driveLink: {
    scope: 'body',
    where: 'Drive links and chips in the body (no bytes to fetch)',
    required: false,
    alternatives: [
      {
        id: 'href-drive',
        css: 'a[href*="drive.google.com/"], a[href*="docs.google.com/"], a[href*="drive.usercontent.google.com/"]',
        seen: ADDED,
        source: 'Drive URL hosts',
      },
    ],
  },
  attachmentArea: {
    scope: 'message',
    where: 'the attachment strip under the body; absent when there are no attachments',
    required: false,
    alternatives: [
      { id: 'class-hq', css: `div${cls('hq')}`, seen: INBOX_SDK, source: 'InboxSDK #getAttachmentArea: .hq' },
      {
        id: 'attr-download-url-parent',
        css: ':has(> span[download_url])',
        seen: ADDED,
        source: 'parent of cards carrying download_url',
      },
    ],
  },
  attachmentCard: {
    scope: 'attachment-area',
    // Structure first: Drive cards have no download_url, so the attribute alone would skip them.
    where: 'one card per attachment (files and Drive files alike)',
    required: true,
    alternatives: [
      {
        id: 'class-aQH-span',
        css: `${cls('aQH')} > span`,
        seen: INBOX_SDK,
        source: 'InboxSDK getAttachmentCardViews',
      },
      {
        id: 'attr-download-url',
        css: 'span[download_url]',
        seen: GMAIL_JS,
        source: 'gmail.js attachments()',
      },
      {
        id: 'class-aZo',
        css: `span${cls('aZo')}`,
        seen: GMAIL_JS,
        source: 'gmail.js: div.hq.gt div.aQH span.aZo',
      },
    ],
  },
  attachmentName: {
    scope: 'attachment-card',
    where: 'the file name on the card',
    required: true,
    alternatives: [
      {
        id: 'class-aV3',
        css: `${cls('aV3')}`,
        seen: INBOX_SDK,
        source: 'InboxSDK getTitle: span .aV3; gmail.js .aV3',
      },
      { id: 'class-aQA-span', css: `${cls('aQA')} > span`, seen: INBOX_SDK, source: 'InboxSDK: .aQA > span' },
    ],
  },
  attachmentSize: {
    scope: 'attachment-card',
    where: 'the size Gmail shows on the card ("68 KB"); Drive cards have none',
    required: false,
    alternatives: [
      { id: 'class-SaH2Ve', css: `${cls('SaH2Ve')}`, seen: GMAIL_JS, source: 'gmail.js .SaH2Ve' },
      {
        id: 'class-aYp-span',
        css: `${cls('aYp')} > span`,
        seen: INBOX_SDK,
        source: 'InboxSDK: div.aYp > span',
      },
    ],
  },
  attachmentLink: {
    scope: 'attachment-card',
    where: "the card's first link: the attachment (disp=inline) or the Drive file",
    required: false,
    alternatives: [{ id: 'a-href', css: 'a[href]', seen: INBOX_SDK, source: 'InboxSDK _getDownloadLink' }],
  },
  attachmentDownloadButton: {
    scope: 'attachment-card',
    // While Gmail scans the file, this button is disabled ("Scanning for viruses...") and the card has no
    // download_url: its link is a resized preview (view=fimg … sz=w1600), never the photo.
    where: "the card's Download button (the first of its buttons); disabled while Gmail scans the file",
    required: false,
    alternatives: [
      {
        id: 'class-aQw-first-button',
        css: `${cls('aQw')} > [role="button"]:first-child`,
        seen: INBOX_SDK_CARDS,
        source:
          'InboxSDK gmail-attachment-card-view.test.ts "Image partial load": div.aQw > div[role=button]',
      },
    ],
  },
  replyButton: {
    scope: 'message',
    where: "the message header's Reply button (not Reply all, not Forward)",
    required: false,
    alternatives: [
      {
        id: 'role-button-tooltip',
        css: '[role="button"][data-tooltip]',
        labels: REPLY_LABELS,
        labelAttributes: ['data-tooltip', 'aria-label'],
        seen: GMAIL_JS,
        source: 'gmail.js sets data-tooltip and aria-label on its own buttons, as Gmail does',
      },
      {
        id: 'role-button-aria-label',
        css: '[role="button"][aria-label]',
        labels: REPLY_LABELS,
        labelAttributes: ['aria-label'],
        seen: ADDED,
        source: 'ARIA',
      },
      {
        id: 'class-aaq-bsQ',
        css: `div[role="button"]${cls('aaq')}, div[role="button"]${cls('bsQ')}`,
        seen: GMAIL_JS,
        source: 'gmail.js reply_button',
      },
    ],
  },
  composeEditor: {
    scope: 'message-item',
    where: "the reply's editable body, in the message's list item or further down the same thread",
    required: false,
    alternatives: [
      {
        id: 'attr-g-editable',
        css: '[g_editable="true"][contenteditable="true"]',
        seen: INBOX_SDK,
        source: 'InboxSDK compose body: .Ap [g_editable=true]',
      },
      { id: 'attr-g-editable-only', css: '[g_editable="true"]', seen: INBOX_SDK, source: 'InboxSDK' },
      {
        id: 'class-Ap-textbox',
        css: `${cls('Ap')} [role="textbox"][contenteditable="true"]`,
        seen: ADDED,
        source: 'InboxSDK .Ap container with ARIA textbox',
      },
    ],
  },
});
