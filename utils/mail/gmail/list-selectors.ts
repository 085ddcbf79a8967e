// Gmail's thread list, as data (see ../selectors.ts). Sources:
// - InboxSDK `__tests__/injected-thread-identifier.html` (a whole inbox page, captured 2014) and
//   `thread-row-parser.test.ts` (default and vertical-preview-pane rows): `tr.zA`, senders in `div.yW
//   span[email]`, the subject in `.y6 span[id]`, the paper clip `td.yf img.yE` whose title lists the files,
//   the row's speech text in the `div.afn` its aria-labelledby names.
// - InboxSDK's current thread-row view (snapshot 2026-07-23) and public extensions checked against live
//   Gmail (2025–2026): the subject `span.bog` holding `span.bqe[data-thread-id][data-legacy-thread-id]`.
import { cls, defineSelectors } from '../selectors';

const INBOX_SDK_2014 = '2014-12-18';
const INBOX_SDK = '2026-07-23';
/** Added here without outside evidence (a guess that costs nothing when it misses). */
const ADDED = '2026-12-04';

export const GMAIL_LIST_ATTR = {
  /** Hex, as the open conversation's `h2[data-legacy-thread-id]`: the thread id the store keys by. */
  legacyThreadId: 'data-legacy-thread-id',
  email: 'email',
  /** The paper clip's tooltip: the attachments' names, comma-separated (2014 capture). */
  attachmentTitle: 'title',
} as const;

export const GMAIL_LIST = defineSelectors({
  row: {
    scope: 'list',
    where: 'each thread row of the list (several `tr` per thread in the vertical preview-pane layout)',
    required: true,
    alternatives: [
      {
        id: 'class-zA',
        css: `tr${cls('zA')}`,
        seen: INBOX_SDK,
        source: 'InboxSDK thread-row-view; 2014 inbox capture',
      },
    ],
  },
  threadId: {
    scope: 'list-row',
    where: 'the element carrying the thread ids, inside the subject',
    required: true,
    alternatives: [
      {
        id: 'attr-legacy-thread-id',
        css: '[data-legacy-thread-id]',
        seen: INBOX_SDK,
        source: 'InboxSDK _getThreadID; public extensions read span.bqe[data-legacy-thread-id]',
      },
    ],
  },
  sender: {
    scope: 'list-row',
    where: "the row's senders, each with its address in `email`",
    required: true,
    alternatives: [
      {
        id: 'yW-email',
        css: `${cls('yW')} [email]`,
        seen: INBOX_SDK,
        source: 'InboxSDK getContacts (td div.yW)',
      },
      {
        id: 'any-email',
        css: '[email]',
        seen: INBOX_SDK_2014,
        source: '2014 capture: span.zF / span.yP [email]',
      },
    ],
  },
  subject: {
    scope: 'list-row',
    where: "the row's subject",
    required: false,
    alternatives: [
      {
        id: 'class-bog',
        css: `span${cls('bog')}`,
        seen: INBOX_SDK,
        source: 'public extensions, live Gmail 2025–2026',
      },
      {
        id: 'y6-span-id',
        css: `${cls('y6')} > span[id]`,
        seen: INBOX_SDK_2014,
        source: 'InboxSDK getSubject',
      },
    ],
  },
  subjectLine: {
    scope: 'list-row',
    where: "the subject's line: the visible mark goes first in it",
    required: true,
    alternatives: [
      { id: 'class-y6', css: `${cls('y6')}`, seen: INBOX_SDK, source: 'InboxSDK label parent; 2014 capture' },
    ],
  },
  attachmentChip: {
    scope: 'list-row',
    where: 'the file-name chips Gmail shows under a row with attachments (default density)',
    required: false,
    alternatives: [
      {
        id: 'class-brg',
        css: `${cls('brd')} ${cls('brg')}`,
        seen: ADDED,
        source: 'guess: chip text, no public capture',
      },
    ],
  },
  paperclip: {
    scope: 'list-row',
    where: "the paper-clip icon of a row with attachments; its title lists the files' names",
    required: false,
    alternatives: [
      {
        id: 'yf-yE',
        css: `td${cls('yf')} img${cls('yE')}`,
        seen: INBOX_SDK_2014,
        source: '2014 inbox capture',
      },
      { id: 'img-yE', css: `img${cls('yE')}`, seen: INBOX_SDK_2014, source: '2014 inbox capture, any cell' },
    ],
  },
});
