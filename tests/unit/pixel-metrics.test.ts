import { describe, expect, it } from 'vitest';
import { computePixelMetrics, differenceHash, hammingDistance, type Rgba } from '@/utils/photo/pixel-metrics';
import { fitWithin } from '@/utils/photo/pixels';
import { prng } from './helpers/fixtures';

/** A textured test scene: random blocks, so sharp edges and a varied histogram. */
function scene(width: number, height: number, gain = 1, seed = 7): Rgba {
  const random = prng(seed);
  const blocks = Array.from({ length: 64 }, () => 30 + random() * 200);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = blocks[Math.floor((y / height) * 8) * 8 + Math.floor((x / width) * 8)] * gain + ((x * y) % 7);
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

function boxBlur(img: Rgba, radius: number): Rgba {
  const { width, height, data } = img;
  const out = new Uint8ClampedArray(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const yy = Math.min(height - 1, Math.max(0, y + dy));
          const xx = Math.min(width - 1, Math.max(0, x + dx));
          sum += data[(yy * width + xx) * 4];
          n++;
        }
      }
      out.set([sum / n, sum / n, sum / n, 255], (y * width + x) * 4);
    }
  }
  return { data: out, width, height };
}

describe('pixel metrics', () => {
  it('blur lowers the Laplacian variance by an order of magnitude', async () => {
    const sharp = await computePixelMetrics(scene(200, 150));
    const blurred = await computePixelMetrics(boxBlur(scene(200, 150), 3));
    expect(blurred.sharpness * 10).toBeLessThan(sharp.sharpness);
  });

  it('darkness lowers mean luminance and raises clipped-dark', async () => {
    const normal = await computePixelMetrics(scene(160, 120));
    const dark = await computePixelMetrics(scene(160, 120, 0.1));
    expect(normal.meanLuminance).toBeGreaterThan(90);
    expect(dark.meanLuminance).toBeLessThan(30);
    expect(dark.clippedDark).toBeGreaterThan(0.5);
    expect(dark.sampleWidth).toBe(160);
  });

  it('dHash: the same picture at another size or brightness stays within a few bits; another picture does not', () => {
    const lum = (img: Rgba) => Uint8Array.from({ length: img.width * img.height }, (_, i) => img.data[i * 4]);
    const a = scene(320, 240);
    const smaller = scene(160, 120);
    const brighter = scene(320, 240, 1.1);
    const other = scene(320, 240, 1, 99);
    const h = (img: Rgba) => differenceHash(lum(img), img.width, img.height);
    expect(h(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(h(a), h(smaller))).toBeLessThanOrEqual(4);
    expect(hammingDistance(h(a), h(brighter))).toBeLessThanOrEqual(4);
    expect(hammingDistance(h(a), h(other))).toBeGreaterThan(12);
  });

  it('hamming distance counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
  });

  it('an aborted measurement stops', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(computePixelMetrics(scene(300, 300), controller.signal)).rejects.toThrow();
  });

  it('fitWithin keeps the shape and never upscales', () => {
    expect(fitWithin(4032, 3024, 1024)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(3024, 4032, 1024)).toEqual({ width: 768, height: 1024 });
    expect(fitWithin(640, 480, 1024)).toEqual({ width: 640, height: 480 });
  });
});
