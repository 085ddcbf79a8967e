// Marks supplier rows in the message list: "📷 supplier photos · PO-… · ✗ 3 to re-request". Reads the list
// through a ListReader, asks the background once per list change (only for rows that are new, changed or
// stale), and redraws a mark only when its text changes. The observer watches the list alone and stops
// with the content script.
import { applyUiLanguage } from '@/utils/i18n';
import { OWN_UI_ATTRIBUTE } from '@/utils/mail/adapter';
import { type ListReader, type ListRow, rowFingerprint } from '@/utils/mail/list';
import type { ListMarksInput, ListService } from '@/utils/mail/list-service';
import { isStoreChanged, showsInPanel } from '@/utils/mail/store-changes';
import { createRpcClient, type RpcClient, type RpcResponse } from '@/utils/messaging/rpc';
import { yieldToMain } from '@/utils/photo/yield';
import type { ListMark } from '@/utils/triage/list-marks';
import { listText, markParts } from './list-text';
import { SHADOW_ROOT_MODE } from './shadow-mode';

export const LIST_MARK = 'list-mark';
const SPEECH_MARK = 'list-mark-speech';
const NOTICE = 'list-notice';
/** The longest stretch of drawing before the page gets a turn. */
const SLICE_MS = 8;
/**
 * Marks put in (or taken out) between two frames. Each one re-lays its row's line, and the frame after lays
 * out and paints them together: 40 at once made one frame of 36–43 ms CPU on the bench's 100-row inbox (the
 * speech text in Gmail's 1px-wide `div.afn` costs as much layout as the visible mark); ten, 15–27 ms.
 */
export const MARKS_PER_FRAME = 10;
/** A frame that does not come (a window the browser stopped drawing) holds the drawing this long at most. */
const FRAME_FALLBACK_MS = 1000;

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

const CSS = `
:host { all: initial; }
.mark { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 8px; font: 500 12px/18px system-ui, sans-serif;
  background: #e8f0fe; color: #174ea6; white-space: nowrap; vertical-align: baseline; }
.mark[data-state="retake"] { background: #fce8e6; color: #a50e0e; }
.mark[data-state="awaiting"] { background: #fef7e0; color: #7a4f01; }
.mark[data-state="good"] { background: #e6f4ea; color: #0d652d; }
.speech { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.notice { display: flex; gap: 8px; align-items: center; margin: 4px 8px; padding: 4px 8px; border-radius: 6px;
  font: 13px/18px system-ui, sans-serif; background: #fef7e0; color: #3c2a00; }
.notice button { font: inherit; border: 1px solid #7a4f01; background: transparent; border-radius: 4px; cursor: pointer; }
`;

/** A host element of ours with a closed shadow root: the page sees the host, never what is inside. */
function ownHost(doc: Document, kind: string, build: (root: ShadowRoot) => void): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(OWN_UI_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: SHADOW_ROOT_MODE });
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.append(style);
  build(root);
  return host;
}

/** The text a row's mark shows; also what its host remembers, so an unchanged mark is not redrawn. */
export function markText(mark: ListMark): string {
  return markParts(mark).join(' · ');
}

const drawn = new WeakMap<HTMLElement, string>();

/** Puts our host first in `anchor` unless the same text is there already; true when it drew. */
function place(anchor: HTMLElement, kind: string, key: string, build: (root: ShadowRoot) => void): boolean {
  const existing = Array.from(anchor.children).find(
    (c): c is HTMLElement => c instanceof HTMLElement && c.getAttribute(OWN_UI_ATTRIBUTE) === kind,
  );
  if (existing && drawn.get(existing) === key) return false;
  const host = ownHost(anchor.ownerDocument, kind, build);
  drawn.set(host, key);
  if (existing) existing.replaceWith(host);
  else anchor.prepend(host);
  return true;
}

function drawMark(row: ListRow, mark: ListMark): boolean {
  const text = markText(mark);
  const key = `${row.threadId}|${mark.state}|${text}`;
  const drew = place(row.markAnchor, LIST_MARK, key, (root) => {
    const span = root.ownerDocument.createElement('span');
    span.className = 'mark';
    span.dataset.state = mark.state;
    span.textContent = text;
    root.append(span);
  });
  if (!row.speechAnchor) return drew;
  // Gmail reads a row from the element its aria-labelledby names: the words go there, and the visible
  // mark is hidden from screen readers so nothing is read twice.
  if (drew)
    row.markAnchor
      .querySelector(`:scope > [${OWN_UI_ATTRIBUTE}="${LIST_MARK}"]`)
      ?.setAttribute('aria-hidden', 'true');
  place(row.speechAnchor, SPEECH_MARK, key, (root) => {
    const span = root.ownerDocument.createElement('span');
    span.className = 'speech';
    span.textContent = `${listText().speechPrefix} ${text}, `;
    root.append(span);
  });
  return drew;
}

/** Takes a row's marks out; true when there were any. */
function clearMark(row: ListRow): boolean {
  let cleared = false;
  for (const anchor of [row.markAnchor, row.speechAnchor]) {
    for (const c of Array.from(anchor?.children ?? [])) {
      const kind = c.getAttribute(OWN_UI_ATTRIBUTE);
      if (kind === LIST_MARK || kind === SPEECH_MARK) {
        c.remove();
        cleared = true;
      }
    }
  }
  return cleared;
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

/** The one-line notice above a list whose rows cannot be read; said once per page. */
function showUnreadableNotice(doc: Document, anchor: HTMLElement): void {
  const host = ownHost(doc, NOTICE, (root) => {
    const box = doc.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'status');
    const text = doc.createElement('span');
    text.textContent = listText().unreadable;
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = listText().dismiss;
    close.addEventListener('click', () => host.remove());
    box.append(text, close);
    root.append(box);
  });
  host.style.display = 'block';
  anchor.before(host);
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

/**
 * Resolves in a task after the page's next frame (its style, layout and paint done). A hidden tab draws no
 * frames: it only gets a turn, and lays the marks out when shown. The fallback must outlast a frame on a
 * loaded machine (at 100 ms, two batches met in one frame under load), or the batches would pile up again.
 */
function afterNextFrame(win: Window & typeof globalThis): Promise<void> {
  if (win.document.visibilityState === 'hidden') return yieldToMain();
  return new Promise((resolve) => {
    const fallback = win.setTimeout(resolve, FRAME_FALLBACK_MS);
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * Draws (or clears) each row's mark: in slices of script time, the page's own work between them, and at most
 * MARKS_PER_FRAME marks changed before a frame, so neither our task nor the frame's layout runs long. Only
 * writes here: nothing reads layout, so the browser lays each batch out once, in its frame.
 */
async function drawRows(
  rows: ListRow[],
  known: Map<string, Known>,
  signal: AbortSignal,
  stats: { draws: number },
  win: Window & typeof globalThis,
): Promise<void> {
  let slice = performance.now();
  let changed = 0;
  for (const row of rows) {
    const frameFull = changed >= MARKS_PER_FRAME;
    if (frameFull || performance.now() - slice > SLICE_MS) {
      await (frameFull ? afterNextFrame(win) : yieldToMain());
      if (signal.aborted) return;
      slice = performance.now();
      if (frameFull) changed = 0;
    }
    if (!row.element.isConnected) continue;
    const mark = known.get(row.threadId)?.mark;
    if (!mark) {
      if (clearMark(row)) changed++;
    } else if (drawMark(row, mark)) {
      stats.draws++;
      changed++;
    }
  }
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
    if (!signal.aborted) await drawRows(reading.rows, known, signal, stats, win);
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
