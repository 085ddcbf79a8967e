import { describe, expect, it } from 'vitest';
import { readExif } from '@/utils/photo/exif';
import { compactTiff } from '@/utils/photo/exif-compact';

type Field = [tag: number, type: number, count: number, value: Uint8Array];

const ascii = (s: string): Field[3] => new TextEncoder().encode(`${s}\0`);
const ASCII = 2;
const LONG = 4;
const RATIONAL = 5;

/**
 * A TIFF block: `pad` filler bytes first (a thumbnail, image data), then IFD0, the Exif IFD and the GPS IFD,
 * each followed by its values, in the given byte order.
 */
function tiff(
  le: boolean,
  dirs: { ifd0: Field[]; exif?: Field[]; gps?: Field[] },
  pad = 0,
): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(8 + pad + 4096);
  const view = new DataView(out.buffer);
  out.set(le ? [0x49, 0x49, 42, 0] : [0x4d, 0x4d, 0, 42]);
  let at = 8 + pad;
  view.setUint32(4, at, le);
  /** Writes one IFD at `at`; returns where each entry's value field is. */
  const write = (fields: Field[]): number[] => {
    const dir = at;
    let values = dir + 2 + fields.length * 12 + 4;
    view.setUint16(dir, fields.length, le);
    const slots = fields.map(([tag, type, count, value], i) => {
      const e = dir + 2 + i * 12;
      view.setUint16(e, tag, le);
      view.setUint16(e + 2, type, le);
      view.setUint32(e + 4, count, le);
      if (value.length <= 4) out.set(value, e + 8);
      else {
        view.setUint32(e + 8, values, le);
        out.set(value, values);
        values += value.length + (value.length & 1);
      }
      return e + 8;
    });
    at = values;
    return slots;
  };
  const pointer = (tag: number): Field => [tag, LONG, 1, new Uint8Array(4)];
  const ifd0 = [...dirs.ifd0];
  if (dirs.exif) ifd0.push(pointer(34665));
  if (dirs.gps) ifd0.push(pointer(34853));
  const slots = write(ifd0);
  let next = dirs.ifd0.length;
  for (const sub of [dirs.exif, dirs.gps]) {
    if (!sub) continue;
    view.setUint32(slots[next++], at, le);
    write(sub);
  }
  return out.slice(0, at);
}

const dms = (d: number, m: number, s: number, denominator = 1): Field[3] => {
  const b = new Uint8Array(24);
  const v = new DataView(b.buffer);
  [d, m, s].forEach((x, i) => {
    v.setUint32(i * 8, x, true);
    v.setUint32(i * 8 + 4, denominator, true);
  });
  return b;
};

const CAMERA: Field[] = [
  [271, ASCII, 6, ascii('Canon')],
  [272, ASCII, 21, ascii('Canon EOS 5D Mark IV')],
];
const TAKEN: Field[] = [[36867, ASCII, 20, ascii('2026:10:03 09:41:07')]];

describe('compactTiff', () => {
  for (const le of [true, false]) {
    const order = le ? 'little-endian' : 'big-endian';

    it(`${order}: IFD0 and the Exif IFD past 64 KB are read (a JPEG APP1 holds at most 64 KB)`, async () => {
      const block = tiff(le, { ifd0: CAMERA, exif: TAKEN }, 100 * 1024);
      expect(block.length).toBeGreaterThan(100 * 1024);
      const compact = compactTiff(block);
      expect(compact?.length).toBeLessThan(200);
      const exif = await readExif(block);
      expect(exif?.make).toBe('Canon');
      expect(exif?.model).toBe('Canon EOS 5D Mark IV');
      expect(exif?.takenAt).toBe('2026-10-03T09:41:07');
    });

    it(`${order}: a bad entry costs only itself (type 0, value past the block)`, async () => {
      const badType: Field = [271, 0, 6, ascii('Canon')];
      const pastEnd: Field = [305, ASCII, 5000, new Uint8Array(0)];
      const block = tiff(le, { ifd0: [badType, CAMERA[1], pastEnd], exif: TAKEN });
      // The value of `pastEnd` would be inline (empty): point it past the block by hand.
      const view = new DataView(block.buffer);
      const ifd0 = view.getUint32(4, le);
      view.setUint32(ifd0 + 2 + 2 * 12 + 8, 0x7fff0000, le);
      const exif = await readExif(block);
      expect(exif?.make).toBeUndefined();
      expect(exif?.software).toBeUndefined();
      expect(exif?.model).toBe('Canon EOS 5D Mark IV');
      expect(exif?.takenAt).toBe('2026-10-03T09:41:07');
    });
  }

  it('an IFD0 count that runs past the block keeps the entries read before it', async () => {
    const block = tiff(true, { ifd0: CAMERA });
    const view = new DataView(block.buffer);
    view.setUint16(view.getUint32(4, true), 0xffff, true);
    const exif = await readExif(block);
    expect(exif?.make).toBe('Canon');
    expect(exif?.model).toBe('Canon EOS 5D Mark IV');
  });

  it('GPS of 0/0 (no fix) is no location; degrees, minutes, seconds are', async () => {
    const gps = (v: Field[3]): Field[] => [
      [2, RATIONAL, 3, v],
      [4, RATIONAL, 3, v],
    ];
    // The rationals are written little-endian by dms(): build little-endian blocks.
    const noFix = await readExif(tiff(true, { ifd0: CAMERA, gps: gps(dms(0, 0, 0, 0)) }));
    expect(noFix?.hasGps).toBe(false);
    const fix = await readExif(tiff(true, { ifd0: CAMERA, gps: gps(dms(38, 2, 4791, 100)) }));
    expect(fix?.hasGps).toBe(true);
  });

  it('gives nothing for bytes that are not TIFF, or an IFD0 with none of the shown tags', () => {
    expect(compactTiff(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBeUndefined();
    expect(compactTiff(new Uint8Array([0x49, 0x49, 42, 0, 0xff, 0xff, 0, 0]))).toBeUndefined();
    expect(compactTiff(tiff(true, { ifd0: [[282, RATIONAL, 1, dms(72, 1, 1).subarray(0, 8)]] }))).toBe(
      undefined,
    );
  });
});
