// Outlook on the web's message list, as data (see ../selectors.ts; classes are never used, as in ./selectors).
// Evidence: gmailify (sgnoohc/monet) and other public scripts that read saved outlook.cloud.microsoft and
// outlook.office.com pages (2024–2026) select list rows as `div[role=option][data-convid]` inside
// `[role=listbox]`. No public capture of a row's inner markup with attachments was found: the sender's
// address in a `title` and the attachment icon `[data-icon-name^=Attach]` are Outlook's usual markup,
// kept as dated guesses (ADDED) so that a miss shows in the health check instead of passing silently.
import { defineSelectors } from '../selectors';

const PUBLIC_SCRIPTS = '2026-09-17';
const ADDED = '2026-12-04';

export const OUTLOOK_LIST_ATTR = {
  /** The conversation id: the same value the open conversation's selected row carries. */
  convid: 'data-convid',
  /** Outlook puts the sender's address in the title of the name it shows. */
  senderTitle: 'title',
  fileTitle: 'title',
} as const;

export const OUTLOOK_LIST = defineSelectors({
  row: {
    scope: 'list',
    where: 'each conversation row of the message list',
    required: true,
    alternatives: [
      {
        id: 'option-convid',
        css: '[role="listbox"] [role="option"][data-convid]',
        seen: PUBLIC_SCRIPTS,
        source: 'gmailify; public Outlook automation scripts',
      },
    ],
  },
  sender: {
    scope: 'list-row',
    where: "the sender's name, its address in the title (never read from the name itself)",
    required: true,
    alternatives: [
      { id: 'title-address', css: '[title*="@"]', seen: ADDED, source: 'guess: title of the sender name' },
    ],
  },
  subject: {
    scope: 'list-row',
    where: "the row's subject",
    required: false,
    alternatives: [
      { id: 'testid-subject', css: '[data-testid="SubjectLine"]', seen: ADDED, source: 'guess' },
      {
        id: 'id-subject',
        css: '[id$="_SUBJECT"], [id$="-subject"]',
        seen: ADDED,
        source: 'guess, as the reading pane ids',
      },
    ],
  },
  subjectLine: {
    scope: 'list-row',
    where: 'where the visible mark goes: first in the subject line, else first in the row',
    required: false,
    alternatives: [
      { id: 'testid-subject', css: '[data-testid="SubjectLine"]', seen: ADDED, source: 'guess' },
      { id: 'id-subject', css: '[id$="_SUBJECT"], [id$="-subject"]', seen: ADDED, source: 'guess' },
    ],
  },
  attachmentChip: {
    scope: 'list-row',
    where: 'attachment previews under the row, each titled with its file name',
    required: false,
    alternatives: [
      {
        id: 'attachment-title',
        css: '[data-testid^="Attachment"] [title], [aria-label^="Attachment"] [title]',
        seen: ADDED,
        source: 'guess',
      },
    ],
  },
  attachmentIcon: {
    scope: 'list-row',
    where: 'the paper-clip icon of a row with attachments',
    required: false,
    alternatives: [
      {
        id: 'icon-attach',
        css: '[data-icon-name^="Attach"]',
        seen: ADDED,
        source: 'guess: Fluent icon names',
      },
    ],
  },
});
