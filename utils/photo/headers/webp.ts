import type { ByteReader } from '../byte-reader';
import type { HeaderInfo } from '../types';
import { exifPayload, fourcc, need, tryNeed, u16le, u32le } from './bytes';
import { HeaderError } from './errors';

/**
 * WebP puts EXIF and XMP after the image data, so finding it means reading (nearly) the whole file. Past this offset
 * we give up on EXIF rather than pull a huge file just for metadata.
 */
const MAX_EXIF_OFFSET = 16 * 1024 * 1024;

const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;

const u24le = (b: Uint8Array, p: number): number => b[p] | (b[p + 1] << 8) | (b[p + 2] << 16);

/** The first chunk gives the size: VP8 (lossy), VP8L (lossless) or VP8X (extended, with flags). */
export async function readWebp(reader: ByteReader): Promise<HeaderInfo> {
  let b = await need(reader, 20, 'the first WebP chunk');
  const type = fourcc(b, 12);
  const size = u32le(b, 16);
  const data = 20;

  if (type === 'VP8 ') {
    b = await need(reader, data + 10, 'the VP8 frame header');
    if (b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) {
      throw new HeaderError('corrupt', 'VP8 start code missing');
    }
    // 14 bits of size, 2 bits of upscaling hint we ignore.
    return sized(u16le(b, data + 6) & 0x3fff, u16le(b, data + 8) & 0x3fff);
  }

  if (type === 'VP8L') {
    b = await need(reader, data + 5, 'the VP8L header');
    if (b[data] !== 0x2f) throw new HeaderError('corrupt', 'VP8L signature missing');
    const bits = u32le(b, data + 1);
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }

  if (type === 'VP8X') {
    if (size < 10) throw new HeaderError('corrupt', 'VP8X chunk is too short');
    b = await need(reader, data + 10, 'the VP8X header');
    const flags = b[data];
    const info = sized(u24le(b, data + 4) + 1, u24le(b, data + 7) + 1);
    if (flags & (VP8X_EXIF_FLAG | VP8X_XMP_FLAG)) {
      const riffEnd = 8 + u32le(b, 4);
      const found = await findMetadataChunks(reader, data + size + (size & 1), riffEnd, flags);
      info.exifTiff = found.exifTiff;
      info.xmp = found.xmp;
    }
    return info;
  }

  throw new HeaderError('corrupt', `unknown first WebP chunk ${JSON.stringify(type)}`);
}

function sized(width: number, height: number): HeaderInfo {
  if (width === 0 || height === 0) throw new HeaderError('corrupt', 'WebP gives a zero size');
  return { format: 'webp', storedWidth: width, storedHeight: height };
}

/**
 * Walk the RIFF chunks after VP8X to `EXIF` and `XMP ` (as the flags promise them); a file that ends early
 * simply has no metadata for us.
 */
async function findMetadataChunks(
  reader: ByteReader,
  from: number,
  riffEnd: number,
  flags: number,
): Promise<{ exifTiff?: Uint8Array; xmp?: Uint8Array }> {
  let wantExif = (flags & VP8X_EXIF_FLAG) !== 0;
  let wantXmp = (flags & VP8X_XMP_FLAG) !== 0;
  const out: { exifTiff?: Uint8Array; xmp?: Uint8Array } = {};
  let pos = from;
  while ((wantExif || wantXmp) && pos + 8 <= riffEnd && pos < MAX_EXIF_OFFSET) {
    let b = await tryNeed(reader, pos + 8);
    if (!b) break;
    const type = fourcc(b, pos);
    const size = u32le(b, pos + 4);
    const data = pos + 8;
    if ((type === 'EXIF' && wantExif) || (type === 'XMP ' && wantXmp)) {
      b = await tryNeed(reader, data + size);
      if (!b) break;
      if (type === 'EXIF') {
        // Spec says raw TIFF, but some writers keep the JPEG-style `Exif\0\0` prefix.
        out.exifTiff = exifPayload(b, data, data + size);
        wantExif = false;
      } else {
        out.xmp = b.subarray(data, data + size);
        wantXmp = false;
      }
    }
    pos = data + size + (size & 1); // chunks are padded to an even size
  }
  return out;
}
