// Outlook's reply editor: found where Outlook opens it (in the reading pane, above or below the messages),
// or opened by clicking the message's own Reply button and waiting for the editor to appear.
import type { MailMessage } from '../adapter';
import { press, waitFor } from '../dom-actions';
import { query, queryAll, queryUpwards } from '../selectors';
import { OUTLOOK } from './selectors';

export function createReply(doc: Document, messageElements: () => HTMLElement[], timeoutMs: number) {
  /** The conversation's outer edge: the reply search goes no further up than the pane (or a popout's dialog). */
  const threadEdge = (el: Element): boolean =>
    el === doc.body || el.matches('main, [role="main"], [role="dialog"]');

  const findReplyBox = (message: MailMessage): HTMLElement | null =>
    queryUpwards(message.element, OUTLOOK.composeEditor, undefined, threadEdge);

  /**
   * The message's own Reply; failing that, a Reply outside every message (the reading pane's command bar or
   * the ribbon), which Outlook applies to the selected conversation: never another message's Reply.
   */
  const replyButton = (message: MailMessage): HTMLElement | null => {
    const own = query(message.element, OUTLOOK.replyButton);
    if (own) return own;
    const messages = messageElements();
    return queryAll(doc, OUTLOOK.replyButton).find((b) => !messages.some((m) => m.contains(b))) ?? null;
  };

  const openReply = async (message: MailMessage, signal?: AbortSignal): Promise<HTMLElement | null> => {
    const open = findReplyBox(message);
    if (open || signal?.aborted) return open;
    const button = replyButton(message);
    if (!button) return null;
    press(button);
    // What OUTLOOK.composeEditor matches on: Outlook may set it on an element already in place.
    return waitFor(doc, () => findReplyBox(message), {
      timeoutMs,
      attributes: ['contenteditable', 'aria-label', 'role'],
      signal,
    });
  };

  return { findReplyBox, openReply };
}
