// Drawing the message-list marks: our shadow-root hosts in Gmail's and Outlook's rows (the visible mark, and
// the words a screen reader reads with the row), the notice over an unreadable list, and the pacing that
// keeps both our script and the page's frames short.
import { OWN_UI_ATTRIBUTE } from '@/utils/mail/adapter';
import type { ListRow } from '@/utils/mail/list';
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
 * out and paints them together: 40 at once made one frame of 36–66 ms CPU on the bench's 100-row inbox (the
 * speech text in Gmail's 1px-wide `div.afn` costs as much layout as the visible mark); ten, 12–38 ms.
 */
export const MARKS_PER_FRAME = 10;
/** A frame that does not come (a window the browser stopped drawing) holds the drawing this long at most. */
const FRAME_FALLBACK_MS = 1000;

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

/** The one-line notice above a list whose rows cannot be read; said once per page. */
export function showUnreadableNotice(doc: Document, anchor: HTMLElement): void {
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
export async function drawRows(
  rows: ListRow[],
  markOf: (row: ListRow) => ListMark | undefined,
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
    const mark = markOf(row);
    if (!mark) {
      if (clearMark(row)) changed++;
    } else if (drawMark(row, mark)) {
      stats.draws++;
      changed++;
    }
  }
}
