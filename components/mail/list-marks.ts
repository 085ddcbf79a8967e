// Marks supplier rows in the message list: "📷 supplier photos · PO-… · ✗ 3 to re-request". Reads the list
// through a ListReader, asks the background once per list change (only for rows that are new, changed or
// stale), and has list-mark-draw.ts redraw a mark only when its text changes. The observer watches the list
// alone and stops with the content script.
import { applyUiLanguage } from '@/utils/i18n';
import { OWN_UI_ATTRIBUTE } from '@/utils/mail/adapter';
import { type ListReader, type ListRow, rowFingerprint } from '@/utils/mail/list';
import type { ListMarksInput, ListService } from '@/utils/mail/list-service';
import { isStoreChanged, showsInPanel } from '@/utils/mail/store-changes';
import { createRpcClient, type RpcClient, type RpcResponse } from '@/utils/messaging/rpc';
import type { ListMark } from '@/utils/triage/list-marks';
import { drawRows, showUnreadableNotice } from './list-mark-draw';

export interface ListMarksOptions {
  /** Quiet time after the list's last change before it is read again. */
  debounceMs?: number;
  /** A mark older than this is asked again at the next change (the buyer may have triaged the thread). */
  staleMs?: number;
  /** How often to look whether the list was replaced (navigation swaps Gmail's list element). */
  recheckMs?: number;
  now?: () => number;
  /** The page (tests hand in a fixture window's). */
  win?: Window & typeof globalThis;
}

interface Known {
  fingerprint: string;
  /** Undefined: the row is not a supplier's photo email (asked, and the answer was no mark). */
  mark?: ListMark;
  askedAt: number;
}

/** The page's address without its route: where the popup comes back to. */
function pageUrl(location: Location): string {
  const account = location.pathname.match(/^\/mail\/u\/\d+\//)?.[0] ?? '/mail/';
  return `${location.origin}${account}`;
}

export interface ListMarksHandle {
  /** Read the list now (tests; the watcher does it by itself). */
  refresh(): Promise<void>;
  /** What the store knows changed (photos filed, a request logged): every mark is asked again. */
  invalidate(): void;
  /** How many marks were drawn (or redrawn): a redraw of unchanged rows draws none. */
  stats: { draws: number };
}

/** A MutationObserver over the list element alone, moved when the client replaces that element. */
function createListObserver(win: Window & typeof globalThis, onChange: () => void) {
  let observer: MutationObserver | undefined;
  let container: HTMLElement | undefined;
  return {
    get container() {
      return container;
    },
    observe(next: HTMLElement | undefined) {
      if (next === container) return;
      observer?.disconnect();
      container = next;
      if (!next) return;
      observer = new win.MutationObserver((records) => {
        // Our own marks going in or out are changes too; they need no new read.
        if (!records.every(isOwnRecord)) onChange();
      });
      observer.observe(next, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['data-legacy-thread-id', 'data-convid', 'email', 'title'],
      });
    },
    disconnect: () => observer?.disconnect(),
  };
}

/** One question to the background for the rows it has no fresh answer for; the answers go into `known`. */
async function askForMarks(
  reader: ListReader,
  rpc: Pick<RpcClient<ListService>, 'listMarks'>,
  doc: Document,
  ask: ListRow[],
  known: Map<string, Known>,
  askedAt: number,
): Promise<void> {
  const input: ListMarksInput = {
    client: reader.client,
    pageUrl: pageUrl(doc.location),
    rows: ask.map(({ threadId, senderEmails, subject, attachmentNames, hasAttachments }) => ({
      threadId,
      senderEmails,
      subject,
      attachmentNames,
      hasAttachments,
    })),
  };
  const answer = await rpc.listMarks(input).catch(() => undefined);
  if (!answer) return;
  applyUiLanguage(answer.uiLanguage);
  const byThread = new Map(answer.marks.map((m) => [m.threadId, m]));
  for (const row of ask)
    known.set(row.threadId, { fingerprint: rowFingerprint(row), mark: byThread.get(row.threadId), askedAt });
}

/** Runs `task` once at a time; a call while it runs asks for one more run afterwards (through `again`). */
function oneAtATime(task: () => Promise<void>, again: () => void, signal: AbortSignal): () => Promise<void> {
  let running: Promise<void> | undefined;
  let pending = false;
  return () => {
    if (running) {
      pending = true;
      return running;
    }
    running = task().finally(() => {
      running = undefined;
      if (pending && !signal.aborted) {
        pending = false;
        again();
      }
    });
    return running;
  };
}

export function startListMarks(
  reader: ListReader,
  rpc: Pick<RpcClient<ListService>, 'listMarks'>,
  signal: AbortSignal,
  options: ListMarksOptions = {},
): ListMarksHandle {
  const {
    debounceMs = 150,
    staleMs = 15_000,
    recheckMs = 1000,
    now = () => Date.now(),
    win = window,
  } = options;
  const doc = win.document;
  const known = new Map<string, Known>();
  const stats = { draws: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let noticeShown = false;

  const schedule = () => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };
  const list = createListObserver(win, schedule);

  const update = async () => {
    const reading = reader.read();
    list.observe(reading.container);
    if (!reading.present) return;
    if (reading.rows.length === 0 && reading.unreadable > 0 && reading.container && !noticeShown) {
      noticeShown = true;
      showUnreadableNotice(doc, reading.container);
    }
    const t = now();
    const ask = reading.rows.filter((row) => {
      const k = known.get(row.threadId);
      return !k || k.fingerprint !== rowFingerprint(row) || t - k.askedAt > staleMs;
    });
    if (ask.length > 0) await askForMarks(reader, rpc, doc, ask, known, t);
    if (!signal.aborted)
      await drawRows(reading.rows, (row) => known.get(row.threadId)?.mark, signal, stats, win);
  };
  const run = oneAtATime(update, schedule, signal);

  // Navigating (Gmail's hash routes, Outlook's history) may mean the buyer triaged a thread: ask again.
  const navigated = () => {
    for (const k of known.values()) k.askedAt = Number.NEGATIVE_INFINITY;
    schedule();
  };
  win.addEventListener('hashchange', navigated);
  win.addEventListener('popstate', navigated);
  // The list element itself is replaced on navigation: a cheap look whether ours is still in the page.
  const recheck = setInterval(() => {
    if (!list.container?.isConnected) schedule();
  }, recheckMs);

  signal.addEventListener(
    'abort',
    () => {
      list.disconnect();
      clearTimeout(timer);
      clearInterval(recheck);
      win.removeEventListener('hashchange', navigated);
      win.removeEventListener('popstate', navigated);
    },
    { once: true },
  );
  schedule();
  return { refresh: run, invalidate: navigated, stats };
}

function isOwn(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return Boolean(el?.closest(`[${OWN_UI_ATTRIBUTE}]`));
}

function isOwnRecord(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' ? nodes.length > 0 && nodes.every(isOwn) : isOwn(record.target);
}

export const REVEAL_THREAD = 'photo-triage/reveal-thread';

/**
 * The content script's part: marks in the list, and the popup's "open this thread" answered in this tab.
 * Only the extension's own pages are answered (the sender check), never a web page.
 */
export function startMessageList(reader: ListReader, signal: AbortSignal): ListMarksHandle {
  const rpc = createRpcClient<ListService>(
    (request) => browser.runtime.sendMessage(request) as Promise<RpcResponse>,
  );
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (shown: boolean) => void) => {
    if (sender.id !== browser.runtime.id) return;
    // Photos filed or a request logged elsewhere (this tab's panel, the desk): the marks may have changed.
    if (isStoreChanged(message) && showsInPanel(message.stores)) handle.invalidate();
    const m = message as { kind?: string; threadId?: unknown };
    if (m?.kind === REVEAL_THREAD && typeof m.threadId === 'string')
      sendResponse(revealThread(reader, m.threadId));
  };
  const handle = startListMarks(reader, rpc, signal);
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  return handle;
}

/** Opens the row of `threadId` if the list shows it (the popup's "Photos to check" asks the tab first). */
export function revealThread(reader: ListReader, threadId: string): boolean {
  const row = reader.read().rows.find((r) => r.threadId === threadId);
  if (!row) return false;
  // Gmail opens a thread on a click anywhere in the row's subject; Outlook on the row.
  (row.markAnchor.closest('[role="link"]') ?? row.element).dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true }),
  );
  return true;
}
