// Outlook's reply editor: found where Outlook opens it (in the reading pane, above or below the messages),
// or opened by clicking the message's own Reply button and waiting for the editor to appear.
import type { MailMessage } from '../adapter';
import { query, queryAll, queryUpwards } from '../selectors';
import { OUTLOOK } from './selectors';

export function createReply(doc: Document, messageElements: () => HTMLElement[], timeoutMs: number) {
  const MO = doc.defaultView?.MutationObserver ?? MutationObserver;

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

  /** A full press: Fluent buttons act on click, some menus on mousedown. */
  const press = (el: HTMLElement): void => {
    const MouseEventCtor = doc.defaultView?.MouseEvent ?? MouseEvent;
    for (const type of ['mousedown', 'mouseup', 'click']) {
      el.dispatchEvent(new MouseEventCtor(type, { bubbles: true, cancelable: true, button: 0 }));
    }
  };

  const waitFor = <T>(probe: () => T | null, signal?: AbortSignal): Promise<T | null> =>
    new Promise((resolve) => {
      let settled = false;
      const finish = (value: T | null): void => {
        if (settled) return;
        settled = true;
        observer.disconnect();
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      };
      const onAbort = (): void => finish(null);
      const observer = new MO(() => {
        const found = probe();
        if (found) finish(found);
      });
      const timer = setTimeout(() => finish(probe()), timeoutMs);
      observer.observe(doc, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['contenteditable', 'aria-label', 'role'],
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) finish(null);
    });

  const openReply = async (message: MailMessage, signal?: AbortSignal): Promise<HTMLElement | null> => {
    const open = findReplyBox(message);
    if (open || signal?.aborted) return open;
    const button = replyButton(message);
    if (!button) return null;
    press(button);
    return waitFor(() => findReplyBox(message), signal);
  };

  return { findReplyBox, openReply };
}
