import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PHOTOS = resolve(__dirname, '../../fixtures/photos');

export function photo(path: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(resolve(PHOTOS, path)));
}

/** A stream that hands out `bytes` in chunks, counting how much was pulled. */
export function chunkedStream(
  bytes: Uint8Array,
  chunk = 8192,
): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
  return { stream, pulled: () => Math.min(offset, bytes.length) };
}

/** Deterministic PRNG (mulberry32) for fuzzing. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
