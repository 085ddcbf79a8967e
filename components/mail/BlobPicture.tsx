// A picture of a Blob (a reference photo, a photo's thumbnail) drawn into a canvas of our closed shadow
// root. An <img> would need an object URL, and an object URL made by a content script belongs to the mail
// page's origin: any of Gmail's or Outlook's scripts that learnt it could fetch() the whole original. A
// canvas needs no URL, holds only the few pixels shown, and sits where page scripts cannot reach.
import { useEffect, useRef } from 'preact/hooks';

/** One decode per Blob, however often the panel re-renders or remounts (the same Blob object each time). */
const decoded = new WeakMap<Blob, Promise<ImageBitmap | undefined>>();

function bitmapOf(blob: Blob, width: number): Promise<ImageBitmap | undefined> {
  let bitmap = decoded.get(blob);
  if (!bitmap) {
    // A browser (or test DOM) without it shows the empty frame.
    if (typeof globalThis.createImageBitmap !== 'function') return Promise.resolve(undefined);
    // Decoded off the main thread, scaled down as it decodes: a 12 MP reference photo costs a thumbnail's
    // memory. Twice the width keeps a sharp crop for pictures up to 8:3 (the height follows the aspect).
    bitmap = createImageBitmap(blob, { resizeWidth: width * 2, resizeQuality: 'medium' }).catch(
      () => undefined, // not decodable here (HEIC in Chromium, a damaged file): the empty frame stays
    );
    decoded.set(blob, bitmap);
  }
  return bitmap;
}

/**
 * `alt` as for an <img>: the picture's name for a screen reader, or empty when the text beside it says it
 * all (then the canvas is hidden from assistive technology).
 */
export function BlobPicture({
  blob,
  alt,
  width,
  height,
  class: className,
}: {
  blob: Blob;
  alt: string;
  /** CSS pixels, drawn at the screen's density; the picture covers the frame, cropped at the centre. */
  width: number;
  height: number;
  class?: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let live = true;
    const dpr = Math.min(Math.max(globalThis.devicePixelRatio || 1, 1), 3);
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    void bitmapOf(blob, w).then((bitmap) => {
      const canvas = ref.current;
      if (!live || !bitmap || !canvas) return;
      canvas.width = w;
      canvas.height = h;
      const scale = Math.max(w / bitmap.width, h / bitmap.height);
      const sw = w / scale;
      const sh = h / scale;
      canvas
        .getContext('2d')
        ?.drawImage(bitmap, (bitmap.width - sw) / 2, (bitmap.height - sh) / 2, sw, sh, 0, 0, w, h);
      canvas.dataset.drawn = '';
    });
    return () => {
      live = false;
    };
  }, [blob, width, height]);
  return alt ? (
    <canvas ref={ref} class={className} role="img" aria-label={alt} width={width} height={height} />
  ) : (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a canvas without tabindex takes no focus
    <canvas ref={ref} class={className} aria-hidden="true" width={width} height={height} />
  );
}
