// Gmail: a supplier's message whose sender name, subject, attachment and zip entry names are markup.
import { hostileMessage } from './hostile-mail.mjs';
import { HOSTILE_SENDER } from './hostile-names.mjs';

export const name = 'gmail: markup in sender, subject, file and zip entry names shows as text, never runs';
export const firefox = true;

export default (t) =>
  hostileMessage(t, {
    client: 'gmail',
    open: (page, mailbox) => page.goto(mailbox.url('hostile-names.html')),
    replyButton: '[data-message-id] [role=button][data-tooltip=Reply]',
    senderShown: HOSTILE_SENDER,
    editorParent: '[data-message-id]',
  });
