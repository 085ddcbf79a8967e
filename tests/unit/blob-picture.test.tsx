import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlobPicture } from '@/components/mail/BlobPicture';

describe('BlobPicture: a Blob shown on the mail page without an object URL', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('decodes the Blob itself, once, scaled down, and draws it covering the frame; no URL is made', async () => {
    const decode = vi.fn(async () => ({ width: 288, height: 108, close() {} }) as unknown as ImageBitmap);
    vi.stubGlobal('createImageBitmap', decode);
    const drawn: number[][] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
      drawImage: (...args: unknown[]) => drawn.push(args.slice(1) as number[]),
    } as unknown as CanvasRenderingContext2D);
    const objectUrl = vi.spyOn(URL, 'createObjectURL');
    const blob = new Blob([new Uint8Array(10)], { type: 'image/jpeg' });
    const root = document.createElement('div');
    await act(async () => {
      render(
        <>
          <BlobPicture blob={blob} alt="Approved reference: Front" width={72} height={54} />
          <BlobPicture blob={blob} alt="" width={72} height={54} />
        </>,
        root,
      );
    });
    await act(() => new Promise((r) => setTimeout(r, 0))); // the effects ran: let the decode finish
    expect(objectUrl).not.toHaveBeenCalled();
    expect(root.querySelector('img')).toBeNull();
    const [named, plain] = root.querySelectorAll('canvas');
    expect([named.getAttribute('role'), named.getAttribute('aria-label')]).toEqual([
      'img',
      'Approved reference: Front',
    ]);
    expect(plain.getAttribute('aria-hidden')).toBe('true');
    expect(decode).toHaveBeenCalledTimes(1); // the same Blob twice: one decode
    expect(decode.mock.calls[0]).toEqual([blob, { resizeWidth: 144, resizeQuality: 'medium' }]);
    // 288×108 into 72×54: the height decides the scale, the sides are cropped evenly.
    expect(drawn[0]).toEqual([72, 0, 144, 108, 0, 0, 72, 54]);
    expect(named.hasAttribute('data-drawn')).toBe(true);
    act(() => render(null, root));
  });

  it('leaves the empty frame when the picture cannot be decoded here', async () => {
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async () => Promise.reject(new DOMException('no', 'InvalidStateError'))),
    );
    const root = document.createElement('div');
    await act(async () => {
      render(<BlobPicture blob={new Blob(['x'])} alt="" width={72} height={54} />, root);
    });
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(root.querySelector('canvas')?.hasAttribute('data-drawn')).toBe(false);
    act(() => render(null, root));
  });
});
