// The content script's side of `bytes` slices (remote-protocol): a file read in the mail page goes to the
// background a slice at a time, each slice in its own task, so the mail tab never runs long for it.
import { bytesToBase64 } from '@/utils/data-url';
import { BYTES_SLICE, type RemoteBytes } from './remote-protocol';
import { yieldToMain } from './yield';

/**
 * Posts `blob` as `bytes` slices for `key`, yielding between them; stops as soon as `wanted()` says the
 * request was cancelled or answered (the message closed, the background went away).
 */
export async function postInSlices(
  key: string,
  blob: Blob,
  post: (slice: RemoteBytes) => void,
  wanted: () => boolean,
): Promise<void> {
  for (let at = 0; ; at += BYTES_SLICE) {
    const bytes = new Uint8Array(await blob.slice(at, at + BYTES_SLICE).arrayBuffer());
    if (!wanted()) return;
    const last = at + BYTES_SLICE >= blob.size;
    post({ type: 'bytes', key, base64: bytesToBase64(bytes), last });
    if (last) return;
    await yieldToMain();
  }
}
