// Two people for the team-sync tests: each a store and a PouchDB mirror, and the team's database (a
// memory PouchDB standing in for CouchDB: the same replication protocol); the order they share.
import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';
import { addOrder, addSupplier, openStore, type Store, savePhoto } from '@/utils/store';
import type { Db } from '@/utils/sync/db';

PouchDB.plugin(memory).plugin(replication);

export interface Person {
  store: Store;
  mirror: Db;
  me: string;
}

export const mem = (name: string) => new PouchDB(name, { adapter: 'memory' }) as Db;

let n = 0;
/** Tom and Li Wei with stores and mirrors of their own, and an empty team database: new names each time. */
export async function twoPeople(prefix: string): Promise<{ remote: Db; people: Person[] }> {
  n++;
  const remote = mem(`${prefix}-team-${n}`);
  const people = await Promise.all(
    ['Tom', 'Li Wei'].map(async (me, i) => ({
      me,
      store: await openStore({ name: `${prefix}-${n}-${i}` }),
      mirror: mem(`${prefix}-mirror-${n}-${i}`),
    })),
  );
  return { remote, people };
}

export const T = (hm: string) => `2026-12-05T${hm}:00.000Z`;

/** PO-2026-0417 for Ningbo Cups: one sample stage, shots front and back. */
export async function setUpOrder(p: Person) {
  const supplier = await addSupplier(p.store, {
    company: 'Ningbo Cups',
    emails: ['amy@ningbocups.cn'],
    domains: [],
    replyLanguages: ['en', 'zh-CN'],
  });
  return addOrder(p.store, {
    poNumbers: ['PO-2026-0417'],
    supplierId: supplier.id,
    product: 'Mug',
    stages: [
      {
        id: 'st1',
        kind: 'sample',
        name: { en: 'Sample', zh: '样品' },
        shots: ['front', 'back'].map((id) => ({
          id,
          label: { en: id, zh: id },
          instructions: { en: '', zh: '' },
          required: true,
          referencePhotoIds: [],
        })),
      },
    ],
  });
}

/** front.jpg from message m1, filed to the order's front shot. */
export const filePhoto = (p: Person, orderId: string, sha256: string) =>
  savePhoto(p.store, {
    sha256,
    report: { format: 'jpeg', width: 4032, height: 3024, bytesRead: 65536, findings: [], verdict: 'ok' },
    origins: [{ source: 'gmail', fileName: 'front.jpg', receivedAt: T('09:00'), messageId: 'm1' }],
    orderId,
    stageId: 'st1',
    shotId: 'front',
  });
