// @vitest-environment node
// The Check photos page reads the picked stage's photos (its order's, by index) and their near copies
// (the reuse index), not every photo in the store; its checklist is the one built with every photo.
import { describe, expect, it } from 'vitest';
import { checklist, loadOrders, pick, storePhotos } from '@/components/check/order-state';
import { todayLocal } from '@/utils/dates';
import { openStore } from '@/utils/store/db';
import { addOrder, listOrders } from '@/utils/store/orders';
import { listPhotos, savePhoto } from '@/utils/store/photos';
import { getSettings } from '@/utils/store/settings';
import { addSupplier } from '@/utils/store/suppliers';
import type { Stage } from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
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
  { id: 'dp', kind: 'during-production', name: text('DP'), shots: [shot('seam')] },
];

describe('Check photos: a stage reads what its checklist needs', () => {
  it('the stage’s photos and their near copies, not every photo; the checklist unchanged', async () => {
    const store = await openStore();
    const rand = prng(13);
    const hex16 = () => Array.from({ length: 16 }, () => Math.floor(rand() * 16).toString(16)).join('');
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
    for (let n = 0; n < 48; n++) {
      const o = orders[n % 4]!;
      const st = o.stages[n % 2]!;
      // Every fifth photo a near copy (3 bits) of one filed for another order.
      const dHash =
        n >= 5 && n % 5 === 0
          ? (BigInt(`0x${hashes[n - 3]}`) ^ 0x10204n).toString(16).padStart(16, '0')
          : hex16();
      hashes.push(dHash);
      await savePhoto(store, {
        sha256: n.toString(16).padStart(64, '0'),
        dHash,
        report: report(n % 3 ? {} : { width: 640, height: 480, verdict: 'fail' }),
        origins: [
          {
            source: 'dropped',
            fileName: `IMG_${n}.jpg`,
            receivedAt: `2026-11-${10 + (n % 15)}T02:00:00.000Z`,
            orderId: o.id,
          },
        ],
        orderId: o.id,
        stageId: st.id,
        shotId: st.shots[n % st.shots.length]!.id,
      });
    }
    const all = await listPhotos(store);
    const everyOrder = await listOrders(store);
    const { thresholds } = await getSettings(store);
    store.close();

    await loadOrders('');
    let reused = 0;
    for (const o of everyOrder)
      for (const st of o.stages) {
        await pick(o.id, st.id);
        const photos = all.filter((p) => p.orderId === o.id && p.stageId === st.id);
        // Not every photo: the order's own and those near the stage's.
        expect(storePhotos.value.size).toBeLessThan(all.length);
        const before = buildChecklist({
          order: o,
          stage: st,
          photos,
          history: all,
          thresholds,
          today: todayLocal(),
          orders: everyOrder,
        });
        expect(JSON.stringify(checklist.value)).toBe(JSON.stringify(before));
        reused += before.reused.length;
      }
    expect(reused).toBeGreaterThan(0);
  });
});
