// @vitest-environment node
// The orders desk reads no photo record for its list, and opening an order reads that order's photos
// (the store's orderId index) and the photos near them (the reuse index), never every photo; the order
// page's checklists are the ones computed with every photo in memory.
import { describe, expect, it } from 'vitest';
import { summarizeOrder, summaryContext } from '@/components/desk/summary';
import * as desk from '@/components/options/data';
import { openStore } from '@/utils/store/db';
import { listPhotos } from '@/utils/store/photos';
import { getSettings } from '@/utils/store/settings';
import { seedReuseDesk } from './helpers/reuse-desk';

describe('orders desk: each screen reads what it shows', () => {
  it('the list reads no photo; an order reads its own photos and their near copies; checklists unchanged', async () => {
    const store = await openStore();
    await seedReuseDesk(store, { photos: 40, seed: 7 });

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
