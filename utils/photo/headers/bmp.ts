import type { ByteReader } from '../byte-reader';
import type { HeaderInfo } from '../types';
import { need, u16le, u32le } from './bytes';
import { HeaderError } from './errors';

const i32le = (b: Uint8Array, p: number): number => u32le(b, p) | 0;

/**
 * After the 14-byte file header comes a DIB header whose first field is its own size: 12 for the old
 * BITMAPCOREHEADER (16-bit sizes), 16–124 for the OS/2 2.x and BITMAPINFOHEADER family (32-bit, signed).
 */
export async function readBmp(reader: ByteReader): Promise<HeaderInfo> {
  let b = await need(reader, 18, 'the BMP info header');
  const dibSize = u32le(b, 14);
  let width: number;
  let height: number;
  if (dibSize === 12) {
    b = await need(reader, 22, 'the BMP core header');
    width = u16le(b, 18);
    height = u16le(b, 20);
  } else if (dibSize >= 16 && dibSize <= 124) {
    b = await need(reader, 26, 'the BMP info header');
    width = i32le(b, 18);
    // Negative height marks a top-down bitmap; the size is the same.
    height = Math.abs(i32le(b, 22));
  } else {
    throw new HeaderError('corrupt', `BMP info header of ${dibSize} bytes`);
  }
  if (width <= 0 || height <= 0) throw new HeaderError('corrupt', 'BMP gives a zero or negative size');
  return { format: 'bmp', storedWidth: width, storedHeight: height };
}
