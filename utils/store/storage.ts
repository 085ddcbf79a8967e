// What the buyer's records take, and room made without losing anything that counts: the pictures of
// closed orders can go (thumbnails only), while every record — measurements, verdicts, assignments,
// statuses — every request and every count stays, so a checklist still says what was received.
import type { Store } from './db';
import { read, write } from './tx';

export interface StorageBreakdown {
  photos: number;
  thumbnails: number;
  /** Exact: the thumbnails' own sizes. */
  thumbnailBytes: number;
  /** Estimated from up to 500 records as JSON (their stored size is close to it). */
  recordBytes: number;
}

const BATCH = 2_000;

export async function storageBreakdown(store: Store): Promise<StorageBreakdown> {
  const [photos, thumbnails, sample] = await read(store, ['photos', 'thumbnails'], (tx) =>
    Promise.all([
      tx.objectStore('photos').count(),
      tx.objectStore('thumbnails').count(),
      tx.objectStore('photos').getAll(undefined, 500),
    ]),
  );
  const perRecord = sample.length
    ? sample.reduce((n, p) => n + JSON.stringify(p).length, 0) / sample.length
    : 0;
  // Blob sizes, in batches: a Blob's size is known without reading its bytes.
  let thumbnailBytes = 0;
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await read(store, ['thumbnails'], (tx) =>
      tx.objectStore('thumbnails').getAll(range, BATCH),
    );
    for (const t of batch) thumbnailBytes += t.blob.size;
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.sha256;
  }
  return { photos, thumbnails, thumbnailBytes, recordBytes: Math.round(perRecord * photos) };
}

/** The day `months` calendar months before `now` (ISO). */
export function monthsBefore(now: Date, months: number): string {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
}

/**
 * Deletes the thumbnails of the photos of every closed order last changed before `before`; nothing
 * else. One transaction per order (a desk of thousands never holds one long lock), each checking the
 * order is still closed. Returns how many pictures went and their bytes.
 */
export async function dropClosedOrderPictures(
  store: Store,
  before: string,
): Promise<{ orders: number; pictures: number; bytes: number }> {
  const cutoff = Date.parse(before);
  const closed = await read(store, ['orders'], (tx) =>
    tx.objectStore('orders').index('status').getAll('closed'),
  );
  const old = closed.filter((o) => Date.parse(o.updatedAt) < cutoff).map((o) => o.id);
  let pictures = 0;
  let bytes = 0;
  let orders = 0;
  for (const id of old) {
    const dropped = await write(store, ['orders', 'photos', 'thumbnails'], async (tx) => {
      const order = await tx.objectStore('orders').get(id);
      if (order?.status !== 'closed' || Date.parse(order.updatedAt) >= cutoff) return undefined;
      const keys = await tx.objectStore('photos').index('orderId').getAllKeys(id);
      const thumbs = tx.objectStore('thumbnails');
      let n = 0;
      let size = 0;
      for (const key of keys) {
        const t = await thumbs.get(key);
        if (!t) continue;
        n++;
        size += t.blob.size;
        await thumbs.delete(key);
      }
      return { n, size };
    });
    if (!dropped) continue;
    orders++;
    pictures += dropped.n;
    bytes += dropped.size;
  }
  return { orders, pictures, bytes };
}
