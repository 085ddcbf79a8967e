// The background's answers to the mail tab (utils/mail/service.ts), on a real (fake-indexeddb) store.
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFiler } from '@/utils/mail/filing';
import { createMailService } from '@/utils/mail/service';
import { refKey } from '@/utils/mail/stage-images';
import { openStore } from '@/utils/store/db';
import { addOrder } from '@/utils/store/orders';
import { getPhoto, photosByMessage, savePhoto } from '@/utils/store/photos';
import { addReferencePhoto } from '@/utils/store/references';
import { addSupplier } from '@/utils/store/suppliers';
import { report } from './helpers/report';

describe('mail service: recordPhotos', () => {
  it('files the photos and answers only how many were saved', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'service' });
    const service = createMailService(async () => db);
    const thumbnail = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    const answer = await service.recordPhotos({
      client: 'gmail',
      messageId: 'msg-1',
      receivedAt: '2026-11-26T08:00:00.000Z',
      photos: [
        { fileName: 'front.jpg', report: report({ sha256: 'a'.repeat(64) }), thumbnail },
        { fileName: 'back.jpg', report: report({ sha256: 'b'.repeat(64) }) },
        { fileName: 'broken.jpg', report: report() },
      ],
    });
    // A number, not the records: their thumbnails would travel back to the mail page for nothing.
    expect(answer).toBe(2);
    const front = await getPhoto(db, 'a'.repeat(64));
    expect(front?.origins.map((o) => o.fileName)).toEqual(['front.jpg']);
    expect(await getPhoto(db, 'b'.repeat(64))).toBeDefined();
    db.close();
  });
});

describe('the background files a mail photo where it is measured', () => {
  afterEach(() => vi.restoreAllMocks());
  const target = { client: 'gmail' as const, messageId: 'msg-1', receivedAt: '2026-11-26T08:00:00.000Z' };

  it('keeps the thumbnail in its store, answers small, and the message’s records come back without it', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'filer' });
    const file = createFiler(async () => db);
    const thumbnail = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    const sha = 'a'.repeat(64);
    expect(await file(target, { name: 'front.jpg', report: report({ sha256: sha }), thumbnail })).toEqual({
      ok: true,
    });
    // (fake-indexeddb keeps a Blob's type, not its bytes)
    expect((await db.db.get('thumbnails', sha))?.blob.type).toBe('image/jpeg');
    const records = await photosByMessage(db, 'msg-1');
    expect(records.map((r) => r.origins[0]?.fileName)).toEqual(['front.jpg']);
    expect(records[0]).not.toHaveProperty('thumbnail');
    const service = createMailService(async () => db);
    expect(Object.keys(await service.thumbnails([sha, 'b'.repeat(64)]))).toEqual([sha]);
    db.close();
  });

  it('a photo with an order of its own keeps it (the answer says which); storage full is the plain message', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'filer-2' });
    const file = createFiler(async () => db);
    const supplier = await addSupplier(db, {
      company: 'F',
      emails: ['a@f.cn'],
      domains: [],
      replyLanguages: ['en'],
    });
    const order = await addOrder(db, {
      poNumbers: ['PO-1'],
      supplierId: supplier.id,
      product: 'Mug',
      stages: [{ id: 'st', kind: 'sample', name: { en: 'Sample', zh: '样品' }, shots: [] }],
      currentStageId: 'st',
      status: 'open',
    } as never);
    const sha = 'c'.repeat(64);
    await savePhoto(db, {
      sha256: sha,
      report: report({ sha256: sha }),
      origins: [{ source: 'dropped', fileName: 'c.jpg', receivedAt: '2026-11-20T08:00:00.000Z' }],
      orderId: order.id,
      stageId: 'st',
    });
    expect(await file(target, { name: 'again.jpg', report: report({ sha256: sha }) })).toEqual({
      ok: true,
      orderId: order.id,
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await file(target, { name: 'new.jpg', report: report({ sha256: 'd'.repeat(64) }) })).toEqual({
      ok: false,
      message: "Your browser's storage for Photo Triage is full. Export a backup, then delete old photos.",
    });
    db.close();
  });
});

describe('mail service: stageView', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends a reference photo's preview to the mail tab, never the buyer's original", async () => {
    // The background's graphics, as in Chromium's service worker (happy-dom has none).
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async () => ({ width: 4000, height: 3000, close() {} })),
    );
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(
          readonly width: number,
          readonly height: number,
        ) {}
        getContext() {
          return { drawImage() {} };
        }
        async convertToBlob({ type }: { type: string }) {
          return new Blob([new Uint8Array(this.width)], { type });
        }
      },
    );
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'service-stage' });
    const service = createMailService(async () => db);
    const original = new Blob([new Uint8Array(2_000_000)], { type: 'image/jpeg' });
    const ref = await addReferencePhoto(db, { name: 'front.jpg', blob: original });
    const supplier = await addSupplier(db, {
      company: 'Factory',
      emails: ['amy@factory.cn'],
      domains: [],
      replyLanguages: ['en'],
    });
    const order = await addOrder(db, {
      poNumbers: ['PO-1'],
      supplierId: supplier.id,
      product: 'Mug',
      stages: [
        {
          id: 'st',
          kind: 'sample',
          name: { en: 'Sample', zh: '样品' },
          shots: [
            {
              id: 'front',
              label: { en: 'Front', zh: '正面' },
              instructions: { en: '', zh: '' },
              required: true,
              referencePhotoIds: [ref.id],
            },
          ],
        },
      ],
    });
    const reply = await service.stageView(order.id, 'st');
    const sent = reply.images[refKey(ref.id)];
    expect(sent).toBeInstanceOf(Blob);
    expect(sent.size).toBe(320); // the preview's bytes in this fake: its width
    expect(Object.values(reply.images).some((b) => b.size === original.size)).toBe(false);
    // A refresh from the tab that holds it: the reference photo is not read again, nothing is sent.
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const again = await service.stageView(order.id, 'st', [refKey(ref.id)]);
    expect(again.images).toEqual({});
    const names = gets.mock.contexts.map((os) => (os as IDBObjectStore).name);
    expect(names).toContain('orders');
    expect(names).not.toContain('referencePhotos');
    gets.mockRestore();
    db.close();
  });
});
