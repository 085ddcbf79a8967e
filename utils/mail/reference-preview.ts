// A reference photo goes to the mail tab as a small preview, never as the buyer's original. The panel
// shows it 72 px wide; the original can be a 12 MP file of several MB. Sent whole, the mail page held the
// full file (where a page-origin object URL once let Gmail's scripts fetch it) and decoded and scaled it on
// its own main thread. The background makes the preview once per stored photo: a decode and a draw in the
// extension's own process, off the mail page.
import { fitWithin } from '@/utils/photo/pixels';
import type { ReferencePhoto } from '@/utils/store/types';

/** Long edge of the preview: the panel's 72×54 frame, cropped to cover, sharp up to 3× screen density. */
export const REFERENCE_PREVIEW_EDGE = 320;

/** What the preview is drawn with (the background's own; a test hands in fakes). */
export interface PreviewGraphics {
  createImageBitmap(blob: Blob): Promise<ImageBitmap>;
  canvas(
    width: number,
    height: number,
  ): {
    getContext(type: '2d'): Pick<OffscreenCanvasRenderingContext2D, 'drawImage'> | null;
    convertToBlob(options: { type: string; quality: number }): Promise<Blob>;
  };
}

const browserGraphics = (): PreviewGraphics | undefined =>
  typeof globalThis.createImageBitmap === 'function' && typeof globalThis.OffscreenCanvas === 'function'
    ? {
        createImageBitmap: (blob) => globalThis.createImageBitmap(blob),
        canvas: (w, h) => new OffscreenCanvas(w, h) as unknown as ReturnType<PreviewGraphics['canvas']>,
      }
    : undefined;

/** The latest previews, by stored photo (a photo re-added under the same id is another key). */
const made = new Map<string, Promise<Blob | undefined>>();
const KEEP = 64;

/**
 * A JPEG preview of `ref`, or undefined when it cannot be decoded here (HEIC in Chromium, a damaged file):
 * then the panel shows no picture for it, as it could not have drawn one either.
 */
export function referencePreview(
  ref: ReferencePhoto,
  graphics: PreviewGraphics | undefined = browserGraphics(),
): Promise<Blob | undefined> {
  const key = `${ref.id}\u0000${ref.addedAt}\u0000${ref.blob.size}`;
  let preview = made.get(key);
  if (!preview) {
    preview = draw(ref.blob, graphics).catch(() => undefined);
    made.set(key, preview);
    if (made.size > KEEP) made.delete(made.keys().next().value as string);
  }
  return preview;
}

async function draw(blob: Blob, graphics: PreviewGraphics | undefined): Promise<Blob | undefined> {
  if (!graphics) return undefined;
  const bitmap = await graphics.createImageBitmap(blob);
  try {
    const size = fitWithin(bitmap.width, bitmap.height, REFERENCE_PREVIEW_EDGE);
    const canvas = graphics.canvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  } finally {
    bitmap.close?.();
  }
}
