// Pure pixel measures over one RGBA bitmap, computed in row bands with a yield between bands so the
// page never sees a long task. No DOM: tests hand in plain arrays.
import type { PixelMetrics } from './types';
import { yieldToMain } from './yield';

export interface Rgba {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

/** Rows processed between yields: ~128 rows × 1024 px stays far under a 50 ms task on a slow machine. */
const BAND_ROWS = 128;

/** Rec. 601 luma in integer arithmetic. */
export function toLuminance(img: Rgba): Uint8Array {
  const { data, width, height } = img;
  const lum = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < lum.length; i++, p += 4) {
    lum[i] = (data[p] * 77 + data[p + 1] * 150 + data[p + 2] * 29) >> 8;
  }
  return lum;
}

/** 64-bit difference hash: 9×8 box-averaged grid, each bit says "brighter than its right neighbour". */
export function differenceHash(lum: Uint8Array, width: number, height: number): string {
  const cols = 9;
  const rows = 8;
  const grid = new Float64Array(cols * rows);
  for (let gy = 0; gy < rows; gy++) {
    const y0 = Math.floor((gy * height) / rows);
    const y1 = Math.max(y0 + 1, Math.floor(((gy + 1) * height) / rows));
    for (let gx = 0; gx < cols; gx++) {
      const x0 = Math.floor((gx * width) / cols);
      const x1 = Math.max(x0 + 1, Math.floor(((gx + 1) * width) / cols));
      let sum = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += lum[y * width + x];
      grid[gy * cols + gx] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  let hex = '';
  for (let gy = 0; gy < rows; gy++) {
    let byte = 0;
    for (let gx = 0; gx < 8; gx++)
      byte = (byte << 1) | (grid[gy * cols + gx] > grid[gy * cols + gx + 1] ? 1 : 0);
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** Set bits in a 32-bit value. */
export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  // Math.imul: a 32-bit multiply (the top byte is the same as the float product's), V8's fast path.
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Bits that differ between two 16-hex-digit hashes (two 32-bit halves: JS bit operations are 32-bit). */
export function hammingDistance(a: string, b: string): number {
  const hi = (Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16)) >>> 0;
  const lo = (Number.parseInt(a.slice(8, 16), 16) ^ Number.parseInt(b.slice(8, 16), 16)) >>> 0;
  return popcount32(hi) + popcount32(lo);
}

export async function computePixelMetrics(img: Rgba, signal?: AbortSignal): Promise<PixelMetrics> {
  const { width, height } = img;
  const lum = toLuminance(img);
  await yieldToMain();
  signal?.throwIfAborted();

  let sum = 0;
  let dark = 0;
  let bright = 0;
  for (let i = 0; i < lum.length; i++) {
    const v = lum[i];
    sum += v;
    if (v <= 16) dark++;
    else if (v >= 240) bright++;
  }

  // Variance of the 4-neighbour Laplacian: edges in focus give large responses, blur flattens them.
  let lapSum = 0;
  let lapSq = 0;
  let n = 0;
  for (let y0 = 1; y0 < height - 1; y0 += BAND_ROWS) {
    const y1 = Math.min(height - 1, y0 + BAND_ROWS);
    for (let y = y0; y < y1; y++) {
      const row = y * width;
      for (let x = 1; x < width - 1; x++) {
        const i = row + x;
        const l = lum[i - 1] + lum[i + 1] + lum[i - width] + lum[i + width] - 4 * lum[i];
        lapSum += l;
        lapSq += l * l;
        n++;
      }
    }
    if (y1 < height - 1) {
      await yieldToMain();
      signal?.throwIfAborted();
    }
  }
  const mean = n ? lapSum / n : 0;
  const total = lum.length || 1;
  return {
    sampleWidth: width,
    sampleHeight: height,
    sharpness: n ? Math.round((lapSq / n - mean * mean) * 10) / 10 : 0,
    meanLuminance: Math.round((sum / total) * 10) / 10,
    clippedDark: Math.round((dark / total) * 1000) / 1000,
    clippedBright: Math.round((bright / total) * 1000) / 1000,
    dHash: differenceHash(lum, width, height),
  };
}
