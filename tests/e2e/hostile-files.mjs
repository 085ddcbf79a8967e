// Hostile and broken files for the Check photos page, made at test time into a temp dir: real JPEG, PNG
// and HEIC photos cut short and with bytes flipped, zip bombs of every kind, pixel bombs (headers that
// declare 60 000 × 60 000), an unknown format, an empty file, and a file named with markup.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';

const photos = join(new URL('../..', import.meta.url).pathname, 'tests/fixtures/photos');
const read = (p) => new Uint8Array(readFileSync(join(photos, p)));

// ---- zips written by hand, for what no zip tool writes ----

/**
 * entries: {name, data, deflate?, declaredSize?, compressed?}; `compressed`: deflated bytes stored as
 * given (so one body can serve thousands of entries). shareFirstLocalHeader: every entry points at the
 * first one's bytes.
 */
export function buildZip(entries, { shareFirstLocalHeader = false } = {}) {
  const enc = new TextEncoder();
  const parts = [];
  const central = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const name = enc.encode(e.name);
    const body = e.compressed ?? (e.deflate ? new Uint8Array(deflateRawSync(e.data)) : e.data);
    const method = e.compressed || e.deflate ? 8 : 0;
    const size = e.declaredSize ?? e.data.length;
    const shared = shareFirstLocalHeader && i > 0;
    const localOffset = shared ? 0 : offset;
    if (!shared) {
      const local = Buffer.alloc(30 + name.length);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(0x800, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      local.set(name, 30);
      parts.push(local, body);
      offset += local.length + body.length;
    }
    const cd = Buffer.alloc(46 + name.length);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(localOffset, 42);
    cd.set(name, 46);
    central.push(cd);
  });
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, eocd]);
}

// ---- zips of zips: the attack of issue 19 (item 3) ----

const MiB = 1024 * 1024;
/** `n` entries that each declare 1 MiB of zeros, sharing one deflated body (about 1 KB): ~1000:1 each. */
function zerosEntries(n, prefix = 'IMG_') {
  const zeros = new Uint8Array(deflateRawSync(Buffer.alloc(MiB), { level: 9 }));
  return Array.from({ length: n }, (_, i) => ({
    name: `${prefix}${i}.jpg`,
    data: new Uint8Array(0),
    compressed: zeros,
    declaredSize: MiB,
  }));
}

/**
 * A 0.6 MB zip of 64 zips, each of 850 entries declaring 1 MiB of zeros: 54 400 photos and 53 GiB
 * declared. Each inner zip stays under 1 MiB and each entry at 1 MiB, where the ratio was not checked
 * before; each zip alone was under every limit.
 */
export function zipOfZipsBomb(zips = 64, perZip = 850) {
  const inner = buildZip(zerosEntries(perZip));
  const deflated = new Uint8Array(deflateRawSync(inner, { level: 9 }));
  return buildZip(
    Array.from({ length: zips }, (_, i) => ({
      name: `part-${i}.zip`,
      data: new Uint8Array(0),
      compressed: deflated,
      declaredSize: inner.length,
    })),
  );
}

/** A flat zip of 1 000 × 1 MiB entries at ~1000:1: small entries escaped the ratio check. */
export const smallEntriesBomb = () => buildZip(zerosEntries(1000));

// ---- pixel bombs: tiny files whose headers declare 60 000 × 60 000 (3.6 gigapixels) ----

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
export function pngBomb(w = 60_000, h = 60_000) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  // A first row of zeros, deflated: a decoder that trusted the header would allocate 10.8 GB.
  const idat = Buffer.from(deflateRawSync(Buffer.alloc(w * 3 + 1)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.concat([Buffer.from([0x78, 0x9c]), idat])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
export function jpegBomb(w = 60_000, h = 60_000) {
  // A real small JPEG whose SOF0 frame header is rewritten to declare w × h.
  const bytes = Buffer.from(read('generated/email-downsized-640.jpg'));
  for (let i = 2; i < bytes.length - 9; ) {
    if (bytes[i] !== 0xff) throw new Error('jpegBomb: lost the segment chain');
    const marker = bytes[i + 1];
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3) {
      bytes.writeUInt16BE(h, i + 5);
      bytes.writeUInt16BE(w, i + 7);
      return bytes;
    }
    i += 2 + length;
  }
  throw new Error('jpegBomb: no SOF');
}
export function webpBomb(w = 60_000, h = 60_000) {
  // VP8X: canvas width-1 and height-1 in 24 bits each.
  const vp8x = Buffer.alloc(10);
  vp8x.writeUIntLE(w - 1, 4, 3);
  vp8x.writeUIntLE(h - 1, 7, 3);
  const chunk = Buffer.concat([Buffer.from('VP8X'), Buffer.from([10, 0, 0, 0]), vp8x]);
  const body = Buffer.concat([Buffer.from('WEBP'), chunk]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'ascii');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}
export function gifBomb(w = 60_000, h = 60_000) {
  const out = Buffer.alloc(13 + 10 + 4 + 1);
  out.write('GIF89a', 0, 'ascii');
  out.writeUInt16LE(w, 6);
  out.writeUInt16LE(h, 8);
  out[10] = 0; // no global colour table
  // One image descriptor as large as the screen, then a minimal LZW stream and the trailer.
  out[13] = 0x2c;
  out.writeUInt16LE(w, 18);
  out.writeUInt16LE(h, 20);
  out.set([0x02, 0x02, 0x44, 0x01, 0x00], 23 - 0);
  out[out.length - 1] = 0x3b;
  return out;
}

// ---- the set ----

/** Cut lengths: the first bytes, inside the header, and through the body. */
function cutsOf(bytes, label, ext) {
  const lengths = [1, 2, 3, 8, 16, 64, 200, 600, 2048, 8192, 32 * 1024, Math.floor(bytes.length / 2)];
  return lengths.filter((n) => n < bytes.length).map((n) => [`cut-${label}-${n}.${ext}`, bytes.slice(0, n)]);
}
function flipsOf(bytes, label, ext, seed) {
  let s = seed;
  const random = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  return [0, 1, 2].map((k) => {
    const copy = bytes.slice();
    // Flip bytes within the first 4 KB (markers, IHDR, boxes), where a flip breaks parsing.
    for (let i = 0; i < 16; i++) copy[Math.floor(random() * Math.min(4096, copy.length))] ^= 0xff;
    return [`flipped-${label}-${k}.${ext}`, copy];
  });
}

export const MARKUP_NAME = `<img src=x onerror="(window.__pwned=window.__pwned||[]).push('check')">"><svg onload="(window.__pwned=window.__pwned||[]).push('check-svg')">.jpg`;

/**
 * Writes the files into `dir` and returns [{ file, kind }]; kind says what the card must show:
 * 'error' (unreadable/refused) or 'bomb' (a pixel bomb: measured from the header, never decoded).
 */
export function writeHostileFiles(dir) {
  mkdirSync(dir, { recursive: true });
  const jpeg = read('generated/good-3000.jpg');
  const png = read('generated/screenshot-1170x2532.png');
  const heic = read('exifr/heic-iphone7.heic');
  const files = [];
  const add = (name, bytes, kind) => {
    writeFileSync(join(dir, name), bytes);
    files.push({ file: name, kind });
  };
  for (const [n, b] of [
    ...cutsOf(jpeg, 'jpeg', 'jpg'),
    ...cutsOf(png, 'png', 'png'),
    ...cutsOf(heic, 'heic', 'heic'),
  ])
    add(n, b, 'cut');
  for (const [n, b] of [
    ...flipsOf(jpeg, 'jpeg', 'jpg', 1),
    ...flipsOf(png, 'png', 'png', 2),
    ...flipsOf(heic, 'heic', 'heic', 3),
  ])
    add(n, b, 'flipped');

  // Zip bombs.
  add(
    'deflate-bomb.zip',
    buildZip([{ name: 'zeros.jpg', data: new Uint8Array(64 * 1024 * 1024), deflate: true }]),
    'error',
  );
  // Bytes that do not compress, so that the overlap is what refuses it (zeros would fail the ratio first).
  let seed = 7;
  const shared = new Uint8Array(256 * 1024).map(() => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed >> 16;
  });
  add(
    'overlapping-entries.zip',
    buildZip(
      Array.from({ length: 50 }, (_, i) => ({ name: `p${i}.jpg`, data: shared, deflate: true })),
      { shareFirstLocalHeader: true },
    ),
    'error',
  );
  /** @type {Record<string, Uint8Array>} */
  const many = {};
  for (let i = 0; i < 10_000; i++) many[`IMG_${i}.jpg`] = new Uint8Array(1);
  add('ten-thousand-entries.zip', Buffer.from(zipSync(many, { level: 0 })), 'error');
  // A zip of zips of zips, each inner zip a deflate bomb: one verdict for the whole tree.
  const innerBomb = buildZip([{ name: 'zeros.jpg', data: new Uint8Array(16 * 1024 * 1024), deflate: true }]);
  const middle = zipSync({ 'a.zip': innerBomb, 'b.zip': innerBomb }, { level: 0 });
  add(
    'nested-bomb.zip',
    Buffer.from(zipSync({ 'level1.zip': middle, 'bomb.zip': innerBomb }, { level: 0 })),
    'error',
  );
  add('zip-of-zips-bomb.zip', zipOfZipsBomb(), 'error');
  add('small-entries-bomb.zip', smallEntriesBomb(), 'error');
  // A real photo beside zips nested too deep: the photo is checked, the deep zips listed as not opened.
  const jpg = read('generated/email-downsized-640.jpg');
  const deep = zipSync({ 'deep.jpg': jpg });
  add(
    'nested-deep.zip',
    Buffer.from(zipSync({ 'level1.zip': zipSync({ 'a.zip': deep, 'b.zip': deep, 'front.jpg': jpg }) })),
    'nested',
  );
  add(
    'lying-size.zip',
    buildZip([
      { name: 'liar.jpg', data: new Uint8Array(8 * 1024 * 1024), deflate: true, declaredSize: 1000 },
    ]),
    'error',
  );

  // Pixel bombs.
  add('pixel-bomb-60000.png', pngBomb(), 'bomb');
  add('pixel-bomb-60000.jpg', jpegBomb(), 'bomb');
  add('pixel-bomb-60000.webp', webpBomb(), 'bomb');
  add('pixel-bomb-60000.gif', gifBomb(), 'bomb');

  // Not a photo at all, and nothing at all.
  add(
    'unknown-format.jpg',
    Buffer.from('%PDF-1.7\n% not a photo, whatever the name says\n'.repeat(50)),
    'error',
  );
  add('empty.jpg', Buffer.alloc(0), 'error');
  // A real photo, named with markup.
  add(MARKUP_NAME, read('generated/email-downsized-640.jpg'), 'named');
  return files;
}
