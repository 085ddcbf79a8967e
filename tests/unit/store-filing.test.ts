// @vitest-environment node
// Filing a mail photo reads its record once, inside the write: two messages filing the same photo at
// once (two tabs, or a thread's reply quoting the first photo) place it once, and both say where.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileMailPhoto } from '@/utils/mail/filing';
import { openStore } from '@/utils/store/db';
import { addOrder } from '@/utils/store/orders';
import { getPhoto, getThumbnails, savePhoto } from '@/utils/store/photos';
import { addSupplier } from '@/utils/store/suppliers';
import { report } from './helpers/report';

const stage = (id: string) => ({ id, kind: 'sample' as const, name: { en: id, zh: id }, shots: [] });

describe('filing a mail photo', () => {
  it('two filings of one photo at once: placed once, both answers name that order, both origins kept', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'filing-race' });
    const supplier = await addSupplier(db, { company: 'F', emails: [], domains: [], replyLanguages: ['en'] });
    const a = await addOrder(db, {
      poNumbers: ['PO-A'],
      supplierId: supplier.id,
      product: 'Mug',
      stages: [stage('sa')],
    });
    const b = await addOrder(db, {
      poNumbers: ['PO-B'],
      supplierId: supplier.id,
      product: 'Cup',
      stages: [stage('sb')],
    });
    const sha = 'd'.repeat(64);
    const target = (messageId: string, orderId: string, stageId: string) => ({
      client: 'gmail' as const,
      messageId,
      receivedAt: '2026-11-26T08:00:00.000Z',
      orderId,
      stageId,
    });
    const [first, second] = await Promise.all([
      fileMailPhoto(db, target('m-a', a.id, 'sa'), { fileName: 'a.jpg', report: report({ sha256: sha }) }),
      fileMailPhoto(db, target('m-b', b.id, 'sb'), { fileName: 'b.jpg', report: report({ sha256: sha }) }),
    ]);
    const stored = await getPhoto(db, sha);
    expect(stored?.origins.map((o) => o.messageId).sort()).toEqual(['m-a', 'm-b']);
    // Whichever wrote first placed it; the other kept that place and says so.
    expect([a.id, b.id]).toContain(stored?.orderId);
    expect(first?.orderId).toBe(stored?.orderId);
    expect(second?.orderId).toBe(stored?.orderId);
    expect(stored?.stageId).toBe(stored?.orderId === a.id ? 'sa' : 'sb');
    db.close();
  });

  it('a photo already under an order keeps its place and shot; an unfiled one takes the target', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'filing-place' });
    const supplier = await addSupplier(db, { company: 'F', emails: [], domains: [], replyLanguages: ['en'] });
    const a = await addOrder(db, {
      poNumbers: ['PO-A'],
      supplierId: supplier.id,
      product: 'Mug',
      stages: [
        {
          ...stage('sa'),
          shots: [
            {
              id: 'front',
              label: { en: 'F', zh: 'F' },
              instructions: { en: '', zh: '' },
              required: true,
              referencePhotoIds: [],
            },
          ],
        },
      ],
    });
    const b = await addOrder(db, {
      poNumbers: ['PO-B'],
      supplierId: supplier.id,
      product: 'Cup',
      stages: [stage('sb')],
    });
    const placed = 'e'.repeat(64);
    const loose = 'f'.repeat(64);
    const dropped = { source: 'dropped' as const, fileName: 'x.jpg', receivedAt: '2026-11-20T08:00:00.000Z' };
    await savePhoto(db, {
      sha256: placed,
      report: report({ sha256: placed }),
      origins: [dropped],
      orderId: a.id,
      stageId: 'sa',
      shotId: 'front',
    });
    await savePhoto(db, { sha256: loose, report: report({ sha256: loose }), origins: [dropped] });
    const to = {
      client: 'gmail' as const,
      messageId: 'm',
      receivedAt: '2026-11-26T08:00:00.000Z',
      orderId: b.id,
      stageId: 'sb',
    };
    expect(await fileMailPhoto(db, to, { fileName: 'p.jpg', report: report({ sha256: placed }) })).toEqual({
      orderId: a.id,
    });
    expect(await getPhoto(db, placed)).toMatchObject({ orderId: a.id, stageId: 'sa', shotId: 'front' });
    expect(await fileMailPhoto(db, to, { fileName: 'l.jpg', report: report({ sha256: loose }) })).toEqual({
      orderId: b.id,
    });
    expect(await getPhoto(db, loose)).toMatchObject({ orderId: b.id, stageId: 'sb' });
    db.close();
  });

  afterEach(() => vi.restoreAllMocks());

  it('storage full while filing: the measurement is filed again from the mail page, with its picture', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'filing-full' });
    const sha = '9'.repeat(64);
    const thumbnail = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    const to = { client: 'gmail' as const, messageId: 'm', receivedAt: '2026-11-26T08:00:00.000Z' };
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    // Where it was measured (the background, with the thumbnail): refused.
    await expect(
      fileMailPhoto(db, to, { fileName: 'a.jpg', report: report({ sha256: sha }), thumbnail }),
    ).rejects.toThrow(/storage for Photo Triage is full/);
    full.mockRestore();
    // The buyer made room; the mail page files again from the report alone (recordPhotos).
    expect(await fileMailPhoto(db, to, { fileName: 'a.jpg', report: report({ sha256: sha }) })).toEqual({});
    expect((await getThumbnails(db, [sha])).get(sha)?.type).toBe('image/jpeg');
    db.close();
  });
});
