// @vitest-environment node
// Each order's list row (utils/store/list-rows, schema v7, in pages since v8: what the orders list and the popup read) stays
// right through every write path, each checked by hand: filing, assigning, accepting, rejecting and
// deleting a photo, editing and deleting an order, a reference photo deleted, a team member's records
// applied (utils/store/synced), an import, and two tabs writing at once. The migration is in
// store-migrations.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '@/utils/store/backup';
import type { Store } from '@/utils/store/db';
import { allListRows, type ListRow, packRow, pageOf, unpackRow } from '@/utils/store/list-rows';
import { addOrder, deleteOrder, getOrder, updateOrder } from '@/utils/store/orders';
import {
  deletePhoto,
  type PhotoInput,
  savePhoto,
  setPhotoAssignment,
  setPhotoStatus,
} from '@/utils/store/photos';
import { addReferencePhoto, deleteReferencePhoto } from '@/utils/store/references';
import { addSupplier } from '@/utils/store/suppliers';
import { deleteSyncedRecord, putSyncedRecord } from '@/utils/store/synced';
import type { Order, Stage } from '@/utils/store/types';
import { noCounts } from '@/utils/triage/checklist';
import { freshStores } from './helpers/fresh-stores';

const { open, factory } = freshStores();
let store: Store;

beforeEach(async () => {
  store = await open();
});

const text = (en: string) => ({ en, zh: `${en}（中）` });
const shot = (id: string, required = true, referencePhotoIds: string[] = []) => ({
  id,
  label: text(id),
  instructions: text(id),
  required,
  referencePhotoIds,
});
const stages = (ref?: string): Stage[] => [
  { id: 'pp', kind: 'pre-production', name: text('PP'), shots: [shot('fabric', true, ref ? [ref] : [])] },
  {
    id: 'dp',
    kind: 'during-production',
    name: text('DP'),
    shots: [shot('label'), shot('seam', false)],
    gate: { label: text('packing'), dueDate: '2026-12-01' },
  },
];

const SHA = (n: number) => n.toString(16).padStart(64, '0');
const fail = {
  format: 'jpeg' as const,
  width: 640,
  height: 480,
  bytes: 43084,
  bytesRead: 43084,
  findings: [{ code: 'too-small' as const, severity: 'fail' as const, measured: 640, threshold: 1600 }],
  verdict: 'fail' as const,
};
const good = { ...fail, width: 4000, height: 3000, findings: [], verdict: 'ok' as const };
/** Odd numbers measure as a fail (too small), even ones as good. */
const photo = (n: number, over: Partial<PhotoInput> = {}): PhotoInput => ({
  sha256: SHA(n),
  report: n % 2 ? fail : good,
  origins: [
    { source: 'gmail', fileName: `IMG_${n}.jpg`, receivedAt: '2026-11-20T02:31:00.000Z', messageId: `m${n}` },
  ],
  ...over,
});

async function supplierId(company = 'Huamei') {
  return (await addSupplier(store, { company, emails: [], domains: [], replyLanguages: ['en'] })).id;
}
const order = async (supplier: string, po: string, ref?: string): Promise<Order> =>
  addOrder(store, { poNumbers: [po], supplierId: supplier, product: 'Tote', stages: stages(ref) });

async function rowOf(id: string, s: Store = store): Promise<ListRow | undefined> {
  return (await allListRows(s)).find((r) => r.id === id);
}
/** A stage's counts in the row, with the zeros left out (what the test says by hand). */
async function countsOf(id: string, stageId: string, s: Store = store) {
  const row = await rowOf(id, s);
  const counts = row?.stages.find((x) => x.id === stageId)?.counts;
  return counts && Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
}
const allMissing = { pp: { total: 1, required: 1, missing: 1 }, dp: { total: 2, required: 1, missing: 2 } };

describe('list rows kept with every write', () => {
  it('a new order has its row: the order’s fields, every stage’s names and due date, every shot missing', async () => {
    const sup = await supplierId();
    const o = await order(sup, 'PO-1');
    expect(await rowOf(o.id)).toEqual({
      id: o.id,
      poNumbers: ['PO-1'],
      product: 'Tote',
      supplierId: sup,
      status: 'open',
      currentStageId: 'pp',
      updatedAt: o.updatedAt,
      stages: [
        { id: 'pp', name: text('PP'), counts: { ...noCounts(), ...allMissing.pp } },
        {
          id: 'dp',
          name: text('DP'),
          gate: { label: text('packing') },
          dueDate: '2026-12-01',
          counts: { ...noCounts(), ...allMissing.dp },
        },
      ],
    });
  });

  it('filing, assigning, accepting, rejecting and deleting a photo move its stage’s counts', async () => {
    const o = await order(await supplierId(), 'PO-1');
    await savePhoto(store, photo(1, { orderId: o.id, stageId: 'dp', shotId: 'label' }));
    expect(await countsOf(o.id, 'dp')).toEqual({ total: 2, required: 1, poor: 1, missing: 1 });
    await savePhoto(store, photo(2));
    expect(await countsOf(o.id, 'dp')).toEqual({ total: 2, required: 1, poor: 1, missing: 1 });
    await setPhotoAssignment(store, SHA(2), { orderId: o.id, stageId: 'dp', shotId: 'seam' });
    expect(await countsOf(o.id, 'dp')).toEqual({ total: 2, required: 1, poor: 1, pending: 1 });
    await setPhotoStatus(store, SHA(2), { state: 'accepted' });
    expect(await countsOf(o.id, 'dp')).toEqual({ total: 2, required: 1, poor: 1, accepted: 1 });
    await setPhotoStatus(store, SHA(1), { state: 'rejected', reason: 'too small' });
    expect(await countsOf(o.id, 'dp')).toEqual({ total: 2, required: 1, rejected: 1, accepted: 1 });
    await setPhotoStatus(store, SHA(1), { state: 'accepted' });
    expect(await countsOf(o.id, 'dp')).toEqual({ total: 2, required: 1, requiredAccepted: 1, accepted: 2 });
    // Moved to the other stage's shot: counted off one stage, onto the other.
    await setPhotoAssignment(store, SHA(2), { orderId: o.id, stageId: 'pp', shotId: 'fabric' });
    expect(await countsOf(o.id, 'pp')).toEqual({ total: 1, required: 1, requiredAccepted: 1, accepted: 1 });
    expect(await deletePhoto(store, SHA(1))).toBe(true);
    expect(await countsOf(o.id, 'dp')).toEqual(allMissing.dp);
    await setPhotoAssignment(store, SHA(2), null);
    expect(await countsOf(o.id, 'pp')).toEqual(allMissing.pp);
  });

  it('editing an order (product, status, stage, shots) and deleting it', async () => {
    const sup = await supplierId();
    const other = await supplierId('Porto');
    const o = await order(sup, 'PO-1');
    await savePhoto(store, photo(2, { orderId: o.id, stageId: 'dp', shotId: 'seam' }));
    const dp = o.stages[1]!;
    const saved = await updateOrder(store, o.id, {
      product: 'Mug',
      status: 'on-hold',
      currentStageId: 'dp',
      supplierId: other,
      poNumbers: ['PO-1', 'PO-1B'],
      stages: [o.stages[0]!, { ...dp, shots: dp.shots.map((s) => ({ ...s, required: true })) }],
    });
    expect(await rowOf(o.id)).toMatchObject({
      product: 'Mug',
      status: 'on-hold',
      currentStageId: 'dp',
      supplierId: other,
      poNumbers: ['PO-1', 'PO-1B'],
      updatedAt: saved.updatedAt,
    });
    // The seam shot made required: the row's required count follows without a photo written.
    expect(await countsOf(o.id, 'dp')).toEqual({ total: 2, required: 2, pending: 1, missing: 1 });
    expect(await deleteOrder(store, o.id)).toBe(true);
    expect(await rowOf(o.id)).toBeUndefined();
    expect(await allListRows(store)).toEqual([]);
  });

  it('a reference photo deleted from an order’s shot: the row has the order’s new updatedAt', async () => {
    const ref = await addReferencePhoto(store, { name: 'front.jpg', blob: new Blob([new Uint8Array(3)]) });
    const o = await order(await supplierId(), 'PO-1', ref.id);
    await new Promise((r) => setTimeout(r, 5));
    await deleteReferencePhoto(store, ref.id);
    const now = (await getOrder(store, o.id))!.updatedAt;
    expect(now).not.toBe(o.updatedAt);
    expect((await rowOf(o.id))?.updatedAt).toBe(now);
  });

  it('records a team member wrote, applied here (utils/store/synced): the rows follow', async () => {
    const sup = await supplierId();
    const at = '2026-11-01T00:00:00.000Z';
    const theirs: Order = {
      id: 'ord-team',
      poNumbers: ['PO-T'],
      supplierId: sup,
      product: 'Bag',
      stages: stages(),
      currentStageId: 'dp',
      status: 'open',
      createdAt: at,
      updatedAt: at,
    };
    await putSyncedRecord(store, 'order', theirs, undefined);
    expect(await rowOf('ord-team')).toMatchObject({
      poNumbers: ['PO-T'],
      product: 'Bag',
      currentStageId: 'dp',
    });
    expect(await countsOf('ord-team', 'dp')).toEqual(allMissing.dp);
    const p = {
      ...photo(1, { orderId: 'ord-team', stageId: 'dp', shotId: 'label' }),
      status: { state: 'pending' },
    };
    await putSyncedRecord(store, 'photo', p as never, undefined);
    expect(await countsOf('ord-team', 'dp')).toEqual({ total: 2, required: 1, poor: 1, missing: 1 });
    const current = (await getOrder(store, 'ord-team'))!;
    await putSyncedRecord(store, 'order', { ...current, status: 'shipped', product: 'Bag 2' }, current);
    expect(await rowOf('ord-team')).toMatchObject({ status: 'shipped', product: 'Bag 2' });
    await deleteSyncedRecord(store, 'order', 'ord-team');
    expect(await rowOf('ord-team')).toBeUndefined();
  });

  it('an import brings the rows of what it brought (and only those)', async () => {
    const sup = await supplierId();
    const o = await order(sup, 'PO-1');
    await savePhoto(store, photo(1, { orderId: o.id, stageId: 'dp', shotId: 'label' }));
    const file = await exportBackup(store);
    const fresh = await open('fresh');
    const stale = await addOrder(fresh, {
      poNumbers: ['PO-OLD'],
      supplierId: (
        await addSupplier(fresh, { company: 'X', emails: [], domains: [], replyLanguages: ['en'] })
      ).id,
      product: 'Old',
      stages: stages(),
    });
    await importBackup(fresh, file, { indexedDB: factory() });
    expect((await allListRows(fresh)).map((r) => r.id)).toEqual([o.id]);
    expect(await rowOf(stale.id, fresh)).toBeUndefined();
    expect(await countsOf(o.id, 'dp', fresh)).toEqual({ total: 2, required: 1, poor: 1, missing: 1 });
    expect(await rowOf(o.id, fresh)).toEqual(await rowOf(o.id));
  });

  it('two tabs filing and deciding at once: each row counts every write', async () => {
    const sup = await supplierId();
    const a = await order(sup, 'PO-A');
    const b = await order(sup, 'PO-B');
    const other = await open();
    // Tab 1 files the fabric shots, tab 2 the label shots, of both orders, all at once.
    await Promise.all([
      savePhoto(store, photo(2, { orderId: a.id, stageId: 'pp', shotId: 'fabric' })),
      savePhoto(other, photo(3, { orderId: a.id, stageId: 'dp', shotId: 'label' })),
      savePhoto(store, photo(4, { orderId: b.id, stageId: 'pp', shotId: 'fabric' })),
      savePhoto(other, photo(5, { orderId: b.id, stageId: 'dp', shotId: 'label' })),
    ]);
    await Promise.all([
      setPhotoStatus(other, SHA(2), { state: 'accepted' }),
      setPhotoStatus(store, SHA(3), { state: 'rejected', reason: 'blurry' }),
      setPhotoStatus(other, SHA(5), { state: 'accepted' }),
    ]);
    for (const s of [store, other]) {
      expect(await countsOf(a.id, 'pp', s)).toEqual({
        total: 1,
        required: 1,
        requiredAccepted: 1,
        accepted: 1,
      });
      expect(await countsOf(a.id, 'dp', s)).toEqual({ total: 2, required: 1, rejected: 1, missing: 1 });
      expect(await countsOf(b.id, 'pp', s)).toEqual({ total: 1, required: 1, pending: 1 });
      expect(await countsOf(b.id, 'dp', s)).toEqual({
        total: 2,
        required: 1,
        requiredAccepted: 1,
        accepted: 1,
        missing: 1,
      });
    }
  });
});

describe('rows in pages (schema v8)', () => {
  it('a row packs into flat arrays and back to itself: gates, due dates, neither, no stage', () => {
    const counts = {
      ...noCounts(),
      total: 3,
      required: 2,
      requiredAccepted: 1,
      accepted: 1,
      poor: 1,
      missing: 1,
    };
    const row: ListRow = {
      id: 'o1',
      poNumbers: ['PO-1', 'PO-1B'],
      product: 'Tote',
      supplierId: 's1',
      status: 'open',
      currentStageId: 'dp',
      updatedAt: '2026-12-05T10:00:00.000Z',
      stages: [
        { id: 'pp', name: text('PP'), counts: noCounts() },
        { id: 'dp', name: text('DP'), gate: { label: text('packing') }, dueDate: '2026-12-01', counts },
        { id: 'ps', name: { en: 'PS', zh: '' }, dueDate: '2027-01-02', counts },
        { id: 'cl', name: text('CL'), gate: { label: text('loading') }, counts },
      ],
    };
    expect(unpackRow(packRow(row))).toEqual(row);
    expect(unpackRow(packRow({ ...row, stages: [] }))).toEqual({ ...row, stages: [] });
    // Flat: no object per stage in what is stored.
    expect(packRow(row).text.every((t) => t === null || typeof t === 'string')).toBe(true);
    expect(packRow(row).counts.every((n) => typeof n === 'number')).toBe(true);
  });

  it('orders whose rows share a page, written from two tabs at once: every row stays', async () => {
    const sup = await supplierId();
    const made: Order[] = [];
    const byPage = new Map<number, Order[]>();
    let shared: Order[] | undefined;
    while (!shared) {
      const o = await order(sup, `PO-${made.length}`);
      made.push(o);
      const same = [...(byPage.get(pageOf(o.id)) ?? []), o];
      byPage.set(pageOf(o.id), same);
      if (same.length === 2) shared = same;
    }
    const [a, b] = shared;
    const gone = await order(sup, 'PO-gone');
    const other = await open();
    await Promise.all([
      savePhoto(store, photo(2, { orderId: a!.id, stageId: 'pp', shotId: 'fabric' })),
      savePhoto(other, photo(4, { orderId: b!.id, stageId: 'pp', shotId: 'fabric' })),
      updateOrder(other, a!.id, { product: 'Apron' }),
      deleteOrder(store, gone.id),
    ]);
    const rows = await allListRows(store);
    expect(rows.map((r) => r.id).sort()).toEqual(made.map((o) => o.id).sort());
    expect(rows.find((r) => r.id === a!.id)?.product).toBe('Apron');
    expect(await countsOf(a!.id, 'pp')).toEqual({ total: 1, required: 1, pending: 1 });
    expect(await countsOf(b!.id, 'pp')).toEqual({ total: 1, required: 1, pending: 1 });
  });
});
