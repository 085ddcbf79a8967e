// The reuse check's index: which filed photos have a dHash within a few bits of a new one, without
// walking 200,000 keys. Multi-index hashing, as components/desk/near-index.ts does in memory, kept in
// IndexedDB: the 64-bit dHash is cut into 9 chunks (eight of 7 bits, one of 8), and each photo is
// listed in one bucket per chunk, keyed by the chunk's value (./near-entries). Two hashes at most d bits
// apart differ in at most floor(d / 9) bits of some chunk (pigeonhole): for the default 8 bits, some
// chunk is equal, so a query reads 9 buckets (one request each: Chromium serves IndexedDB requests one
// after another, and 70 requests for smaller buckets measured slower), then compares their entries in
// full; a query for many hashes reads the last chunk (each photo once) and keeps it in memory
// (./near-memory). A bucket's entries are one string (a structured clone of one string is cheap; of
// thousands, not). Buckets are written in the same transaction as the photo, so the index never
// disagrees with the records.
import { popcount32 } from '@/utils/photo/pixel-metrics';
import {
  bucketKey,
  CHUNK_BITS,
  chunksOf,
  ENTRY,
  entriesOf,
  entryOf,
  HEX16,
  hexOfBytes,
  indexedHash,
  type NearBucket,
  neighbours,
  newVersion,
  VERSION_KEY,
  wordAt,
} from './near-entries';
import { currentChunk, lastChunkParsed, nearInMemory, nearWork, shaOf } from './near-memory';
import type { Tx } from './tx';
import type { PhotoRecord } from './types';

export {
  CHUNK_BITS,
  chunksOf,
  decodeEntry,
  entriesOf,
  entryOf,
  indexedHash,
  isBucket,
  type NearBucket,
  newVersion,
} from './near-entries';
export { nearWork, warmNearBuckets } from './near-memory';

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

const shareOf = (keys: Iterable<string>) => {
  let share = 0;
  for (const k of keys) share += 2 ** -CHUNK_BITS[Number(k.slice(0, k.indexOf(':')))]!;
  return share;
};

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
  const current = currentChunk(version);
  if (current || shareOf(askers.keys()) >= SCAN_FROM) {
    const last = current ?? (await lastChunkParsed(os, version));
    const hits = nearInMemory(last, Uint32Array.from(his), Uint32Array.from(los), maxBits);
    for (let h = 0; h < hits.length; h += 2) keep(shaOf(last, hits[h]!), hits[h + 1]!);
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
