// Which stored photos are near duplicates of a given one, without comparing it with every photo.
// Multi-index hashing: split the 64-bit dHash into c chunks; two hashes at most maxBits apart differ
// in at most floor(maxBits / c) bits of some chunk (pigeonhole). With c ≥ (maxBits + 1) / 2 that is at
// most one bit, so each chunk is looked up as it is and with each of its bits flipped, and only photos
// found that way are compared in full. For 8 bits: 5 chunks of ~13 bits, ~70 lookups and ~200
// comparisons per photo instead of 20 000; 20 000 queries take tens of milliseconds.
import { popcount32 } from '@/utils/photo/pixel-metrics';
import type { PhotoRecord } from '@/utils/store/types';
import { dHashOf } from '@/utils/triage/checklist';

export { dHashOf };

export interface NearIndex {
  /** Photos whose dHash is at most maxBits from this one's (the photo itself included when indexed). */
  near(photo: PhotoRecord): PhotoRecord[];
  /** The union of near() over several photos, each record once. */
  nearAll(photos: PhotoRecord[]): PhotoRecord[];
}

const HEX16 = /^[0-9a-f]{16}$/i;

/** Bits [start, start + width) of the 64-bit value hi:lo, counted from the least significant. */
function bitsOf(hi: number, lo: number, start: number, width: number): number {
  let v = 0;
  for (let k = 0; k < width; k++) {
    const bit = start + k;
    v |= (bit < 32 ? (lo >>> bit) & 1 : (hi >>> (bit - 32)) & 1) << k;
  }
  return v >>> 0;
}

export function createNearIndex(photos: readonly PhotoRecord[], maxBits: number): NearIndex {
  const bits = Math.max(0, Math.min(63, Math.floor(maxBits)));
  // At least 4 chunks keeps each at most 16 bits, so a chunk's buckets fit a flat array.
  const chunks = Math.max(4, Math.ceil((bits + 1) / 2));
  const flips = Math.floor(bits / chunks) > 0;
  const bounds = Array.from({ length: chunks + 1 }, (_, i) => Math.floor((i * 64) / chunks));
  const widths = bounds.slice(1).map((end, i) => end - bounds[i]!);

  const records: PhotoRecord[] = [];
  const position = new Map<PhotoRecord, number>();
  const his: number[] = [];
  const los: number[] = [];
  for (const photo of photos) {
    const hex = dHashOf(photo);
    if (!hex || !HEX16.test(hex)) continue;
    position.set(photo, records.push(photo) - 1);
    his.push(Number.parseInt(hex.slice(0, 8), 16));
    los.push(Number.parseInt(hex.slice(8), 16));
  }
  const n = records.length;
  const hi = Uint32Array.from(his);
  const lo = Uint32Array.from(los);

  // Per chunk, photos grouped by the chunk's value (counting sort): ids[start[v]..start[v + 1]).
  const starts: Int32Array[] = [];
  const ids: Int32Array[] = [];
  const parts = new Uint32Array(n * chunks);
  for (let c = 0; c < chunks; c++) {
    const start = new Int32Array((1 << widths[c]!) + 1);
    for (let i = 0; i < n; i++) {
      const v = bitsOf(hi[i]!, lo[i]!, bounds[c]!, widths[c]!);
      parts[i * chunks + c] = v;
      start[v + 1]!++;
    }
    for (let v = 1; v < start.length; v++) start[v]! += start[v - 1]!;
    const fill = start.slice();
    const list = new Int32Array(n);
    for (let i = 0; i < n; i++) list[fill[parts[i * chunks + c]!]!++] = i;
    starts.push(start);
    ids.push(list);
  }

  // A stamp per query instead of a set: photos already found in this query are skipped.
  const stamp = new Int32Array(n).fill(-1);
  let query = 0;

  const collect = (photo: PhotoRecord, found: number[]) => {
    const at = position.get(photo);
    let h: number;
    let l: number;
    if (at !== undefined) {
      h = hi[at]!;
      l = lo[at]!;
    } else {
      const hex = dHashOf(photo);
      if (!hex || !HEX16.test(hex)) return;
      h = Number.parseInt(hex.slice(0, 8), 16);
      l = Number.parseInt(hex.slice(8), 16);
    }
    for (let c = 0; c < chunks; c++) {
      const part = at !== undefined ? parts[at * chunks + c]! : bitsOf(h, l, bounds[c]!, widths[c]!);
      const start = starts[c]!;
      const list = ids[c]!;
      // The chunk as it is, then (when a bit may differ) with each of its bits flipped.
      const probes = flips ? widths[c]! + 1 : 1;
      for (let k = 0; k < probes; k++) {
        const v = k === 0 ? part : part ^ (1 << (k - 1));
        for (let x = start[v]!, end = start[v + 1]!; x < end; x++) {
          const i = list[x]!;
          if (stamp[i] === query) continue;
          if (popcount32(hi[i]! ^ h) + popcount32(lo[i]! ^ l) <= bits) {
            stamp[i] = query;
            found.push(i);
          }
        }
      }
    }
  };

  const run = (list: PhotoRecord[]) => {
    query++;
    const found: number[] = [];
    for (const p of list) collect(p, found);
    return found.map((i) => records[i]!);
  };

  return { near: (photo) => run([photo]), nearAll: run };
}
