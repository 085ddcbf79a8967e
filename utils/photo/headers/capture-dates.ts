// Capture time from where editors and some phones put it when EXIF has none: XMP (exif:DateTimeOriginal,
// then photoshop:DateCreated) and IPTC (DateCreated 2:55 with TimeCreated 2:60). Only a fallback: the
// pipeline uses it when the EXIF block gives no DateTimeOriginal or CreateDate.
import type { CaptureDate } from '../types';
import { fourcc, u16be, u32be } from './bytes';

/** `YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM]`: a date without a time is not a capture time we can show. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

function validDate(y: string, mo: string, d: string, h: string, mi: string, s: string): boolean {
  return (
    y !== '0000' &&
    Number(mo) >= 1 &&
    Number(mo) <= 12 &&
    Number(d) >= 1 &&
    Number(d) <= 31 &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s) <= 60
  );
}

function zone(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw === 'Z') return '+00:00';
  return raw.includes(':') ? raw : `${raw.slice(0, 3)}:${raw.slice(3)}`;
}

/** An XMP date as the pipeline keeps capture times: local time as written, the zone apart. */
export function xmpDateToCapture(value: string): CaptureDate | undefined {
  const m = value.trim().match(ISO);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', z] = m;
  if (!validDate(y, mo, d, h, mi, s)) return undefined;
  return { takenAt: `${y}-${mo}-${d}T${h}:${mi}:${s}`, offset: zone(z), source: 'xmp' };
}

/** The value of an XMP property written either as an attribute or as an element. */
function xmpProperty(xml: string, name: string): string | undefined {
  const escaped = name.replace('.', '\\.');
  const attr = xml.match(new RegExp(`${escaped}\\s*=\\s*["']([^"']{0,64})["']`));
  if (attr) return attr[1];
  return xml.match(new RegExp(`<${escaped}>([^<]{0,64})</${escaped}>`))?.[1];
}

/** XMP packet text (UTF-8) → capture time, exif:DateTimeOriginal first. */
export function captureFromXmp(packet: Uint8Array): CaptureDate | undefined {
  // A packet is a few KB; a huge one is not worth decoding whole for one date.
  const xml = new TextDecoder('utf-8', { fatal: false }).decode(packet.subarray(0, 256 * 1024));
  for (const name of ['exif:DateTimeOriginal', 'photoshop:DateCreated']) {
    const value = xmpProperty(xml, name);
    const date = value === undefined ? undefined : xmpDateToCapture(value);
    if (date) return date;
  }
  return undefined;
}

const ascii = (b: Uint8Array, p: number, n: number): string => String.fromCharCode(...b.subarray(p, p + n));

/** IPTC-IIM datasets of record 2 (application) in [start, end): number → text. */
function iptcDatasets(b: Uint8Array, start: number, end: number): Map<number, string> {
  const out = new Map<number, string>();
  let p = start;
  while (p + 5 <= end && b[p] === 0x1c) {
    const record = b[p + 1];
    const dataset = b[p + 2];
    const length = u16be(b, p + 3);
    if (length & 0x8000) break; // extended length: never used for dates, and we stop at what we do not need
    const data = p + 5;
    if (data + length > end) break;
    if (record === 2 && !out.has(dataset) && length <= 32) out.set(dataset, ascii(b, data, length));
    p = data + length;
  }
  return out;
}

/** IPTC DateCreated `CCYYMMDD` + TimeCreated `HHMMSS±HHMM` (or the digital-creation pair) → capture time. */
export function captureFromIptc(b: Uint8Array, start: number, end: number): CaptureDate | undefined {
  const sets = iptcDatasets(b, start, end);
  for (const [dateSet, timeSet] of [
    [55, 60],
    [62, 63],
  ]) {
    const date = sets.get(dateSet)?.match(/^(\d{4})(\d{2})(\d{2})$/);
    const time = sets.get(timeSet)?.match(/^(\d{2})(\d{2})(\d{2})([+-]\d{4})?$/);
    if (!date || !time) continue;
    const [, y, mo, d] = date;
    const [, h, mi, s, z] = time;
    if (!validDate(y, mo, d, h, mi, s)) continue;
    return { takenAt: `${y}-${mo}-${d}T${h}:${mi}:${s}`, offset: zone(z), source: 'iptc' };
  }
  return undefined;
}

/**
 * A Photoshop image resource block (JPEG APP13 after `Photoshop 3.0\0`, TIFF tag 33723 holds bare IPTC):
 * `8BIM`, resource id, padded Pascal name, size, data padded to even. Resource 0x0404 is IPTC-IIM.
 */
export function captureFromPhotoshop(b: Uint8Array, start: number, end: number): CaptureDate | undefined {
  let p = start;
  for (let i = 0; i < 256 && p + 12 <= end; i++) {
    if (fourcc(b, p) !== '8BIM') return undefined;
    const id = u16be(b, p + 4);
    const nameLength = b[p + 6];
    const sizeAt = p + 6 + ((nameLength + 2) & ~1);
    if (sizeAt + 4 > end) return undefined;
    const size = u32be(b, sizeAt);
    const data = sizeAt + 4;
    if (data + size > end) return undefined;
    if (id === 0x0404) return captureFromIptc(b, data, data + size);
    p = data + size + (size & 1);
  }
  return undefined;
}
