// Outlook on the web: the same hostile message as hostile-gmail.e2e.mjs, through the Outlook adapter.
import { hostileMessage } from './hostile-mail.mjs';

export const name = 'outlook: markup in sender, subject, file and zip entry names shows as text, never runs';

export default (t) =>
  hostileMessage(t, {
    client: 'outlook',
    open: (page, mailbox) => page.goto(mailbox.outlookUrl('hostile-names.html')),
    replyButton: 'button[aria-label=Reply]',
    // The adapter reads Outlook's "Name <address>" and drops every <…> run from the name: what is left
    // is text.
    senderShown: 'Amy Chen',
    editorParent: '[role=main]',
  });
