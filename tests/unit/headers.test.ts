import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ByteReader, type PhotoInput } from '../../utils/photo/byte-reader';
import { HeaderError, readHeader } from '../../utils/photo/headers';
import { sniffFormat } from '../../utils/photo/sniff-format';
import type { HeaderInfo, PhotoFormat } from '../../utils/photo/types';

// happy-dom replaces the global URL, so build the path with node:path.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/photos/');
const load = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(FIXTURES + name));

/** What a header read ended in: the info, or the HeaderError; anything else fails the test. */
async function outcome(input: PhotoInput): Promise<HeaderInfo | HeaderError> {
  try {
    return await readHeader(new ByteReader(input));
  } catch (e) {
    if (e instanceof HeaderError) return e;
    throw new Error(`readHeader threw a non-HeaderError: ${String(e)}`);
  }
}

const isTiff = (b: Uint8Array | undefined): boolean =>
  !!b &&
  ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a));

interface Expected {
  format: PhotoFormat;
  width: number;
  height: number;
  /** exiftool reports an EXIF block (ExifByteOrder). */
  exif: boolean;
  progressive?: boolean;
  /** HEIC/AVIF irot, anticlockwise degrees. */
  rotation?: number;
}

const jpg = (width: number, height: number, exif: boolean, progressive = false): Expected => ({
  format: 'jpeg',
  width,
  height,
  exif,
  progressive,
});
const heif = (
  format: 'heic' | 'avif',
  width: number,
  height: number,
  exif: boolean,
  rotation = 0,
): Expected => ({
  format,
  width,
  height,
  exif,
  rotation,
});

/**
 * Expected values from `exiftool -j -n -FileType -ImageWidth -ImageHeight -EncodingProcess
 * -ImageSpatialExtent -Rotation -ExifByteOrder` (exiftool 12.57), written down here so tests need no exiftool.
 */
const READABLE: Record<string, Expected> = {
  'exifr/Bush-dog.tif': { format: 'tiff', width: 40, height: 40, exif: true },
  'exifr/IMG_20180725_163423-tiny.jpg': jpg(1012, 759, true),
  'exifr/IMG_20180725_163423.jpg': jpg(4048, 3036, true),
  'exifr/avif-IMG_20180725_163423-micro.avif': heif('avif', 101, 76, false),
  'exifr/avif-Irvine_CA.avif': heif('avif', 480, 640, true),
  'exifr/canon-dslr.jpg': jpg(5184, 3456, true),
  'exifr/cookiezen.jpg': jpg(1680, 945, true),
  'exifr/door-knocker.jpg': jpg(800, 533, true),
  // exiftool says "HEIF" (major brand mif1, compatible heic): same container, we call it heic.
  'exifr/heic-collection.heic': heif('heic', 1440, 960, false),
  'exifr/heic-single.heic': heif('heic', 1440, 960, false),
  'exifr/heic-iphone.heic': heif('heic', 4032, 3024, true),
  'exifr/heic-iphone7.heic': heif('heic', 4032, 3024, true),
  'exifr/img_1771.jpg': jpg(480, 360, true),
  'exifr/img_1771_no_exif.jpg': jpg(480, 360, false),
  'exifr/noexif.jpg': jpg(250, 188, false),
  'exifr/orientation-f1t.jpg': jpg(48, 80, true),
  'exifr/orientation-f2t.jpg': jpg(48, 80, true),
  'exifr/orientation-f3t.jpg': jpg(48, 80, true),
  'exifr/orientation-f4t.jpg': jpg(48, 80, true),
  'exifr/orientation-f5t.jpg': jpg(80, 48, true),
  'exifr/orientation-f6t.jpg': jpg(80, 48, true),
  'exifr/orientation-f7t.jpg': jpg(80, 48, true),
  'exifr/orientation-f8t.jpg': jpg(80, 48, true),
  'exifr/png-IMG_20180725_163423-1.png': { format: 'png', width: 40, height: 30, exif: false },
  'exifr/png-IMG_20180725_163423-2.png': { format: 'png', width: 40, height: 30, exif: false },
  // eXIf comes after IDAT here; found only because the whole 9 KB file is already in memory.
  'exifr/png-png_with_exif_and_gps.png': { format: 'png', width: 1, height: 1, exif: true },
  'exif-samples/heic-mobile-HMD_Nokia_8.3_5G.heif': heif('heic', 4608, 3456, true, 270),
  'exif-samples/heic-mobile-iphone_13_pro_max.HEIC': heif('heic', 4032, 3024, true, 270),
  'exif-samples/jpg-gps-DSCN0010.jpg': jpg(640, 480, true),
  'exif-samples/jpg-gps-DSCN0021.jpg': jpg(640, 480, true),
  'exif-samples/jpg-mobile-HMD_Nokia_8.3_5G.jpg': jpg(4608, 1976, true),
  'exif-samples/jpg-mobile-jolla.jpg': jpg(3264, 2448, true),
  'generated/blurry-2400.jpg': jpg(2400, 1800, true),
  'generated/chat-recompressed-1280.jpg': jpg(1280, 960, false),
  'generated/dark-2400.jpg': jpg(2400, 1800, true),
  'generated/duplicate-of-good-3000.jpg': jpg(3000, 2250, true),
  'generated/email-downsized-640.jpg': jpg(640, 480, false),
  'generated/good-3000.jpg': jpg(3000, 2250, true),
  'generated/near-duplicate-1600.jpg': jpg(1600, 1200, true),
  // exiftool sees EXIF, but ImageMagick wrote eXIf after IDAT: reaching it means reading all 3.4 MB, which
  // the header stage refuses to do. Documented limitation.
  'generated/screenshot-1170x2532.png': { format: 'png', width: 1170, height: 2532, exif: false },
  // made/: exiftool-made edge cases (tests/fixtures/photos/README.md says how).
  'made/exif-text-garbage-after-nul.jpg': jpg(250, 188, true),
  'made/jfif-then-exif-25k-thumbnail.jpg': jpg(250, 188, true),
  'made/jfif-exif-ifd0-entry-offset-past-segment.jpg': jpg(250, 188, true),
  'made/jfif-exif-ifd0-entry-type-0.jpg': jpg(250, 188, true),
  'made/empty-exif-app1-then-exif.jpg': jpg(250, 188, true),
  'made/exif-app1-after-frame-header.jpg': jpg(250, 188, true),
  'made/resolution-only-exif-app1-then-exif.jpg': jpg(250, 188, true),
  'made/avif-exif-item-past-64k.avif': heif('avif', 480, 640, true),
  'made/tiff-ifd0-after-image-data.tif': { format: 'tiff', width: 200, height: 150, exif: true },
  'made/xmp-exif-datetimeoriginal.jpg': jpg(250, 188, false),
  'made/xmp-photoshop-datecreated.jpg': jpg(250, 188, false),
  'made/iptc-datecreated.jpg': jpg(250, 188, false),
  'made/exif-date-beats-xmp.jpg': jpg(250, 188, true),
  'made/png-xmp-datecreated.png': { format: 'png', width: 40, height: 30, exif: false },
  'made/webp-xmp-datetimeoriginal.webp': { format: 'webp', width: 1, height: 1, exif: false },
  'made/avif-xmp-datecreated.avif': heif('avif', 101, 76, false),
};
for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 8]) {
  // recurser: the same picture stored turned for each orientation; 5–8 are stored with sides swapped.
  const swapped = n >= 5;
  READABLE[`recurser/Landscape_${n}.jpg`] = swapped ? jpg(1200, 1800, true) : jpg(1800, 1200, true);
  READABLE[`recurser/Portrait_${n}.jpg`] = swapped ? jpg(1800, 1200, true) : jpg(1200, 1800, true);
}

/** Files that broke other parsers. exiftool reads the size of every one, so we must too. */
const DAMAGED: Record<string, Expected> = {
  'exifr/broken1.jpg': jpg(600, 900, true, true),
  'exifr/RangeError_Invalid_typed_array_length.jpg': jpg(60, 42, false),
  'exifr/RangeError_Offset_outside_bounds.jpg': jpg(100, 63, false),
  'exifr/issue-exifr-41-Error_Segment_Unreachable.jpg': jpg(297, 396, true),
  'exifr/png-invalid-iCCP-missing-adler32-checksum.png': {
    format: 'png',
    width: 460,
    height: 60,
    exif: false,
  },
  'exif-samples/jpg-invalid-image00971.jpg': jpg(636, 227, false),
  'exif-samples/jpg-invalid-image01088.jpg': jpg(425, 120, false),
  'exif-samples/jpg-invalid-image01137.jpg': jpg(88, 64, false),
  'exif-samples/jpg-invalid-image01551.jpg': jpg(61, 58, false),
  // heic-single.heic cut to 4 KB with one box broken after what the primary item's size needs.
  'made/heic-iinf-broken.heic': heif('heic', 1440, 960, false),
  'made/heic-ipco-broken-after-ispe.heic': heif('heic', 1440, 960, false),
  'made/heic-ipma-count-too-high.heic': heif('heic', 1440, 960, false),
};

function checkExpected(info: HeaderInfo, want: Expected): void {
  expect(info.format).toBe(want.format);
  expect([info.storedWidth, info.storedHeight]).toEqual([want.width, want.height]);
  expect(info.exifTiff !== undefined).toBe(want.exif);
  if (info.exifTiff) expect(isTiff(info.exifTiff)).toBe(true);
  if (want.format === 'jpeg') expect(info.jpeg?.progressive).toBe(want.progressive ?? false);
  else expect(info.jpeg).toBeUndefined();
  if (want.format === 'heic' || want.format === 'avif') {
    expect(info.rotation).toBe(want.rotation ?? 0);
    expect(info.mirror).toBe(false);
  }
}

describe('readHeader on real photos', () => {
  it.each(Object.entries(READABLE))('%s', async (name, want) => {
    const bytes = load(name);
    checkExpected(await readHeader(new ByteReader(bytes)), want);
    // Reading from a Blob (sliced on demand) gives the same answer.
    checkExpected(await readHeader(new ByteReader(new Blob([bytes]))), want);
  });

  it.each(Object.entries(DAMAGED))(
    'damaged file %s parses or fails with HeaderError, quickly',
    async (name, want) => {
      const started = performance.now();
      const result = await outcome(load(name));
      expect(performance.now() - started).toBeLessThan(1000);
      expect(result).not.toBeInstanceOf(HeaderError);
      checkExpected(result as HeaderInfo, want);
    },
  );

  it.each(['made/empty-exif-app1-then-exif.jpg', 'made/resolution-only-exif-app1-then-exif.jpg'])(
    '%s: keeps the Exif APP1 holding a camera, not the leftover before it',
    async (name) => {
      const info = await readHeader(new ByteReader(load(name)));
      // The leftover is 14 or 34 bytes of TIFF; the real one 25 KB with its thumbnail.
      expect(info.exifTiff?.length).toBe(25_446);
    },
  );

  it('reads the same from a stream', async () => {
    const bytes = load('generated/good-3000.jpg');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // Uneven chunks, as a network response delivers them.
        for (let p = 0; p < bytes.length; p += 5000) controller.enqueue(bytes.slice(p, p + 5000));
        controller.close();
      },
    });
    const reader = new ByteReader(stream);
    const info = await readHeader(reader);
    expect([info.storedWidth, info.storedHeight]).toEqual([3000, 2250]);
    expect(reader.bytesRead).toBeLessThan(64 * 1024);
  });
});

describe('bytes read for the header', () => {
  const jpegs = Object.entries({ ...READABLE, ...DAMAGED }).filter(([, want]) => want.format === 'jpeg');

  it('stays within 64 KB for every JPEG fixture read from a Blob (median included)', async () => {
    const read: Record<string, number> = {};
    for (const [name] of jpegs) {
      const reader = new ByteReader(new Blob([load(name)]));
      await readHeader(reader);
      read[name] = reader.bytesRead;
    }
    // Every JPEG here has its frame header within the first 36 KB; the largest reads are the
    // jpg-invalid-* files whose 35 KB XMP APP1 comes before the frame (52 KB read in 16 KB steps).
    const over = Object.entries(read).filter(([, n]) => n > 64 * 1024);
    expect(over).toEqual([]);
    const sorted = Object.values(read).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(64 * 1024);
  });

  it('reads only the front of big HEIC files', async () => {
    for (const name of [
      'exifr/heic-iphone.heic',
      'exif-samples/heic-mobile-iphone_13_pro_max.HEIC',
      'exif-samples/heic-mobile-HMD_Nokia_8.3_5G.heif',
    ]) {
      const reader = new ByteReader(new Blob([load(name)]));
      const info = await readHeader(reader);
      expect(info.exifTiff).toBeDefined();
      expect(reader.bytesRead).toBeLessThanOrEqual(64 * 1024);
    }
  });

  it('does not read past IDAT of a big PNG', async () => {
    const reader = new ByteReader(new Blob([load('generated/screenshot-1170x2532.png')]));
    await readHeader(reader);
    expect(reader.bytesRead).toBeLessThanOrEqual(16 * 1024);
  });
});

describe('JPEG quality from the header', () => {
  it.each([
    ['generated/good-3000.jpg', 92],
    ['generated/chat-recompressed-1280.jpg', 50],
    ['generated/email-downsized-640.jpg', 70],
    ['generated/near-duplicate-1600.jpg', 80],
  ])('%s was saved at quality %i', async (name, quality) => {
    const info = await readHeader(new ByteReader(load(name)));
    expect(Math.abs((info.jpeg?.quality ?? 0) - quality)).toBeLessThanOrEqual(2);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Synthetic files for what the fixtures lack.

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const be16 = (v: number): number[] => [(v >> 8) & 255, v & 255];
const be32 = (v: number): number[] => [(v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255];
const le16 = (v: number): number[] => [v & 255, (v >> 8) & 255];
const le32 = (v: number): number[] => [v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255];
const bytesOf = (...parts: (number[] | Uint8Array)[]): Uint8Array<ArrayBuffer> =>
  new Uint8Array(parts.flatMap((p) => [...p]));
const base64 = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** A minimal little-endian TIFF: header plus an IFD0 with one Orientation entry. */
const TINY_TIFF = bytesOf(
  ascii('II'),
  le16(42),
  le32(8),
  le16(1),
  le16(274),
  le16(3),
  le32(1),
  le32(6),
  le32(0),
);

describe('sniffFormat', () => {
  const ftyp = (major: string, ...compatible: string[]) =>
    bytesOf(be32(16 + 4 * compatible.length), ascii('ftyp'), ascii(major), be32(0), ...compatible.map(ascii));

  it.each<[string, Uint8Array, PhotoFormat]>([
    ['JPEG', bytesOf([0xff, 0xd8, 0xff, 0xe0]), 'jpeg'],
    ['PNG', bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'png'],
    ['GIF87a', bytesOf(ascii('GIF87a')), 'gif'],
    ['GIF89a', bytesOf(ascii('GIF89a')), 'gif'],
    ['WebP', bytesOf(ascii('RIFF'), le32(100), ascii('WEBP')), 'webp'],
    ['WAV is RIFF but not WebP', bytesOf(ascii('RIFF'), le32(100), ascii('WAVE')), 'unknown'],
    ['BMP', bytesOf(ascii('BM'), le32(100)), 'bmp'],
    ['TIFF little-endian', bytesOf(ascii('II'), le16(42)), 'tiff'],
    ['TIFF big-endian', bytesOf(ascii('MM'), be16(42)), 'tiff'],
    ['HEIC major brand', ftyp('heic', 'mif1', 'heic'), 'heic'],
    ['HEIF mif1 + heic', ftyp('mif1', 'mif1', 'heic'), 'heic'],
    ['HEIF sequence', ftyp('msf1', 'hevc'), 'heic'],
    ['AVIF major brand', ftyp('avif', 'mif1', 'miaf'), 'avif'],
    ['mif1 with an avif brand', ftyp('mif1', 'mif1', 'miaf', 'MA1B', 'avif'), 'avif'],
    ['AVIF sequence', ftyp('avis', 'msf1'), 'avif'],
    ['MP4 video', ftyp('isom', 'iso2', 'mp41'), 'unknown'],
    ['text', bytesOf(ascii('hello world')), 'unknown'],
    ['nothing', new Uint8Array(0), 'unknown'],
  ])('%s', (_, bytes, format) => {
    expect(sniffFormat(bytes)).toBe(format);
  });
});

describe('readHeader errors', () => {
  it('calls zero bytes empty', async () => {
    expect(await outcome(new Uint8Array(0))).toMatchObject({ code: 'empty' });
    expect(await outcome(new Blob([]))).toMatchObject({ code: 'empty' });
  });

  it('calls an unknown format unsupported', async () => {
    expect(await outcome(bytesOf(ascii('%PDF-1.7\n'), new Array(100).fill(32)))).toMatchObject({
      code: 'unsupported',
    });
  });

  it('reports a failing stream as read-failed', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error('network gone');
      },
    });
    expect(await outcome(stream)).toMatchObject({ code: 'read-failed' });
  });

  it.each<[string, Uint8Array, string]>([
    [
      'JPEG with a segment length below 2',
      bytesOf([0xff, 0xd8, 0xff, 0xe0], be16(1), new Array(64).fill(0)),
      'corrupt',
    ],
    [
      'JPEG that ends (EOI) before a frame',
      bytesOf([0xff, 0xd8, 0xff, 0xd9], new Array(64).fill(0)),
      'corrupt',
    ],
    ['JPEG of only SOI', bytesOf([0xff, 0xd8, 0xff]), 'truncated'],
    [
      'PNG without IHDR',
      bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], be32(0), ascii('IEND')),
      'corrupt',
    ],
    [
      'BMP with a bad info header',
      bytesOf(ascii('BM'), new Array(12).fill(0), le32(7), new Array(16).fill(0)),
      'corrupt',
    ],
    ['GIF of width 0', bytesOf(ascii('GIF89a'), le16(0), le16(10), [0, 0, 0]), 'corrupt'],
    ['TIFF without a size', TINY_TIFF, 'corrupt'],
  ])('%s -> %s', async (_, bytes, code) => {
    expect(await outcome(bytes)).toMatchObject({ name: 'HeaderError', code });
  });
});

describe('JPEG segment walking', () => {
  const SOI = [0xff, 0xd8];
  const dqt = bytesOf([0xff, 0xdb], be16(67), [0], new Array(64).fill(1));
  const sof = (marker: number, w: number, h: number) =>
    bytesOf([0xff, marker], be16(11), [8], be16(h), be16(w), [1, 1, 0x11, 0]);

  it('steps over fill bytes, standalone markers and junk, and flags progressive frames', async () => {
    const file = bytesOf(
      SOI,
      [0xff, 0xff, 0xff], // fill bytes before a marker
      [0xff, 0xe0],
      be16(4),
      [0, 0],
      [0xff, 0xd0, 0xff, 0x01], // RST0 and TEM carry no length
      [0x00, 0x12], // junk between segments
      dqt,
      sof(0xc2, 321, 123),
    );
    const info = (await outcome(file)) as HeaderInfo;
    expect(info).toMatchObject({
      storedWidth: 321,
      storedHeight: 123,
      jpeg: { progressive: true, quality: 100 },
    });
  });

  it('skips DHT (C4), which shares the SOF range', async () => {
    const dht = bytesOf([0xff, 0xc4], be16(5), [0, 0, 0]);
    const info = (await outcome(bytesOf(SOI, dht, dqt, sof(0xc1, 10, 20)))) as HeaderInfo;
    expect(info).toMatchObject({ storedWidth: 10, storedHeight: 20, jpeg: { progressive: false } });
  });

  it('takes EXIF from an Exif APP1 but not from XMP, and finds a DQT written after the frame header', async () => {
    const xmp = bytesOf([0xff, 0xe1], be16(2 + 30), ascii('http://ns.adobe.com/xap/1.0/\0'), [0]);
    const exif = bytesOf([0xff, 0xe1], be16(2 + 6 + TINY_TIFF.length), ascii('Exif\0\0'), TINY_TIFF);
    const info = (await outcome(
      bytesOf(SOI, xmp, exif, sof(0xc0, 640, 480), dqt, [0xff, 0xda]),
    )) as HeaderInfo;
    expect(info.exifTiff).toEqual(TINY_TIFF);
    expect(info.jpeg?.quality).toBe(100);
  });
});

describe('WebP', () => {
  // The tiny probes browsers' WebP feature tests use: real encoder output, 1×1 each.
  const LOSSY = 'UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA';
  const LOSSLESS = 'UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==';
  const ALPHA =
    'UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==';

  it.each([LOSSY, LOSSLESS, ALPHA])('reads a 1×1 probe', async (b64) => {
    expect(await outcome(base64(b64))).toMatchObject({ format: 'webp', storedWidth: 1, storedHeight: 1 });
  });

  const riff = (...chunks: Uint8Array[]) => {
    const body = bytesOf(ascii('WEBP'), ...chunks);
    return bytesOf(ascii('RIFF'), le32(body.length), body);
  };
  const chunk = (type: string, data: Uint8Array | number[]) =>
    bytesOf(ascii(type), le32(data.length), data, data.length & 1 ? [0] : []);

  it('reads a larger lossy frame size (14 bits each)', async () => {
    const vp8 = chunk('VP8 ', bytesOf([0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a], le16(4000), le16(3000), [0, 0]));
    expect(await outcome(riff(vp8))).toMatchObject({ storedWidth: 4000, storedHeight: 3000 });
  });

  it('reads a larger lossless size (packed 14-bit fields)', async () => {
    const bits = (3999 | (2999 << 14) | (1 << 28)) >>> 0;
    const vp8l = chunk('VP8L', bytesOf([0x2f], le32(bits), [0, 0, 0]));
    expect(await outcome(riff(vp8l))).toMatchObject({ storedWidth: 4000, storedHeight: 3000 });
  });

  const vp8x = (flags: number, w: number, h: number) =>
    chunk('VP8X', bytesOf([flags, 0, 0, 0], le32(w - 1).slice(0, 3), le32(h - 1).slice(0, 3)));
  const frame = chunk('VP8 ', base64(LOSSY).subarray(20));

  it.each([
    ['raw TIFF', TINY_TIFF],
    ['Exif\\0\\0 + TIFF', bytesOf(ascii('Exif\0\0'), TINY_TIFF)],
  ])('finds the EXIF chunk after the image data (%s)', async (_, payload) => {
    const file = riff(vp8x(0x08, 5000, 3000), chunk('ICCP', [1, 2, 3]), frame, chunk('EXIF', payload));
    const info = (await outcome(file)) as HeaderInfo;
    expect(info).toMatchObject({ storedWidth: 5000, storedHeight: 3000 });
    expect(info.exifTiff).toEqual(TINY_TIFF);
  });

  it('does not look for EXIF when the VP8X flag says there is none', async () => {
    const info = (await outcome(riff(vp8x(0, 20, 10), frame, chunk('EXIF', TINY_TIFF)))) as HeaderInfo;
    expect(info.exifTiff).toBeUndefined();
  });

  it('keeps the size when the file ends before the EXIF chunk', async () => {
    const file = riff(vp8x(0x08, 20, 10), frame, chunk('EXIF', TINY_TIFF));
    const info = (await outcome(file.subarray(0, file.length - 10))) as HeaderInfo;
    expect(info).toMatchObject({ storedWidth: 20, storedHeight: 10, exifTiff: undefined });
  });
});

describe('GIF and BMP', () => {
  it('reads the GIF logical screen', async () => {
    const gif = bytesOf(ascii('GIF89a'), le16(640), le16(480), [0xf7, 0, 0]);
    expect(await outcome(gif)).toMatchObject({ format: 'gif', storedWidth: 640, storedHeight: 480 });
  });

  const fileHeader = bytesOf(ascii('BM'), le32(1000), le32(0), le32(54));

  it('reads BITMAPINFOHEADER, taking a top-down (negative) height as its size', async () => {
    const info = bytesOf(le32(40), le32(1024), le32(-768 >>> 0), le16(1), le16(24), new Array(24).fill(0));
    expect(await outcome(bytesOf(fileHeader, info))).toMatchObject({
      format: 'bmp',
      storedWidth: 1024,
      storedHeight: 768,
    });
  });

  it('reads the old BITMAPCOREHEADER with 16-bit sizes', async () => {
    const core = bytesOf(le32(12), le16(300), le16(200), le16(1), le16(24));
    expect(await outcome(bytesOf(fileHeader, core))).toMatchObject({ storedWidth: 300, storedHeight: 200 });
  });
});

describe('TIFF', () => {
  it('takes LONG sizes and hands the file front on as EXIF', async () => {
    const entries = [
      [256, 4, 70000],
      [257, 3, 500],
      [274, 3, 6],
    ];
    const file = bytesOf(
      ascii('MM'),
      be16(42),
      be32(8),
      be16(entries.length),
      ...entries.map(([tag, type, v]) =>
        bytesOf(be16(tag), be16(type), be32(1), type === 3 ? [...be16(v), 0, 0] : be32(v)),
      ),
      be32(0),
    );
    const info = (await outcome(file)) as HeaderInfo;
    expect(info).toMatchObject({ format: 'tiff', storedWidth: 70000, storedHeight: 500 });
    expect(info.exifTiff).toEqual(file);
  });
});

describe('HEIF boxes', () => {
  const box = (type: string, ...parts: (number[] | Uint8Array)[]) => {
    const body = bytesOf(...parts);
    return bytesOf(be32(body.length + 8), ascii(type), body);
  };
  const full = (type: string, version: number, flags: number, ...parts: (number[] | Uint8Array)[]) =>
    box(type, [version, (flags >> 16) & 255, (flags >> 8) & 255, flags & 255], ...parts);

  const exifItem = bytesOf(be32(6), ascii('Exif\0\0'), TINY_TIFF);

  /**
   * A HEIF whose primary item 2 is a grid with its own ispe plus the listed transform properties
   * (3 = irot 90°, 4 = imir left-right, 5 = imir top-bottom); the Exif item's data sits in idat.
   */
  function heif(options: { mdatFirst?: boolean; transforms?: number[] } = {}) {
    const transforms = options.transforms ?? [3, 4];
    const infe = (id: number, type: string) => full('infe', 2, 0, be16(id), be16(0), ascii(type), [0]);
    const ispe = (w: number, h: number) => full('ispe', 0, 0, be32(w), be32(h));
    const meta = full(
      'meta',
      0,
      0,
      full('hdlr', 0, 0, be32(0), ascii('pict'), new Array(13).fill(0)),
      full('pitm', 0, 0, be16(2)),
      full('iinf', 0, 0, be16(3), infe(1, 'hvc1'), infe(2, 'grid'), infe(3, 'Exif')),
      // iloc v1: offset_size 4, length_size 4, base_offset_size 0, index_size 0; Exif item in idat (method 1).
      full(
        'iloc',
        1,
        0,
        [0x44, 0x00],
        be16(1),
        be16(3),
        be16(1),
        be16(0),
        be16(1),
        be32(0),
        be32(exifItem.length),
      ),
      box('idat', exifItem),
      box(
        'iprp',
        box('ipco', ispe(512, 512), ispe(8000, 6000), box('irot', [1]), box('imir', [0]), box('imir', [1])),
        // flags 1: 15-bit property indices; the high bit marks essential properties.
        full(
          'ipma',
          0,
          1,
          be32(2),
          be16(1),
          [1],
          be16(1),
          be16(2),
          [1 + transforms.length],
          be16(2),
          ...transforms.map((i) => be16(0x8000 | i)),
        ),
      ),
    );
    const ftyp = box('ftyp', ascii('heic'), be32(0), ascii('mif1'), ascii('heic'));
    const mdat = box('mdat', new Array(100).fill(0));
    return options.mdatFirst ? bytesOf(ftyp, mdat, meta) : bytesOf(ftyp, meta, mdat);
  }

  it('uses the primary item’s own ispe, irot (anticlockwise) and imir, and EXIF from idat', async () => {
    const info = (await outcome(heif())) as HeaderInfo;
    expect(info).toMatchObject({
      format: 'heic',
      storedWidth: 8000,
      storedHeight: 6000,
      rotation: 90,
      mirror: true,
    });
    expect(info.exifTiff).toEqual(TINY_TIFF);
  });

  it.each<[string, number[], number, boolean]>([
    ['no transform', [], 0, false],
    ['a flip after a turn', [3, 4], 90, true],
    // Flipping first reverses the turn when both are stated as "turn, then flip".
    ['a flip before a turn', [4, 3], 270, true],
    // Top-bottom = left-right plus a half turn.
    ['a top-bottom flip', [5], 180, true],
    ['two flips cancel', [4, 4], 0, false],
  ])('reports %s as turn-then-flip', async (_, transforms, rotation, mirror) => {
    expect(await outcome(heif({ transforms }))).toMatchObject({ rotation, mirror });
  });

  it('steps over an mdat that comes before meta', async () => {
    expect(await outcome(heif({ mdatFirst: true }))).toMatchObject({ storedWidth: 8000, storedHeight: 6000 });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Damage: cut files short and flip bytes; every outcome is a HeaderInfo or a HeaderError, promptly.

/** mulberry32: a small seeded PRNG so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAMAGE_FILES: [string, number, number, number][] = [
  // name, stored width, height, and the offset after which the header is complete
  ['generated/good-3000.jpg', 3000, 2250, 26192 + 10],
  ['exifr/png-IMG_20180725_163423-1.png', 40, 30, 8 + 8 + 8],
  ['exifr/heic-iphone.heic', 4032, 3024, 24 + 3955],
];

describe('damaged input', () => {
  it.each(DAMAGE_FILES)('%s cut at 30 lengths', async (name, width, height, headerEnd) => {
    const whole = load(name);
    const random = prng(42);
    const cuts = new Set<number>([0, 1, 2, 3, 8, 12, 16, 33, headerEnd - 1, headerEnd]);
    while (cuts.size < 30) cuts.add(Math.floor(random() * Math.min(whole.length, headerEnd * 1.5)));
    for (const cut of cuts) {
      const part = whole.slice(0, cut);
      for (const input of [part, new Blob([part])]) {
        const started = performance.now();
        const result = await outcome(input);
        expect(performance.now() - started).toBeLessThan(1000);
        if (cut === 0) expect(result).toMatchObject({ code: 'empty' });
        else if (cut < headerEnd) expect(result).toMatchObject({ name: 'HeaderError', code: 'truncated' });
        else expect(result).toMatchObject({ storedWidth: width, storedHeight: height });
      }
    }
  });

  it.each(DAMAGE_FILES)('%s with random bytes flipped in the first 4 KB', async (name) => {
    const whole = load(name);
    const random = prng(name.length * 7919);
    for (let round = 0; round < 150; round++) {
      const copy = whole.slice(0, 64 * 1024); // the header lives here; keeps the rounds fast
      const flips = 1 + Math.floor(random() * 8);
      for (let i = 0; i < flips; i++) copy[Math.floor(random() * 4096)] = Math.floor(random() * 256);
      const started = performance.now();
      const result = await outcome(copy);
      expect(performance.now() - started).toBeLessThan(1000);
      if (!(result instanceof HeaderError)) {
        expect(Number.isInteger(result.storedWidth) && result.storedWidth > 0).toBe(true);
        expect(Number.isInteger(result.storedHeight) && result.storedHeight > 0).toBe(true);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Issue 16: HEIF boxes broken past the primary item's size.

describe('HEIF with damaged boxes', () => {
  it.each([
    ['made/heic-iinf-broken.heic', /iinf/],
    ['made/heic-ipco-broken-after-ispe.heic', /ipco/],
    ['made/heic-ipma-count-too-high.heic', /ipma/],
  ])('%s: the size from the intact ispe, and the damage said', async (name, box) => {
    const info = (await outcome(load(name))) as HeaderInfo;
    expect(info).not.toBeInstanceOf(HeaderError);
    expect([info.storedWidth, info.storedHeight]).toEqual([1440, 960]);
    expect(info.damaged).toMatch(box);
    // Cut to 4 KB as well: the image data is not there, and that is said too.
    expect(info.damaged).toMatch(/ends at byte 4096, before the image data/);
  });

  it('gives no size when the damage takes the primary item’s own properties (exiftool gives none either)', async () => {
    const result = await outcome(load('made/heic-ipco-broken-before-ispe.heic'));
    expect(result).toMatchObject({ name: 'HeaderError', code: 'corrupt' });
    expect((result as HeaderError).message).toMatch(/damaged|ipco/);
  });

  it('an intact file is not called damaged', async () => {
    const info = (await outcome(load('exifr/heic-single.heic'))) as HeaderInfo;
    expect(info.damaged).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Issue 19 item 10: a 32 MB JPEG of padding is refused within the header stage's byte limits, not walked.

describe('JPEG padded to 32 MB', () => {
  const SIZE = 32 * 1024 * 1024;
  const sof = [0xff, 0xc0, 0, 11, 8, 0, 10, 0, 10, 1, 1, 0x11, 0];

  /**
   * SOI and an empty APP0, then `unit` repeated to 32 MB, then a real frame header that only a full walk
   * would reach. Built a block at a time: a byte loop over 32 MB would time the test, not the reader.
   */
  function padded(unit: number[]): Blob {
    const file = new Uint8Array(SIZE + sof.length);
    file.set([0xff, 0xd8, 0xff, 0xe0, 0, 2]);
    const block = new Uint8Array(unit.length * Math.ceil((1024 * 1024) / unit.length));
    for (let i = 0; i < block.length; i += unit.length) block.set(unit, i);
    let p = 6;
    while (p + block.length <= SIZE) {
      file.set(block, p);
      p += block.length;
    }
    file.fill(0xff, p, SIZE); // the remainder: fill bytes
    file.set(sof, SIZE);
    return new Blob([file]);
  }

  it.each<[string, number[]]>([
    ['0xFF fill bytes', [0xff]],
    ['restart markers', [0xff, 0xd0, 0xff, 0xd7]],
    ['empty APP segments', [0xff, 0xe0, 0x00, 0x02]],
    ['junk between segments', [0x00, 0x12]],
  ])('%s: refused as corrupt after at most 64 KB of padding', async (_, unit) => {
    const reader = new ByteReader(padded(unit));
    const started = performance.now();
    let result: HeaderInfo | HeaderError;
    try {
      result = await readHeader(reader);
    } catch (e) {
      result = e as HeaderError;
    }
    expect(result).toMatchObject({ name: 'HeaderError', code: 'corrupt' });
    expect((result as HeaderError).message).toMatch(
      /64 KB of fill bytes, restart markers, empty segments or junk/,
    );
    // What was read: the 64 KB of padding plus the reader's last 16 KB step, nowhere near 32 MB.
    expect(reader.bytesRead).toBeLessThanOrEqual(96 * 1024);
    // A very loose bound only: the numbers above are the measure.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('full APP segments: refused once the frame header would lie past 16 MB', async () => {
    // 64 KB APP15 segments of zeros, each a legal segment, one after another.
    const app = [0xff, 0xef, 0xff, 0xff, ...new Array(0xffff - 2).fill(0)];
    const reader = new ByteReader(padded(app));
    let result: HeaderInfo | HeaderError;
    try {
      result = await readHeader(reader);
    } catch (e) {
      result = e as HeaderError;
    }
    expect(result).toMatchObject({ name: 'HeaderError', code: 'corrupt' });
    expect((result as HeaderError).message).toMatch(/no frame header in the first 16 MB/);
    expect(reader.bytesRead).toBeLessThanOrEqual(16 * 1024 * 1024 + 128 * 1024);
  });

  it('a few fill bytes and restart markers, as real files have, are still stepped over', async () => {
    const file = bytesOf([0xff, 0xd8], new Array(1000).fill(0xff), [0xff, 0xd0], [0xff, 0xe0, 0, 2], sof);
    expect(await outcome(file)).toMatchObject({ storedWidth: 10, storedHeight: 10 });
  });
});
