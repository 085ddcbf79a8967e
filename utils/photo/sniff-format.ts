import type { PhotoFormat } from './types';

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

const ascii = (b: Uint8Array, at: number, text: string): boolean =>
  b.length >= at + text.length && [...text].every((c, i) => b[at + i] === c.charCodeAt(0));

const brandAt = (b: Uint8Array, p: number): string => String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);

/**
 * ISO-BMFF images name their kind in `ftyp` brands. `mif1` only says "HEIF image container": the codec
 * brand beside it decides, and an explicit `avif` wins because AVIF files also list `mif1`.
 */
function isobmffFormat(b: Uint8Array): PhotoFormat {
  const size = b[0] * 0x1000000 + ((b[1] << 16) | (b[2] << 8) | b[3]);
  const end = Math.min(b.length, Math.max(size, 16));
  const major = brandAt(b, 8);
  const brands = [major];
  // Compatible brands follow the 4-byte minor version.
  for (let p = 16; p + 4 <= end; p += 4) brands.push(brandAt(b, p));
  if (AVIF_BRANDS.has(major)) return 'avif';
  if (HEIC_BRANDS.has(major) && major !== 'mif1' && major !== 'msf1') return 'heic';
  if (brands.some((x) => AVIF_BRANDS.has(x))) return 'avif';
  if (brands.some((x) => HEIC_BRANDS.has(x))) return 'heic';
  return 'unknown';
}

/** The format named by the first bytes of a file (12 are enough except for a long ftyp brand list). */
export function sniffFormat(bytes: Uint8Array): PhotoFormat {
  const b = bytes;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return 'gif';
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'webp';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(b, 4, 'ftyp') && b.length >= 12) return isobmffFormat(b);
  if (ascii(b, 0, 'BM')) return 'bmp';
  return 'unknown';
}
