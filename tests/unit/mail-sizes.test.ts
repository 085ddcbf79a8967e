import { describe, expect, it } from 'vitest';
import { parseDisplayedSize } from '@/utils/mail/sizes';

const KB = 1024;
const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('parseDisplayedSize', () => {
  it.each([
    ['68 KB', 68 * KB],
    ['3.1 MB', Math.round(3.1 * MB)],
    ['2.3 MB', Math.round(2.3 * MB)],
    ['1,2 Mo', Math.round(1.2 * MB)], // French: decimal comma, Mo
    ['2,3 MB', Math.round(2.3 * MB)], // German, Spanish: decimal comma
    ['123 K', 123 * KB],
    ['68\u00a0KB', 68 * KB], // NBSP, as Gmail renders it
    ['68\u202fKB', 68 * KB], // narrow NBSP
    ['68KB', 68 * KB],
    ['68 kB', 68 * KB],
    ['68 Ko', 68 * KB],
    ['1,5 Go', Math.round(1.5 * GB)],
    ['45 КБ', 45 * KB], // Russian
    ['2,1 МБ', Math.round(2.1 * MB)],
    ['900 字节', 900], // Chinese bytes
    ['532 B', 532],
    ['512 bytes', 512],
    ['1,023 KB', 1023 * KB], // English thousands separator
    ['1.023 KB', 1023 * KB], // German thousands separator
    ['1\u202f023 Ko', 1023 * KB], // French thousands separator
    ['1.234,5 KB', Math.round(1234.5 * KB)],
    ['(2.3 MB)', Math.round(2.3 * MB)], // Outlook's item text
    ['  3.3 MB  ', Math.round(3.3 * MB)],
  ])('%j → %d bytes', (text, bytes) => {
    expect(parseDisplayedSize(text)).toBe(bytes);
  });

  it.each([
    [''],
    [null],
    [undefined],
    ['KB'],
    ['68'],
    ['abc'],
    ['68 parsecs'],
    ['1.2.3 MB'],
    ['-5 MB'],
    ['MB 68'],
  ])('%j is not a size', (text) => {
    expect(parseDisplayedSize(text)).toBeUndefined();
  });
});
