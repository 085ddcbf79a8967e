// The pixel stage, in the browser: one downscaled decode, then the metrics and the thumbnail from it.
import { LIMITS } from './limits';
import { computePixelMetrics } from './pixel-metrics';
import type { PixelStage } from './types';

export interface PixelResult {
  stage: PixelStage;
  /** A small JPEG drawn from the same decode, for the UI (never an <img> of the original: bombs). */
  thumbnail?: Blob;
}

export function canDecodeHere(): boolean {
  return typeof createImageBitmap === 'function' && typeof OffscreenCanvas === 'function';
}

// A 1×1 PNG: decoding it tells a browser whose decoder works (a file that fails is damaged) from an
// environment that only pretends to have one (happy-dom in tests), where nothing can be said of the file.
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
let decoderProbe: Promise<boolean> | undefined;
function decoderWorks(): Promise<boolean> {
  decoderProbe ??= createImageBitmap(
    new Blob([Uint8Array.from(atob(TINY_PNG), (c) => c.charCodeAt(0))], { type: 'image/png' }),
  ).then(
    (bitmap) => {
      bitmap.close();
      return true;
    },
    () => false,
  );
  return decoderProbe;
}

/** Target size with the long edge at most `longEdge`, never upscaled. */
export function fitWithin(
  width: number,
  height: number,
  longEdge: number,
): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * `width`/`height` are the displayed size from the header: the browser applies EXIF orientation when
 * decoding, so the sample is sized on the displayed shape.
 */
export async function measurePixels(
  blob: Blob,
  width: number,
  height: number,
  options: { signal?: AbortSignal; thumbnail?: boolean } = {},
): Promise<PixelResult> {
  if (!canDecodeHere()) return { stage: { ok: false, reason: 'not-in-browser' } };
  if (width * height > LIMITS.maxDecodePixels) return { stage: { ok: false, reason: 'too-many-pixels' } };
  const sample = fitWithin(
    width || LIMITS.sampleLongEdge,
    height || LIMITS.sampleLongEdge,
    LIMITS.sampleLongEdge,
  );
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, {
      resizeWidth: sample.width,
      resizeHeight: sample.height,
      resizeQuality: 'medium',
      imageOrientation: 'from-image',
    });
  } catch {
    return { stage: { ok: false, reason: (await decoderWorks()) ? 'cannot-decode' : 'not-in-browser' } };
  }
  try {
    options.signal?.throwIfAborted();
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return { stage: { ok: false, reason: 'not-in-browser' } };
    ctx.drawImage(bitmap, 0, 0);
    const image = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const metrics = await computePixelMetrics(image, options.signal);
    let thumbnail: Blob | undefined;
    if (options.thumbnail) {
      const t = fitWithin(bitmap.width, bitmap.height, LIMITS.thumbnailLongEdge);
      const thumbCanvas = new OffscreenCanvas(t.width, t.height);
      thumbCanvas.getContext('2d')?.drawImage(bitmap, 0, 0, t.width, t.height);
      thumbnail = await thumbCanvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    }
    return { stage: { ok: true, metrics }, thumbnail };
  } finally {
    bitmap.close();
  }
}
