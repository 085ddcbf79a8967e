// The reuse index's vocabulary (utils/store/near-buckets): how the 64-bit dHash is cut into chunks, the
// bucket keys, and each photo's entry in a bucket: 40 one-byte characters (schema v8; 80 hex digits
// before), the dHash's 8 bytes and the sha256's 32, so the index's last chunk is 8 MB at 200,000 photos.
import { dHashOf } from '@/utils/triage/checklist';
import type { PhotoRecord } from './types';

export const CHUNK_BITS = [7, 7, 7, 7, 7, 7, 7, 7, 8] as const;
const STARTS = CHUNK_BITS.map((_, i) => CHUNK_BITS.slice(0, i).reduce((a, b) => a + b, 0));
export const HEX16 = /^[0-9a-f]{16}$/;

/** One bucket: every photo whose chunk `c` has this value, as entries (`entryOf`) end to end. */
export interface NearBucket {
  key: string;
  entries: string;
}

/** Characters an entry takes: the dHash's 8 bytes, then the sha256's 32, one byte a character. */
export const ENTRY = 40;

/** Hex digits as one-byte characters, two digits each. */
function bytesOfHex(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 2)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  return out;
}

/** One-byte characters as hex digits. */
export function hexOfBytes(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes.charCodeAt(i).toString(16).padStart(2, '0');
  return out;
}

/** A photo's entry in a bucket: its (indexed, lower-case) hash and its sha256. */
export const entryOf = (hash: string, sha256: string): string => bytesOfHex(hash) + bytesOfHex(sha256);

/** The 32-bit word from character `at` of a bucket's entries. */
export function wordAt(text: string, at: number): number {
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

export const bucketKey = (chunk: number, value: number) => `${chunk}:${value}`;

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
export function neighbours(value: number, bits: number, flips: number): number[] {
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
