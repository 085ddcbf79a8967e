// @vitest-environment node
// The orders desk reads no photo record for its list, and opening an order reads that order's photos
// (the store's orderId index) and the photos near them (the reuse index), never every photo; the order
// page's checklists are the ones computed with every photo in memory.
import { describe, expect, it } from 'vitest';
import { summarizeOrder, summaryContext } from '@/components/desk/summary';
import * as desk from '@/components/options/data';
import { openStore } from '@/utils/store/db';
import { addOrder } from '@/utils/store/orders';
import { listPhotos, type PhotoInput, savePhoto } from '@/utils/store/photos';
import { getSettings } from '@/utils/store/settings';
import { addSupplier } from '@/utils/store/suppliers';
import type { Stage } from '@/utils/store/types';
import { prng } from './helpers/fixtures';
import { report } from './helpers/report';

const text = (en: string) => ({ en, zh: en });
const shot = (id: string) => ({
  id,
  label: text(id),
  instructions: text(id),
  required: true,
  referencePhotoIds: [],
});
const stages = (): Stage[] => [
  { id: 'pp', kind: 'pre-production', name: text('PP'), shots: [shot('fabric'), shot('label')] },
  { id: 'dp', kind: 'during-production', name: text('DP'), shots: [shot('seam')], dueDate: '2026-12-01' },
];
const hex16 = (rand: () => number) =>
  Array.from({ length: 16 }, () => Math.floor(rand() * 16).toString(16)).join('');
/** The hash with `bits` of its bits flipped: a resized copy of the same picture. */
const flip = (hex: string, bits: number) => {
  let v = BigInt(`0x${hex}`);
  for (let b = 0; b < bits; b++) v ^= 1n << BigInt(b * 7);
  return v.toString(16).padStart(16, '0');
};

describe('orders desk: each screen reads what it shows', () => {
  it('the list reads no photo; an order reads its own photos and their near copies; checklists unchanged', async () => {
    const store = await openStore();
    const rand = prng(7);
    const supplier = await addSupplier(store, {
      company: 'F',
      emails: [],
      domains: [],
      replyLanguages: ['en'],
    });
    const orders = [];
    for (let i = 0; i < 4; i++)
      orders.push(
        await addOrder(store, {
          poNumbers: [`PO-${i}`],
          supplierId: supplier.id,
          product: 'Tote',
          stages: stages(),
        }),
      );
    const hashes: string[] = [];
    for (let n = 0; n < 40; n++) {
      const o = orders[n % 4]!;
      const stage = o.stages[n % 2]!;
      // Every fifth photo a near copy of one filed for another order: the checklist's reuse history.
      const dHash = n >= 5 && n % 5 === 0 ? flip(hashes[n - 3]!, 3) : hex16(rand);
      hashes.push(dHash);
      const input: PhotoInput = {
        sha256: n.toString(16).padStart(64, '0'),
        dHash,
        report: report(n % 3 ? {} : { width: 640, height: 480, verdict: 'fail' }),
        origins: [
          {
            source: 'gmail',
            fileName: `IMG_${n}.jpg`,
            receivedAt: `2026-11-${10 + (n % 15)}T02:00:00.000Z`,
            messageId: `m${n}`,
          },
        ],
        orderId: o.id,
        stageId: stage.id,
        shotId: stage.shots[n % stage.shots.length]!.id,
        ...(n % 4 === 1 && { status: { state: 'accepted', at: '2026-11-30T00:00:00.000Z' } }),
      };
      await savePhoto(store, input);
    }

    await desk.loadAll();
    expect(desk.loadState.value).toBe('ready');
    expect(desk.summaries.value?.size).toBe(4);
    // No photo record read for the list.
    expect(desk.photos.value).toEqual([]);

    const all = await listPhotos(store);
    const settings = await getSettings(store);
    const ctx = summaryContext({
      photos: all,
      orders: desk.orders.value,
      thresholds: settings.thresholds,
      today: desk.today.value,
    });
    let reusedSeen = 0;
    for (const o of desk.orders.value) {
      await desk.openOrderPhotos(o.id);
      expect(desk.photos.value.map((p) => p.sha256).sort()).toEqual(
        all
          .filter((p) => p.orderId === o.id)
          .map((p) => p.sha256)
          .sort(),
      );
      const mine = desk.orderSummary(o)!;
      const everyPhoto = summarizeOrder(o, ctx);
      reusedSeen += mine.stages.reduce((n, s) => n + s.checklist.reused.length, 0);
      expect(JSON.stringify(mine.stages.map((s) => s.checklist))).toBe(
        JSON.stringify(everyPhoto.stages.map((s) => s.checklist)),
      );
    }
    // Reuse across orders was there to be found (else the comparison above proves little).
    expect(reusedSeen).toBeGreaterThan(0);
    store.close();
  });
});
