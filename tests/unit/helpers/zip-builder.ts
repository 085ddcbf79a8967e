// Hand-built zips for hostile cases fflate would never write: lying sizes, shared bytes, GBK names.
import { deflateSync } from 'fflate';
import { crc32 } from '@/utils/store/crc32';

export interface RawEntry {
  name: Uint8Array | string;
  data: Uint8Array;
  deflate?: boolean;
  /** Override the uncompressed size written in the central directory. */
  declaredSize?: number;
  utf8Flag?: boolean;
  /** Deflated bytes to store as they are (method 8), e.g. one deflated body shared by many entries. */
  compressed?: Uint8Array;
}

const enc = new TextEncoder();

export function buildZip(
  entries: RawEntry[],
  options: { shareFirstLocalHeader?: boolean } = {},
): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let firstOffset = 0;
  entries.forEach((e, i) => {
    const name = typeof e.name === 'string' ? enc.encode(e.name) : e.name;
    const body = e.compressed ?? (e.deflate ? deflateSync(e.data) : e.data);
    const flags = e.utf8Flag ? 0x800 : 0;
    const method = e.compressed || e.deflate ? 8 : 0;
    const size = e.declaredSize ?? e.data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc32(e.data), true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const localOffset = options.shareFirstLocalHeader && i > 0 ? firstOffset : offset;
    if (!(options.shareFirstLocalHeader && i > 0)) {
      if (i === 0) firstOffset = offset;
      parts.push(local, body);
      offset += local.length + body.length;
    }
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc32(e.data), true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, localOffset, true);
    cd.set(name, 46);
    central.push(cd);
  });
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, eocd];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of all) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
