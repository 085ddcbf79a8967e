// The only reads the photo record and the scorecard make, through the store's own functions: the one
// module to change when the scorecard is answered from the store's per-supplier summaries.
import {
  getOrder,
  getReferencePhoto,
  getSettings,
  getSupplier,
  getThumbnails,
  listOrders,
  photosForOrder,
  photosNearDHash,
  requestsForOrder,
  type Store,
} from '@/utils/store';
import type {
  Order,
  PhotoRecord,
  ReferencePhoto,
  RequestLogEntry,
  Settings,
  Supplier,
} from '@/utils/store/types';
import { dHashOf } from '@/utils/triage/checklist';

export interface OrderHistory {
  order: Order;
  supplier?: Supplier;
  photos: PhotoRecord[];
  /** Photos near the order's (by dHash), for reuse checks: the checklist's history, as the mail panel reads it. */
  history: PhotoRecord[];
  requests: RequestLogEntry[];
  references: Map<string, ReferencePhoto>;
  settings: Settings;
}

export async function readOrderHistory(store: Store, orderId: string): Promise<OrderHistory | undefined> {
  const order = await getOrder(store, orderId);
  if (!order) return undefined;
  const [supplier, filed, requests, settings] = await Promise.all([
    getSupplier(store, order.supplierId),
    photosForOrder(store, orderId),
    requestsForOrder(store, orderId),
    getSettings(store),
  ]);
  // The record draws every photo it shows: their thumbnails, kept in their own store, come with them.
  const thumbnails = await getThumbnails(
    store,
    filed.map((p) => p.sha256),
  );
  const photos = filed.map((p) => {
    const thumbnail = thumbnails.get(p.sha256);
    return thumbnail ? { ...p, thumbnail } : p;
  });
  const hashes = photos.map(dHashOf).filter((h): h is string => Boolean(h));
  const near = await photosNearDHash(store, hashes, settings.thresholds.nearDuplicateBits, photos);
  const history = near.map((n) => n.photo);
  const ids = new Set(order.stages.flatMap((s) => s.shots.flatMap((shot) => shot.referencePhotoIds)));
  const references = new Map<string, ReferencePhoto>();
  for (const id of ids) {
    const ref = await getReferencePhoto(store, id);
    if (ref) references.set(id, ref);
  }
  return { order, ...(supplier ? { supplier } : {}), photos, history, requests, references, settings };
}

export interface SupplierHistory {
  orders: Order[];
  photos: PhotoRecord[];
  requests: RequestLogEntry[];
}

/** A supplier's orders, their photos and their re-requests. */
export async function readSupplierHistory(store: Store, supplierId: string): Promise<SupplierHistory> {
  const orders = await listOrders(store, { supplierId });
  const photos: PhotoRecord[] = [];
  const requests: RequestLogEntry[] = [];
  for (const o of orders) {
    const [p, r] = await Promise.all([photosForOrder(store, o.id), requestsForOrder(store, o.id)]);
    photos.push(...p);
    requests.push(...r);
  }
  return { orders, photos, requests };
}

type OrderRef = Pick<Order, 'id' | 'updatedAt'> & { stages?: never };
const isWhole = (o: Order | OrderRef): o is Order => o.stages !== undefined;

/**
 * The supplier's most recently updated orders, read one by one until `stages` stages with photos are
 * found (at most `maxOrders` orders): enough for the weakest-link note, at a bounded cost per message.
 * An order given by its id and date only (taken from a list row: not the row itself, whose `stages` are
 * not an order's) is read whole with its photos, so only the orders needed are read.
 */
export async function readRecentSupplierHistory(
  store: Store,
  orders: readonly (Order | OrderRef)[],
  stages = 3,
  maxOrders = 10,
): Promise<SupplierHistory> {
  const recent = [...orders].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, maxOrders);
  const out: SupplierHistory = { orders: [], photos: [], requests: [] };
  const seen = new Set<string>();
  for (const given of recent) {
    const [o, p, r] = await Promise.all([
      isWhole(given) ? given : getOrder(store, given.id),
      photosForOrder(store, given.id),
      requestsForOrder(store, given.id),
    ]);
    if (!o) continue;
    out.orders.push(o);
    out.photos.push(...p);
    out.requests.push(...r);
    for (const photo of p) if (photo.stageId) seen.add(`${o.id}\u0000${photo.stageId}`);
    if (seen.size >= stages) break;
  }
  return out;
}
