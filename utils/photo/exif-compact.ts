// A small copy of an EXIF (TIFF) block holding only the entries we show. Two reasons:
// - exifr's mini build reads EXIF from a JPEG APP1, which holds at most 64 KB; a HEIF Exif item, a TIFF
//   file's front, a PNG eXIf or a WebP EXIF chunk can be longer, with IFD0 or the Exif IFD past 64 KB.
// - exifr reads an IFD all or nothing; exiftool drops one bad entry (a type 0, a value past the block)
//   and reads the rest. The copy keeps only entries whose type and value are sound.
// Pure: bytes in, bytes out; never throws.

/** The tags readExif shows, by IFD. */
export const SHOWN_TAGS = {
  ifd0: [271, 272, 274, 305], // Make, Model, Orientation, Software
  exif: [36867, 36868, 36881], // DateTimeOriginal, CreateDate, OffsetTimeOriginal
  gps: [1, 2, 3, 4], // latitude and longitude with their N/S, E/W references
} as const;

const EXIF_IFD = 34665;
const GPS_IFD = 34853;

/** Bytes per value of each TIFF type (1–13); 0 for no such type. */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
/** A make, model, date or GPS triple is tens of bytes; a longer value for one of these tags is not real. */
const MAX_VALUE_BYTES = 4096;
/** IFDs list tens of entries; a count beyond this is a broken directory, read no further than it. */
const MAX_ENTRIES = 1024;

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** The value's bytes, in the block's byte order. */
  value: Uint8Array;
}

function reader(tiff: Uint8Array) {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const le = tiff[0] === 0x49;
  return {
    le,
    u16: (p: number) => view.getUint16(p, le),
    u32: (p: number) => view.getUint32(p, le),
  };
}

/** The entries of the IFD at `offset` whose tag is wanted and whose value lies inside the block. */
function readIfd(tiff: Uint8Array, offset: number, wanted: ReadonlySet<number>): Entry[] {
  const { u16, u32 } = reader(tiff);
  if (offset < 8 || offset + 2 > tiff.length) return [];
  const count = Math.min(u16(offset), MAX_ENTRIES);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const e = offset + 2 + i * 12;
    if (e + 12 > tiff.length) break; // the count runs past the block: keep what was read
    const tag = u16(e);
    if (!wanted.has(tag) || out.some((x) => x.tag === tag)) continue;
    const type = u16(e + 2);
    const count = u32(e + 4);
    const size = (TYPE_SIZE[type] ?? 0) * count;
    if (size === 0 || size > MAX_VALUE_BYTES) continue;
    const at = size <= 4 ? e + 8 : u32(e + 8);
    if (at + size > tiff.length) continue;
    out.push({ tag, type, count, value: tiff.subarray(at, at + size) });
  }
  return out;
}

/** The offset an IFD0 pointer entry holds (a single LONG, or the IFD type some writers use). */
function pointer(entries: Entry[], tag: number, le: boolean): number | undefined {
  const e = entries.find((x) => x.tag === tag);
  if (e?.count !== 1 || (e.type !== 4 && e.type !== 13)) return undefined;
  return new DataView(e.value.buffer, e.value.byteOffset, 4).getUint32(0, le);
}

/**
 * IFD0, the Exif IFD and the GPS IFD with only the shown tags, in the block's own byte order; undefined
 * when the bytes are not TIFF or hold none of those tags. A few hundred bytes, whatever the block's size.
 */
export function compactTiff(tiff: Uint8Array): Uint8Array | undefined {
  if (tiff.length < 8) return undefined;
  const order =
    tiff[0] === 0x49 && tiff[1] === 0x49 ? 'II' : tiff[0] === 0x4d && tiff[1] === 0x4d ? 'MM' : '';
  if (!order) return undefined;
  const { le, u16, u32 } = reader(tiff);
  if (u16(2) !== 42) return undefined;

  const ifd0 = readIfd(tiff, u32(4), new Set([...SHOWN_TAGS.ifd0, EXIF_IFD, GPS_IFD]));
  const exifAt = pointer(ifd0, EXIF_IFD, le);
  const gpsAt = pointer(ifd0, GPS_IFD, le);
  const exif = exifAt === undefined ? [] : readIfd(tiff, exifAt, new Set(SHOWN_TAGS.exif));
  const gps = gpsAt === undefined ? [] : readIfd(tiff, gpsAt, new Set(SHOWN_TAGS.gps));
  // A pointer to an IFD with nothing we show is dropped with it.
  const main = ifd0.filter(
    (e) => (e.tag !== EXIF_IFD || exif.length > 0) && (e.tag !== GPS_IFD || gps.length > 0),
  );
  if (main.length === 0) return undefined;

  const ifdSize = (n: number) => 2 + n * 12 + 4;
  const dirs = [main, exif, gps];
  const dirAt: number[] = [];
  let size = 8;
  for (const d of dirs) {
    dirAt.push(size);
    size += d.length ? ifdSize(d.length) : 0;
  }
  let valuesAt = size;
  for (const d of dirs)
    for (const e of d) if (e.value.length > 4) size += e.value.length + (e.value.length & 1);

  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = out[1] = order.charCodeAt(0);
  view.setUint16(2, 42, le);
  view.setUint32(4, 8, le);
  dirs.forEach((d, i) => {
    if (!d.length) return;
    let p = dirAt[i];
    view.setUint16(p, d.length, le);
    p += 2;
    for (const e of d) {
      view.setUint16(p, e.tag, le);
      view.setUint16(p + 2, e.type, le);
      view.setUint32(p + 4, e.count, le);
      if (e.tag === EXIF_IFD && i === 0) view.setUint32(p + 8, dirAt[1], le);
      else if (e.tag === GPS_IFD && i === 0) view.setUint32(p + 8, dirAt[2], le);
      else if (e.value.length <= 4) out.set(e.value, p + 8);
      else {
        view.setUint32(p + 8, valuesAt, le);
        out.set(e.value, valuesAt);
        valuesAt += e.value.length + (e.value.length & 1);
      }
      p += 12;
    }
    view.setUint32(p, 0, le); // no next IFD: the thumbnail's IFD1 is not copied
  });
  return out;
}
