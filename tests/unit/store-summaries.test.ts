// @vitest-environment node
// The counts screens show (utils/store/summaries) stay what a count from scratch gives, through every
// write path: filing, assigning, accepting, rejecting, deleting a photo, editing and deleting an order,
// logging and deleting requests, importing a backup, and two tabs writing at once.
import { beforeEach, describe, expect, it } from 'vitest';
import { orderFigures } from '@/components/desk/stored-figures';
import { summarizeOrder, summaryContext } from '@/components/desk/summary';
import { exportBackup, importBackup } from '@/utils/store/backup';
import type { Store } from '@/utils/store/db';
import { allListRows } from '@/utils/store/list-rows';
import { addOrder, deleteOrder, listOrders, updateOrder } from '@/utils/store/orders';
import {
  deletePhoto,
  deletePhotosCreatedBefore,
  getPhoto,
  getThumbnails,
  listPhotos,
  type PhotoInput,
  photosForOrder,
  savePhoto,
  setPhotoAssignment,
  setPhotoStatus,
} from '@/utils/store/photos';
import { logRequest, markAnswered } from '@/utils/store/requests';
import { dropClosedOrderPictures, monthsBefore, storageBreakdown } from '@/utils/store/storage';
import {
  allStageSummaries,
  allSupplierSummaries,
  emptySupplierSummary,
  type StageSummary,
  type Summary,
  stageSummariesForOrder,
  summarizeAll,
  supplierSummary,
} from '@/utils/store/summaries';
import { addSupplier } from '@/utils/store/suppliers';
import type { Order, Stage } from '@/utils/store/types';
import type { ChecklistCounts } from '@/utils/triage/checklist';
import { computeScorecard } from '@/utils/triage/scorecard';
import { scoreFigures } from '@/utils/triage/scorecard-days';
import { scorecardInput } from '@/utils/triage/scorecard-input';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { freshStores } from './helpers/fresh-stores';
import { headline } from './helpers/scorecard-headline';
import { shot, text } from './helpers/shots';

const { open, factory } = freshStores();
let store: Store;

beforeEach(async () => {
  store = await open();
});

const stages = (): Stage[] => [
  { id: 'pp', kind: 'pre-production', name: text('PP'), shots: [shot('fabric')] },
  {
    id: 'dp',
    kind: 'during-production',
    name: text('DP'),
    shots: [shot('label'), shot('seam', false)],
    dueDate: '2026-12-01',
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
const photo = (n: number, over: Partial<PhotoInput> = {}): PhotoInput => ({
  sha256: SHA(n),
  report: n % 2 ? fail : good,
  origins: [
    {
      source: 'gmail',
      fileName: `IMG_${n}.jpg`,
      receivedAt: `2026-11-${String(10 + (n % 18)).padStart(2, '0')}T02:31:00.000Z`,
      messageId: `m${n}`,
    },
  ],
  ...over,
});

async function supplier(company: string) {
  return addSupplier(store, { company, emails: [], domains: [], replyLanguages: ['en'] });
}
async function order(supplierId: string, po: string): Promise<Order> {
  return addOrder(store, { poNumbers: [po], supplierId, product: 'Tote', stages: stages() });
}

/** The summaries stored, against a count from scratch of the records stored. */
async function expectCounted(s: Store = store) {
  const [orders, photos, requests, summaries] = await Promise.all([
    s.db.getAll('orders'),
    s.db.getAll('photos'),
    s.db.getAll('requests'),
    s.db.getAll('summaries'),
  ]);
  const byKey = (list: Summary[]) => [...list].sort((a, b) => (a.key < b.key ? -1 : 1));
  expect(byKey(summaries)).toEqual(byKey(summarizeAll(orders, photos, requests)));
  await expectListFigures(s);
}

/**
 * The orders list's and the popup's figures, from the list rows alone, against the checklists the order
 * page computes from every photo record (no reuse here: the photos have no dHash).
 */
async function expectListFigures(s: Store) {
  const today = '2026-11-26';
  const [orders, photos, rows] = await Promise.all([listOrders(s), listPhotos(s), allListRows(s)]);
  const ctx = summaryContext({ photos, orders, thresholds: DEFAULT_THRESHOLDS, today });
  expect(rows.map((r) => r.id).sort()).toEqual(orders.map((o) => o.id).sort());
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const o of orders) {
    const row = byId.get(o.id)!;
    expect(row).toMatchObject({
      poNumbers: o.poNumbers,
      product: o.product,
      supplierId: o.supplierId,
      status: o.status,
      currentStageId: o.currentStageId,
      updatedAt: o.updatedAt,
    });
    const want = summarizeOrder(o, ctx);
    const got = orderFigures(row, today);
    const figures = (x: { stage: { id: string }; checklist: { counts: ChecklistCounts; gate: object } }) => {
      const { blockers, ...gate } = x.checklist.gate as { blockers?: unknown[] };
      return {
        id: x.stage.id,
        counts: x.checklist.counts,
        gate,
        open: x.checklist.counts.required - x.checklist.counts.requiredAccepted,
        ...(blockers ? { blockers: blockers.length } : {}),
      };
    };
    const open = (x: ReturnType<typeof figures>) => ({ ...x, blockers: x.blockers ?? x.open });
    expect(got.stages.map(figures).map(open)).toEqual(want.stages.map(figures).map(open));
    expect(got.current?.stage.id).toBe(want.current?.stage.id);
    expect(got.nextDue?.stage.id).toBe(want.nextDue?.stage.id);
  }
}

const stageOf = async (orderId: string, stageId: string): Promise<StageSummary | undefined> =>
  (await stageSummariesForOrder(store, orderId)).find((x) => x.stageId === stageId);

describe('summaries kept with every write', () => {
  it('a new order has its stages counted: every required shot missing', async () => {
    const a = await supplier('Huamei');
    const o = await order(a.id, 'PO-1');
    expect((await stageOf(o.id, 'dp'))?.counts).toMatchObject({ total: 2, required: 1, missing: 2 });
    expect(await supplierSummary(store, a.id)).toMatchObject({ received: 0, requests: 0 });
    await expectCounted();
  });

  it('filing, assigning, accepting, rejecting and deleting photos move the stage and supplier counts', async () => {
    const a = await supplier('Huamei');
    const o = await order(a.id, 'PO-1');
    await savePhoto(store, photo(1, { orderId: o.id, stageId: 'dp', shotId: 'label' }));
    await savePhoto(store, photo(2, { orderId: o.id, stageId: 'dp' }));
    await savePhoto(store, photo(3)); // not assigned: no stage, no supplier
    await expectCounted();
    expect(await stageOf(o.id, 'dp')).toMatchObject({
      received: 2,
      poor: 1,
      counts: { poor: 1, missing: 1 },
      shots: { label: 'poor', seam: 'missing' },
    });

    await setPhotoAssignment(store, SHA(2), { orderId: o.id, stageId: 'dp', shotId: 'seam' });
    expect((await stageOf(o.id, 'dp'))?.shots).toEqual({ label: 'poor', seam: 'pending' });
    await setPhotoAssignment(store, SHA(3), { orderId: o.id, stageId: 'pp', shotId: 'fabric' });
    await setPhotoStatus(store, SHA(3), { state: 'accepted' });
    await setPhotoStatus(store, SHA(1), { state: 'rejected', reason: 'too small' });
    await expectCounted();
    expect(await stageOf(o.id, 'pp')).toMatchObject({ received: 1, accepted: 1, counts: { accepted: 1 } });
    expect(await supplierSummary(store, a.id)).toMatchObject({
      received: 3,
      accepted: 1,
      rejected: 1,
      poor: 0,
    });

    // Moved to another order of another supplier: counted off one, onto the other.
    const b = await supplier('Porto');
    const o2 = await order(b.id, 'PO-2');
    await setPhotoAssignment(store, SHA(3), { orderId: o2.id, stageId: 'pp', shotId: 'fabric' });
    expect((await supplierSummary(store, a.id)).received).toBe(2);
    expect((await supplierSummary(store, b.id)).received).toBe(1);
    await expectCounted();

    await setPhotoAssignment(store, SHA(2), null);
    expect(await deletePhoto(store, SHA(1))).toBe(true);
    expect(await stageOf(o.id, 'dp')).toMatchObject({ received: 0, counts: { missing: 2 } });
    await expectCounted();
    expect(await deletePhotosCreatedBefore(store, '2999-01-01T00:00:00.000Z')).toBe(2);
    await expectCounted();
    expect((await allSupplierSummaries(store)).map((s) => s.received)).toEqual([]);
  });

  it('editing an order (shots, supplier) and deleting it; requests logged and deleted', async () => {
    const a = await supplier('Huamei');
    const b = await supplier('Porto');
    const o = await order(a.id, 'PO-1');
    await savePhoto(store, photo(2, { orderId: o.id, stageId: 'dp', shotId: 'seam' }));
    await logRequest(store, { orderId: o.id, stageId: 'dp', channel: 'gmail', items: [] });
    await logRequest(store, { orderId: o.id, stageId: 'pp', channel: 'wechat', items: [] });
    expect((await supplierSummary(store, a.id)).requests).toBe(2);
    await expectCounted();

    // The seam shot made required: the stage's required count follows without a photo written.
    const dp = o.stages[1]!;
    const edited = await updateOrder(store, o.id, {
      stages: [o.stages[0]!, { ...dp, shots: dp.shots.map((s) => ({ ...s, required: true })) }],
    });
    expect((await stageOf(o.id, 'dp'))?.counts.required).toBe(2);
    await expectCounted();

    // A stage removed while a photo is still filed under it keeps its count (the photo is there).
    await updateOrder(store, o.id, { stages: [edited.stages[0]!] }, edited);
    expect((await stageOf(o.id, 'dp'))?.received).toBe(1);
    await expectCounted();

    const moved = await updateOrder(store, o.id, { supplierId: b.id });
    expect(await supplierSummary(store, b.id)).toMatchObject({ received: 1, requests: 2 });
    expect(await supplierSummary(store, a.id)).toMatchObject({ received: 0, requests: 0 });
    await expectCounted();

    await deleteOrder(store, moved.id);
    expect(await stageSummariesForOrder(store, o.id)).toEqual([]);
    expect(await allSupplierSummaries(store)).toEqual([]);
    await expectCounted();
  });

  it('two tabs filing and deciding at once: no count is lost', async () => {
    const a = await supplier('Huamei');
    const o = await order(a.id, 'PO-1');
    const other = await open();
    const writes = Array.from({ length: 24 }, (_, i) =>
      savePhoto(i % 2 ? other : store, photo(i + 1, { orderId: o.id, stageId: i % 3 ? 'dp' : 'pp' })),
    );
    await Promise.all(writes);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        setPhotoStatus(i % 2 ? store : other, SHA(i + 1), { state: i % 4 ? 'accepted' : 'pending' }),
      ),
    );
    await expectCounted();
    expect((await supplierSummary(other, a.id)).received).toBe(24);
    const stages = await allStageSummaries(other);
    expect(stages.reduce((n, s) => n + s.received, 0)).toBe(24);
  });

  it('an import rebuilds the counts of what it brought', async () => {
    const a = await supplier('Huamei');
    const o = await order(a.id, 'PO-1');
    await savePhoto(
      store,
      photo(1, { orderId: o.id, stageId: 'dp', thumbnail: new Blob([new Uint8Array(5)]) }),
    );
    await logRequest(store, { orderId: o.id, stageId: 'dp', channel: 'gmail', items: [] });
    const before = await store.db.getAll('summaries');
    const file = await exportBackup(store);
    const fresh = await open('fresh');
    await importBackup(fresh, file, { indexedDB: factory() });
    expect(await fresh.db.getAll('summaries')).toEqual(before);
    await expectCounted(fresh);
  });
});

describe('thumbnails apart from the records', () => {
  it('are stored in their own store, joined only where a picture is shown', async () => {
    const a = await supplier('Huamei');
    const o = await order(a.id, 'PO-1');
    const thumb = new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/jpeg' });
    const saved = await savePhoto(store, photo(1, { orderId: o.id, stageId: 'dp', thumbnail: thumb }));
    expect(saved.thumbnail?.size).toBe(4);
    expect(await store.db.get('photos', SHA(1))).not.toHaveProperty('thumbnail');
    expect((await store.db.get('thumbnails', SHA(1)))?.blob.size).toBe(4);
    // A later save without a thumbnail keeps it.
    await savePhoto(store, photo(1, { status: { state: 'accepted', at: '2026-11-30T00:00:00.000Z' } }));
    expect((await getPhoto(store, SHA(1)))?.thumbnail?.size).toBe(4);
    expect((await listPhotos(store))[0]).not.toHaveProperty('thumbnail');
    // A stage's records too: the pictures are asked for by the page that shows them.
    expect((await photosForOrder(store, o.id, 'dp'))[0]).not.toHaveProperty('thumbnail');
    expect([...(await getThumbnails(store, [SHA(1), SHA(9)])).keys()]).toEqual([SHA(1)]);
    await deletePhoto(store, SHA(1));
    expect(await store.db.count('thumbnails')).toBe(0);
  });
});

describe('storage: pictures of old closed orders dropped, records kept', () => {
  it('drops only the thumbnails of closed orders not changed since the cutoff; counts and records stay', async () => {
    const a = await supplier('Huamei');
    const closed = await order(a.id, 'PO-OLD');
    const open = await order(a.id, 'PO-NEW');
    const thumb = () => new Blob([new Uint8Array(10)], { type: 'image/jpeg' });
    await savePhoto(
      store,
      photo(1, { orderId: closed.id, stageId: 'dp', shotId: 'label', thumbnail: thumb() }),
    );
    await savePhoto(
      store,
      photo(2, { orderId: open.id, stageId: 'dp', shotId: 'label', thumbnail: thumb() }),
    );
    await setPhotoStatus(store, SHA(1), { state: 'accepted' });
    const shut = await updateOrder(store, closed.id, { status: 'closed' });
    const before = {
      photos: await store.db.getAll('photos'),
      summaries: await store.db.getAll('summaries'),
      requests: await store.db.getAll('requests'),
    };
    expect((await storageBreakdown(store)).thumbnailBytes).toBe(20);

    // Changed after the cutoff: kept.
    expect(await dropClosedOrderPictures(store, '2000-01-01T00:00:00.000Z')).toEqual({
      orders: 0,
      pictures: 0,
      bytes: 0,
    });
    const after = new Date(Date.parse(shut.updatedAt) + 1000).toISOString();
    expect(await dropClosedOrderPictures(store, after)).toEqual({ orders: 1, pictures: 1, bytes: 10 });
    expect(await store.db.getAllKeys('thumbnails')).toEqual([SHA(2)]);
    expect({
      photos: await store.db.getAll('photos'),
      summaries: await store.db.getAll('summaries'),
      requests: await store.db.getAll('requests'),
    }).toEqual(before);
    // The checklist still says what was received: the photo, its verdict and status, without a picture.
    const [kept] = await photosForOrder(store, closed.id, 'dp');
    expect(kept).toMatchObject({
      sha256: SHA(1),
      status: { state: 'accepted' },
      report: { verdict: 'fail' },
    });
    expect(kept).not.toHaveProperty('thumbnail');
    expect(await storageBreakdown(store)).toMatchObject({ photos: 2, thumbnails: 1, thumbnailBytes: 10 });
    expect(monthsBefore(new Date('2026-12-04T00:00:00.000Z'), 12)).toBe('2025-12-04T00:00:00.000Z');
  });
});

describe('scorecard day scores kept with every write (issue 18: the supplier list and page from summaries)', () => {
  const PERIODS = ['2026-11-01', '2026-11-13', '2026-11-20', '2026-11-28'].flatMap((from) =>
    ['2026-11-18', '2026-11-27', '2026-12-31'].map((to) => ({ from, to })),
  );
  const TODAY = '2026-11-21';

  /** Every supplier's figures from its summary equal the pure scorecard over the records, every period. */
  async function expectScored(s: Store = store) {
    const [orders, photos, requests, summaries] = await Promise.all([
      listOrders(s),
      listPhotos(s),
      s.db.getAll('requests'),
      allSupplierSummaries(s),
    ]);
    const suppliers = new Set([...orders.map((o) => o.supplierId), ...summaries.map((x) => x.supplierId)]);
    for (const id of suppliers) {
      const summary = summaries.find((x) => x.supplierId === id) ?? emptySupplierSummary(id);
      const input = scorecardInput(
        orders.filter((o) => o.supplierId === id),
        photos,
        requests,
      );
      for (const period of PERIODS) {
        const card = computeScorecard(input, period, TODAY);
        expect({ id, period, ...scoreFigures(summary.score, period, TODAY) }).toEqual({
          id,
          period,
          ...headline(card),
        });
      }
    }
  }

  it('marking a request answered keeps the answer and its days in the supplier summary (same transaction)', async () => {
    const a = await supplier('Huamei');
    const o = await order(a.id, 'PO-1');
    const ask = (day: string) =>
      logRequest(store, {
        orderId: o.id,
        stageId: 'dp',
        channel: 'gmail',
        items: [],
        askedAt: `${day}T08:00:00.000Z`,
      });
    const r1 = await ask('2026-11-10');
    const r2 = await ask('2026-11-12');
    await ask('2026-11-14');
    const nov = { from: '2026-11-01', to: '2026-11-30' };
    const requestsOf = async () =>
      scoreFigures((await supplierSummary(store, a.id)).score, nov, TODAY).requests;
    expect(await requestsOf()).toEqual({ sent: 3, answered: 0 });
    // 36 and 60 hours: 1.5 and 2.5 days, median 2.
    await markAnswered(store, r1.id, '2026-11-11T20:00:00.000Z');
    expect(await requestsOf()).toEqual({ sent: 3, answered: 1, medianDaysToAnswer: 1.5 });
    await markAnswered(store, r2.id, '2026-11-14T20:00:00.000Z');
    expect(await requestsOf()).toEqual({ sent: 3, answered: 2, medianDaysToAnswer: 2 });
    // Answered once: a second answer changes nothing.
    await markAnswered(store, r2.id, '2026-11-20T20:00:00.000Z');
    expect(await requestsOf()).toEqual({ sent: 3, answered: 2, medianDaysToAnswer: 2 });
    expect((await supplierSummary(store, a.id)).requests).toBe(3);
    await expectScored();
    await expectCounted();
  });

  it('two years of history: the supplier summary keeps old dates by month, written one photo at a time as counted at once', async () => {
    const a = await supplier('Huamei');
    const o = await order(a.id, 'PO-1');
    const at = (d: number) => new Date(Date.UTC(2024, 10, 1) + d * 86_400_000).toISOString();
    // A photo every 25 days for 750 days, the last on 2026-11-21; two re-requests a year apart.
    for (let n = 0; n <= 30; n++)
      await savePhoto(store, {
        ...photo(n, { orderId: o.id, stageId: 'dp', shotId: n % 3 ? 'label' : 'seam' }),
        origins: [{ source: 'gmail', fileName: `IMG_${n}.jpg`, receivedAt: at(n * 25), messageId: `m${n}` }],
      });
    for (const d of [30, 400]) {
      const r = await logRequest(store, {
        orderId: o.id,
        stageId: 'dp',
        channel: 'gmail',
        items: [],
        askedAt: at(d),
      });
      await markAnswered(store, r.id, at(d + 2));
    }
    const { score } = await supplierSummary(store, a.id);
    expect(score.monthsBefore).toBe('2025-10');
    const old = Object.keys(score.received).filter((k) => k < '2025-10');
    expect(old.length).toBeGreaterThan(10);
    expect(old.every((k) => k.length === 7)).toBe(true);
    expect(score.asked).toHaveProperty('2024-12', [1, 1]);
    await expectCounted();
    const all = { from: '0000-01-01', to: '9999-12-31' };
    expect(scoreFigures(score, all, TODAY)).toMatchObject({
      received: 31,
      requests: { sent: 2, answered: 2, medianDaysToAnswer: 2 },
      exact: true,
    });
  });

  it('filing on several days, assigning, accepting, rejecting, moving, deleting photos and orders, importing', async () => {
    const a = await supplier('Huamei');
    const b = await supplier('Porto');
    const o1 = await order(a.id, 'PO-1');
    const o2 = await order(a.id, 'PO-2');
    const o3 = await order(b.id, 'PO-3');
    // Gates on both sides of today and of the periods' edges.
    const gated = (o: Order, pp: string, dp: string) =>
      updateOrder(store, o.id, {
        stages: o.stages.map((st) => ({
          ...st,
          gate: { label: text('g'), dueDate: st.id === 'pp' ? pp : dp },
        })),
      });
    await gated(o1, '2026-11-12', '2026-11-20');
    await gated(o2, '2026-11-13', '2026-11-27');
    await gated(o3, '2026-11-01', '2026-11-21');
    const shots = [
      { stageId: 'dp', shotId: 'label' },
      { stageId: 'dp', shotId: 'seam' },
      { stageId: 'pp', shotId: 'fabric' },
      { stageId: 'dp' },
    ];
    // 36 photos over 18 days, several per shot and per day (n % 18 is the day).
    for (let n = 1; n <= 36; n++) {
      const o = [o1, o2, o3][n % 3]!;
      await savePhoto(store, photo(n, { orderId: o.id, ...shots[n % 4]! }));
    }
    await expectScored();
    await expectCounted();
    // Re-requests on several days, some answered (the hours to the answer differ).
    const asked = [];
    for (let n = 0; n < 9; n++)
      asked.push(
        await logRequest(store, {
          orderId: [o1, o2, o3][n % 3]!.id,
          stageId: n % 2 ? 'dp' : 'pp',
          channel: 'gmail',
          items: [],
          askedAt: `2026-11-${String(10 + 2 * n).padStart(2, '0')}T08:00:00.000Z`,
        }),
      );
    for (const [i, hours] of [
      [0, 30],
      [1, 50],
      [3, 5],
      [4, 49],
      [6, 100],
      [7, 26],
    ] as const) {
      const r = asked[i]!;
      await markAnswered(store, r.id, new Date(Date.parse(r.askedAt) + hours * 3_600_000).toISOString());
    }
    await expectScored();
    await expectCounted();
    for (let n = 2; n <= 36; n += 5) await setPhotoStatus(store, SHA(n), { state: 'rejected', reason: 'x' });
    for (let n = 4; n <= 36; n += 7) await setPhotoStatus(store, SHA(n), { state: 'accepted' });
    await expectScored();
    await setPhotoAssignment(store, SHA(7), { orderId: o3.id, stageId: 'dp', shotId: 'label' });
    await setPhotoAssignment(store, SHA(8), null);
    await setPhotoAssignment(store, SHA(9), { orderId: o1.id, stageId: 'dp', shotId: 'seam' });
    await expectScored();
    // The same file again in another order's mail, earlier: now a reused photo (a problem).
    await savePhoto(store, {
      ...photo(10),
      origins: [
        { source: 'gmail', fileName: 'old.jpg', receivedAt: '2026-11-01T00:00:00.000Z', orderId: o3.id },
      ],
    });
    await deletePhoto(store, SHA(11));
    await updateOrder(store, o2.id, { supplierId: b.id });
    await expectScored();
    await deleteOrder(store, o1.id);
    await expectScored();
    await expectCounted();

    const file = await exportBackup(store);
    const fresh = await open('fresh');
    await importBackup(fresh, file, { indexedDB: factory() });
    await expectScored(fresh);
  });
});
