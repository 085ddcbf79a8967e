import { describe, expect, it } from 'vitest';
import { matchesDisplayedSize, parseDisplayedSize } from '@/utils/mail/sizes';

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

describe('matchesDisplayedSize: is this the file the client says it is?', () => {
  it('within one unit of the last digit shown', () => {
    expect(matchesDisplayedSize(1_779_895, '1.7 MB')).toBe(true);
    expect(matchesDisplayedSize(43_084, '1.7 MB')).toBe(false); // a smaller rendering: a preview
    expect(matchesDisplayedSize(68 * 1024 + 500, '68 KB')).toBe(true);
    expect(matchesDisplayedSize(70 * 1024, '68 KB')).toBe(false);
    expect(matchesDisplayedSize(Math.round(1.2 * 1024 * 1024), '1,2 Mo')).toBe(true);
    expect(matchesDisplayedSize(1_047_552, '1,023 KB')).toBe(true);
  });

  it('no size shown, no match: nothing proves the bytes are the file', () => {
    expect(matchesDisplayedSize(1000, undefined)).toBe(false);
    expect(matchesDisplayedSize(1000, 'photo')).toBe(false);
  });
});
