import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { estimateJpegQuality, type QuantTable } from '../../utils/photo/jpeg-quality';

// happy-dom replaces the global URL, so build the path with node:path.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/photos/');

/** Annex K.1 luminance and K.2 chrominance, natural (row-major) order as the standard prints them. */
const LUMA = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
  29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
  121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMA = Array.from({ length: 64 }, (_, i) => {
  const head = [17, 18, 24, 47, 18, 21, 26, 66, 24, 26, 56, 99, 47, 66, 99, 99];
  const row = Math.floor(i / 8);
  const col = i % 8;
  return row < 4 && col < 4 ? head[row * 4 + col] : 99;
});

/** Zigzag scan positions computed by walking the anti-diagonals (independent of the module's table). */
const ZIGZAG: number[] = (() => {
  const order: number[] = [];
  for (let s = 0; s < 15; s++) {
    const cells: number[] = [];
    for (let row = 0; row < 8; row++) {
      const col = s - row;
      if (col >= 0 && col < 8) cells.push(row * 8 + col);
    }
    order.push(...(s % 2 === 0 ? cells.reverse() : cells));
  }
  return order;
})();

/** What libjpeg writes into DQT for `quality`: scaled Annex K table, stored in zigzag order. */
function libjpegTable(std: number[], quality: number, baseline = true): number[] {
  const scale = quality < 50 ? Math.floor(5000 / quality) : 200 - quality * 2;
  const natural = std.map((v) => {
    const t = Math.max(1, Math.floor((v * scale + 50) / 100));
    return Math.min(t, baseline ? 255 : 32767);
  });
  return ZIGZAG.map((pos) => natural[pos]);
}

/** The DQT tables of a JPEG file, read directly here so this test does not lean on the header parser. */
function dqtTables(bytes: Uint8Array): QuantTable[] {
  const tables: QuantTable[] = [];
  let p = 2;
  while (p + 4 <= bytes.length && bytes[p] === 0xff) {
    const marker = bytes[p + 1];
    const length = (bytes[p + 2] << 8) | bytes[p + 3];
    if (marker === 0xdb) {
      for (let q = p + 4; q < p + 2 + length; ) {
        const sixteen = bytes[q] >> 4 === 1;
        const id = bytes[q] & 15;
        const values: number[] = [];
        for (let i = 0; i < 64; i++) {
          values.push(sixteen ? (bytes[q + 1 + 2 * i] << 8) | bytes[q + 2 + 2 * i] : bytes[q + 1 + i]);
        }
        tables.push({ id, values });
        q += 1 + 64 * (sixteen ? 2 : 1);
      }
    }
    if (marker === 0xda) break;
    p += 2 + length;
  }
  return tables;
}

describe('estimateJpegQuality', () => {
  it('zigzag helper matches the standard order at its corners', () => {
    expect(ZIGZAG.slice(0, 6)).toEqual([0, 1, 8, 16, 9, 2]);
    expect(ZIGZAG.slice(-5)).toEqual([54, 47, 55, 62, 63]);
  });

  it.each([1, 5, 10, 25, 40, 50, 60, 70, 75, 80, 85, 90, 92, 95, 98, 100])(
    'recovers quality %i from libjpeg tables',
    (quality) => {
      const tables = [
        { id: 0, values: libjpegTable(LUMA, quality) },
        { id: 1, values: libjpegTable(CHROMA, quality) },
      ];
      const estimate = estimateJpegQuality(tables);
      // At the very bottom several qualities clamp to identical tables; any of them is a right answer.
      if (quality <= 5) expect(estimate).toBeLessThanOrEqual(5);
      else expect(estimate).toBe(quality);
    },
  );

  it('works from the luminance table alone (greyscale JPEG)', () => {
    expect(estimateJpegQuality([{ id: 0, values: libjpegTable(LUMA, 65) }])).toBe(65);
  });

  it('handles 16-bit tables written without the baseline clamp', () => {
    const tables = [
      { id: 0, values: libjpegTable(LUMA, 8, false) },
      { id: 1, values: libjpegTable(CHROMA, 8, false) },
    ];
    expect(Math.max(...tables[0].values)).toBeGreaterThan(255);
    expect(estimateJpegQuality(tables)).toBe(8);
  });

  it('has no answer without a luminance table', () => {
    expect(estimateJpegQuality([])).toBeUndefined();
    expect(estimateJpegQuality([{ id: 1, values: libjpegTable(CHROMA, 75) }])).toBeUndefined();
    expect(estimateJpegQuality([{ id: 0, values: [1, 2, 3] }])).toBeUndefined();
  });

  it.each([
    ['generated/good-3000.jpg', 92],
    ['generated/chat-recompressed-1280.jpg', 50],
    ['generated/email-downsized-640.jpg', 70],
    ['generated/near-duplicate-1600.jpg', 80],
  ])('%s was saved at quality %i (±2)', (name, quality) => {
    const tables = dqtTables(new Uint8Array(readFileSync(FIXTURES + name)));
    expect(tables.map((t) => t.id).sort()).toEqual([0, 1]);
    const estimate = estimateJpegQuality(tables) ?? 0;
    expect(Math.abs(estimate - quality)).toBeLessThanOrEqual(2);
  });
});
