// The 'outlook-download-capture' strategy: when Outlook gives an attachment no URL and no preview, the
// photo is measured from the buyer's own download. Two halves meet here: the buyer's click on a Download
// command of this message (./download-intent) and, moments later, the file Outlook hands the browser (the
// page-world hook, ../../../entrypoints/outlook-download-hook.content.ts). A capture counts only when both
// agree: a page posting files on its own, or a download of some other message, changes nothing. The click
// must be the buyer's own (a trusted event, see ./download-intent): a page script that clicks "Download"
// itself and posts a Blob of another photo gets nothing measured. After a real click the file is still
// what the page hands over, and the badge's details say so.
import type { CapturedDownload, CaptureMatch, MailMessage } from '../adapter';
import { allowedDownloadHost } from '../hosts';
import { type DownloadHookMessage, isDownloadHookMessage } from './download-hook-protocol';
import { type DownloadIntent, onDownloadIntent } from './download-intent';

/** Outlook starts the download within a second or two of the click; a slow tenant gets some slack. */
export const CAPTURE_WINDOW_MS = 15_000;

const lower = (s: string) => s.trim().toLowerCase();

/**
 * Which recent Download click a file belongs to: by the saved name when the page gave one, otherwise the
 * newest click if it named a single attachment (or was "Download all"). Pure: tested without a page.
 */
export function matchCapture(
  intents: readonly DownloadIntent[],
  capture: Pick<CapturedDownload, 'name'>,
  now: number,
  windowMs = CAPTURE_WINDOW_MS,
): { match: CaptureMatch; intent: DownloadIntent } | undefined {
  const recent = intents.filter((i) => now - i.at >= 0 && now - i.at <= windowMs).sort((a, b) => b.at - a.at);
  if (!recent.length) return undefined;
  if (capture.name) {
    const name = lower(capture.name);
    for (const intent of recent) {
      const attachment = intent.attachments.find((a) => lower(a.name) === name);
      if (attachment) return { match: { attachment }, intent };
    }
    const all = recent.find((i) => i.all);
    if (all && name.endsWith('.zip')) return { match: { all: all.attachments }, intent: all };
    return undefined;
  }
  const newest = recent[0];
  if (newest.all) return { match: { all: newest.attachments }, intent: newest };
  if (newest.attachments.length === 1)
    return { match: { attachment: newest.attachments[0] }, intent: newest };
  return undefined;
}

/**
 * Calls back with each file the buyer downloads from `message` (see matchCapture). Stops with the message,
 * with `signal`, or when the returned function is called.
 */
export function watchDownloads(
  message: MailMessage,
  onCapture: (match: CaptureMatch, capture: CapturedDownload) => void,
  signal?: AbortSignal,
): () => void {
  const win = message.element.ownerDocument.defaultView;
  if (!win) return () => {};
  let intents: DownloadIntent[] = [];
  const stopIntents = onDownloadIntent(
    message,
    (intent) => {
      const now = Date.now();
      intents = [...intents.filter((i) => now - i.at <= CAPTURE_WINDOW_MS), intent];
    },
    signal,
  );

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== win.location.origin || !isDownloadHookMessage(event.data)) return;
    const data: DownloadHookMessage = event.data;
    if (data.url && !isAttachmentUrl(data.url)) return;
    const found = matchCapture(intents, data, Date.now());
    if (!found) return;
    intents = intents.filter((i) => i !== found.intent); // one file per click
    onCapture(found.match, { url: data.url, blob: data.blob, name: data.name });
  };

  const stop = () => {
    stopIntents();
    win.removeEventListener('message', onMessage);
    signal?.removeEventListener('abort', stop);
    message.signal.removeEventListener('abort', stop);
  };
  if (signal?.aborted || message.signal.aborted) return stop;
  win.addEventListener('message', onMessage);
  signal?.addEventListener('abort', stop, { once: true });
  message.signal.addEventListener('abort', stop, { once: true });
  return stop;
}

function isAttachmentUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && allowedDownloadHost(u.hostname);
  } catch {
    return false;
  }
}
