// @vitest-environment node
// The Check photos page reads the picked stage's photos (its order's, by index) and their near copies
// (the reuse index), not every photo in the store; its checklist is the one built with every photo.
import { describe, expect, it } from 'vitest';
import { checklist, loadOrders, pick, storePhotos } from '@/components/check/order-state';
import { todayLocal } from '@/utils/dates';
import { openStore } from '@/utils/store/db';
import { listOrders } from '@/utils/store/orders';
import { listPhotos } from '@/utils/store/photos';
import { getSettings } from '@/utils/store/settings';
import { buildChecklist } from '@/utils/triage/checklist';
import { seedReuseDesk } from './helpers/reuse-desk';

describe('Check photos: a stage reads what its checklist needs', () => {
  it('the stage’s photos and their near copies, not every photo; the checklist unchanged', async () => {
    const store = await openStore();
    // Dropped on the page, as Check photos files them.
    await seedReuseDesk(store, {
      photos: 48,
      seed: 13,
      photo: (_n, input) => ({
        ...input,
        origins: input.origins.map(({ messageId: _, ...o }) => ({ ...o, source: 'dropped' as const })),
      }),
    });
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
