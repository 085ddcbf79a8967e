// Blobs as data URLs, for crossing Chrome's JSON-only extension messaging. No FileReader: it is absent
// in service workers.

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const type = blob.type || 'application/octet-stream';
  const toBase64 = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (toBase64) return `data:${type};base64,${toBase64.call(bytes)}`;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(binary)}`;
}

type WithBase64 = typeof Uint8Array & { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> };

export function dataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const type = url.slice(5, url.indexOf(';'));
  const base64 = url.slice(comma + 1);
  // The native decoder where the browser has it (Chrome 140+, Firefox 133+): a byte loop over a few
  // hundred KB of thumbnails showed as a long task in the mail page.
  const fromBase64 = (Uint8Array as WithBase64).fromBase64;
  if (fromBase64) return new Blob([fromBase64(base64)], { type });
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
