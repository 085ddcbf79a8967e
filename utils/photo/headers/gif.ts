import type { ByteReader } from '../byte-reader';
import type { HeaderInfo } from '../types';
import { need, u16le } from './bytes';
import { HeaderError } from './errors';

/** The logical screen descriptor right after `GIF8?a` holds the canvas size. GIF has no EXIF. */
export async function readGif(reader: ByteReader): Promise<HeaderInfo> {
  const b = await need(reader, 10, 'the GIF screen descriptor');
  const width = u16le(b, 6);
  const height = u16le(b, 8);
  if (width === 0 || height === 0) throw new HeaderError('corrupt', 'GIF gives a zero size');
  return { format: 'gif', storedWidth: width, storedHeight: height };
}
