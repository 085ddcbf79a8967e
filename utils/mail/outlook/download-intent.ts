// The 'outlook-download-capture' strategy, detection half: when Outlook gives no URL for an attachment and
// no preview is open, the photo can still be measured once the buyer downloads it. This module notices the
// click on an attachment's Download command (the tile's own button or link, the "Download" item of the
// tile's "More actions" menu, the Download of the preview overlay showing it, or "Download all" above the
// list) and says which attachments it concerns.
//
// The capture half, pairing this click with the file Outlook then saves, is ./download-capture. Unknown:
// whether Outlook starts a real download for every attachment (it may open a preview instead).
import type { MailAttachment, MailMessage } from '../adapter';
import { clean } from '../text';
import { DOWNLOAD_ALL_LABELS, DOWNLOAD_LABELS } from './selectors';

export interface DownloadIntent {
  message: MailMessage;
  /** What the buyer asked to download: one attachment, or all the message's tiles (one zip). */
  attachments: MailAttachment[];
  all: boolean;
  /** Date.now() of the click, to pair it with the download the browser reports next. */
  at: number;
}

/** A menu's Download counts for the tile whose menu was opened this recently. */
const MENU_WINDOW_MS = 30_000;

const COMMAND = 'button, a[href], [role="button"], [role="menuitem"], [role="menuitemradio"]';

function label(el: Element): string {
  return clean(el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent).toLowerCase();
}

const startsWithAny = (text: string, words: readonly string[]) =>
  words.some((w) => text === w.toLowerCase() || text.startsWith(`${w.toLowerCase()} `));

/**
 * Calls back each time the buyer asks Outlook to download attachments of `message`. Stops when `signal`
 * aborts, when the message closes (its own signal), or when the returned function is called.
 */
export function onDownloadIntent(
  message: MailMessage,
  callback: (intent: DownloadIntent) => void,
  signal?: AbortSignal,
): () => void {
  const doc = message.element.ownerDocument;
  const tiles = message.attachments;
  let armed: { attachment: MailAttachment; at: number } | undefined;
  const tileOf = (el: Element) => tiles.find((a) => a.badgeAnchor.contains(el));
  /** The tile a preview overlay shows, by the file name in its label or title. */
  const previewed = (dialog: Element) => {
    const names = [
      dialog.getAttribute('aria-label'),
      ...Array.from(dialog.querySelectorAll('[title]'), (el) => el.getAttribute('title')),
    ]
      .map((n) => clean(n).toLowerCase())
      .filter(Boolean);
    return tiles.find((a) => names.includes(a.name.toLowerCase()));
  };

  const onClick = (event: Event): void => {
    // Only the buyer's own click counts: the page's scripts can click "More actions" and "Download"
    // themselves (untrusted events) and then post any file they like as the download.
    if (!event.isTrusted) return;
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function') return;
    const at = Date.now();
    const tile = tileOf(target);
    const command = target.closest(COMMAND);
    const text = command ? label(command) : '';
    if (command && startsWithAny(text, DOWNLOAD_ALL_LABELS)) {
      if (message.element.contains(command) && tiles.length)
        callback({ message, attachments: [...tiles], all: true, at });
      return;
    }
    const isDownload =
      !!command &&
      (startsWithAny(text, DOWNLOAD_LABELS) || command.matches('a[download], a[href*="GetFileAttachment"]'));
    if (isDownload && tile) {
      callback({ message, attachments: [tile], all: false, at });
      return;
    }
    const dialog = isDownload ? command?.closest('[role="dialog"]') : null;
    const shown = dialog ? previewed(dialog) : undefined;
    if (shown) {
      callback({ message, attachments: [shown], all: false, at });
      return;
    }
    if (isDownload && command?.closest('[role="menu"]') && armed && at - armed.at < MENU_WINDOW_MS) {
      callback({ message, attachments: [armed.attachment], all: false, at });
      armed = undefined;
      return;
    }
    // A click anywhere on a tile ("More actions", the tile itself) names the tile a menu would act on.
    if (tile) armed = { attachment: tile, at };
  };

  const onContextMenu = (event: Event): void => {
    if (!event.isTrusted) return;
    const tile = tileOf(event.target as Element);
    if (tile) armed = { attachment: tile, at: Date.now() };
  };

  const stop = (): void => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('contextmenu', onContextMenu, true);
    signal?.removeEventListener('abort', stop);
    message.signal.removeEventListener('abort', stop);
  };
  if (signal?.aborted || message.signal.aborted) return stop;
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('contextmenu', onContextMenu, true);
  signal?.addEventListener('abort', stop, { once: true });
  message.signal.addEventListener('abort', stop, { once: true });
  return stop;
}
