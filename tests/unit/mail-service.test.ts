// The background's answers to the mail tab (utils/mail/service.ts), on a real (fake-indexeddb) store.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createMailService } from '@/utils/mail/service';
import type { PhotoReport } from '@/utils/photo/types';
import { openStore } from '@/utils/store/db';
import { getPhoto } from '@/utils/store/photos';

const report = (sha256: string): PhotoReport => ({
  format: 'jpeg',
  width: 3000,
  height: 2250,
  bytes: 1,
  bytesRead: 1,
  findings: [],
  verdict: 'ok',
  sha256,
});

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
        { fileName: 'front.jpg', report: report('a'.repeat(64)), thumbnail },
        { fileName: 'back.jpg', report: report('b'.repeat(64)) },
        { fileName: 'broken.jpg', report: { ...report(''), sha256: undefined } },
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
