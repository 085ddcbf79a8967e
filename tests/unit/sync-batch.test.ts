// @vitest-environment node
// Photos pulled from the team are written a batch at a time (utils/store/photos savePhotos, through
// utils/store/synced putSyncedPhotos): the counts and the reuse index must end as a count from scratch
// gives, as when each photo is saved alone, and one photo that cannot be saved must not cost the others.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore, type Store } from '@/utils/store/db';
import { bucketsOf, entriesOf, isBucket, type NearBucket } from '@/utils/store/near-buckets';
import { addOrder } from '@/utils/store/orders';
import { getPhoto, listPhotos, type PhotoInput, savePhoto } from '@/utils/store/photos';
import { type Summary, summarizeAll } from '@/utils/store/summaries';
import { addSupplier } from '@/utils/store/suppliers';
import { putSyncedPhotos } from '@/utils/store/synced';
import type { Order, PhotoRecord } from '@/utils/store/types';

let store: Store;
beforeEach(async () => {
  store = await openStore({ indexedDB: new IDBFactory(), name: 'batch' });
});
afterEach(() => store.close());

const SHA = (n: number) => n.toString(16).padStart(64, '0');
const HASH = (n: number) => ((n * 2654435761) % 2 ** 32).toString(16).padStart(16, 'a');
const at = '2026-12-05T09:00:00.000Z';

async function twoOrders(): Promise<Order[]> {
  const supplier = await addSupplier(store, {
    company: 'Hengda',
    emails: [],
    domains: [],
    replyLanguages: ['en'],
  });
  const shots = ['front', 'back'].map((id) => ({
    id,
    label: { en: id, zh: id },
    instructions: { en: '', zh: '' },
    required: true,
    referencePhotoIds: [],
  }));
  return Promise.all(
    ['PO-1', 'PO-2'].map((po) =>
      addOrder(store, {
        poNumbers: [po],
        supplierId: supplier.id,
        product: 'Mug',
        stages: ['sample', 'pre-shipment'].map((kind, i) => ({
          id: `st${i}`,
          kind: kind as 'sample',
          name: { en: kind, zh: kind },
          shots,
        })),
      }),
    ),
  );
}

const photo = (n: number, over: Partial<PhotoInput> = {}): PhotoRecord => ({
  sha256: SHA(n),
  dHash: HASH(n),
  report: { format: 'jpeg', width: 4032, height: 3024, bytesRead: 65536, findings: [], verdict: 'ok' },
  origins: [{ source: 'gmail', fileName: `IMG_${n}.jpg`, receivedAt: at, messageId: `m${n}` }],
  status: { state: 'pending' },
  createdAt: at,
  updatedAt: at,
  ...over,
});

async function expectCountedFromScratch() {
  const [orders, photos, requests, summaries, buckets] = await Promise.all([
    store.db.getAll('orders'),
    store.db.getAll('photos'),
    store.db.getAll('requests'),
    store.db.getAll('summaries'),
    store.db.getAll('nearBuckets'),
  ]);
  const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => (a.key < b.key ? -1 : 1));
  expect(byKey(summaries as Summary[])).toEqual(byKey(summarizeAll(orders, photos, requests)));
  const entries = (l: NearBucket[]) => byKey(l.map((b) => ({ key: b.key, entries: entriesOf(b).sort() })));
  expect(entries(buckets.filter(isBucket))).toEqual(entries(bucketsOf(await listPhotos(store))));
}

it('a batch of pulled photos leaves the counts and the reuse index as a count from scratch', async () => {
  const [a, b] = await twoOrders();
  // What was here before the pull: photos filed one at a time.
  // Photo 1 alone in order A's second stage: the batch takes it away from there.
  await savePhoto(store, { ...photo(1), orderId: a!.id, stageId: 'st1', shotId: 'front' });
  for (let n = 2; n <= 12; n++)
    await savePhoto(store, { ...photo(n), orderId: a!.id, stageId: 'st0', shotId: n % 2 ? 'front' : 'back' });
  const refused = await putSyncedPhotos(store, [
    // New here, filed to both orders and both stages, some decided.
    ...Array.from({ length: 30 }, (_, i) =>
      photo(100 + i, {
        orderId: (i % 2 ? a : b)!.id,
        stageId: i % 2 || i % 3 ? 'st0' : 'st1',
        shotId: 'front',
        status: i % 4 ? { state: 'pending' } : { state: 'accepted', at, by: 'Tom' },
      }),
    ),
    // Moved to the other order, re-hashed, unfiled elsewhere, rejected.
    photo(1, { orderId: b!.id, stageId: 'st1', shotId: 'back' }),
    photo(2, { orderId: a!.id, stageId: 'st0', shotId: 'back', dHash: HASH(9999) }),
    photo(3),
    photo(4, {
      orderId: a!.id,
      stageId: 'st0',
      shotId: 'back',
      status: { state: 'rejected', at, reason: 'blurred' },
    }),
    // Filed to a shot this order does not have: refused, the rest saved.
    photo(5, { orderId: a!.id, stageId: 'st0', shotId: 'lid' }),
  ]);
  expect(refused.map((r) => r.sha256)).toEqual([SHA(5)]);
  expect(refused[0]!.problem).toMatch(/not saved/i);
  expect(await getPhoto(store, SHA(5))).toMatchObject({ orderId: a!.id, shotId: 'front' });
  expect(await getPhoto(store, SHA(1))).toMatchObject({ orderId: b!.id, stageId: 'st1', shotId: 'back' });
  const unfiled = (await getPhoto(store, SHA(3)))!;
  expect([unfiled.orderId, unfiled.stageId, unfiled.shotId]).toEqual([undefined, undefined, undefined]);
  expect((await getPhoto(store, SHA(4)))!.status.state).toBe('rejected');
  expect((await listPhotos(store)).length).toBe(42);
  await expectCountedFromScratch();
});
