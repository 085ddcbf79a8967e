import type { ByteReader } from '../byte-reader';
import { compactTiff } from '../exif-compact';
import { estimateJpegQuality, type QuantTable } from '../jpeg-quality';
import type { HeaderInfo } from '../types';
import { exifPayload, need, u16be } from './bytes';
import { HeaderError } from './errors';

/**
 * Bytes that carry nothing we step over before the frame header: junk between segments (libjpeg resyncs
 * on it too), 0xFF fill bytes, standalone markers (RSTn, TEM) and empty segments. A real file has a few;
 * a hostile one pads 32 MB with them to keep a byte-by-byte walk busy for seconds.
 */
export const MAX_JPEG_PADDING = 64 * 1024;
/**
 * The frame header must start within this many bytes. Cameras put it within the first 64 KB (EXIF with
 * its thumbnail, maker notes, ICC); editors' XMP and Photoshop blocks can add a few MB. Further than this
 * the file is not read on: it is reported as corrupt.
 */
export const MAX_JPEG_HEADER_BYTES = 16 * 1024 * 1024;

const XMP_ID = 'http://ns.adobe.com/xap/1.0/\0';
const PHOTOSHOP_ID = 'Photoshop 3.0\0';

function startsWith(b: Uint8Array, p: number, end: number, id: string): boolean {
  if (p + id.length > end) return false;
  for (let i = 0; i < id.length; i++) if (b[p + i] !== id.charCodeAt(i)) return false;
  return true;
}

/** Frame headers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
const isSof = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
/** SOF2, SOF6, SOF10, SOF14 are the progressive processes. */
const isProgressiveSof = (m: number): boolean => m === 0xc2 || m === 0xc6 || m === 0xca || m === 0xce;
/** Markers with no length field: TEM, RSTn and a stray SOI. */
const isStandalone = (m: number): boolean => m === 0x01 || (m >= 0xd0 && m <= 0xd8);

/** DQT payload: one or more tables, each a Pq/Tq byte then 64 values of 1 or 2 bytes in zigzag order. */
function readDqt(b: Uint8Array, start: number, end: number, into: Map<number, QuantTable>): void {
  let p = start;
  while (p < end) {
    const precision = b[p] >> 4;
    const id = b[p] & 0x0f;
    const width = precision === 0 ? 1 : 2;
    p++;
    // A damaged table costs only the quality estimate, not the dimensions: drop it quietly.
    if (precision > 1 || p + 64 * width > end) return;
    const values: number[] = [];
    for (let i = 0; i < 64; i++) values.push(width === 1 ? b[p + i] : u16be(b, p + 2 * i));
    p += 64 * width;
    into.set(id, { id, values }); // a later table with the same id replaces the earlier one
  }
}

/**
 * Walk segments from SOI to the first frame header. Every segment, APPn included, is skipped by its length,
 * so the thumbnail JPEG inside the EXIF APP1 is never mistaken for the photo's frame.
 */
export async function readJpeg(reader: ByteReader): Promise<HeaderInfo> {
  const tables = new Map<number, QuantTable>();
  const app1: App1Found = {};
  let photoshop: Uint8Array | undefined;
  let padding = 0;
  let pos = 2; // after SOI
  let b = reader.bytes;

  const pad = (n: number): void => {
    padding += n;
    if (padding > MAX_JPEG_PADDING) {
      throw new HeaderError(
        'corrupt',
        `more than ${MAX_JPEG_PADDING / 1024} KB of fill bytes, restart markers, empty segments or junk before the frame header`,
      );
    }
  };

  for (;;) {
    if (pos > MAX_JPEG_HEADER_BYTES) {
      throw new HeaderError(
        'corrupt',
        `no frame header in the first ${MAX_JPEG_HEADER_BYTES / 1024 / 1024} MB`,
      );
    }
    // Only wait on the reader when the bytes are not here yet: a walk over padding stays synchronous.
    if (pos + 2 > b.length) b = await need(reader, pos + 2, 'the frame header');
    if (b[pos] !== 0xff) {
      // Junk between segments: resync on the next 0xFF, as decoders do.
      pad(1);
      pos++;
      continue;
    }
    const marker = b[pos + 1];
    if (marker === 0xff) {
      pad(1); // fill byte before a marker
      pos++;
      continue;
    }
    if (isStandalone(marker)) {
      pad(2);
      pos += 2;
      continue;
    }
    if (marker === 0x00) {
      // 0xFF00 is a stuffed byte inside entropy data, not a marker: more junk.
      pad(2);
      pos += 2;
      continue;
    }
    if (marker === 0xd9) throw new HeaderError('corrupt', 'the JPEG ends (EOI) before any frame header');
    if (marker === 0xda) throw new HeaderError('corrupt', 'image data (SOS) before any frame header');

    if (pos + 4 > b.length) b = await need(reader, pos + 4, 'a segment length');
    const length = u16be(b, pos + 2);
    if (length < 2) throw new HeaderError('corrupt', `segment FF${marker.toString(16)} has length ${length}`);
    const end = pos + 2 + length;

    if (isSof(marker)) {
      b = await need(reader, pos + 10, 'the frame header');
      if (length < 8) throw new HeaderError('corrupt', 'the frame header is too short');
      const height = u16be(b, pos + 5);
      const width = u16be(b, pos + 7);
      if (width === 0) throw new HeaderError('corrupt', 'the frame header gives width 0');
      // Height 0 means "see the DNL marker after the first scan": legal, but that is past all we read.
      if (height === 0)
        throw new HeaderError('unsupported', 'the frame height is given after the image data (DNL)');
      if (tables.size === 0 || !hasExif(app1)) await readAfterFrame(reader, end, tables, app1);
      return {
        format: 'jpeg',
        storedWidth: width,
        storedHeight: height,
        jpeg: { quality: estimateJpegQuality([...tables.values()]), progressive: isProgressiveSof(marker) },
        exifTiff: app1.exifTiff,
        xmp: app1.xmp,
        photoshop,
      };
    }

    if (length === 2) pad(4); // an empty segment: nothing in it, like a fill byte
    if (marker === 0xdb) {
      b = await need(reader, end, 'a quantisation table');
      readDqt(b, pos + 4, end, tables);
    } else if (marker === 0xe1) {
      // The whole APP1, however long (a big thumbnail, a long maker note), before deciding what it holds.
      b = await need(reader, end, 'an APP1 segment');
      takeApp1(b, pos, end, app1);
    } else if (marker === 0xed && !photoshop) {
      b = await need(reader, end, 'an APP13 segment');
      if (startsWith(b, pos + 4, end, PHOTOSHOP_ID)) {
        photoshop = b.subarray(pos + 4 + PHOTOSHOP_ID.length, end);
      }
    }
    pos = end;
  }
}

/** What the APP1 segments before the image data held. */
interface App1Found {
  exifTiff?: Uint8Array;
  /** Whether exifTiff holds a tag we show, once asked (asked again for each later segment otherwise). */
  shown?: boolean;
  xmp?: Uint8Array;
}

/** An EXIF block that holds a tag we show (see exif-compact.ts), not only a leftover or a resolution. */
const holdsShown = (tiff: Uint8Array): boolean => compactTiff(tiff) !== undefined;
function hasExif(found: App1Found): boolean {
  if (found.exifTiff === undefined) return false;
  found.shown ??= holdsShown(found.exifTiff);
  return found.shown;
}

/** Keep the EXIF or XMP an APP1 segment at [pos, end) of `b` holds. */
function takeApp1(b: Uint8Array, pos: number, end: number, found: App1Found): void {
  // Only `Exif\0\0` APP1s carry EXIF; XMP uses APP1 too. The first EXIF holding a tag we show wins (an
  // empty, broken or resolution-only one before it is a writer's leftover; exiftool reads on past it);
  // failing that, the first that is TIFF at all.
  if (!hasExif(found)) {
    const tiff = exifPayload(b, pos + 4, end);
    if (tiff && (!found.exifTiff || holdsShown(tiff))) {
      found.exifTiff = tiff;
      found.shown = undefined;
    }
  }
  if (!found.xmp && startsWith(b, pos + 4, end, XMP_ID)) {
    found.xmp = b.subarray(pos + 4 + XMP_ID.length, end);
  }
}

/**
 * A few encoders put DQT, or the Exif APP1, between the frame header and the first scan (exiftool reads
 * segments up to SOS). Only when one is still missing, walk on to SOS, reading just those segments; anything
 * odd there ends the search quietly since the dimensions are known.
 */
async function readAfterFrame(
  reader: ByteReader,
  from: number,
  tables: Map<number, QuantTable>,
  app1: App1Found,
): Promise<void> {
  let pos = from;
  try {
    for (let i = 0; i < 32 && (tables.size === 0 || !hasExif(app1)); i++) {
      let b = await need(reader, pos + 4, 'a segment');
      if (b[pos] !== 0xff || b[pos + 1] === 0xda || b[pos + 1] === 0xd9) return;
      const length = u16be(b, pos + 2);
      if (length < 2) return;
      const end = pos + 2 + length;
      if (b[pos + 1] === 0xdb && tables.size === 0) {
        b = await need(reader, end, 'a quantisation table');
        readDqt(b, pos + 4, end, tables);
      } else if (b[pos + 1] === 0xe1) {
        b = await need(reader, end, 'an APP1 segment');
        takeApp1(b, pos, end, app1);
      }
      pos = end;
    }
  } catch (e) {
    if (!(e instanceof HeaderError) || e.code === 'read-failed') throw e;
  }
}
