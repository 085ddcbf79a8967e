// The reuse index's last chunk kept in memory (utils/store/near-buckets): each photo once, parsed into
// typed arrays and sorted into buckets of the memory's own, while the store's version tag says the
// index is unchanged, so an order's or a stage's query costs one small read and ~1,700 comparisons a hash
// at 200,000 photos, not a read of 8 MB.
import { popcount32 } from '@/utils/photo/pixel-metrics';
import { CHUNK_BITS, ENTRY, hexOfBytes, neighbours, VERSION_KEY, wordAt } from './near-entries';
import type { Tx } from './tx';

type BucketsReadTx = Pick<Tx<['nearBuckets'], 'readonly' | 'readwrite'>, 'objectStore'>;

const LAST = CHUNK_BITS.length - 1;
/** Every bucket of the last chunk: keys `8:0` … `8:255`, and no other key starts with `8:`. */
const lastChunk = () => IDBKeyRange.bound(`${LAST}:`, `${LAST}:\uffff`);

/** The last chunk's buckets, parsed: entry i's hash halves, and where its sha256 is in `texts`. */
export interface ParsedChunk {
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
 * Entries `ids[from]` … `ids[to - 1]` (no ids: entries `from` … `to - 1`) against the hashes `qs` asked
 * about: each one within `maxBits` of one of them is pushed onto `hits` with its nearest distance (entry,
 * distance). One function for every call, not a closure per query, so the engine optimises it once.
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
 * parsing every photo's entry again (0.8 MB at 20,000 photos, 8 MB at 200,000; kept, with its arrays and
 * buckets, about 15 MB). A new tag on any write, in any tab, in the same transaction as the buckets, so
 * a tag that matches is never stale.
 */
let cached: { version: string; chunk: ParsedChunk } | undefined;

/** Entries compared with a hash asked about, so far in this context: the work a query did (bench, tests). */
export const nearWork = { compared: 0 };

export async function lastChunkParsed(
  os: ReturnType<BucketsReadTx['objectStore']>,
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
export async function warmNearBuckets(tx: BucketsReadTx): Promise<void> {
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
export function nearInMemory(
  last: ParsedChunk,
  qHi: Uint32Array,
  qLo: Uint32Array,
  maxBits: number,
): number[] {
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

/** The parsed last chunk, if the store's version tag says it is current. */
export const currentChunk = (version: string | undefined): ParsedChunk | undefined =>
  version !== undefined && cached?.version === version ? cached.chunk : undefined;

/** Entry `i`'s sha256. */
export function shaOf(chunk: ParsedChunk, i: number): string {
  const at = chunk.at[i]! + 8;
  return hexOfBytes(chunk.texts[chunk.bucket[i]!]!.slice(at, at + 32));
}
