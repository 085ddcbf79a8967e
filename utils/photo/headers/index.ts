import type { ByteReader } from '../byte-reader';
import { sniffFormat } from '../sniff-format';
import type { HeaderInfo } from '../types';
import { readBmp } from './bmp';
import { u32be, upTo } from './bytes';
import { HeaderError, toHeaderError } from './errors';
import { readGif } from './gif';
import { readIsobmff } from './isobmff';
import { readJpeg } from './jpeg';
import { readPng } from './png';
import { readTiff } from './tiff';
import { readWebp } from './webp';

export { HeaderError } from './errors';

/** Enough for every magic number; an ISO-BMFF ftyp with a long brand list may ask for a little more. */
const SNIFF_BYTES = 64;
const MAX_FTYP = 4096;

/**
 * Read what the image header alone tells: format, stored size, HEIC/AVIF rotation and mirror, JPEG
 * quality and progressive flag, and the raw EXIF (TIFF) block. Reads only as far as it must.
 * Throws only HeaderError.
 */
export async function readHeader(reader: ByteReader): Promise<HeaderInfo> {
  try {
    return await dispatch(reader);
  } catch (e) {
    throw toHeaderError(e);
  }
}

/** Magic numbers, `-1` for any byte: a file shorter than one of these but matching it so far was cut short. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0xff, 0xd8, 0xff],
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46, -1, -1, -1, -1, 0x57, 0x45, 0x42, 0x50], // RIFF....WEBP
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [-1, -1, -1, -1, 0x66, 0x74, 0x79, 0x70, -1, -1, -1, -1], // ....ftyp + major brand
  [0x42, 0x4d, -1, -1, -1, -1], // BM + file size
];

function isCutSignature(b: Uint8Array): boolean {
  return SIGNATURES.some(
    (sig) => b.length < sig.length && [...b].every((v, i) => sig[i] === -1 || sig[i] === v),
  );
}

async function dispatch(reader: ByteReader): Promise<HeaderInfo> {
  let n = await upTo(reader, SNIFF_BYTES);
  if (n === 0) throw new HeaderError('empty', 'the file is empty');
  let b = reader.bytes;
  if (n >= 8 && b[4] === 0x66 && b[5] === 0x74 && b[6] === 0x79 && b[7] === 0x70) {
    // 'ftyp': the brands that tell HEIC from AVIF may run past the first 64 bytes.
    const ftypEnd = Math.min(Math.max(u32be(b, 0), 12), MAX_FTYP);
    n = await upTo(reader, ftypEnd);
    if (n < ftypEnd) throw new HeaderError('truncated', 'the file ends inside its ftyp box');
    b = reader.bytes;
  }
  const format = sniffFormat(b.subarray(0, n));
  if (format === 'unknown' && isCutSignature(b.subarray(0, n))) {
    throw new HeaderError('truncated', 'the file ends inside its signature');
  }
  switch (format) {
    case 'jpeg':
      return readJpeg(reader);
    case 'png':
      return readPng(reader);
    case 'gif':
      return readGif(reader);
    case 'webp':
      return readWebp(reader);
    case 'bmp':
      return readBmp(reader);
    case 'tiff':
      return readTiff(reader);
    case 'heic':
    case 'avif':
      return readIsobmff(reader, format);
    default:
      throw new HeaderError('unsupported', 'not an image format we know');
  }
}
