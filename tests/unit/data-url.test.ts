// Data URLs and base64: bytes round-trip exactly.
import { describe, expect, it } from 'vitest';

describe('data URLs', () => {
  it('round-trip bytes exactly, with and without the native base64 helpers', async () => {
    const { blobToDataUrl, dataUrlToBlob } = await import('@/utils/data-url');
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) & 255);
    const url = await blobToDataUrl(new Blob([bytes], { type: 'image/jpeg' }));
    expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
    const back = dataUrlToBlob(url);
    expect(back.type).toBe('image/jpeg');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(bytes);
  });
});
