import type { ByteReader } from '../byte-reader';
import { HeaderError } from './errors';

/**
 * Have bytes [0, end) in memory or throw 'truncated'. Returns the reader's current bytes (re-read it after
 * every call: the reader may have swapped its buffer). A declared end past a known total fails without reading.
 */
export async function need(reader: ByteReader, end: number, what: string): Promise<Uint8Array> {
  if (!Number.isSafeInteger(end) || end < 0)
    throw new HeaderError('corrupt', `impossible offset for ${what}`);
  if (reader.total !== undefined && end > reader.total) {
    throw new HeaderError('truncated', `the file ends before ${what}`);
  }
  if ((await upTo(reader, end)) < end) throw new HeaderError('truncated', `the file ends before ${what}`);
  return reader.bytes;
}

/** Read up to `end` or the end of the file, whichever comes first; returns how many bytes are there. */
export async function upTo(reader: ByteReader, end: number): Promise<number> {
  try {
    return await reader.ensure(end);
  } catch (e) {
    throw new HeaderError('read-failed', 'could not read the photo', { cause: e });
  }
}

/** Like need() but never throws 'truncated': for optional data (EXIF) that may lie past the end. */
export async function tryNeed(reader: ByteReader, end: number): Promise<Uint8Array | undefined> {
  try {
    return await need(reader, end, 'optional data');
  } catch (e) {
    if (e instanceof HeaderError && (e.code === 'truncated' || e.code === 'corrupt')) return undefined;
    throw e;
  }
}

export const u16be = (b: Uint8Array, p: number): number => (b[p] << 8) | b[p + 1];
export const u16le = (b: Uint8Array, p: number): number => b[p] | (b[p + 1] << 8);
export const u32be = (b: Uint8Array, p: number): number =>
  b[p] * 0x1000000 + ((b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]);
export const u32le = (b: Uint8Array, p: number): number =>
  b[p + 3] * 0x1000000 + ((b[p + 2] << 16) | (b[p + 1] << 8) | b[p]);

/** Four ASCII characters, as box and chunk types are written. */
export const fourcc = (b: Uint8Array, p: number): string =>
  String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);

/** True when the bytes at p start a TIFF header (II*\0 or MM\0*), which is what EXIF is. */
export function isTiffHeader(b: Uint8Array, p = 0): boolean {
  if (p + 4 > b.length) return false;
  return (
    (b[p] === 0x49 && b[p + 1] === 0x49 && b[p + 2] === 0x2a && b[p + 3] === 0x00) ||
    (b[p] === 0x4d && b[p + 1] === 0x4d && b[p + 2] === 0x00 && b[p + 3] === 0x2a)
  );
}

/** `Exif\0\0`, which some writers put before the TIFF header even where the format does not ask for it. */
export function startsWithExifMarker(b: Uint8Array, p = 0): boolean {
  return (
    p + 6 <= b.length &&
    b[p] === 0x45 &&
    b[p + 1] === 0x78 &&
    b[p + 2] === 0x69 &&
    b[p + 3] === 0x66 &&
    b[p + 4] === 0 &&
    (b[p + 5] === 0 || b[p + 5] === 0xff)
  );
}

/** A copy of the TIFF bytes in [start, end), skipping an `Exif\0\0` prefix; undefined when it is not TIFF. */
export function exifPayload(b: Uint8Array, start: number, end: number): Uint8Array | undefined {
  let p = start;
  if (startsWithExifMarker(b, p)) p += 6;
  if (end - p < 8 || !isTiffHeader(b, p)) return undefined;
  return b.slice(p, end);
}

/**
 * A bounds-checked big-endian cursor over [pos, end) of a buffer, for box structures whose counts come from
 * the file: reading past `end` throws 'corrupt', so a lying count can never run a loop past its box.
 */
export class Cursor {
  constructor(
    readonly b: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}

  get left(): number {
    return this.end - this.pos;
  }

  private take(n: number): number {
    if (this.pos + n > this.end) throw new HeaderError('corrupt', 'a box is shorter than its fields');
    const p = this.pos;
    this.pos += n;
    return p;
  }

  advance(n: number): void {
    this.take(n);
  }

  u8(): number {
    return this.b[this.take(1)];
  }

  u16(): number {
    return u16be(this.b, this.take(2));
  }

  u32(): number {
    return u32be(this.b, this.take(4));
  }

  /** A 64-bit value; offsets beyond 2^53 cannot be real in a browser and count as corrupt. */
  u64(): number {
    const p = this.take(8);
    const hi = u32be(this.b, p);
    if (hi >= 0x200000) throw new HeaderError('corrupt', 'a 64-bit size is out of range');
    return hi * 0x100000000 + u32be(this.b, p + 4);
  }

  /** An unsigned integer of 0, 1, 2, 4 or 8 bytes, as iloc declares its field sizes. */
  uint(size: number): number {
    switch (size) {
      case 0:
        return 0;
      case 1:
        return this.u8();
      case 2:
        return this.u16();
      case 4:
        return this.u32();
      case 8:
        return this.u64();
      default:
        throw new HeaderError('corrupt', `unsupported field size ${size}`);
    }
  }

  fourcc(): string {
    return fourcc(this.b, this.take(4));
  }
}
