// @vitest-environment node
// The pages' writes against a real (fake-indexeddb) store: the Check page's assignments, the options
// page's reference photos and shot removals. Node, because happy-dom's Blobs do not survive
// fake-indexeddb (see store.test.ts).
import { describe, expect, it } from 'vitest';
import {
  assignView,
  canAssign,
  checklist,
  decide,
  loadOrders,
  pick,
  picked,
  stagePhotos,
  storePhotos,
} from '@/components/check/order-state';
import type { CheckView } from '@/components/check/state';
import { notices } from '@/components/options/alerts';
import * as desk from '@/components/options/data';
import { analyzePhoto } from '@/utils/photo';
import {
  addOrder,
  addSupplier,
  getPhoto,
  getReferencePhoto,
  openStore,
  updateOrder,
  updateSupplier,
} from '@/utils/store';
import type { Order } from '@/utils/store/types';
import { assess } from '@/utils/triage/assess';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { photo } from './helpers/fixtures';

const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'pre-shipment')!;

async function view(name: string, path: string, addedAt: string): Promise<CheckView> {
  const report = assess(await analyzePhoto(photo(path), { pixels: false }));
  return {
    id: name,
    fileSeq: 0,
    name,
    report,
    findings: report.findings,
    verdict: report.verdict,
    thumbnailBlob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
    addedAt,
  };
}

describe('pages against the store', () => {
  it('Check photos: assign by shot, decide, re-drop, move, take out; unreadable photos cannot be assigned', async () => {
    const store = await openStore();
    const supplier = await addSupplier(store, {
      company: 'Ningbo Huamei',
      emails: ['amy@huamei.cn'],
      domains: [],
      replyLanguages: ['en', 'zh-CN'],
    });
    const stage = stageFromTemplate(template, { id: 'psi' });
    const order = await addOrder(store, {
      poNumbers: ['PO-1'],
      supplierId: supplier.id,
      product: 'Tote',
      stages: [stage],
    });
    store.close();

    await loadOrders(`?order=${order.id}&stage=psi`);
    expect(picked.value).toEqual({ orderId: order.id, stageId: 'psi' });
    const front = stage.shots.find((s) => s.label.en === 'Product front')!;
    const back = stage.shots.find((s) => s.label.en === 'Product back')!;

    const v = await view('folder/front.jpg', 'generated/good-3000.jpg', '2026-11-26T08:00:00.000Z');
    expect(canAssign(v)).toBe(true);
    await assignView(v, front.id);
    const sha = v.report!.sha256!;
    let saved = stagePhotos.value.get(sha)!;
    expect(saved).toMatchObject({
      orderId: order.id,
      stageId: 'psi',
      shotId: front.id,
      status: { state: 'pending' },
    });
    expect(saved.origins).toEqual([
      {
        source: 'dropped',
        fileName: 'folder/front.jpg',
        receivedAt: '2026-11-26T08:00:00.000Z',
        orderId: order.id,
      },
    ]);
    expect(saved.thumbnail?.size).toBe(4);
    expect(checklist.value?.shots.find((s) => s.shot.id === front.id)?.status).toBe('pending');

    await decide(sha, { state: 'accepted' });
    expect(checklist.value?.shots.find((s) => s.shot.id === front.id)?.status).toBe('accepted');

    // The same file dropped again later is the same sighting: no second origin, so not "reused".
    const again = await view('folder/front.jpg', 'generated/good-3000.jpg', '2026-11-27T08:00:00.000Z');
    await assignView(again, front.id);
    saved = stagePhotos.value.get(sha)!;
    expect(saved.origins).toHaveLength(1);
    expect(saved.status.state).toBe('accepted');
    expect(checklist.value?.reused).toEqual([]);

    // Moved to another shot, the decision no longer holds.
    await assignView(again, back.id);
    expect(stagePhotos.value.get(sha)).toMatchObject({ shotId: back.id, status: { state: 'pending' } });

    // Taken out of the stage: the record stays (it proves reuse later) without the assignment.
    await assignView(again, '');
    expect(stagePhotos.value.has(sha)).toBe(false);
    expect(storePhotos.value.get(sha)?.orderId).toBeUndefined();
    const check = await openStore();
    expect((await getPhoto(check, sha))?.orderId).toBeUndefined();
    check.close();

    const broken = await view('broken.jpg', 'exifr/broken1.jpg', '2026-11-26T08:00:00.000Z');
    broken.report = { ...broken.report!, error: { code: 'corrupt', message: 'bad' } };
    delete broken.report.sha256;
    expect(canAssign(broken)).toBe(false);
    await assignView(broken, front.id);
    expect(storePhotos.value.size).toBe(1);

    await pick('');
    expect(picked.value).toBeNull();
  });

  it('options: reference photos on a shot, removed with their blob; removed shots free their photos', async () => {
    await desk.loadAll();
    expect(desk.loadState.value).toBe('ready');
    const order = desk.orders.value[0] as Order;
    const stage = order.stages[0]!;
    const shot = stage.shots[0]!;

    const file = new File([photo('generated/near-duplicate-1600.jpg')], 'approved-front.jpg', {
      type: 'image/jpeg',
    });
    await desk.addReferences(order, stage.id, shot.id, [file]);
    const withRef = desk.ordersById.value.get(order.id)!;
    const refId = withRef.stages[0]!.shots[0]!.referencePhotoIds[0]!;
    expect(desk.references.value.get(refId)).toMatchObject({ name: 'approved-front.jpg', width: 1600 });

    // Not a photo: refused with a message, nothing added.
    notices.value = [];
    await desk.addReferences(withRef, stage.id, shot.id, [
      new File(['hello'], 'notes.jpg', { type: 'image/jpeg' }),
    ]);
    expect(notices.value[0]?.message).toMatch(/notes\.jpg is not a photo we can read/);
    expect(desk.ordersById.value.get(order.id)!.stages[0]!.shots[0]!.referencePhotoIds).toEqual([refId]);

    await desk.removeReference(desk.ordersById.value.get(order.id)!, stage.id, shot.id, refId);
    expect(desk.ordersById.value.get(order.id)!.stages[0]!.shots[0]!.referencePhotoIds).toEqual([]);
    const store = await openStore();
    expect(await getReferencePhoto(store, refId)).toBeUndefined();

    // A photo on the second shot; then that shot is removed from the stage.
    const v = await view('back.jpg', 'generated/blurry-2400.jpg', '2026-11-26T09:00:00.000Z');
    await loadOrders(`?order=${order.id}`);
    await assignView(v, stage.shots[1]!.id);
    await desk.loadAll();
    const current = desk.ordersById.value.get(order.id)!;
    const saved = await desk.saveOrder(current, {
      stages: [
        { ...current.stages[0]!, shots: current.stages[0]!.shots.filter((s) => s.id !== stage.shots[1]!.id) },
      ],
    });
    await desk.detachOrphanedPhotos(saved!);
    const record = await getPhoto(store, v.report!.sha256!);
    expect(record).toMatchObject({ orderId: order.id, stageId: stage.id });
    expect(record?.shotId).toBeUndefined();
    // Still writable: the store's assignment check passes. The desk holds the open order's photos.
    await desk.openOrderPhotos(order.id);
    await desk.decide(record!, { state: 'accepted' });
    expect(desk.photos.value.find((p) => p.sha256 === record!.sha256)?.status.state).toBe('accepted');

    // A failed write is shown, not thrown.
    notices.value = [];
    expect(
      await desk.saveOrder(desk.ordersById.value.get(order.id)!, { supplierId: 'nobody' }),
    ).toBeUndefined();
    expect(notices.value[0]).toMatchObject({ kind: 'error', message: 'Order not saved.' });
    expect(notices.value[0]!.problems[0]).toMatch(/^Supplier: no supplier with id/);
    store.close();
  });

  it('options: two reloads that overlap keep what each one read', async () => {
    await desk.loadAll();
    const other = await openStore();
    try {
      const order = desk.orders.value[0]!;
      const supplier = desk.suppliersById.value.get(order.supplierId)!;
      await updateOrder(other, order.id, { product: 'Changed in another tab' }, order);
      await updateSupplier(other, supplier.id, { contactName: 'Li Wei' }, supplier);
      // The orders reload is still reading when the suppliers one starts, as when two writes arrive together.
      await Promise.all([desk.reloadStores(new Set(['orders'])), desk.reloadStores(new Set(['suppliers']))]);
      expect(desk.ordersById.value.get(order.id)?.product).toBe('Changed in another tab');
      expect(desk.suppliersById.value.get(supplier.id)?.contactName).toBe('Li Wei');
    } finally {
      other.close();
    }
  });

  it('options: what another tab saves shows at once, without the page being focused again', async () => {
    await desk.loadAll();
    const stop = desk.reloadOnChanges(0);
    // It listens once the desk's connection is open: the same promise, so awaiting it waits for that.
    await desk.getStore();
    const other = await openStore(); // another tab's connection
    try {
      const order = desk.orders.value[0]!;
      const supplier = desk.suppliersById.value.get(order.supplierId)!;
      await updateOrder(other, order.id, { product: 'Changed in another tab' }, order);
      await updateSupplier(other, supplier.id, { contactName: 'Li Wei' }, supplier);
      await expect.poll(() => desk.ordersById.value.get(order.id)?.product).toBe('Changed in another tab');
      await expect.poll(() => desk.suppliersById.value.get(supplier.id)?.contactName).toBe('Li Wei');
      // The desk's own writes are not read back again.
      const before = desk.orders.value;
      await desk.saveOrder(desk.ordersById.value.get(order.id)!, { notes: 'mine' });
      await new Promise((r) => setTimeout(r, 50));
      expect(desk.orders.value.filter((o) => !before.includes(o)).map((o) => o.notes)).toEqual(['mine']);
    } finally {
      stop();
      other.close();
    }
  });

  it('options: loading again (after an import) brings the rows and whole orders written since', async () => {
    await desk.loadAll();
    expect(desk.ordersLoaded.value).toBe(true);
    const other = await openStore();
    try {
      const model = desk.orders.value[0]!;
      const added = await addOrder(other, {
        poNumbers: ['PO-LOADED-AGAIN'],
        supplierId: model.supplierId,
        product: 'Written elsewhere',
        stages: model.stages,
      });
      await desk.loadAll();
      expect(desk.summaries.value?.get(added.id)?.order.poNumbers).toEqual(['PO-LOADED-AGAIN']);
      expect(desk.ordersById.value.get(added.id)?.product).toBe('Written elsewhere');
    } finally {
      other.close();
    }
  });
});
