// @vitest-environment node
// The mail panel's stage view reads the orders its photos and their near copies name, not every order,
// and still names the order a reused photo was first sent for.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createMailService } from '@/utils/mail/service';
import { openStore } from '@/utils/store/db';
import { addOrder } from '@/utils/store/orders';
import { savePhoto } from '@/utils/store/photos';
import { addSupplier } from '@/utils/store/suppliers';
import { report } from './helpers/report';

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
});
