import { describe, expect, it } from 'vitest';
import { createLimiter } from '@/utils/concurrency';
import { formatBytes, formatDimensions, formatNumber, formatTakenAt } from '@/utils/format';
import { ByteReader } from '@/utils/photo/byte-reader';
import { exifDateToIso, wrapTiffAsJpeg } from '@/utils/photo/exif';
import { chunkedStream } from './helpers/fixtures';

describe('createLimiter', () => {
  it('never runs more than the limit at once, even when tasks arrive as others finish', async () => {
    const run = createLimiter(2);
    let active = 0;
    let peak = 0;
    const task = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 2));
      active--;
    };
    const first = Array.from({ length: 5 }, () => run(task));
    await first[0];
    await Promise.all([...first, ...Array.from({ length: 5 }, () => run(task))]);
    expect(peak).toBe(2);
  });

  it('a failing task frees its slot', async () => {
    const run = createLimiter(1);
    await expect(run(async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(run(async () => 7)).resolves.toBe(7);
  });
});

describe('ByteReader', () => {
  it('reads a stream only as far as asked, in steps', async () => {
    const bytes = new Uint8Array(1_000_000).map((_, i) => i & 255);
    const { stream, pulled } = chunkedStream(bytes, 1000);
    const reader = new ByteReader(stream);
    expect(await reader.ensure(10, 0)).toBeGreaterThanOrEqual(10);
    expect(pulled()).toBeLessThanOrEqual(2000); // the one chunk asked for, plus the one a stream queues ahead
    await reader.ensure(50_000);
    expect(reader.bytes[49_999]).toBe(49_999 & 255);
    expect(reader.total).toBeUndefined();
    const all = await reader.readAll();
    expect(all.length).toBe(1_000_000);
    expect(reader.total).toBe(1_000_000);
  });

  it('slices a Blob without reading the rest', async () => {
    const reader = new ByteReader(new Blob([new Uint8Array(500_000)]));
    await reader.ensure(100, 1024);
    expect(reader.bytesRead).toBe(1024);
    expect(reader.total).toBe(500_000);
  });
});

describe('formatting', () => {
  it('sizes like the mail clients show them', () => {
    expect(formatBytes(68 * 1024)).toBe('68 KB');
    expect(formatBytes(3.1 * 1024 * 1024)).toBe('3.1 MB');
    expect(formatBytes(undefined)).toBe('—');
    expect(formatDimensions(4032, 3024)).toBe('4032×3024');
  });

  it('capture time stays in the camera’s zone', () => {
    expect(formatTakenAt('2026-11-20T10:15:00', '+08:00')).toBe('2026-11-20 10:15 (UTC+08:00)');
    expect(exifDateToIso('2026:11:20 10:15:00')).toBe('2026-11-20T10:15:00');
    expect(exifDateToIso('0000:00:00 00:00:00')).toBeUndefined();
  });

  it('wraps a TIFF block as a JPEG APP1 segment closed by EOI', () => {
    const w = wrapTiffAsJpeg(new Uint8Array([0x49, 0x49, 0x2a, 0]));
    expect(Array.from(w.subarray(0, 6))).toEqual([0xff, 0xd8, 0xff, 0xe1, 0, 12]);
    expect(Array.from(w.subarray(-2))).toEqual([0xff, 0xd9]);
  });
});

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

describe('formatNumber', () => {
  it('groups thousands with commas, keeps fractions and small numbers as they are', () => {
    expect([6000, 1600, 999, 1234567, 12.5, 0].map(formatNumber)).toEqual([
      '6,000',
      '1,600',
      '999',
      '1,234,567',
      '12.5',
      '0',
    ]);
  });
});
