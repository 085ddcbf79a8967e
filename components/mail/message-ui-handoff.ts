// The mail page starts light: its content script (entrypoints/gmail.content, outlook.content) marks the
// message list and watches for an open message; the message UI (panel, badges, analysis client, Preact)
// is a second bundle, entrypoints/message-ui.ts, which the background injects into the tab the first time
// a message opens. Both run in the extension's isolated world, which the page's scripts cannot see: the
// bundle hands its start function over through a property of that world's global, and the content script
// starts it with its own context (so an update's new instance stops it, as before) and its own adapter.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HealthReport, MailAdapter, MailMessage } from '@/utils/mail/adapter';

export type StartMessageUi = (ctx: ContentScriptContext, adapter: MailAdapter) => void;
type Receiver = (start: StartMessageUi) => void;

/** The isolated world's property the bundle calls; never the page's window (that world is not ours). */
const RECEIVER = 'photoTriageMessageUi';
/** Asked of the background by the content script: inject the message UI into the asking frame. */
export const LOAD_MESSAGE_UI = 'photo-triage/load-message-ui';

export function isLoadMessageUi(message: unknown): boolean {
  return (message as { kind?: unknown } | undefined)?.kind === LOAD_MESSAGE_UI;
}

type Global = Record<typeof RECEIVER, Receiver | undefined>;

/** The message UI bundle's part: hand its start function to the content script that asked for it. */
export function handOverMessageUi(start: StartMessageUi, global: object = globalThis): boolean {
  const receiver = (global as Global)[RECEIVER];
  receiver?.(start);
  return Boolean(receiver);
}

/** Whether what the watch saw needs the message UI: a message open, or a layout it cannot read. */
function needsMessageUi(messages: MailMessage[], health: HealthReport): boolean {
  return messages.length > 0 || (!health.ok && health.conversationOpen);
}

export interface MessageUiLoader {
  /** Whether the message UI runs in this page (tests). */
  readonly started: boolean;
}

/**
 * The content script's part: watches with the adapter until a message opens, then asks the background for
 * the message UI once (again at the next change if asking failed) and starts it when it arrives.
 * `request` resolves true when the background injected the bundle.
 */
export function loadMessageUiOnOpen(
  ctx: ContentScriptContext,
  adapter: MailAdapter,
  request: () => Promise<boolean> = () =>
    browser.runtime.sendMessage({ kind: LOAD_MESSAGE_UI }).then((injected) => injected === true),
  global: object = globalThis,
): MessageUiLoader {
  const state = { started: false };
  const watching = new AbortController();
  ctx.onInvalidated(() => watching.abort());
  const receiver: Receiver = (start) => {
    // Once per instance, and never for a stopped one (an update's new instance owns the page then).
    if (state.started || ctx.isInvalid) return;
    state.started = true;
    watching.abort(); // the message UI watches from now on
    start(ctx, adapter);
  };
  // The newest instance's receiver wins: a bundle injected after an update starts with the new context.
  (global as Global)[RECEIVER] = receiver;
  ctx.onInvalidated(() => {
    if ((global as Global)[RECEIVER] === receiver) (global as Global)[RECEIVER] = undefined;
  });
  let asking = false;
  adapter.watch((messages, health) => {
    if (asking || state.started || !needsMessageUi(messages, health)) return;
    asking = true;
    void request()
      .catch(() => false)
      .then((injected) => {
        // Not injected (the background was restarting, the tab navigated): the next change asks again.
        if (!injected) asking = false;
      });
  }, watching.signal);
  return state;
}
