import type { ByteReader } from '../byte-reader';
import type { HeaderInfo } from '../types';
import { exifPayload, fourcc, need, tryNeed, u32be } from './bytes';
import { HeaderError } from './errors';

/**
 * eXIf after IDAT is allowed but would cost reading the whole image; we look there only when the whole file
 * is already in memory and small, so the answer does not depend on how the bytes arrived.
 */
const SMALL_COMPLETE_FILE = 64 * 1024;
/** An XMP packet is a few KB; a bigger iTXt is some other text and not read for a date. */
const MAX_XMP_CHUNK = 1024 * 1024;

/** IHDR for the size, then chunks up to the image data looking for eXIf (whose payload is TIFF). */
export async function readPng(reader: ByteReader): Promise<HeaderInfo> {
  let width = 0;
  let height = 0;
  let exifTiff: Uint8Array | undefined;
  let xmp: Uint8Array | undefined;
  let pos = 8; // after the signature

  for (let index = 0; ; index++) {
    let b = await tryHeader(reader, pos, width > 0);
    if (!b) break; // past IDAT or at a damaged tail: what we have is the answer
    const length = u32be(b, pos);
    const type = fourcc(b, pos + 4);
    if (length > 0x7fffffff) throw new HeaderError('corrupt', `chunk ${type} declares ${length} bytes`);
    const data = pos + 8;
    const end = data + length;

    if (type === 'IHDR') {
      if (length < 8) throw new HeaderError('corrupt', 'IHDR is too short');
      b = await need(reader, data + 8, 'IHDR');
      width = u32be(b, data);
      height = u32be(b, data + 4);
      if (width === 0 || height === 0) throw new HeaderError('corrupt', 'IHDR gives a zero size');
    } else if (width === 0 && !(index === 0 && type === 'CgBI')) {
      // IHDR must come first; Apple's CgBI chunk may precede it in iOS-optimised PNGs.
      throw new HeaderError('corrupt', `PNG starts with ${JSON.stringify(type)} instead of IHDR`);
    } else if (type === 'eXIf' && !exifTiff) {
      const chunk = await tryNeed(reader, end);
      if (chunk) exifTiff = exifPayload(chunk, data, end);
    } else if (type === 'iTXt' && !xmp && length <= MAX_XMP_CHUNK) {
      const chunk = await tryNeed(reader, end);
      if (chunk) xmp = xmpFromItxt(chunk, data, end);
    } else if (type === 'IEND') {
      break;
    } else if (type === 'IDAT' && !(reader.complete && reader.length <= SMALL_COMPLETE_FILE)) {
      break;
    }
    pos = end + 4; // + CRC
  }
  return { format: 'png', storedWidth: width, storedHeight: height, exifTiff, xmp };
}

const XMP_KEYWORD = 'XML:com.adobe.xmp';

/**
 * iTXt: keyword, NUL, compression flag and method, language tag, NUL, translated keyword, NUL, text. XMP is
 * written uncompressed (the XMP spec asks for it); a compressed packet is left alone.
 */
function xmpFromItxt(b: Uint8Array, start: number, end: number): Uint8Array | undefined {
  const keywordEnd = b.indexOf(0, start);
  if (keywordEnd < 0 || keywordEnd + 3 > end) return undefined;
  if (String.fromCharCode(...b.subarray(start, keywordEnd)) !== XMP_KEYWORD) return undefined;
  if (b[keywordEnd + 1] !== 0) return undefined; // compressed
  const languageEnd = b.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : b.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0 || translatedEnd >= end) return undefined;
  return b.subarray(translatedEnd + 1, end);
}

/** The 8-byte chunk header at pos; before IHDR a short file is truncated, after it the walk just ends. */
async function tryHeader(
  reader: ByteReader,
  pos: number,
  haveSize: boolean,
): Promise<Uint8Array | undefined> {
  if (!haveSize) return need(reader, pos + 8, 'IHDR');
  try {
    return await need(reader, pos + 8, 'a chunk header');
  } catch (e) {
    if (e instanceof HeaderError && e.code === 'truncated') return undefined;
    throw e;
  }
}
