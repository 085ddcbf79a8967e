// What the page-world download hook (entrypoints/outlook-download-hook.content.ts) tells the content
// script: Outlook's attachment host refuses the page's own fetches (CORS), so the one moment the bytes,
// or a tokenised URL for them, are in reach is when Outlook starts the buyer's download. The hook runs in
// the page's world because Outlook clicks an anchor that is never attached to the document.
//
// The page can post the same shape, so nothing here is trusted: URLs are fetched only from the attachment
// hosts (the background checks again), blobs are analysed like any other untrusted file, and a capture
// counts only for a Download click the buyer made on that message moments before.

export const DOWNLOAD_HOOK_SOURCE = 'photo-triage/outlook-download';

/** A file the page handed to the browser to save: its URL, or the Blob behind a `blob:` URL. */
export interface DownloadHookMessage {
  source: typeof DOWNLOAD_HOOK_SOURCE;
  /** The https URL Outlook navigated to; absent for blobs. */
  url?: string;
  blob?: Blob;
  /** The anchor's `download` attribute: the file name Outlook saves as, when it says. */
  name?: string;
}

export function isDownloadHookMessage(data: unknown): data is DownloadHookMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return (
    d.source === DOWNLOAD_HOOK_SOURCE &&
    (d.url === undefined || typeof d.url === 'string') &&
    (d.blob === undefined || d.blob instanceof Blob) &&
    (d.name === undefined || typeof d.name === 'string') &&
    (typeof d.url === 'string' || d.blob instanceof Blob)
  );
}
