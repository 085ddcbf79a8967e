// Outlook on the web: the same hostile message as hostile-gmail.e2e.mjs, through the Outlook adapter.
import { hostileMessage } from './hostile-mail.mjs';
import { HOSTILE_SENDER } from './hostile-names.mjs';

export const name = 'outlook: markup in sender, subject, file and zip entry names shows as text, never runs';
export const firefox = true;

export default (t) =>
  hostileMessage(t, {
    client: 'outlook',
    open: (page, mailbox) => page.goto(mailbox.outlookUrl('hostile-names.html')),
    replyButton: 'button[aria-label=Reply]',
    // The name before Outlook's "<address>" is the display name, kept whole (issue 19: display-name text
    // is never taken apart for an address): shown literally, as text, as in Gmail.
    senderShown: HOSTILE_SENDER,
    editorParent: '[role=main]',
  });
