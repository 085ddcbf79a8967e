// @vitest-environment node
// A pass compares with the mirror only the records whose content hash changed since they were mirrored
// or pulled (utils/sync/mirrored.ts): one decision costs one mirror document, and a hash never hides a
// change made here, even on a record that was just pulled.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getPhoto, setPhotoAssignment, setPhotoStatus } from '@/utils/store';
import { putSyncedPhotos } from '@/utils/store/synced';
import type { PhotoRecord } from '@/utils/store/types';
import type { Db } from '@/utils/sync/db';
import { syncPass } from '@/utils/sync/engine';
import { decisionLine } from '@/utils/sync/explain';
import { filePhoto, type Person, setUpOrder, T, twoPeople } from './helpers/team';

let remote: Db;
let people: Person[];

beforeEach(async () => {
  ({ remote, people } = await twoPeople('mirrored'));
});
afterEach(() => {
  for (const p of people) p.store.close();
});

const pass = (p: Person, mirror: Db = p.mirror) =>
  syncPass(p.store, mirror, remote, { me: p.me, thumbnails: false });
const sha = 'c'.repeat(64);

async function fileOnePhoto(p: Person) {
  const order = await setUpOrder(p);
  await filePhoto(p, order.id, sha);
  return order;
}

/** The mirror, counting the documents each pass fetches from it with their bodies. */
function counted(mirror: Db) {
  const fetched: string[] = [];
  const db = new Proxy(mirror, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (key === 'allDocs')
        return (o: { keys?: string[]; include_docs?: boolean }) => {
          if (o.include_docs) fetched.push(...(o.keys ?? ['(all)']));
          return value.call(target, o);
        };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db, fetched };
}

it('one decision among 2,000 photos fetches one mirror document, and the pass after a pull none', {
  timeout: 60_000,
}, async () => {
  const [tom, li] = people;
  const photos: PhotoRecord[] = Array.from({ length: 2000 }, (_, i) => ({
    sha256: i.toString(16).padStart(64, '0'),
    report: { format: 'jpeg', width: 4032, height: 3024, bytesRead: 65536, findings: [], verdict: 'ok' },
    origins: [{ source: 'gmail', fileName: `IMG_${i}.jpg`, receivedAt: T('09:00'), messageId: `m${i}` }],
    status: { state: 'pending' },
    createdAt: T('09:00'),
    updatedAt: T('09:00'),
  }));
  expect(await putSyncedPhotos(tom.store, photos)).toEqual([]);
  expect((await pass(tom)).pushed).toBe(2000);
  expect((await pass(li)).applied).toBe(2000);
  await setPhotoStatus(tom.store, photos[7].sha256, { state: 'rejected', reason: 'blurred', at: T('10:40') });
  const toms = counted(tom.mirror);
  expect((await pass(tom, toms.db)).pushed).toBe(1);
  expect(toms.fetched).toEqual([`photo:${photos[7].sha256}`]);
  // Li Wei's pass pulls and applies it; the one her store's change notice runs next compares nothing.
  const lis = counted(li.mirror);
  expect((await pass(li, lis.db)).applied).toBe(1);
  lis.fetched.length = 0;
  expect(await pass(li, lis.db)).toMatchObject({ mirrored: 0, pushed: 0, applied: 0 });
  expect(lis.fetched).toEqual([]);
  expect((await getPhoto(li.store, photos[7].sha256))!.status).toMatchObject({
    state: 'rejected',
    by: 'Tom',
  });
});

it('a record changed here after it was pulled (same id) is still pushed', async () => {
  const [tom, li] = people;
  const order = await fileOnePhoto(tom);
  await pass(tom);
  await pass(li);
  await setPhotoAssignment(li.store, sha, { orderId: order.id, stageId: 'st1', shotId: 'back' });
  expect((await pass(li)).pushed).toBe(1);
  const doc = (await remote.get(`photo:${sha}`)) as { record: { shotId?: string } };
  expect(doc.record.shotId).toBe('back');
  await pass(tom);
  expect((await getPhoto(tom.store, sha))?.shotId).toBe('back');
});

it('a decision made here after a pulled decision on the same photo is explained by the conflict rule', async () => {
  const [tom, li] = people;
  await fileOnePhoto(tom);
  await pass(tom);
  await pass(li);
  await setPhotoStatus(tom.store, sha, { state: 'accepted', at: T('10:40') });
  await pass(tom);
  await pass(li);
  expect((await getPhoto(li.store, sha))!.status).toMatchObject({ state: 'accepted', by: 'Tom' });
  await setPhotoStatus(li.store, sha, { state: 'rejected', at: T('10:42'), reason: 'label blurred' });
  await pass(li);
  await pass(tom);
  for (const p of people) {
    const status = (await getPhoto(p.store, sha))!.status;
    expect(decisionLine(status, 'en', (t) => t.slice(11, 16))).toBe(
      'Rejected by Li Wei, 10:42, after Tom accepted it at 10:40',
    );
  }
});
