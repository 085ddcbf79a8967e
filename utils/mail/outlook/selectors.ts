// Every Outlook on the web selector, as data. Outlook's class names are build hashes that change every few
// months, so nothing here uses a class: only roles, aria attributes, `data-*`, element ids Outlook composes
// from its own item ids (`MSG_<id>_FROM`), and the labels it localises, kept in the lists below.
//
// Evidence, oldest first:
// - an Outlook test fixture "based on actual HTML from outlook.office.com" (German locale) in a public PGP
//   extension: `div[aria-label="Email message"]` > `div[role=document]` > `#UniqueMessageBody_N`, sender
//   `span[aria-label="From: …"]` ("Von: …"), toolbar `button[aria-label=Reply]` ("Antworten"), attachments
//   `div[role=listbox][aria-label=Attachments]` > `div[role=option][aria-label="document.pdf Open 205 KB"]`
//   holding `[title="document.pdf"]` and `[title="205 KB"]`;
// - an Asana Outlook content script: `span[aria-label^="From:"]` whose text is "Name<address>";
// - gmailify (sgnoohc/monet), read from saved outlook.cloud.microsoft pages: reading pane
//   `[role=main][aria-label="Reading Pane"]`, list rows `div[role=option][data-convid]` (the same role as
//   attachment tiles, so attachments are only ever looked for inside an attachment listbox), level-3
//   metadata headings with ids `MSG_<id>_FROM` / `_DATETIME` / `_SUBJECT` / `_ATTACHMENTS`, the date also
//   `[data-testid=SentReceivedSavedTime]`, attachment tiles `[role=listbox][aria-label="file attachments"]
//   [role=option]`, and `data-app-section` values `ConversationContainer` and `MailReadCompose`;
// - message bodies as Outlook renders them (public pages quoting its HTML): message parts carry
//   `data-imagetype="AttachmentByCid"`, the content id in `originalsrc="cid:…"` and the attachment id in
//   `data-custom`; remote pictures carry `data-imagetype="External"`.
// - captures of real Outlook markup from 2021–2025, as described in issue 11 and in Mailvelope's
//   test/integration/__mocks__/outlook-dom-templates.js (mailvelope/mailvelope, 2025, "based on actual HTML
//   from outlook.office.com"): a 2024 reading pane whose message cards are unlabelled `div[tabindex="-1"]`
//   holding `div[role=document][aria-label="Message body"]`; older bodies `div[role=region][aria-label=
//   "Message body"]`; a 2024 body `div[tabindex=0][aria-label="Message body"]#UniqueMessageBody_N` with no
//   role; the sender only on the persona button `[role=button][aria-label="Opens card for <Name>"]`
//   carrying `data-lpc-hover-target-id`; inline pictures `src="blob:https://outlook.live.com/…"`.
// A `seen` date is when that evidence was recorded here; ADDED marks a guess that costs nothing when it misses.
import { defineSelectors } from '../selectors';

const GMAILIFY = '2026-09-17';
const FIXTURE = '2026-11-26';
const ADDED = '2026-11-26';
/** Issue 11's captures of 2021–2025 Outlook pages and Mailvelope's 2025 Outlook templates, recorded here. */
const CAPTURES = '2026-12-04';

// Localised labels. Outlook's own strings where the evidence shows them; other languages are Outlook's
// usual wording for the same string and are marked as unverified guesses in `source`. Matching is exact
// (trimmed, case-insensitive) unless a list says "contains".

/** The reading pane landmark's aria-label. */
export const READING_PANE_LABELS = [
  'Reading Pane',
  '阅读窗格',
  '讀取窗格',
  'Volet de lecture',
  'Lesebereich',
  'Panel de lectura',
] as const;

/** The aria-label of each message region in the reading pane (English seen; others unverified). */
export const EMAIL_MESSAGE_LABELS = [
  'Email message',
  '电子邮件',
  '電子郵件',
  'Message électronique',
  'Courrier électronique',
  'E-Mail-Nachricht',
  'Mensaje de correo electrónico',
  'Mensaje de correo',
] as const;

/** Prefixes of the sender's aria-label ("From: Amy Chen"). French puts a (no-break) space before the colon. */
export const FROM_PREFIXES = [
  'From:',
  '发件人:',
  '发件人：',
  '寄件者:',
  'De :',
  'De\u00a0:',
  'De:',
  'Von:',
] as const;

/** Words an attachment listbox's aria-label contains ("file attachments", "附件", "Pièces jointes"…). */
export const ATTACHMENT_WORDS = [
  'attachment',
  '附件',
  'pièce jointe',
  'pièces jointes',
  'Anlage',
  'Anhang',
  'Anhänge',
  'adjunto',
  'adjuntos',
] as const;

/** The body of Outlook's compose editor (and, not editable, of a read message). */
export const MESSAGE_BODY_LABELS = [
  'Message body',
  '邮件正文',
  '郵件內文',
  'Corps du message',
  'Nachrichtentext',
  'Cuerpo del mensaje',
] as const;

/**
 * Prefixes of the persona (avatar) button's aria-label: "Opens card for Amy Chen". English seen in the
 * captures; the others are Outlook's usual wording, unverified guesses.
 */
export const PERSONA_PREFIXES = [
  'Opens card for',
  '打开名片:',
  '打开名片：',
  '打开以下人员的名片:',
  '打开以下人员的名片：',
  '開啟名片:',
  'Ouvre la carte de',
  'Öffnet die Karte für',
  'Abre la tarjeta de',
] as const;

/** The Reply button (aria-label or title). Exact: "Reply all" ("全部答复", "Allen antworten") differs. */
export const REPLY_LABELS = ['Reply', '答复', '回复', '回覆', 'Répondre', 'Antworten', 'Responder'] as const;

/** The attachment's Download command: a button on the tile or an item of its "More actions" menu. */
export const DOWNLOAD_LABELS = [
  'Download',
  '下载',
  '下載',
  'Télécharger',
  'Herunterladen',
  'Descargar',
] as const;

/** "Download all" above the attachment list: Outlook sends one zip of every attachment. */
export const DOWNLOAD_ALL_LABELS = [
  'Download all',
  '全部下载',
  '下载全部',
  '全部下載',
  'Tout télécharger',
  'Alle herunterladen',
  'Descargar todo',
] as const;

/** Path segments shown in diagnostics; anything else (ids, shared mailbox addresses, folder names) is `…`. */
export const OUTLOOK_ROUTES = [
  'mail',
  'inbox',
  'sentitems',
  'drafts',
  'deleteditems',
  'junkemail',
  'archive',
  'outbox',
  'scheduled',
  'search',
  'id',
  'deeplink',
  'read',
  'compose',
  'readconv',
  'popout',
  'options',
] as const;

/** Routes that show a message or a conversation: `/mail/inbox/id/<id>`, `/mail/deeplink/read/<id>`. */
export const OUTLOOK_OPEN_ROUTE = /\/(?:id|read|readconv)\/[^/]{8,}/;

/** The metadata headings' ids: `MSG_<item id>_<FIELD>` (gmailify); the item id is the message's. */
export const MESSAGE_FIELD_ID = /^MSG_(.+)_(?:FROM|DATETIME|SUBJECT|ATTACHMENTS|TO|CC)$/;

/** Attributes read from matched elements (values, not selectors). */
export const OUTLOOK_ATTR = {
  /** The conversation id, on the message list's rows (and, in some builds, around the reading pane). */
  convid: 'data-convid',
  /** An inline picture's attachment id (URL-encoded `AAMk…`), as Outlook's InlineImageCustomDataTemplate. */
  custom: 'data-custom',
  /** An inline picture's source before Outlook resolved it: `cid:…` for message parts. */
  originalSrc: 'originalsrc',
  downloadUrl: 'data-download-url',
} as const;

const anyPrefix = (attribute: string, prefixes: readonly string[], tag = '') =>
  prefixes.map((p) => `${tag}[${attribute}^="${p}"]`).join(', ');

const containsAny = (attribute: string, words: readonly string[], tag: string) =>
  words.map((w) => `${tag}[${attribute}*="${w}" i]`).join(', ');

const exactAny = (attribute: string, values: readonly string[], tag: string) =>
  values.map((v) => `${tag}[${attribute}="${v}" i]`).join(', ');

/**
 * Anything that is a message body in some Outlook build (the union of the body entry's alternatives),
 * for finding message cards around bodies and counting bodies in the health check. The reply editor is
 * left out: it has the same label but is editable.
 */
export const MESSAGE_BODY_CSS = [
  '[role="document"]',
  '[id^="UniqueMessageBody"]',
  exactAny('aria-label', MESSAGE_BODY_LABELS, 'div'),
].join(', ');

export const OUTLOOK = defineSelectors({
  readingPane: {
    scope: 'document',
    where: 'the reading pane (or the page of a message opened full-page or in its own window)',
    required: false,
    alternatives: [
      {
        id: 'role-main-labelled',
        css: 'main[aria-label], [role="main"][aria-label]',
        labels: READING_PANE_LABELS,
        seen: GMAILIFY,
        source: 'gmailify: [role=main][aria-label="Reading Pane"]; German fixture "Lesebereich"',
      },
      {
        id: 'app-section-mail-read-compose',
        css: '[data-app-section="MailReadCompose"]',
        seen: GMAILIFY,
        source: 'gmailify data-app-section list; German fixture role=main[data-app-section=MailReadCompose]',
      },
      {
        id: 'id-reading-pane-container',
        css: '#ReadingPaneContainerId',
        seen: ADDED,
        source: 'element id used by public Outlook scripts (DESIGN.md)',
      },
      { id: 'role-main', css: 'main, [role="main"]', seen: ADDED, source: 'ARIA landmark, any label' },
    ],
  },
  threadSignal: {
    scope: 'document',
    where: 'anything proving a message or conversation is open, so a missing message means a changed layout',
    required: false,
    alternatives: [
      {
        id: 'app-section-conversation',
        css: '[data-app-section="ConversationContainer"]',
        seen: GMAILIFY,
        source: 'gmailify: present with a message open',
      },
      {
        id: 'msg-field-ids',
        css: '[id^="MSG_"][id$="_FROM"], [id^="MSG_"][id$="_DATETIME"]',
        seen: GMAILIFY,
        source: 'gmailify: metadata heading ids',
      },
      {
        id: 'selected-conversation-row',
        css: '[role="option"][data-convid][aria-selected="true"]',
        seen: GMAILIFY,
        source: 'gmailify: list rows div[role=option][data-convid]; selection state is ARIA',
      },
    ],
  },
  selectedConversation: {
    scope: 'document',
    where: 'the message-list row of the open conversation: its data-convid is the thread id',
    required: false,
    alternatives: [
      {
        id: 'selected-row-convid',
        css: '[role="option"][data-convid][aria-selected="true"]',
        seen: GMAILIFY,
        source: 'gmailify; a PGP extension reads the active row the same way',
      },
    ],
  },
  message: {
    scope: 'document',
    where: 'each message region in the reading pane (conversation view: several), expanded or not',
    required: true,
    alternatives: [
      {
        id: 'aria-label-email-message',
        css: 'div[aria-label]',
        labels: EMAIL_MESSAGE_LABELS,
        seen: GMAILIFY,
        source: 'gmailify "reply bars"; German fixture; Asana script: [aria-label="Email message"]',
      },
      {
        id: 'role-listitem-with-body',
        css: `[role="listitem"]:has(${MESSAGE_BODY_CSS})`,
        seen: ADDED,
        source: 'conversation items as ARIA list items (DESIGN.md)',
      },
      {
        // The 2024 conversation: no "Email message" label; each message is a focusable card around its
        // body. Innermost, so the pane's own tabindex=-1 container is not one message.
        id: 'card-tabindex-with-body',
        css: `div[tabindex="-1"]:has(${MESSAGE_BODY_CSS})`,
        seen: CAPTURES,
        source: 'issue 11: 2024 reading pane, unlabelled div[tabindex="-1"] cards holding the body',
      },
      {
        // Label-free: the innermost labelled region around a body (the adapter keeps innermost matches).
        id: 'labelled-region-with-body',
        css: `div[aria-label]:has(${MESSAGE_BODY_CSS})`,
        seen: ADDED,
        source: 'structure of every fixture above, for interface languages missing from the label list',
      },
    ],
  },
  body: {
    scope: 'message',
    where: 'the message body; present only when the message is expanded',
    required: true,
    alternatives: [
      {
        id: 'role-document',
        css: 'div[role="document"]',
        seen: GMAILIFY,
        source: 'gmailify; German fixture',
      },
      {
        id: 'id-unique-message-body',
        css: '[id^="UniqueMessageBody"]',
        seen: GMAILIFY,
        source:
          'gmailify message body; German fixture #UniqueMessageBody_2; issue 11: a 2024 build, div[tabindex=0] with no role',
      },
      {
        id: 'role-region-message-body',
        css: 'div[role="region"][aria-label]',
        labels: MESSAGE_BODY_LABELS,
        seen: CAPTURES,
        source: 'issue 11: older builds, div[role="region"][aria-label="Message body"]',
      },
      {
        id: 'aria-label-message-body',
        css: 'div[aria-label]:not([contenteditable="true"])',
        labels: MESSAGE_BODY_LABELS,
        seen: FIXTURE,
        source: 'German fixture aria-label="Nachrichtentext" (the reply editor has the same label, editable)',
      },
    ],
  },
  subject: {
    scope: 'thread',
    where: 'the subject above the conversation (nearest ancestor of a message containing it)',
    required: true,
    alternatives: [
      {
        id: 'heading-subject-id',
        css: '[role="heading"][id$="_SUBJECT"]',
        seen: GMAILIFY,
        source: 'gmailify: the subject is [id$="_SUBJECT"], one of the level-3 field headings',
      },
      {
        id: 'heading-level-2',
        css: '[role="heading"][aria-level="2"]',
        seen: GMAILIFY,
        source: 'gmailify §6; public scripts: [role=main] [role=heading][aria-level="2"]',
      },
      {
        id: 'app-section-conversation-topic',
        css: '[data-app-section="ConversationTopic"]',
        seen: ADDED,
        source: 'older Outlook, quoted by the Asana script',
      },
    ],
  },
  sender: {
    scope: 'message',
    where: 'the From field of the message header (not To or Cc)',
    required: true,
    alternatives: [
      {
        id: 'msg-from-id',
        css: '[id^="MSG_"][id$="_FROM"]',
        seen: GMAILIFY,
        source: 'gmailify: <span role=heading aria-level=3 id=MSG_<id>_FROM>',
      },
      {
        id: 'aria-label-from-prefix',
        css: anyPrefix('aria-label', FROM_PREFIXES),
        seen: FIXTURE,
        source: 'German fixture aria-label="Von: …"; Asana script span[aria-label^="From:"]',
      },
      {
        // The header shows only a name: the sender is the persona button (the first one in the card;
        // recipients' come after it). Read as a From field whose label names the person.
        id: 'persona-button',
        css: anyPrefix('aria-label', PERSONA_PREFIXES, '[role="button"]'),
        seen: CAPTURES,
        source: 'issue 11: [role=button][aria-label="Opens card for <Name>"][data-lpc-hover-target-id]',
      },
    ],
  },
  date: {
    scope: 'message',
    where: 'the header date (its datetime, title or text holds the full date)',
    required: false,
    alternatives: [
      {
        id: 'testid-sent-received',
        css: '[data-testid="SentReceivedSavedTime"]',
        seen: GMAILIFY,
        source: 'gmailify; several public scripts',
      },
      {
        id: 'msg-datetime-id',
        css: '[id^="MSG_"][id$="_DATETIME"]',
        seen: GMAILIFY,
        source: 'gmailify metadata heading ids',
      },
      { id: 'time-datetime', css: 'time[datetime]', seen: ADDED, source: 'HTML time element' },
    ],
  },
  attachmentArea: {
    scope: 'message',
    where: 'the attachment list under the header; absent when the message has no attachments',
    required: false,
    alternatives: [
      {
        id: 'listbox-label-attachments',
        css: containsAny('aria-label', ATTACHMENT_WORDS, '[role="listbox"]'),
        seen: GMAILIFY,
        source: 'gmailify aria-label="file attachments"; German fixture aria-label="Attachments"',
      },
      {
        id: 'msg-attachments-id-listbox',
        css: '[id^="MSG_"][id$="_ATTACHMENTS"] [role="listbox"]',
        seen: GMAILIFY,
        source: 'gmailify: [id$="_ATTACHMENTS"] is the listbox’s parent',
      },
    ],
  },
  attachmentItem: {
    scope: 'attachment-area',
    where: 'one tile per attachment (its aria-label or text carries the name and size)',
    required: true,
    alternatives: [
      { id: 'role-option', css: '[role="option"]', seen: GMAILIFY, source: 'gmailify; fixture' },
    ],
  },
  attachmentTitle: {
    scope: 'attachment-card',
    where: 'the name and the size on the tile, each in its own title attribute',
    required: false,
    alternatives: [{ id: 'title-attr', css: '[title]', seen: FIXTURE, source: 'German fixture tiles' }],
  },
  attachmentLink: {
    scope: 'attachment-card',
    where: "a download URL on the tile: a link to Outlook's attachment endpoint, or a data attribute",
    required: false,
    alternatives: [
      {
        id: 'href-get-file-attachment',
        css: 'a[href*="GetFileAttachment"]',
        seen: ADDED,
        source: 'OWA download endpoint /owa/service.svc/s/GetFileAttachment (documented by OWA API notes)',
      },
      { id: 'a-download', css: 'a[download][href]', seen: ADDED, source: 'HTML download link' },
      { id: 'data-download-url', css: '[data-download-url]', seen: ADDED, source: 'data attribute' },
    ],
  },
  attachmentThumbnail: {
    scope: 'attachment-card',
    where: "the tile's picture of an image attachment, served by the attachment endpoint with the same id",
    required: false,
    alternatives: [
      {
        id: 'img-attachment-endpoint',
        css: 'img[src*="GetAttachmentThumbnail"], img[src*="GetFileAttachment"]',
        seen: ADDED,
        source:
          'attachments.office.net/…/GetAttachmentThumbnail?id=…&thumbnailType=2&token=… pasted in public code, ' +
          '2020–2024; the two whose token could be read are named in ./byte-ways (OFFICE_NET_TOKEN)',
      },
    ],
  },
  inlineImage: {
    scope: 'body',
    where: 'pictures that are parts of the message (not remote pictures, which are not attachments)',
    required: false,
    alternatives: [
      {
        id: 'imagetype-attachment-by-cid',
        css: 'img[data-imagetype="AttachmentByCid"]',
        seen: FIXTURE,
        source: 'Outlook-rendered bodies quoted in public code (with originalsrc="cid:…" and data-custom)',
      },
      { id: 'originalsrc-cid', css: 'img[originalsrc^="cid:"]', seen: FIXTURE, source: 'same markup' },
      {
        id: 'src-blob',
        css: 'img[src^="blob:"]',
        seen: CAPTURES,
        source: 'issue 11: outlook.live.com, src="blob:https://outlook.live.com/…" with the file name in alt',
      },
      {
        id: 'src-attachment-endpoint',
        css: 'img[src*="GetFileAttachment"], img[src*="GetAttachmentThumbnail"]',
        seen: ADDED,
        source: 'OWA attachment endpoint in img src',
      },
    ],
  },
  previewImage: {
    scope: 'document',
    where: "the picture in Outlook's attachment preview overlay, once the buyer opens an attachment",
    required: false,
    alternatives: [
      {
        id: 'dialog-img',
        css: '[role="dialog"] img',
        seen: ADDED,
        source: 'ARIA dialog of the file preview',
      },
    ],
  },
  replyButton: {
    scope: 'message',
    where: "the message header's Reply (not Reply all, not Forward); the ribbon's Reply as a last resort",
    required: false,
    alternatives: [
      {
        id: 'button-aria-label',
        css: 'button[aria-label], [role="button"][aria-label], [role="menuitem"][aria-label]',
        labels: REPLY_LABELS,
        labelAttributes: ['aria-label'],
        seen: FIXTURE,
        source: 'German fixture: <button role=menuitem aria-label="Antworten">',
      },
      {
        id: 'button-title',
        css: 'button[title], [role="button"][title], [role="menuitem"][title]',
        labels: REPLY_LABELS,
        labelAttributes: ['title'],
        seen: ADDED,
        source: 'tooltip titles',
      },
    ],
  },
  composeEditor: {
    scope: 'thread',
    where: "the reply's editable body, in the reading pane above or below the messages",
    required: false,
    alternatives: [
      {
        id: 'textbox-message-body',
        css: 'div[role="textbox"][contenteditable="true"]',
        labels: MESSAGE_BODY_LABELS,
        seen: ADDED,
        source: 'public Outlook scripts: div[contenteditable=true][aria-label*="Message body"]',
      },
      {
        id: 'contenteditable-message-body',
        css: '[contenteditable="true"][aria-label]',
        labels: MESSAGE_BODY_LABELS,
        seen: ADDED,
        source: 'same, without the role',
      },
    ],
  },
});
