import type { ByteReader } from '../byte-reader';
import type { HeaderInfo } from '../types';
import { need, u16be, u16le, u32be, u32le, upTo } from './bytes';
import { HeaderError } from './errors';

/** What we hand on as EXIF: at least this much of the file, so the EXIF and GPS IFDs are usually inside. */
const EXIF_WINDOW = 128 * 1024;
/** ...and never more than this, however far the IFD pointers point. */
const MAX_EXIF_WINDOW = 4 * 1024 * 1024;

const TAG_WIDTH = 256;
const TAG_HEIGHT = 257;
const TAG_EXIF_IFD = 34665;
const TAG_GPS_IFD = 34853;
const TYPE_SHORT = 3;
const TYPE_LONG = 4;

/**
 * A TIFF is its own EXIF container: IFD0 holds ImageWidth/ImageLength, and the file's front (IFD0, the EXIF
 * and GPS IFDs it points to) is passed on as `exifTiff` for the EXIF reader.
 */
export async function readTiff(reader: ByteReader): Promise<HeaderInfo> {
  let b = await need(reader, 8, 'the TIFF header');
  const le = b[0] === 0x49;
  const u16 = le ? u16le : u16be;
  const u32 = le ? u32le : u32be;

  const ifd0 = u32(b, 4);
  if (ifd0 < 8) throw new HeaderError('corrupt', 'IFD0 points into the TIFF header');
  b = await need(reader, ifd0 + 2, 'IFD0');
  const count = u16(b, ifd0);
  const ifdEnd = ifd0 + 2 + count * 12 + 4;
  b = await need(reader, ifdEnd, 'IFD0');

  let width = 0;
  let height = 0;
  let window = Math.max(EXIF_WINDOW, ifdEnd);
  for (let i = 0; i < count; i++) {
    const e = ifd0 + 2 + i * 12;
    const tag = u16(b, e);
    const type = u16(b, e + 2);
    const value = type === TYPE_SHORT ? u16(b, e + 8) : type === TYPE_LONG ? u32(b, e + 8) : undefined;
    if (value === undefined) continue;
    if (tag === TAG_WIDTH) width = value;
    else if (tag === TAG_HEIGHT) height = value;
    // Room for a typical EXIF or GPS IFD and its values after the pointer.
    else if (tag === TAG_EXIF_IFD || tag === TAG_GPS_IFD) window = Math.max(window, value + 16 * 1024);
  }
  if (width === 0 || height === 0) throw new HeaderError('corrupt', 'IFD0 has no image size');

  const available = await upTo(reader, Math.min(window, MAX_EXIF_WINDOW));
  return {
    format: 'tiff',
    storedWidth: width,
    storedHeight: height,
    exifTiff: reader.bytes.slice(0, available),
  };
}
