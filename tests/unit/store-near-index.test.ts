// @vitest-environment node
// The reuse check's index (utils/store/near-buckets) finds exactly what a full scan of every photo
// finds, on random hashes, after photos were filed, re-hashed and deleted through the store.
import { IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { hammingDistance } from '@/utils/photo/pixel-metrics';
import { openStore, type Store } from '@/utils/store/db';
import {
  bucketsOf,
  chunksOf,
  entriesOf,
  indexedHash,
  isBucket,
  type NearBucket,
  nearWork,
} from '@/utils/store/near-buckets';
import {
  deletePhoto,
  listPhotos,
  photosNearDHash,
  reuseOfPhoto,
  savePhoto,
  warmReuseIndex,
} from '@/utils/store/photos';
import { prng } from './helpers/fixtures';

let store: Store;
beforeEach(async () => {
  store = await openStore({ indexedDB: new IDBFactory(), name: 'near' });
});
afterEach(() => store.close());

const random = prng(20261204);
const hex16 = () => Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');
/** `hash` with `bits` distinct random bits flipped. */
function flip(hash: string, bits: number): string {
  let v = BigInt(`0x${hash}`);
  const done = new Set<number>();
  while (done.size < bits) done.add(Math.floor(random() * 64));
  for (const b of done) v ^= 1n << BigInt(b);
  return v.toString(16).padStart(16, '0');
}
const SHA = (n: number) => n.toString(16).padStart(64, '0');
const report = {
  format: 'jpeg' as const,
  width: 4000,
  height: 3000,
  bytes: 3_000_000,
  bytesRead: 16384,
  findings: [],
  verdict: 'ok' as const,
};
const origin = (n: number) => [
  {
    source: 'gmail' as const,
    fileName: `${n}.jpg`,
    receivedAt: '2026-11-20T02:31:00.000Z',
    messageId: `m${n}`,
  },
];

it('chunks cover the 64 bits', () => {
  expect(chunksOf('ffffffffffffffff')).toEqual([127, 127, 127, 127, 127, 127, 127, 127, 255]);
  expect(chunksOf('0000000000000001')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
  expect(chunksOf('8000000000000000')).toEqual([64, 0, 0, 0, 0, 0, 0, 0, 0]);
});

it('finds what a full scan finds, on random hashes, through filing, re-hashing and deleting', async () => {
  // Clusters of near hashes (so there is something to find) among random ones.
  const bases = Array.from({ length: 12 }, hex16);
  let n = 0;
  for (const base of bases)
    for (let i = 0; i < 20; i++)
      await savePhoto(store, {
        sha256: SHA(++n),
        dHash: flip(base, Math.floor(random() * 14)),
        report,
        origins: origin(n),
      });
  for (let i = 0; i < 160; i++)
    await savePhoto(store, { sha256: SHA(++n), dHash: hex16(), report, origins: origin(n) });
  // Some photos get another hash (re-analysed), some are deleted: the index follows.
  for (let i = 1; i <= n; i += 9)
    await savePhoto(store, { sha256: SHA(i), dHash: flip(bases[i % 12]!, 3), report, origins: origin(i) });
  for (let i = 5; i <= n; i += 13) await deletePhoto(store, SHA(i));

  const all = await listPhotos(store);
  // The index as kept write by write is the one built from scratch (migration, import).
  const byKey = (l: NearBucket[]) =>
    l.map((b) => ({ key: b.key, entries: entriesOf(b).sort() })).sort((a, b) => (a.key < b.key ? -1 : 1));
  expect(byKey((await store.db.getAll('nearBuckets')).filter(isBucket))).toEqual(byKey(bucketsOf(all)));

  const queries = [...bases.map((b) => flip(b, 2)), ...Array.from({ length: 40 }, hex16)];
  let hits = 0;
  const singlesAsScanned = async () => {
    for (const maxBits of [0, 4, 8, 12, 19]) {
      for (const q of queries) {
        const scan = all
          .flatMap((p) => {
            const h = indexedHash(p);
            return h ? [{ sha: p.sha256, d: hammingDistance(h, q) }] : [];
          })
          .filter((x) => x.d <= maxBits)
          .sort((a, b) => a.d - b.d || (a.sha < b.sha ? -1 : 1));
        const found = (await photosNearDHash(store, q, maxBits))
          .map((x) => ({ sha: x.photo.sha256, d: x.distance }))
          .sort((a, b) => a.d - b.d || (a.sha < b.sha ? -1 : 1));
        expect(found, `${q} within ${maxBits}`).toEqual(scan);
        hits += scan.length;
      }
    }
  };
  await singlesAsScanned();
  expect(hits).toBeGreaterThan(100);
  // Several hashes at once: the union, each photo at its nearest distance.
  const two = await photosNearDHash(store, [queries[0]!, queries[1]!], 8);
  const one = [
    ...(await photosNearDHash(store, queries[0]!, 8)),
    ...(await photosNearDHash(store, queries[1]!, 8)),
  ];
  expect(new Set(two.map((x) => x.photo.sha256))).toEqual(new Set(one.map((x) => x.photo.sha256)));
  await singlesAsScanned();
  // An order's worth of hashes at once (hundreds of buckets asked for: the last chunk's read instead, each
  // photo once): each photo within reach of any, at its nearest distance, as the full scan finds it.
  for (const maxBits of [8, 12]) {
    const many = queries.slice(0, 40);
    const scan = all
      .flatMap((p) => {
        const h = indexedHash(p);
        return h ? [{ sha: p.sha256, d: Math.min(...many.map((q) => hammingDistance(h, q))) }] : [];
      })
      .filter((x) => x.d <= maxBits)
      .sort((a, b) => a.d - b.d || (a.sha < b.sha ? -1 : 1));
    const found = (await photosNearDHash(store, many, maxBits))
      .map((x) => ({ sha: x.photo.sha256, d: x.distance }))
      .sort((a, b) => a.d - b.d || (a.sha < b.sha ? -1 : 1));
    expect(found, `40 hashes within ${maxBits}`).toEqual(scan);
  }
  // The last chunk is parsed and current now: the single checks again, from its buckets in memory, each
  // comparing a fraction of the photos (a scan of all of them past 12 bits, where that is less work).
  nearWork.compared = 0;
  await singlesAsScanned();
  const perCheck = nearWork.compared / (queries.length * 5);
  expect(perCheck).toBeLessThan(all.length / 2);
}, 60_000);

it('an order’s hashes at once find the photos that share a single chunk with one of them', async () => {
  // Each partner differs from its query by one bit in every chunk but one (8 bits): of the buckets the
  // query asks for, only that chunk's holds it; read by scanning the last chunk, it is elsewhere. Query
  // q's partner shares chunk q mod 9 (chunk 4 straddles the hash's two 32-bit halves). 5 hashes are read
  // bucket by bucket, 40 from the last chunk parsed (and its buckets made in memory), then 5 and 1 again
  // from memory: each must find every partner.
  const starts = [0, 7, 14, 21, 28, 35, 42, 49, 56];
  const queries = Array.from({ length: 40 }, hex16);
  const partner = (q: string, shared: number) => {
    let v = BigInt(`0x${q}`);
    for (const s of starts.filter((_, c) => c !== shared)) v ^= 1n << BigInt(63 - s - 1);
    return v.toString(16).padStart(16, '0');
  };
  let n = 0;
  for (const [i, q] of queries.entries())
    await savePhoto(store, { sha256: SHA(++n), dHash: partner(q, i % 9), report, origins: origin(n) });
  for (let i = 0; i < 60; i++)
    await savePhoto(store, { sha256: SHA(++n), dHash: hex16(), report, origins: origin(n) });
  const all = await listPhotos(store);
  for (const asked of [
    queries.slice(0, 5),
    queries,
    queries.slice(0, 5),
    ...queries.slice(0, 9).map((q) => [q]),
  ]) {
    const scan = all
      .map((p) => ({ sha: p.sha256, d: Math.min(...asked.map((q) => hammingDistance(indexedHash(p)!, q))) }))
      .filter((x) => x.d <= 8)
      .sort((a, b) => a.d - b.d || (a.sha < b.sha ? -1 : 1));
    expect(scan.length).toBeGreaterThanOrEqual(asked.length);
    const found = (await photosNearDHash(store, asked, 8))
      .map((x) => ({ sha: x.photo.sha256, d: x.distance }))
      .sort((a, b) => a.d - b.d || (a.sha < b.sha ? -1 : 1));
    expect(found, `${asked.length} hashes`).toEqual(scan);
  }
}, 30_000);

it('answers the records the caller holds as given, reading only the others', async () => {
  const a = { sha256: SHA(1), dHash: '0123456789abcdef', report, origins: origin(1) };
  const b = { sha256: SHA(2), dHash: '0123456789abcdee', report, origins: origin(2) };
  await savePhoto(store, a);
  await savePhoto(store, b);
  const held = { ...(await listPhotos(store)).find((p) => p.sha256 === a.sha256)!, shotId: 'marker' };
  const found = await photosNearDHash(store, a.dHash, 4, [held]);
  expect(found.map((x) => [x.photo.sha256, x.distance])).toEqual([
    [a.sha256, 0],
    [b.sha256, 1],
  ]);
  // The held record itself (not a copy read again), and the other one from the store.
  expect(found[0]!.photo).toBe(held);
  expect(found[1]!.photo.shotId).toBeUndefined();
});

it("an order's query keeps the last chunk parsed (and one photo's check uses it) until any tab writes a photo, then reads it afresh", async () => {
  const factory = new IDBFactory();
  const tab = await openStore({ indexedDB: factory, name: 'tabs' });
  const other = await openStore({ indexedDB: factory, name: 'tabs' });
  const queries = Array.from({ length: 40 }, hex16);
  let n = 0;
  for (const q of queries)
    await savePhoto(tab, { sha256: SHA(++n), dHash: flip(q, 3), report, origins: origin(n) });
  // The scan's read of the last chunk, counted where idb calls it.
  const spy = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  const reads = () => spy.mock.contexts.filter((os) => (os as IDBObjectStore).name === 'nearBuckets').length;
  const near = async () => (await photosNearDHash(tab, queries, 8)).map((x) => x.photo.sha256).sort();
  expect(await near()).toHaveLength(40);
  expect(await near()).toHaveLength(40);
  expect(reads()).toBe(1);
  // One new photo's check, once the chunk is parsed and current: the version tag read, no bucket.
  const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
  const one = await photosNearDHash(tab, queries[5]!, 8);
  expect(one.map((x) => x.photo.sha256)).toContain(SHA(6));
  expect(gets.mock.contexts.filter((os) => (os as IDBObjectStore).name === 'nearBuckets')).toHaveLength(1);
  gets.mockRestore();
  // Another tab files a near copy of the first query: the next query sees it at once.
  await savePhoto(other, { sha256: SHA(++n), dHash: flip(queries[0]!, 1), report, origins: origin(n) });
  expect(await near()).toContain(SHA(n));
  expect(reads()).toBe(2);
  // And a photo deleted there is gone here.
  await deletePhoto(other, SHA(1));
  expect(await near()).not.toContain(SHA(1));
  spy.mockRestore();
  tab.close();
  other.close();
});

it('warmed ahead (the desk on opening), an order’s first query reads only the version tag', async () => {
  const queries = Array.from({ length: 40 }, hex16);
  let n = 0;
  for (const q of queries)
    await savePhoto(store, { sha256: SHA(++n), dHash: flip(q, 2), report, origins: origin(n) });
  await warmReuseIndex(store);
  const spy = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  const found = await photosNearDHash(store, queries, 8);
  expect(found.map((x) => x.photo.sha256).sort()).toEqual(Array.from({ length: 40 }, (_, i) => SHA(i + 1)));
  expect(spy.mock.contexts.filter((os) => (os as IDBObjectStore).name === 'nearBuckets')).toHaveLength(0);
  spy.mockRestore();
});

it('one photo’s reuse check: its own record and its near copies, in one transaction, both asked for at once', async () => {
  const base = hex16();
  const a = { sha256: SHA(1), dHash: base, report, origins: origin(1) };
  const b = { sha256: SHA(2), dHash: flip(base, 2), report, origins: origin(2) };
  const far = { sha256: SHA(3), dHash: flip(base, 30), report, origins: origin(3) };
  for (const p of [a, b, far]) await savePhoto(store, p);
  await warmReuseIndex(store);
  const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
  // Each request as it is made: were all those before it still unanswered?
  const made: IDBRequest[] = [];
  const together: boolean[] = [];
  const get = IDBObjectStore.prototype.get;
  const gets = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
    this: IDBObjectStore,
    key,
  ) {
    together.push(made.every((r) => r.readyState === 'pending'));
    const request = get.call(this, key);
    made.push(request);
    return request;
  });

  // Filed already: the record (where it was seen), and the other photo near it, not itself.
  const filed = await reuseOfPhoto(store, { sha256: a.sha256, dHash: a.dHash }, 8);
  expect(filed.filed?.origins).toEqual(a.origins);
  expect(filed.near.map((x) => [x.photo.sha256, x.distance])).toEqual([[b.sha256, 2]]);
  expect(transactions).toHaveBeenCalledTimes(1);
  // The record and the index's version tag, then the near copy's record.
  expect(together).toEqual([true, true, false]);

  // A new photo: no record; what the index finds, nearest first, as photosNearDHash finds it.
  const fresh = flip(base, 1);
  const found = await reuseOfPhoto(store, { sha256: SHA(9), dHash: fresh }, 8);
  expect(found.filed).toBeUndefined();
  expect(found.near).toEqual(await photosNearDHash(store, fresh, 8));
  expect(found.near.map((x) => x.photo.sha256)).toEqual([a.sha256, b.sha256]);
  // No dHash (a photo the browser could not decode): the exact check alone.
  expect(await reuseOfPhoto(store, { sha256: SHA(3) }, 8)).toMatchObject({
    filed: { sha256: SHA(3) },
    near: [],
  });
  gets.mockRestore();
  transactions.mockRestore();
});
