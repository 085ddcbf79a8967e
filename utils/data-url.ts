// Blobs as data URLs, for crossing Chrome's JSON-only extension messaging. No FileReader: it is absent
// in service workers.

type WithBase64 = typeof Uint8Array & { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> };

export function bytesToBase64(bytes: Uint8Array): string {
  const toBase64 = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (toBase64) return toBase64.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  // The native decoder where the browser has it (Chrome 140+, Firefox 133+): a byte loop over a few
  // hundred KB of thumbnails showed as a long task in the mail page.
  const fromBase64 = (Uint8Array as WithBase64).fromBase64;
  if (fromBase64) return fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const type = blob.type || 'application/octet-stream';
  return `data:${type};base64,${bytesToBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}

export function dataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const type = url.slice(5, url.indexOf(';'));
  return new Blob([base64ToBytes(url.slice(comma + 1))], { type });
}
