// @vitest-environment node
// Two browsers (two stores, two PouchDB mirrors) and the team's database (a memory PouchDB standing in
// for CouchDB: the same replication protocol), synced in passes as the background runs them.
import http from 'pouchdb-adapter-http';
import PouchDB from 'pouchdb-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteOrder,
  getOrder,
  getPhoto,
  listOrders,
  setPhotoAssignment,
  setPhotoStatus,
  updateOrder,
} from '@/utils/store';
import type { Db } from '@/utils/sync/db';
import { syncPass } from '@/utils/sync/engine';
import { decisionLine } from '@/utils/sync/explain';
import { filePhoto as fileAt, type Person, setUpOrder, T, twoPeople } from './helpers/team';

PouchDB.plugin(http);

let remote: Db;
let people: Person[];

beforeEach(async () => {
  ({ remote, people } = await twoPeople('sync'));
});
afterEach(async () => {
  for (const p of people) p.store.close();
});

const pass = (p: Person, to: Db = remote) => syncPass(p.store, p.mirror, to, { me: p.me, thumbnails: false });
const sha = 'b'.repeat(64);
const filePhoto = (p: Person, orderId: string) => fileAt(p, orderId, sha);

describe('team sync passes', () => {
  it('an order made by one appears for the other, and a second pass has nothing to do', async () => {
    const [tom, li] = people;
    const order = await setUpOrder(tom);
    const first = await pass(tom);
    expect(first.pushed).toBe(2);
    await pass(li);
    expect((await getOrder(li.store, order.id))?.poNumbers).toEqual(['PO-2026-0417']);
    // The pulled order is written with Li Wei's own revision; nothing bounces back.
    const again = await pass(li);
    expect(again).toMatchObject({ mirrored: 0, pushed: 0, applied: 0 });
    expect((await pass(tom)).applied).toBe(0);
  });

  it('photos filed in one browser show as received in the other', async () => {
    const [tom, li] = people;
    const order = await setUpOrder(tom);
    await filePhoto(tom, order.id);
    await pass(tom);
    await pass(li);
    expect(await getPhoto(li.store, sha)).toMatchObject({ orderId: order.id, shotId: 'front' });
  });

  it('two people accept and reject the same photo at once: one explained result on both sides', async () => {
    const [tom, li] = people;
    const order = await setUpOrder(tom);
    await filePhoto(tom, order.id);
    await pass(tom);
    await pass(li);
    // Both decide before either syncs again.
    await setPhotoStatus(tom.store, sha, { state: 'accepted', at: T('10:40') });
    await setPhotoStatus(li.store, sha, { state: 'rejected', at: T('10:42'), reason: 'label blurred' });
    await pass(tom);
    const conflicted = await pass(li);
    expect(conflicted.resolved).toBe(1);
    await pass(tom);
    for (const p of people) {
      const status = (await getPhoto(p.store, sha))!.status;
      expect(status.state).toBe('rejected');
      expect(decisionLine(status, 'en', (t) => t.slice(11, 16))).toBe(
        'Rejected by Li Wei, 10:42, after Tom accepted it at 10:40',
      );
    }
    // CouchDB's conflict revisions were resolved, not left to grow.
    const doc = (await remote.get(`photo:${sha}`, { conflicts: true } as never)) as { _conflicts?: string[] };
    expect(doc._conflicts).toBeUndefined();
  });

  it('a decision made here while a pass pulls the other one is kept, not overwritten by the pulled one', async () => {
    const [tom, li] = people;
    const order = await setUpOrder(tom);
    await filePhoto(tom, order.id);
    await pass(tom);
    await pass(li);
    await setPhotoStatus(tom.store, sha, { state: 'accepted', at: T('10:40') });
    await pass(tom);
    // Li Wei rejects after her pass mirrored her records and before it wrote Tom's accept into her store
    // (the background's pass that was running when she clicked): the pass sees no change of hers.
    await setPhotoStatus(li.store, sha, { state: 'rejected', at: T('10:42'), reason: 'label blurred' });
    await syncPass(li.store, li.mirror, remote, { me: li.me, thumbnails: false, changed: new Set() });
    expect((await getPhoto(li.store, sha))!.status).toMatchObject({ state: 'rejected', by: 'Li Wei' });
    // Her next pass (her write marked photos as changed) sends it; Tom's pulls it.
    await pass(li);
    await pass(tom);
    for (const p of people) {
      const status = (await getPhoto(p.store, sha))!.status;
      expect(decisionLine(status, 'en', (t) => t.slice(11, 16))).toBe(
        'Rejected by Li Wei, 10:42, after Tom accepted it at 10:40',
      );
    }
  });

  it('a write made here while a pass runs is not undone by the pass bringing back what it just sent', async () => {
    const [tom] = people;
    const order = await setUpOrder(tom);
    await filePhoto(tom, order.id);
    // Tom moves the photo to another shot after his pass mirrored it and before it applied what came
    // back (the buyer's click while the background's pass is on the network).
    const mirror = tom.mirror;
    const during = new Proxy(mirror, {
      get(target, key) {
        if (key !== 'replicate') {
          const value = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return {
          to: async (to: Db, o?: object) => {
            await setPhotoAssignment(tom.store, sha, { orderId: order.id, stageId: 'st1', shotId: 'back' });
            return target.replicate.to(to, o);
          },
          from: (from: Db, o?: object) => target.replicate.from(from, o),
        };
      },
    });
    await syncPass(tom.store, during, remote, { me: tom.me, thumbnails: false });
    expect((await getPhoto(tom.store, sha))?.shotId).toBe('back');
    await pass(tom);
    const doc = (await remote.get(`photo:${sha}`)) as { record: { shotId?: string } };
    expect(doc.record.shotId).toBe('back');
  });

  it('the pass after applying a pull sends nothing it just received', async () => {
    const [tom, li] = people;
    const order = await setUpOrder(tom);
    await filePhoto(tom, order.id);
    await pass(tom);
    // The documents each of Li Wei's pushes offers the team (revs_diff: what the server lacks).
    const offered: string[] = [];
    const counting = new Proxy(remote, {
      get(target, key) {
        const value = Reflect.get(target, key);
        if (key === 'revsDiff')
          return (diff: Record<string, string[]>) => {
            offered.push(...Object.keys(diff));
            return value.call(target, diff);
          };
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const liPass = () => syncPass(li.store, li.mirror, counting, { me: li.me, thumbnails: false });
    await liPass();
    await setPhotoStatus(tom.store, sha, { state: 'accepted', at: T('10:40') });
    await pass(tom);
    offered.length = 0;
    // Her pass that applies Tom's decision, and the one after: what she pulled is not offered back.
    expect((await liPass()).applied).toBe(1);
    expect((await getPhoto(li.store, sha))!.status).toMatchObject({ state: 'accepted', by: 'Tom' });
    await liPass();
    expect(offered.filter((id) => id.startsWith('photo:'))).toEqual([]);
    // A change of hers after that is still sent.
    await setPhotoStatus(li.store, sha, { state: 'rejected', at: T('10:42'), reason: 'label blurred' });
    await liPass();
    expect(offered).toEqual([`photo:${sha}`]);
    await pass(tom);
    expect((await getPhoto(tom.store, sha))!.status).toMatchObject({ state: 'rejected', by: 'Li Wei' });
  });

  it('an order deleted by one while the other files to it: the photo stays, unfiled, with who deleted it', async () => {
    const [tom, li] = people;
    const order = await setUpOrder(tom);
    await pass(tom);
    await pass(li);
    await deleteOrder(tom.store, order.id);
    await filePhoto(li, order.id);
    await pass(tom);
    await pass(li);
    await pass(tom);
    for (const p of people) {
      expect(await getOrder(p.store, order.id)).toBeUndefined();
      const photo = (await getPhoto(p.store, sha))!;
      expect(photo.orderId).toBeUndefined();
      expect(photo.status.history?.at(-1)).toMatchObject({
        state: 'unfiled',
        by: 'Tom',
        order: 'PO-2026-0417',
      });
    }
  });

  it('one offline for a while, edits on both, then both converge', async () => {
    const [tom, li] = people;
    const order = await setUpOrder(tom);
    await pass(tom);
    await pass(li);
    // "Offline": Li Wei's pass fails (nothing listens on the server's port) and loses nothing.
    const unreachable = new PouchDB('http://127.0.0.1:9/team', { adapter: 'http', skip_setup: true }) as Db;
    const base = (await getOrder(li.store, order.id))!;
    await updateOrder(li.store, order.id, { product: 'Mug 350 ml' }, base);
    await expect(pass(li, unreachable)).rejects.toBeTruthy();
    await updateOrder(tom.store, order.id, { poNumbers: ['PO-2026-0417', 'PO-2026-0418'] });
    await pass(tom);
    await pass(li);
    await pass(tom);
    for (const p of people) {
      const [o] = await listOrders(p.store);
      expect(o.product).toBe('Mug 350 ml');
      expect(o.poNumbers).toEqual(['PO-2026-0417', 'PO-2026-0418']);
    }
  });
});
