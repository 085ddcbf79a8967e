// @vitest-environment node
// The Check photos page reads the picked stage's photos (its order's, by index) and their near copies
// (the reuse index), not every photo in the store; its checklist is the one built with every photo.
import { describe, expect, it } from 'vitest';
import {
  assignView,
  checkedViews,
  checklist,
  loadOrders,
  pick,
  storePhotos,
} from '@/components/check/order-state';
import { type CheckView, items } from '@/components/check/state';
import { todayLocal } from '@/utils/dates';
import { openStore } from '@/utils/store/db';
import { listOrders } from '@/utils/store/orders';
import { listPhotos, savePhoto } from '@/utils/store/photos';
import { getSettings } from '@/utils/store/settings';
import { buildChecklist } from '@/utils/triage/checklist';
import { report } from './helpers/report';
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

  it('a photo dropped and assigned here that is a near copy of one filed for another order is called reused', async () => {
    const store = await openStore();
    const [first, second] = await seedReuseDesk(store, { photos: 8, seed: 7 });
    const stage = second!.stages[0]!;
    // Filed for the first order months ago; its dHash is near no photo of the second order's stages.
    const old = { sha256: 'a'.repeat(64), dHash: '0123456789abcdef' };
    await savePhoto(store, {
      ...old,
      report: report({ sha256: old.sha256 }),
      origins: [
        {
          source: 'gmail',
          fileName: 'front.jpg',
          receivedAt: '2026-06-01T02:00:00.000Z',
          orderId: first!.id,
        },
      ],
      orderId: first!.id,
      stageId: first!.stages[0]!.id,
      shotId: first!.stages[0]!.shots[0]!.id,
    });
    store.close();

    await loadOrders(`?order=${second!.id}&stage=${stage.id}`);
    expect(storePhotos.value.has(old.sha256)).toBe(false);
    // The same picture sent again through WeChat: re-encoded (another file), its dHash 2 bits off.
    const sha256 = 'b'.repeat(64);
    const metrics = {
      sampleWidth: 1024,
      sampleHeight: 768,
      sharpness: 900,
      meanLuminance: 120,
      clippedDark: 0,
      clippedBright: 0,
      dHash: '0123456789abcdec',
    };
    const dropped = report({ sha256, pixels: { ok: true, metrics } });
    const view: CheckView = {
      id: 'wechat.jpg',
      fileSeq: 0,
      name: 'wechat.jpg',
      report: dropped,
      findings: dropped.findings,
      verdict: dropped.verdict,
      addedAt: '2026-12-01T08:00:00.000Z',
    };
    items.value = [view];
    expect(checkedViews.value[0]).toMatchObject({ verdict: 'ok' });
    await assignView(view, stage.shots[0]!.id);
    // The card says what the checklist says.
    expect(checkedViews.value[0]?.findings.map((f) => f.code)).toContain('reused');
    expect(checkedViews.value[0]?.verdict).not.toBe('ok');
    expect(checklist.value?.reused).toMatchObject([
      { photo: { sha256 }, match: 'near', firstSeen: { fileName: 'front.jpg' } },
    ]);
  });
});
