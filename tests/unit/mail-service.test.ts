// The background's answers to the mail tab (utils/mail/service.ts), on a real (fake-indexeddb) store.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMailService } from '@/utils/mail/service';
import { refKey } from '@/utils/mail/stage-images';
import { openStore } from '@/utils/store/db';
import { addOrder } from '@/utils/store/orders';
import { getPhoto } from '@/utils/store/photos';
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
    db.close();
  });
});
