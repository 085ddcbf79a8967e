// The reuse check's index: which filed photos have a dHash within a few bits of a new one, without
// walking 200,000 keys. Multi-index hashing, as components/desk/near-index.ts does in memory, kept in
// IndexedDB: the 64-bit dHash is cut into 9 chunks (eight of 7 bits, one of 8), and each photo is
// listed in one bucket per chunk, keyed by the chunk's value. Two hashes at most d bits apart differ in
// at most floor(d / 9) bits of some chunk (pigeonhole): for the default 8 bits, some chunk is equal, so
// a query reads 9 buckets (one request each: Chromium serves IndexedDB requests one after another, and
// 70 requests for smaller buckets measured slower), then compares their entries in full. A bucket's
// entries are one string (a structured clone of one string is cheap; of thousands, not), each entry 40
// one-byte characters (schema v8; 80 hex digits before): the dHash's 8 bytes and the sha256's 32. At
// 200,000 photos a query that reads the last chunk reads 8 MB, not 16 MB (measured: 735 ms of a cold
// 1 s query was that read).
// Buckets are written in the same transaction as the photo, so the index never disagrees with the
// records.
import { popcount32 } from '@/utils/photo/pixel-metrics';
import { dHashOf } from '@/utils/triage/checklist';
import type { Tx } from './tx';
import type { PhotoRecord } from './types';

export const CHUNK_BITS = [7, 7, 7, 7, 7, 7, 7, 7, 8] as const;
const STARTS = CHUNK_BITS.map((_, i) => CHUNK_BITS.slice(0, i).reduce((a, b) => a + b, 0));
const HEX16 = /^[0-9a-f]{16}$/;

/** One bucket: every photo whose chunk `c` has this value, as entries (`entryOf`) end to end. */
export interface NearBucket {
  key: string;
  entries: string;
}

/** Characters an entry takes: the dHash's 8 bytes, then the sha256's 32, one byte a character. */
const ENTRY = 40;

/** Hex digits as one-byte characters, two digits each. */
function bytesOfHex(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 2)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  return out;
}

/** One-byte characters as hex digits. */
function hexOfBytes(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes.charCodeAt(i).toString(16).padStart(2, '0');
  return out;
}

/** A photo's entry in a bucket: its (indexed, lower-case) hash and its sha256. */
export const entryOf = (hash: string, sha256: string): string => bytesOfHex(hash) + bytesOfHex(sha256);

/** The 32-bit word from character `at` of a bucket's entries. */
function wordAt(text: string, at: number): number {
  return (
    ((text.charCodeAt(at) << 24) |
      (text.charCodeAt(at + 1) << 16) |
      (text.charCodeAt(at + 2) << 8) |
      text.charCodeAt(at + 3)) >>>
    0
  );
}

/** An entry as hex: the photo's hash and sha256. */
export function decodeEntry(entry: string): { hash: string; sha256: string } {
  return { hash: hexOfBytes(entry.slice(0, 8)), sha256: hexOfBytes(entry.slice(8, ENTRY)) };
}

/**
 * Not a bucket: a fresh random tag written with every change to the buckets, in the same transaction, so
 * a reader can keep the last chunk parsed in memory (`nearInBuckets`) and know from one small read that
 * it still holds (absent, nothing is cached: a store from before the tag, until its next write).
 */
export const VERSION_KEY = '~version';

/** A new version tag, to write with any change to the buckets. */
export const newVersion = (): NearBucket => ({ key: VERSION_KEY, entries: crypto.randomUUID() });

/** Whether a record of the store is a bucket (not the version tag). */
export const isBucket = (b: Pick<NearBucket, 'key'>) => b.key !== VERSION_KEY;

/** A bucket's entries, one string each. */
export function entriesOf(bucket: Pick<NearBucket, 'entries'>): string[] {
  const out: string[] = [];
  for (let i = 0; i < bucket.entries.length; i += ENTRY) out.push(bucket.entries.slice(i, i + ENTRY));
  return out;
}

const bucketKey = (chunk: number, value: number) => `${chunk}:${value}`;

/** The chunks' values of a 16-hex-digit hash, from its most significant bits. */
export function chunksOf(hex: string): number[] {
  const big = BigInt(`0x${hex}`);
  return CHUNK_BITS.map((bits, c) =>
    Number((big >> BigInt(64 - STARTS[c]! - bits)) & ((1n << BigInt(bits)) - 1n)),
  );
}

/** The hash the index files a photo under: normalised to lower case, or none. */
export function indexedHash(photo: Pick<PhotoRecord, 'dHash' | 'report'>): string | undefined {
  const hex = dHashOf(photo as PhotoRecord)?.toLowerCase();
  return hex && HEX16.test(hex) ? hex : undefined;
}

/** Every value within `flips` bits of `value` (of `bits` bits), itself first. */
function neighbours(value: number, bits: number, flips: number): number[] {
  const out = [value];
  const walk = (from: number, v: number, left: number) => {
    for (let b = from; b < bits; b++) {
      const next = v ^ (1 << b);
      out.push(next);
      if (left > 1) walk(b + 1, next, left - 1);
    }
  };
  if (flips > 0) walk(0, value, flips);
  return out;
}

type BucketTx = Pick<Tx<['nearBuckets'], 'readwrite'>, 'objectStore'>;

/** Files (or unfiles) one photo under its hash's buckets. */
export const updateBuckets = (
  tx: BucketTx,
  sha256: string,
  oldHash: string | undefined,
  newHash: string | undefined,
): Promise<void> => updateBucketsMany(tx, [{ sha256, oldHash, newHash }]);

/**
 * Files (or unfiles) many photos at once: each bucket they touch read and written once (a batch of
 * photos pulled from the team touches each of the 1,152 buckets many times; a bucket of a big store
 * holds hundreds of entries).
 */
export async function updateBucketsMany(
  tx: BucketTx,
  changes: readonly { sha256: string; oldHash: string | undefined; newHash: string | undefined }[],
): Promise<void> {
  // Bucket key → entries to take out and to put in.
  const edits = new Map<string, { out: Set<string>; in: string[] }>();
  const edit = (key: string) => {
    const e = edits.get(key) ?? { out: new Set<string>(), in: [] };
    edits.set(key, e);
    return e;
  };
  for (const { sha256, oldHash, newHash } of changes) {
    if (oldHash === newHash) continue;
    if (oldHash)
      for (const [c, v] of chunksOf(oldHash).entries())
        edit(bucketKey(c, v)).out.add(entryOf(oldHash, sha256));
    if (newHash)
      for (const [c, v] of chunksOf(newHash).entries())
        edit(bucketKey(c, v)).in.push(entryOf(newHash, sha256));
  }
  const os = tx.objectStore('nearBuckets');
  let changed = false;
  for (const [key, { out, in: added }] of edits) {
    const bucket = await os.get(key);
    const kept = bucket ? entriesOf(bucket).filter((e) => !out.has(e)) : [];
    const have = new Set(kept);
    for (const e of added)
      if (!have.has(e)) {
        kept.push(e);
        have.add(e);
      }
    const entries = kept.join('');
    if (entries === (bucket?.entries ?? '')) continue;
    if (entries.length) await os.put({ key, entries });
    else await os.delete(key);
    changed = true;
  }
  if (changed) await os.put(newVersion());
}

/** Pure: every bucket for these photos (migration, import). */
export function bucketsOf(photos: Iterable<Pick<PhotoRecord, 'sha256' | 'dHash' | 'report'>>): NearBucket[] {
  const buckets = new Map<string, string[]>();
  for (const p of photos) {
    const hash = indexedHash(p);
    if (!hash) continue;
    for (const [c, v] of chunksOf(hash).entries()) {
      const key = bucketKey(c, v);
      const list = buckets.get(key);
      if (list) list.push(entryOf(hash, p.sha256));
      else buckets.set(key, [entryOf(hash, p.sha256)]);
    }
  }
  return [...buckets].map(([key, entries]) => ({ key, entries: entries.join('') }));
}

/**
 * Reading buckets costs what they hold: bucket (c, v) holds 1 / 2^bits(c) of the photos, and every photo
 * is in exactly one bucket of the last chunk. When the buckets asked for would hold more than this share
 * of the photos (an order's 40 hashes ask for ~316 buckets: ~2.5 times every photo, one request each),
 * the last chunk's buckets are read instead, in one request, and every entry compared: fewer bytes and
 * one request (measured: tests/bench store, "open an order").
 */
const SCAN_FROM = 0.5;
const LAST = CHUNK_BITS.length - 1;
/** Every bucket of the last chunk: keys `8:0` … `8:255`, and no other key starts with `8:`. */
const lastChunk = () => IDBKeyRange.bound(`${LAST}:`, `${LAST}:\uffff`);

const shareOf = (keys: Iterable<string>) => {
  let share = 0;
  for (const k of keys) share += 2 ** -CHUNK_BITS[Number(k.slice(0, k.indexOf(':')))]!;
  return share;
};

/** The last chunk's buckets, parsed: entry i's hash halves, and where its sha256 is in `texts`. */
interface ParsedChunk {
  hi: Uint32Array;
  lo: Uint32Array;
  texts: string[];
  bucket: Uint16Array;
  at: Uint32Array;
  /** The entries in the memory's buckets (made on first use): see MEMORY_BITS. */
  buckets?: MemoryBuckets;
}

/**
 * The memory's own buckets over the parsed entries: 5 chunks of 13, 13, 13, 13 and 12 bits, wider than
 * the store's (whose buckets must stay small records). Within 8 bits, some chunk differs in at most 1
 * (pigeonhole), so a hash asks for 5 × 14 buckets of n / 8,192 entries: ~1,700 compared at 200,000
 * photos (the store's 9 chunks: ~13,000). Bucket (c, v) is entries `ids[c][start[c][v]]` …
 * `ids[c][start[c][v + 1] - 1]`.
 */
const MEMORY_BITS = [13, 13, 13, 13, 12] as const;
const MEMORY_STARTS = MEMORY_BITS.map((_, i) => MEMORY_BITS.slice(0, i).reduce((a, b) => a + b, 0));

interface MemoryBuckets {
  start: Uint32Array[];
  ids: Uint32Array[];
}

/** The `bits` bits from bit `start` (0: the most significant) of the hash whose halves are `hi`, `lo`. */
function bitsAt(hi: number, lo: number, start: number, bits: number): number {
  const end = start + bits;
  const mask = (1 << bits) - 1;
  if (end <= 32) return (hi >>> (32 - end)) & mask;
  if (start >= 32) return (lo >>> (64 - end)) & mask;
  const fromLo = end - 32;
  return ((hi << fromLo) | (lo >>> (32 - fromLo))) & mask;
}

/** Pure: the parsed entries sorted into the memory's buckets (a counting sort per chunk). */
function bucketsInMemory({ hi, lo }: Pick<ParsedChunk, 'hi' | 'lo'>): MemoryBuckets {
  const out: MemoryBuckets = { start: [], ids: [] };
  for (const [c, bits] of MEMORY_BITS.entries()) {
    const from = MEMORY_STARTS[c]!;
    const first = new Uint32Array((1 << bits) + 1);
    for (let i = 0; i < hi.length; i++) first[bitsAt(hi[i]!, lo[i]!, from, bits) + 1]!++;
    for (let v = 1; v < first.length; v++) first[v]! += first[v - 1]!;
    const next = first.slice(0, -1);
    const ids = new Uint32Array(hi.length);
    for (let i = 0; i < hi.length; i++) ids[next[bitsAt(hi[i]!, lo[i]!, from, bits)]!++] = i;
    out.start.push(first);
    out.ids.push(ids);
  }
  return out;
}

/**
 * Entries `ids[from]` … `ids[to - 1]` (no ids: entries `from` … `to - 1`) against the hashes `qs` asked about: each one within `maxBits` of one
 * of them is pushed onto `hits` with its nearest distance (entry, distance). One function for every call,
 * not a closure per query, so the engine optimises it once.
 */
function compareEntries(
  { hi, lo }: Pick<ParsedChunk, 'hi' | 'lo'>,
  ids: Uint32Array | undefined,
  from: number,
  to: number,
  qHi: Uint32Array,
  qLo: Uint32Array,
  qs: Int32Array,
  maxBits: number,
  hits: number[],
): void {
  for (let k = from; k < to; k++) {
    const i = ids ? ids[k]! : k;
    let distance = 65;
    for (let a = 0; a < qs.length; a++) {
      const q = qs[a]!;
      const d = popcount32(qHi[q]! ^ hi[i]!);
      if (d <= maxBits) distance = Math.min(distance, d + popcount32(qLo[q]! ^ lo[i]!));
    }
    if (distance <= maxBits) hits.push(i, distance);
  }
}

/**
 * The last parse, kept while the store's version tag says the buckets are unchanged: an order's or a
 * stage's reuse query then costs one small read and a pass over typed arrays instead of reading and
 * parsing every photo's entry again (1.6 MB at 20,000 photos). A new tag on any write, in any tab, in the
 * same transaction as the buckets, so a tag that matches is never stale.
 */
let cached: { version: string; chunk: ParsedChunk } | undefined;

/** Entries compared with a hash asked about, so far in this context: the work a query did (bench, tests). */
export const nearWork = { compared: 0 };

async function lastChunkParsed(
  os: ReturnType<Pick<Tx<['nearBuckets'], 'readonly' | 'readwrite'>, 'objectStore'>['objectStore']>,
  version: string | undefined,
): Promise<ParsedChunk> {
  const texts = (await os.getAll(lastChunk())).map((b) => b.entries);
  const n = texts.reduce((sum, t) => sum + t.length / ENTRY, 0);
  const chunk: ParsedChunk = {
    hi: new Uint32Array(n),
    lo: new Uint32Array(n),
    texts,
    bucket: new Uint16Array(n),
    at: new Uint32Array(n),
  };
  let i = 0;
  for (const [b, text] of texts.entries())
    for (let at = 0; at < text.length; at += ENTRY, i++) {
      chunk.hi[i] = wordAt(text, at);
      chunk.lo[i] = wordAt(text, at + 4);
      chunk.bucket[i] = b;
      chunk.at[i] = at;
    }
  cached = version ? { version, chunk } : undefined;
  return chunk;
}

/**
 * Reads and parses the last chunk, with its memory buckets, unless it is current already: a page about to
 * query the index (the orders desk, on opening) pays the cold read before the buyer opens an order.
 */
export async function warmNearBuckets(
  tx: Pick<Tx<['nearBuckets'], 'readonly' | 'readwrite'>, 'objectStore'>,
): Promise<void> {
  const os = tx.objectStore('nearBuckets');
  const version = (await os.get(VERSION_KEY))?.entries;
  if (version === undefined || cached?.version === version) return;
  const chunk = await lastChunkParsed(os, version);
  chunk.buckets ??= bucketsInMemory(chunk);
}

/**
 * The parsed entries within `maxBits` of any of the hashes (halves `qHi`, `qLo`), from the memory's
 * buckets the hashes ask for, each entry compared with the hashes that asked for it; or, when that is
 * more work (many bits allowed: thousands of neighbour buckets), each entry once. (entry, distance) pairs.
 */
function nearInMemory(last: ParsedChunk, qHi: Uint32Array, qLo: Uint32Array, maxBits: number): number[] {
  last.buckets ??= bucketsInMemory(last);
  const mem = last.buckets;
  const memFlips = Math.floor(Math.max(0, maxBits) / MEMORY_BITS.length);
  const askedMem = new Map<number, number[]>();
  for (let q = 0; q < qHi.length; q++)
    for (const [c, bits] of MEMORY_BITS.entries())
      for (const v of neighbours(bitsAt(qHi[q]!, qLo[q]!, MEMORY_STARTS[c]!, bits), bits, memFlips)) {
        const key = (c << 16) | v;
        const list = askedMem.get(key);
        if (list) list.push(q);
        else askedMem.set(key, [q]);
      }
  let work = 0;
  for (const [key, qs] of askedMem) {
    const [c, v] = [key >>> 16, key & 0xffff];
    work += (mem.start[c]![v + 1]! - mem.start[c]![v]!) * qs.length;
  }
  const hits: number[] = [];
  if (work < last.hi.length * qHi.length) {
    for (const [key, qs] of askedMem) {
      const [c, v] = [key >>> 16, key & 0xffff];
      const [from, to] = [mem.start[c]![v]!, mem.start[c]![v + 1]!];
      compareEntries(last, mem.ids[c]!, from, to, qHi, qLo, Int32Array.from(qs), maxBits, hits);
    }
    nearWork.compared += work;
  } else {
    const every = Int32Array.from(qHi, (_, q) => q);
    compareEntries(last, undefined, 0, last.hi.length, qHi, qLo, every, maxBits, hits);
    nearWork.compared += last.hi.length * qHi.length;
  }
  return hits;
}

/**
 * sha256 → distance of every indexed photo within `maxBits` of any of `hashes` (the nearest distance
 * when several hashes are asked about). Reads only the buckets that can hold one, and compares each
 * entry only with the hashes that asked for its bucket (pigeonhole: a hash's match is in one of its own
 * buckets), so a stage's 40 hashes cost 40 single queries, not 40 × every entry read; or, when the
 * buckets asked for would hold more than SCAN_FROM of the photos, reads each photo once (the last chunk),
 * keeps it parsed and answers from the same buckets made in memory.
 */
export async function nearInBuckets(
  tx: Pick<Tx<['nearBuckets'], 'readonly' | 'readwrite'>, 'objectStore'>,
  hashes: readonly string[],
  maxBits: number,
): Promise<Map<string, number>> {
  const flips = Math.floor(Math.max(0, maxBits) / CHUNK_BITS.length);
  const queries = [...new Set(hashes.map((h) => h.toLowerCase()).filter((h) => HEX16.test(h)))];
  const his = queries.map((h) => Number.parseInt(h.slice(0, 8), 16));
  const los = queries.map((h) => Number.parseInt(h.slice(8), 16));
  // Bucket key → the queries that read it.
  const askers = new Map<string, number[]>();
  for (const [q, hex] of queries.entries())
    for (const [c, v] of chunksOf(hex).entries())
      for (const n of neighbours(v, CHUNK_BITS[c]!, flips)) {
        const key = bucketKey(c, n);
        const list = askers.get(key);
        if (list) list.push(q);
        else askers.set(key, [q]);
      }
  const os = tx.objectStore('nearBuckets');
  const found = new Map<string, number>();
  const keep = (sha: string, distance: number) => {
    const was = found.get(sha);
    if (was === undefined || distance < was) found.set(sha, distance);
  };
  // With the last chunk parsed and current, every query uses it (one small read, no parsing, the
  // buckets from memory); otherwise only a query for many hashes reads and parses it.
  const version = (await os.get(VERSION_KEY))?.entries;
  const current = version !== undefined && cached?.version === version;
  if (current || shareOf(askers.keys()) >= SCAN_FROM) {
    const last = current ? cached!.chunk : await lastChunkParsed(os, version);
    const hits = nearInMemory(last, Uint32Array.from(his), Uint32Array.from(los), maxBits);
    for (let h = 0; h < hits.length; h += 2) {
      const at = last.at[hits[h]!]! + 8;
      keep(hexOfBytes(last.texts[last.bucket[hits[h]!]!]!.slice(at, at + 32)), hits[h + 1]!);
    }
    return found;
  }
  const buckets = (await Promise.all([...askers.keys()].map((k) => os.get(k)))).filter(
    (b) => b !== undefined,
  );
  for (const bucket of buckets) {
    const asked = askers.get(bucket.key)!;
    const all = bucket.entries;
    for (let at = 0; at < all.length; at += ENTRY) {
      const [hi, lo] = [wordAt(all, at), wordAt(all, at + 4)];
      let distance = 65;
      for (const q of asked)
        distance = Math.min(distance, popcount32(his[q]! ^ hi) + popcount32(los[q]! ^ lo));
      if (distance <= maxBits) keep(hexOfBytes(all.slice(at + 8, at + ENTRY)), distance);
    }
    nearWork.compared += (all.length / ENTRY) * asked.length;
  }
  return found;
}
