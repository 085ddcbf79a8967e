import { describe, expect, it, vi } from 'vitest';
import {
  type PreviewGraphics,
  REFERENCE_PREVIEW_EDGE,
  referencePreview,
} from '@/utils/mail/reference-preview';
import type { ReferencePhoto } from '@/utils/store/types';

function fakeGraphics(width: number, height: number) {
  const drawn: number[][] = [];
  const closed = vi.fn();
  const graphics: PreviewGraphics = {
    createImageBitmap: vi.fn(async () => ({ width, height, close: closed }) as unknown as ImageBitmap),
    canvas: (w, h) => ({
      getContext: () => ({ drawImage: (_: unknown, ...args: number[]) => drawn.push([w, h, ...args]) }),
      convertToBlob: async ({ type }) => new Blob([new Uint8Array(w)], { type }),
    }),
  };
  return { graphics, drawn, closed };
}

const ref = (id: string, bytes: number): ReferencePhoto => ({
  id,
  name: `${id}.jpg`,
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
  addedAt: '2026-12-01T08:00:00.000Z',
});

describe('referencePreview: what the mail tab gets of a reference photo', () => {
  it('a small JPEG drawn from the original, never the original; made once per stored photo', async () => {
    const { graphics, drawn, closed } = fakeGraphics(4000, 3000);
    const original = ref('r1', 5_000_000);
    const preview = await referencePreview(original, graphics);
    expect(preview).not.toBe(original.blob);
    expect(preview?.type).toBe('image/jpeg');
    expect(preview?.size).toBe(REFERENCE_PREVIEW_EDGE); // the fake's bytes: the canvas width
    expect(drawn).toEqual([[320, 240, 0, 0, 320, 240]]);
    expect(closed).toHaveBeenCalled();
    expect(await referencePreview(original, graphics)).toBe(preview);
    expect(graphics.createImageBitmap).toHaveBeenCalledTimes(1);
  });

  it('nothing when the photo cannot be decoded, or there is nothing to draw with', async () => {
    const failing: PreviewGraphics = {
      createImageBitmap: async () => Promise.reject(new DOMException('no', 'InvalidStateError')),
      canvas: () => {
        throw new Error('not reached');
      },
    };
    expect(await referencePreview(ref('heic', 10), failing)).toBeUndefined();
    expect(await referencePreview(ref('none', 10), undefined)).toBeUndefined();
  });
});
