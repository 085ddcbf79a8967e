/**
 * The adapters' same-origin fetcher: the content script reading an attachment URL of the page it runs on.
 * The triage itself asks the background (host permission, off the mail client's main thread); this path
 * is what an adapter's PhotoSource reads with.
 */
export async function pageFetch(url: string, signal: AbortSignal): Promise<Blob> {
  const response = await fetch(url, { credentials: 'include', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}
