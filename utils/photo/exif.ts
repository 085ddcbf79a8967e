// The mini build (≈9 KB gzipped) reads only JPEG files, so every format's EXIF (a TIFF structure) is
// handed to it wrapped in a minimal JPEG APP1 segment: one small parser for all formats, and a small
// content-script bundle. Tag numbers are used because the mini build carries no tag dictionary.
import { parse } from 'exifr/dist/mini.esm.mjs';
import { compactTiff, SHOWN_TAGS } from './exif-compact';
import type { ExifSummary } from './types';

const TAG = {
  make: 271,
  model: 272,
  orientation: 274,
  software: 305,
  dateTimeOriginal: 36867,
  createDate: 36868,
  offsetTimeOriginal: 36881,
  gpsLatitude: 2,
  gpsLongitude: 4,
} as const;

/** An APP1 payload holds at most 65 535 − 8 bytes; larger TIFF blocks are cut (their tail is maker notes). */
const MAX_APP1_TIFF = 65_535 - 8;

export function wrapTiffAsJpeg(tiff: Uint8Array): Uint8Array {
  const body = tiff.subarray(0, MAX_APP1_TIFF);
  const out = new Uint8Array(body.length + 14);
  const segmentLength = body.length + 8;
  out.set([0xff, 0xd8, 0xff, 0xe1, segmentLength >> 8, segmentLength & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  out.set(body, 12);
  // exifr scans up to two bytes before the end: close the file with EOI so the segment is seen.
  out.set([0xff, 0xd9], body.length + 12);
  return out;
}

type Block = Record<number, unknown> | undefined;

/** Control characters, zero-width and bidi controls, and the replacement character left by invalid UTF-8. */
const UNSHOWABLE = /[\p{Cc}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffd]+/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * An EXIF ASCII value ends at its first NUL: cameras pad the field after it with garbage, or give a count
 * that runs on into the next field. What is left is cleaned here, at the boundary, so no consumer ever
 * shows a control character.
 */
export function exifText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const nul = value.indexOf('\0');
  const cut = nul === -1 ? value : value.slice(0, nul);
  // Printable ASCII, nearly every camera's case, needs no more than a trim.
  const clean = (PRINTABLE_ASCII.test(cut) ? cut : cut.replace(UNSHOWABLE, ' ')).trim();
  return clean || undefined;
}

const text = exifText;

/** `2026:11:20 10:15:00` → `2026-11-20T10:15:00`, kept in the camera's local time. */
export function exifDateToIso(value: unknown): string | undefined {
  const raw = text(value);
  const m = raw?.match(/^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
  if (!m || m[1] === '0000') return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
}

function offset(value: unknown): string | undefined {
  const raw = text(value);
  return raw && /^[+-]\d{2}:\d{2}$/.test(raw) ? raw : undefined;
}

/**
 * Degrees, minutes, seconds as rationals: a GPS position. Cameras without a fix write 0/0 for each (exifr
 * gives NaN), which is no location at all.
 */
function isCoordinate(value: unknown): boolean {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return false;
  const parts = Array.from(value as ArrayLike<unknown>);
  return parts.length > 0 && parts.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** Parse a TIFF-structured EXIF block. Returns undefined when nothing useful is in it; never throws. */
export async function readExif(tiff: Uint8Array): Promise<ExifSummary | undefined> {
  // exifr is handed a compact copy: only the entries we show, each sound (see exif-compact.ts). A block
  // of any length fits an APP1 that way, and one bad entry costs only itself.
  const compact = compactTiff(tiff);
  if (!compact) return undefined;
  let out: { ifd0?: Block; exif?: Block; gps?: Block } | undefined;
  try {
    out = (await parse(wrapTiffAsJpeg(compact), {
      // Only the tags we show (exifr adds the IFD pointers as dependencies).
      ifd0: [...SHOWN_TAGS.ifd0],
      exif: [...SHOWN_TAGS.exif],
      gps: [...SHOWN_TAGS.gps],
      ifd1: false,
      interop: false,
      makerNote: false,
      userComment: false,
      // Revived dates would be built in the reader's time zone (DESIGN.md): keep the raw strings.
      reviveValues: false,
      translateValues: false,
      translateKeys: false,
      mergeOutput: false,
    })) as typeof out;
  } catch {
    return undefined;
  }
  if (!out) return undefined;
  const ifd0 = out.ifd0 ?? {};
  const exif = out.exif ?? {};
  const gps = out.gps ?? {};
  const orientation = Number(ifd0[TAG.orientation]);
  const summary: ExifSummary = {
    make: text(ifd0[TAG.make]),
    model: text(ifd0[TAG.model]),
    software: text(ifd0[TAG.software]),
    takenAt: exifDateToIso(exif[TAG.dateTimeOriginal]) ?? exifDateToIso(exif[TAG.createDate]),
    takenAtOffset: offset(exif[TAG.offsetTimeOriginal]),
    orientation: orientation >= 1 && orientation <= 8 ? orientation : 1,
    hasGps: isCoordinate(gps[TAG.gpsLatitude]) && isCoordinate(gps[TAG.gpsLongitude]),
  };
  const hasAnything =
    summary.make || summary.model || summary.software || summary.takenAt || summary.hasGps || orientation;
  return hasAnything ? summary : undefined;
}
