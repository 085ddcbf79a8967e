// The panel's weakest-link note, as the background answers it (utils/mail/service.ts messageContext):
// a supplier whose last three stages each needed a re-request gets the note of its most frequent problem.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createMailService } from '@/utils/mail/service';
import type { PhotoReport } from '@/utils/photo/types';
import { openStore, type Store } from '@/utils/store/db';
import { addOrder } from '@/utils/store/orders';
import { savePhoto } from '@/utils/store/photos';
import { logRequest } from '@/utils/store/requests';
import { addSupplier } from '@/utils/store/suppliers';

const chatCopy: PhotoReport = {
  format: 'jpeg',
  width: 1280,
  height: 960,
  bytes: 68_000,
  bytesRead: 68_000,
  findings: [{ code: 'chat-recompressed', severity: 'warn', measured: '1280×960' }],
  verdict: 'warn',
};

async function seed(requested: number): Promise<Store> {
  const db = await openStore({ indexedDB: new IDBFactory(), name: 'note' });
  const supplier = await addSupplier(db, {
    company: 'Factory',
    emails: ['amy@factory.cn'],
    domains: [],
    replyLanguages: ['en'],
  });
  for (let i = 0; i < 3; i++) {
    const order = await addOrder(db, {
      poNumbers: [`PO-2026-010${i}`],
      supplierId: supplier.id,
      product: 'Tote',
      status: 'open',
      currentStageId: 's',
      stages: [{ id: 's', kind: 'pre-shipment', name: { en: 'Pre-shipment', zh: '出货前' }, shots: [] }],
    });
    await savePhoto(db, {
      sha256: String(i).repeat(64),
      report: chatCopy,
      origins: [{ source: 'gmail', fileName: `${i}.jpg`, receivedAt: `2026-11-0${i + 1}T00:00:00.000Z` }],
      orderId: order.id,
      stageId: 's',
    });
    if (i < requested)
      await logRequest(db, {
        orderId: order.id,
        stageId: 's',
        channel: 'gmail',
        items: [{ text: 'originals' }],
      });
  }
  return db;
}

const context = (db: Store) =>
  createMailService(async () => db).messageContext({
    client: 'gmail',
    senderEmail: 'amy@factory.cn',
    subject: 'photos',
    bodyText: '',
  });

describe('weakest-link note in the message context', () => {
  it('names chat-app copies when the last three stages each needed a re-request', async () => {
    const db = await seed(3);
    expect((await context(db)).supplierNote).toBe('chat-app');
    db.close();
  });
  it('says nothing when one of them did not', async () => {
    const db = await seed(2);
    expect((await context(db)).supplierNote).toBeUndefined();
    db.close();
  });
});
