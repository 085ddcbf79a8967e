// @vitest-environment node
// The mail panel's stage view reads the orders its photos and their near copies name, not every order,
// and still names the order a reused photo was first sent for.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { todayLocal } from '@/utils/dates';
import { createMailService } from '@/utils/mail/service';
import { photoIdsOf, thumbKey } from '@/utils/mail/stage-images';
import { openStore } from '@/utils/store/db';
import { addOrder, listOrders } from '@/utils/store/orders';
import { listPhotos, savePhoto } from '@/utils/store/photos';
import { getSettings } from '@/utils/store/settings';
import { addSupplier } from '@/utils/store/suppliers';
import { buildChecklist } from '@/utils/triage/checklist';
import { report } from './helpers/report';
import { seedReuseDesk } from './helpers/reuse-desk';

const stage = (id: string) => ({ id, kind: 'sample' as const, name: { en: id, zh: id }, shots: [] });

describe('mail service: stageView at scale', () => {
  it('a near copy of a photo sent for another order names that order', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'stage-view' });
    const supplier = await addSupplier(db, { company: 'F', emails: [], domains: [], replyLanguages: ['en'] });
    const add = (po: string, st: string) =>
      addOrder(db, { poNumbers: [po], supplierId: supplier.id, product: 'Mug', stages: [stage(st)] });
    const first = await add('PO-FIRST', 'a');
    for (let i = 0; i < 5; i++) await add(`PO-OTHER-${i}`, `x${i}`);
    const now = await add('PO-NOW', 'b');
    const origin = (messageId: string, orderId: string, day: string) => ({
      source: 'gmail' as const,
      fileName: `${messageId}.jpg`,
      receivedAt: `2026-11-${day}T08:00:00.000Z`,
      messageId,
      orderId,
    });
    await savePhoto(db, {
      sha256: '1'.repeat(64),
      dHash: '00ff00ff00ff00ff',
      report: report({ sha256: '1'.repeat(64) }),
      origins: [origin('m1', first.id, '10')],
      orderId: first.id,
      stageId: 'a',
    });
    await savePhoto(db, {
      sha256: '2'.repeat(64),
      dHash: '00ff00ff00ff00fe',
      report: report({ sha256: '2'.repeat(64) }),
      origins: [origin('m2', now.id, '20')],
      orderId: now.id,
      stageId: 'b',
    });
    const view = await createMailService(async () => db).stageView(now.id, 'b');
    expect(view.checklist.reused).toHaveLength(1);
    expect(JSON.stringify(view.checklist.findings)).toContain('PO-FIRST');
    db.close();
  });

  it('every stage’s checklist is the one built with every photo and every order in memory', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'stage-view-same' });
    await seedReuseDesk(db, {
      photos: 40,
      seed: 11,
      photo: (n, input) => ({ ...input, thumbnail: new Blob([`thumb ${n}`], { type: 'image/jpeg' }) }),
    });
    const service = createMailService(async () => db);
    const all = await listPhotos(db);
    const everyOrder = await listOrders(db);
    const { thresholds } = await getSettings(db);
    let reused = 0;
    for (const o of everyOrder)
      for (const st of o.stages) {
        const photos = all.filter((p) => p.orderId === o.id && p.stageId === st.id);
        const before = buildChecklist({
          order: o,
          stage: st,
          photos,
          history: all,
          thresholds,
          today: todayLocal(),
          orders: everyOrder,
        });
        const view = await service.stageView(o.id, st.id);
        expect(JSON.stringify(view.checklist)).toBe(JSON.stringify(before));
        // Records only: the panel asks for the pictures it shows, every one of them there to be had.
        expect(view.images).toEqual({});
        const shown = photoIdsOf(view.checklist);
        expect(shown.length).toBeGreaterThanOrEqual(photos.length);
        expect(Object.keys(await service.thumbnails(shown)).sort()).toEqual([...shown].sort());
        // The tab that holds the thumbnails gets the same checklist.
        const again = await service.stageView(
          o.id,
          st.id,
          photos.map((p) => thumbKey(p.sha256)),
        );
        expect(JSON.stringify(again.checklist)).toBe(JSON.stringify(view.checklist));
        expect(again.images).toEqual({});
        reused += view.checklist.reused.length;
      }
    // Reuse across orders was there to be found (else the comparison proves little).
    expect(reused).toBeGreaterThan(0);
    db.close();
  });
});
