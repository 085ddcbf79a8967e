// What badges and pages print: sizes as the mail clients show them, dimensions, capture times, numbers;
// and the EXIF date and TIFF-wrapping helpers those capture times come from.
import { describe, expect, it } from 'vitest';
import { formatBytes, formatDimensions, formatNumber, formatTakenAt } from '@/utils/format';
import { exifDateToIso, wrapTiffAsJpeg } from '@/utils/photo/exif';

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
