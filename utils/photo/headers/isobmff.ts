import type { ByteReader } from '../byte-reader';
import type { HeaderInfo } from '../types';
import { Cursor, exifPayload, fourcc, need, tryNeed, u32be } from './bytes';
import { HeaderError } from './errors';

/** The EXIF item is usually at the start of mdat; one that lies further is skipped, not read for. */
const MAX_EXIF_END = 4 * 1024 * 1024;
/** A meta box is a few KB (a few hundred for big grids); beyond this something is wrong. */
const MAX_META_SIZE = 8 * 1024 * 1024;
/** The boxes of meta we read, found by type again after a box whose size is broken. */
const META_CHILDREN = ['pitm', 'iinf', 'iloc', 'iref', 'iprp', 'idat'] as const;
/** Top-level boxes we step over looking for meta (ftyp, free, mdat, ...). */
const MAX_TOP_BOXES = 64;

interface Box {
  type: string;
  /** Payload start (after size, type and any 64-bit size) and end. */
  data: number;
  end: number;
}

interface Extent {
  offset: number;
  length: number;
}

interface Location {
  method: number;
  base: number;
  extents: Extent[];
}

/**
 * HEIF applies irot and imir in the order the primary item lists them. We report them in one fixed form:
 * first turn `rotation` degrees anticlockwise, then, if `mirror`, flip left-right. A flip before a turn
 * reverses the turn, and a top-bottom flip is a left-right flip plus a half turn.
 */
class Transform {
  rotation = 0;
  mirror = false;

  /** irot: anticlockwise, in quarter turns. */
  applyIrot(degrees: number): void {
    this.rotation = (this.rotation + (this.mirror ? 360 - degrees : degrees)) % 360;
  }

  /** imir: axis 0 is vertical (left-right flip), axis 1 horizontal (top-bottom flip). */
  applyImir(axis: number): void {
    this.mirror = !this.mirror;
    if (axis === 1) this.rotation = (this.rotation + 180) % 360;
  }
}

/** The box whose header is at pos; `limit` is the end of its parent (or of the file). */
function boxAt(b: Uint8Array, pos: number, limit: number): Box {
  const c = new Cursor(b, pos, limit);
  let size = c.u32();
  const type = c.fourcc();
  if (size === 1) size = c.u64();
  else if (size === 0) size = limit - pos; // extends to the end of its parent
  if (size < c.pos - pos || pos + size > limit)
    throw new HeaderError('corrupt', `box ${type} has a bad size`);
  return { type, data: c.pos, end: pos + size };
}

/** Cursor over a full box's payload, past its version and flags. */
function fullBox(b: Uint8Array, box: Box): { c: Cursor; version: number; flags: number } {
  const c = new Cursor(b, box.data, box.end);
  const version = c.u8();
  const flags = (c.u8() << 16) | c.u16();
  return { c, version, flags };
}

/**
 * HEIC and AVIF: find the top-level `meta` box, then the primary item's properties (ispe size, irot, imir)
 * and the location of its Exif item. The coded image data in mdat is never touched.
 */
export async function readIsobmff(reader: ByteReader, format: 'heic' | 'avif'): Promise<HeaderInfo> {
  const meta = await findMeta(reader);
  const b = reader.bytes;
  const { c } = fullBox(b, meta);

  let primary: number | undefined;
  const itemTypes = new Map<number, string>();
  const locations = new Map<number, Location>();
  const describes = new Map<number, number[]>(); // cdsc: metadata item -> items it describes
  let properties: Box[] = [];
  const associations = new Map<number, number[]>();
  let idat: Box | undefined;
  // A broken box costs what is in it, not the whole header: each is read on its own, what it held before
  // the damage is kept, and the damage is reported beside the numbers that could still be read.
  const damage: string[] = [];
  const tolerate = (what: string, read: () => void): void => {
    try {
      read();
    } catch (e) {
      if (!(e instanceof HeaderError) || e.code !== 'corrupt') throw e;
      damage.push(`${what}: ${e.message}`);
    }
  };

  for (const box of intactChildren(b, c.pos, meta.end, damage, 'meta', META_CHILDREN)) {
    if (box.type === 'pitm') {
      const { c: p, version } = fullBox(b, box);
      primary = version === 0 ? p.u16() : p.u32();
    } else if (box.type === 'iinf') tolerate('iinf', () => readIinf(b, box, itemTypes, damage));
    else if (box.type === 'iloc') tolerate('iloc', () => readIloc(b, box, locations));
    else if (box.type === 'iref') tolerate('iref', () => readIref(b, box, describes, damage));
    else if (box.type === 'idat') idat = box;
    else if (box.type === 'iprp') {
      for (const child of intactChildren(b, box.data, box.end, damage, 'iprp', ['ipco', 'ipma'])) {
        if (child.type === 'ipco') properties = intactChildren(b, child.data, child.end, damage, 'ipco');
        else if (child.type === 'ipma') tolerate('ipma', () => readIpma(b, child, associations));
      }
    }
  }
  const damaged = damage.length > 0 ? `damaged boxes (${damage.join('; ')})` : undefined;
  const corrupt = (message: string) =>
    new HeaderError('corrupt', damaged ? `${message}; ${damaged}` : message);
  if (primary === undefined) throw corrupt('no primary item (pitm)');

  let size: { width: number; height: number } | undefined;
  const turn = new Transform();
  for (const index of associations.get(primary) ?? []) {
    if (index === 0) continue; // 0 means no property
    const prop = properties[index - 1]; // property indices are 1-based
    // A property lost to damage may have been a rotation: a size we cannot orient is not given.
    if (!prop) {
      if (damaged) throw corrupt('a property of the primary item is in a damaged box');
      continue;
    }
    if (prop.type === 'ispe' && !size) {
      const { c: p } = fullBox(b, prop);
      size = { width: p.u32(), height: p.u32() };
    } else if (prop.type === 'irot') {
      turn.applyIrot((new Cursor(b, prop.data, prop.end).u8() & 3) * 90);
    } else if (prop.type === 'imir') {
      turn.applyImir(new Cursor(b, prop.data, prop.end).u8() & 1);
    }
  }
  const { rotation, mirror } = turn;
  if (!size) throw corrupt('the primary item has no size (ispe)');
  if (size.width === 0 || size.height === 0) throw corrupt('ispe gives a zero size');

  const exifItem = pickItem('Exif', itemTypes, describes, primary);
  const location = exifItem === undefined ? undefined : locations.get(exifItem);
  const exifTiff = location ? await readExifItem(reader, location, idat) : undefined;
  // With EXIF there, XMP is only a fallback: read it only if its bytes are already in memory.
  const xmp = await readXmpItem(
    reader,
    pickItem('xmp', itemTypes, describes, primary),
    locations,
    idat,
    exifTiff ? reader.length : MAX_EXIF_END,
  );

  const cut = endsBeforeImage(locations.get(primary), reader.total);
  const problems = [damaged, cut].filter(Boolean).join('; ');
  const info: HeaderInfo = {
    format,
    storedWidth: size.width,
    storedHeight: size.height,
    rotation,
    mirror,
    exifTiff,
    xmp,
  };
  if (problems) info.damaged = problems;
  return info;
}

/**
 * Child boxes, stepping over a box whose size is broken: the damage is noted and, where the children are
 * found by type (not by position, as ipco's are), the walk resumes at the next box of a type in `resync`.
 */
function intactChildren(
  b: Uint8Array,
  from: number,
  end: number,
  damage: string[],
  parent: string,
  resync: readonly string[] = [],
): Box[] {
  const out: Box[] = [];
  let pos = from;
  while (pos + 8 <= end) {
    let box: Box;
    try {
      box = boxAt(b, pos, end);
    } catch (e) {
      if (!(e instanceof HeaderError) || e.code !== 'corrupt') throw e;
      damage.push(`${parent}: ${e.message} at byte ${pos}`);
      const next = findBox(b, pos + 1, end, resync);
      if (next === undefined) break;
      pos = next;
      continue;
    }
    out.push(box);
    pos = box.end;
  }
  return out;
}

/** The next position in [from, end) where a whole box of one of `types` starts. */
function findBox(b: Uint8Array, from: number, end: number, types: readonly string[]): number | undefined {
  for (let p = from; p + 8 <= end; p++) {
    if (!types.includes(fourcc(b, p + 4))) continue;
    try {
      boxAt(b, p, end);
      return p;
    } catch {
      // a look-alike: keep looking
    }
  }
  return undefined;
}

/** The primary item's data (in the file itself) runs past the file's end: the image is cut short. */
function endsBeforeImage(loc: Location | undefined, total: number | undefined): string | undefined {
  if (loc?.method !== 0 || total === undefined) return undefined;
  const end = Math.max(...loc.extents.map((e) => loc.base + e.offset + e.length));
  return end > total ? `the file ends at byte ${total}, before the image data does (${end})` : undefined;
}

/** Walk top-level boxes to `meta` and have all of it in memory. Boxes before it (even mdat) are stepped over. */
async function findMeta(reader: ByteReader): Promise<Box> {
  let pos = 0;
  for (let i = 0; i < MAX_TOP_BOXES; i++) {
    let b = await need(reader, pos + 8, 'the meta box');
    const size32 = u32be(b, pos);
    // Size 0 means "to the end of the file": only the last box (mdat) does that, so no meta follows.
    if (size32 === 0) break;
    if (size32 === 1) b = await need(reader, pos + 16, 'a box size');
    const box = boxAt(b, pos, Number.MAX_SAFE_INTEGER);
    if (box.type === 'meta') {
      if (box.end - pos > MAX_META_SIZE)
        throw new HeaderError('corrupt', 'the meta box is implausibly large');
      await need(reader, box.end, 'the meta box');
      return box;
    }
    pos = box.end;
  }
  throw new HeaderError('corrupt', 'no meta box where a HEIF file has one');
}

function readIinf(b: Uint8Array, box: Box, into: Map<number, string>, damage: string[]): void {
  const { c, version } = fullBox(b, box);
  c.advance(version === 0 ? 2 : 4); // entry count: the child boxes say the same
  for (const infe of intactChildren(b, c.pos, box.end, damage, 'iinf', ['infe'])) {
    if (infe.type !== 'infe') continue;
    try {
      const { c: e, version: v } = fullBox(b, infe);
      if (v < 2) continue; // versions 0 and 1 carry no item type
      const id = v === 2 ? e.u16() : e.u32();
      e.advance(2); // protection index
      const type = e.fourcc();
      // XMP is a `mime` item whose content type follows the item name.
      into.set(id, type === 'mime' && mimeType(b, e) === XMP_MIME ? 'xmp' : type);
    } catch (e) {
      if (!(e instanceof HeaderError) || e.code !== 'corrupt') throw e;
      damage.push(`infe: ${e.message}`);
    }
  }
}

const XMP_MIME = 'application/rdf+xml';

/** infe's item name, then (for `mime` items) its content type: two NUL-terminated strings. */
function mimeType(b: Uint8Array, c: Cursor): string | undefined {
  const nameEnd = b.indexOf(0, c.pos);
  if (nameEnd < 0 || nameEnd >= c.end) return undefined;
  const typeEnd = b.indexOf(0, nameEnd + 1);
  if (typeEnd < 0 || typeEnd > c.end) return undefined;
  return String.fromCharCode(...b.subarray(nameEnd + 1, typeEnd));
}

function readIloc(b: Uint8Array, box: Box, into: Map<number, Location>): void {
  const { c, version } = fullBox(b, box);
  if (version > 2) throw new HeaderError('unsupported', `iloc version ${version}`);
  const sizes = c.u8();
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 15;
  const more = c.u8();
  const baseSize = more >> 4;
  const indexSize = version > 0 ? more & 15 : 0;
  const count = version < 2 ? c.u16() : c.u32();
  for (let i = 0; i < count; i++) {
    const id = version < 2 ? c.u16() : c.u32();
    const method = version > 0 ? c.u16() & 15 : 0;
    c.advance(2); // data reference index: 0 means this file
    const base = c.uint(baseSize);
    const extentCount = c.u16();
    const extents: Extent[] = [];
    for (let j = 0; j < extentCount; j++) {
      if (indexSize > 0) c.uint(indexSize);
      extents.push({ offset: c.uint(offsetSize), length: c.uint(lengthSize) });
    }
    into.set(id, { method, base, extents });
  }
}

function readIref(b: Uint8Array, box: Box, into: Map<number, number[]>, damage: string[]): void {
  const { c, version } = fullBox(b, box);
  for (const ref of intactChildren(b, c.pos, box.end, damage, 'iref')) {
    if (ref.type !== 'cdsc') continue;
    const r = new Cursor(b, ref.data, ref.end);
    const id = () => (version === 0 ? r.u16() : r.u32());
    const from = id();
    const count = r.u16();
    const to: number[] = [];
    for (let i = 0; i < count; i++) to.push(id());
    into.set(from, to);
  }
}

function readIpma(b: Uint8Array, box: Box, into: Map<number, number[]>): void {
  const { c, version, flags } = fullBox(b, box);
  const count = c.u32();
  for (let i = 0; i < count; i++) {
    const id = version < 1 ? c.u16() : c.u32();
    const n = c.u8();
    const list: number[] = [];
    // Each association is an essential bit then a 7-bit index, or 15 bits when flags & 1.
    for (let j = 0; j < n; j++) list.push(flags & 1 ? c.u16() & 0x7fff : c.u8() & 0x7f);
    // Kept only once the whole entry is read: half an entry could drop a rotation.
    into.set(id, [...(into.get(id) ?? []), ...list]);
  }
}

/** The item of a type that describes the primary image (cdsc), else the first of that type. */
function pickItem(
  type: string,
  types: Map<number, string>,
  describes: Map<number, number[]>,
  primary: number,
): number | undefined {
  const items = [...types].filter(([, t]) => t === type).map(([id]) => id);
  return items.find((id) => describes.get(id)?.includes(primary)) ?? items[0];
}

/** The XMP item's bytes (a capture-time fallback when EXIF has none). */
async function readXmpItem(
  reader: ByteReader,
  item: number | undefined,
  locations: Map<number, Location>,
  idat: Box | undefined,
  within: number,
): Promise<Uint8Array | undefined> {
  const location = item === undefined ? undefined : locations.get(item);
  return location ? readItem(reader, location, idat, within) : undefined;
}

/**
 * Gather the Exif item's bytes (in the file, or in meta's idat) and skip its 4-byte big-endian offset to the
 * TIFF header. Missing or far-away data just means no EXIF; it is never a reason to fail the header.
 */
async function readExifItem(
  reader: ByteReader,
  loc: Location,
  idat: Box | undefined,
): Promise<Uint8Array | undefined> {
  const data = await readItem(reader, loc, idat);
  if (!data || data.length < 8) return undefined;
  return exifPayload(data, 4 + u32be(data, 0), data.length);
}

/** An item's bytes, in the file or in meta's idat, when they end within `within`; else undefined. */
async function readItem(
  reader: ByteReader,
  loc: Location,
  idat: Box | undefined,
  within = MAX_EXIF_END,
): Promise<Uint8Array | undefined> {
  let origin: number;
  if (loc.method === 0) origin = loc.base;
  else if (loc.method === 1 && idat) origin = idat.data + loc.base;
  else return undefined; // construction from other items: not worth it for metadata
  if (loc.extents.length === 0 || loc.extents.length > 16) return undefined;

  const parts: Extent[] = loc.extents.map((e) => ({ offset: origin + e.offset, length: e.length }));
  const end = Math.max(...parts.map((e) => e.offset + e.length));
  if (parts.some((e) => e.length === 0) || end > within) return undefined;
  const b = await tryNeed(reader, end);
  if (!b) return undefined;

  const total = parts.reduce((sum, e) => sum + e.length, 0);
  const data = new Uint8Array(total);
  let at = 0;
  for (const e of parts) {
    data.set(b.subarray(e.offset, e.offset + e.length), at);
    at += e.length;
  }
  return data;
}
