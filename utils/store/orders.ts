// Orders and how mail finds them: by PO number, however the supplier wrote it.

import { poKey } from '@/utils/triage/match';
import type { Store } from './db';
import { validationError } from './errors';
import { applyEdit, nextRev } from './revision';
import { fromStoredOrder, toStoredOrder } from './stored';
import { countRequest, moveRequests, refreshOrder } from './summaries';
import { assertValid, newId, notFound, now, read, type Tx, write } from './tx';
import type { Order, OrderStatus, Shot } from './types';
import { orderRefProblems, validateOrder } from './validate';

export type OrderDraft = Omit<
  Order,
  'id' | 'createdAt' | 'updatedAt' | 'status' | 'currentStageId' | 'rev'
> & {
  status?: OrderStatus;
  /** Defaults to the first stage. */
  currentStageId?: string;
};
export type OrderPatch = Partial<Omit<Order, 'id' | 'createdAt' | 'updatedAt' | 'rev'>>;

type OrderTx = Pick<Tx<['orders', 'suppliers', 'referencePhotos'], 'readwrite'>, 'objectStore'>;

const referenceIds = (shots: Shot[]) => shots.flatMap((s) => s.referencePhotoIds);

async function checkAndPut(tx: OrderTx, order: Order): Promise<Order> {
  assertValid(validateOrder, order, 'order', 'Order not saved');
  const supplier = await tx.objectStore('suppliers').getKey(order.supplierId);
  const present = new Set<string>();
  for (const id of new Set(order.stages.flatMap((s) => referenceIds(s.shots)))) {
    if ((await tx.objectStore('referencePhotos').getKey(id)) !== undefined) present.add(id);
  }
  const problems = orderRefProblems(order, 'order', {
    hasSupplier: () => supplier !== undefined,
    hasReferencePhoto: (id) => present.has(id),
    order: () => undefined,
  });
  if (problems.length) throw validationError('Order not saved', problems);
  await tx.objectStore('orders').put(toStoredOrder(order));
  return order;
}

export function addOrder(store: Store, draft: OrderDraft): Promise<Order> {
  const at = now();
  const order: Order = {
    ...draft,
    id: newId(),
    status: draft.status ?? 'open',
    currentStageId: draft.currentStageId ?? (Array.isArray(draft.stages) ? draft.stages[0]?.id : '') ?? '',
    createdAt: at,
    updatedAt: at,
    rev: nextRev(undefined),
  };
  return write(store, ['orders', 'suppliers', 'referencePhotos', 'photos', 'summaries'], async (tx) => {
    const saved = await checkAndPut(tx, order);
    // Its stages' counts (every shot missing) exist from the start, as a count from scratch has them.
    await refreshOrder(tx, saved.id);
    return saved;
  });
}

/**
 * Writes `patch` over the stored order. `base` is the order as the page showed it when the edit began:
 * when another tab saved the order meanwhile, only what this edit changed is written over that
 * (utils/store/revision), or nothing when both changed the same value ('stale').
 */
export function updateOrder(store: Store, id: string, patch: OrderPatch, base?: Order): Promise<Order> {
  return write(
    store,
    ['orders', 'suppliers', 'referencePhotos', 'photos', 'summaries', 'requests'],
    async (tx) => {
      const old = await tx.objectStore('orders').get(id);
      if (!old) throw notFound('Order', id);
      const merged = applyEdit(fromStoredOrder(old), patch, base, 'order');
      const saved = await checkAndPut(tx, { ...merged, id, createdAt: old.createdAt, updatedAt: now() });
      // Shots, stages or the supplier changed: the stage counts and the supplier totals follow.
      await refreshOrder(tx, id);
      if (saved.supplierId !== old.supplierId) {
        const asked = await tx.objectStore('requests').index('orderId').getAll(id);
        await moveRequests(tx, old.supplierId, saved.supplierId, asked);
      }
      return saved;
    },
  );
}

export async function getOrder(store: Store, id: string): Promise<Order | undefined> {
  const stored = await read(store, ['orders'], (tx) => tx.objectStore('orders').get(id));
  return stored && fromStoredOrder(stored);
}

const newestFirst = (a: Order, b: Order) => b.updatedAt.localeCompare(a.updatedAt);

export async function listOrders(store: Store, filter: { supplierId?: string; status?: OrderStatus } = {}) {
  const stored = await read(store, ['orders'], (tx) => {
    const orders = tx.objectStore('orders');
    if (filter.supplierId !== undefined) return orders.index('supplierId').getAll(filter.supplierId);
    if (filter.status !== undefined) return orders.index('status').getAll(filter.status);
    return orders.getAll();
  });
  return stored
    .filter((o) => filter.status === undefined || o.status === filter.status)
    .map(fromStoredOrder)
    .sort(newestFirst);
}

/** Orders still expecting photos ('open'; on-hold, shipped and closed ones are not). */
export const listOpenOrders = (store: Store, supplierId?: string): Promise<Order[]> =>
  listOrders(store, { supplierId, status: 'open' });

/** Orders whose PO numbers match `text` once both are normalised (see poKey). */
export async function findOrdersByPo(store: Store, text: string): Promise<Order[]> {
  const key = poKey(text);
  if (!key) return [];
  const stored = await read(store, ['orders'], (tx) => tx.objectStore('orders').index('poKey').getAll(key));
  return stored.map(fromStoredOrder).sort(newestFirst);
}

/**
 * Deletes the order, its request log and the threads remembered for it; its photos stay (they prove
 * reuse later) but lose their assignment. One transaction, so nothing ever points at a deleted order.
 */
export function deleteOrder(store: Store, id: string): Promise<boolean> {
  return write(store, ['orders', 'photos', 'requests', 'threads', 'summaries'], async (tx) => {
    const existed = (await tx.objectStore('orders').getKey(id)) !== undefined;
    const requests = tx.objectStore('requests');
    // Counted off the supplier while the order still says whose it is.
    for (const request of await requests.index('orderId').getAll(id)) {
      await countRequest(tx, request, -1);
      await requests.delete(request.id);
    }
    await tx.objectStore('orders').delete(id);
    const threads = tx.objectStore('threads');
    for (const key of await threads.index('orderId').getAllKeys(id)) await threads.delete(key);
    const photos = tx.objectStore('photos');
    const at = now();
    for (const photo of await photos.index('orderId').getAll(id)) {
      const { orderId: _o, stageId: _s, shotId: _h, ...rest } = photo;
      await photos.put({ ...rest, updatedAt: at });
    }
    // The order is gone: its stage summaries go, and its supplier's totals lose them.
    await refreshOrder(tx, id);
    return existed;
  });
}
