// Schema versions, oldest first. Each migration runs inside the upgrade transaction, in order, for every
// version between the database's and the code's. Adding version N+1 is one entry at the end of MIGRATIONS
// plus a fixture `tests/fixtures/db/vN+1.json` (v1.json, v2.json, … stay: each is upgraded by the tests).
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { type ListRow, listPagesOf, listRowOf } from './list-rows';
import { bucketsOf, entryOf, isBucket, type NearBucket, newVersion } from './near-buckets';
import { fromStoredOrder, type StoredOrder, type StoredPhoto } from './stored';
import { type StageSummary, summarizeAll } from './summaries';
import { prefixRange, v7ListRowKey } from './summary-keys';
import type { RequestLogEntry } from './types';

export interface Migration {
  version: number;
  description: string;
  /**
   * Typed loosely on purpose: a migration sees the schema of its own time, not today's types.
   * Await only requests of `tx`: awaiting anything else lets the upgrade transaction commit early.
   */
  migrate(
    db: IDBPDatabase<unknown>,
    tx: IDBPTransaction<unknown, string[], 'versionchange'>,
    oldVersion: number,
  ): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'First release: suppliers, orders, templates, reference photos, photos, settings, requests.',
    migrate(db) {
      const suppliers = db.createObjectStore('suppliers', { keyPath: 'id' });
      suppliers.createIndex('email', 'emails', { multiEntry: true });
      suppliers.createIndex('domain', 'domains', { multiEntry: true });

      const orders = db.createObjectStore('orders', { keyPath: 'id' });
      orders.createIndex('supplierId', 'supplierId');
      orders.createIndex('status', 'status');
      orders.createIndex('poKey', 'poKeys', { multiEntry: true });

      db.createObjectStore('templates', { keyPath: 'id' });
      db.createObjectStore('referencePhotos', { keyPath: 'id' });

      const photos = db.createObjectStore('photos', { keyPath: 'sha256' });
      photos.createIndex('dHash', 'dHash');
      photos.createIndex('orderId', 'orderId');
      photos.createIndex('orderStage', ['orderId', 'stageId']);
      photos.createIndex('messageId', 'messageIds', { multiEntry: true });
      photos.createIndex('createdAt', 'createdAt');

      // One record under the key 'settings' (out-of-line key).
      db.createObjectStore('settings');

      const requests = db.createObjectStore('requests', { keyPath: 'id' });
      requests.createIndex('orderId', 'orderId');
    },
  },
  {
    version: 2,
    description: 'Order remembered per Gmail/Outlook thread: threads store, indexed by order.',
    migrate(db) {
      const threads = db.createObjectStore('threads', { keyPath: 'threadId' });
      threads.createIndex('orderId', 'orderId');
    },
  },
  {
    version: 3,
    description:
      'The message list: photos and requests indexed by thread, and the supplier threads seen in the list.',
    async migrate(_db, tx) {
      const photos = tx.objectStore('photos');
      photos.createIndex('threadId', 'threadIds', { multiEntry: true });
      tx.objectStore('requests').createIndex('threadId', 'threadId');
      const listThreads = _db.createObjectStore('listThreads', { keyPath: 'threadId' });
      listThreads.createIndex('lastSeenAt', 'lastSeenAt');
      // Existing photos get the derived field the new index reads (as toStoredPhoto derives it).
      let cursor = await photos.openCursor();
      while (cursor) {
        const photo = cursor.value as { origins?: { threadId?: string }[] };
        const threadIds = [...new Set((photo.origins ?? []).map((o) => o.threadId).filter(Boolean))];
        await cursor.update({ ...photo, threadIds });
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 4,
    description:
      'A desk of thousands of orders: thumbnails in their own store (photo records small), the counts screens show kept as summaries, and an index for the reuse check.',
    async migrate(_db, tx) {
      _db.createObjectStore('thumbnails', { keyPath: 'sha256' });
      _db.createObjectStore('summaries', { keyPath: 'key' });
      _db.createObjectStore('nearBuckets', { keyPath: 'key' });
      const photos = tx.objectStore('photos');
      const thumbnails = tx.objectStore('thumbnails');
      const small: StoredPhoto[] = [];
      let cursor = await photos.openCursor();
      while (cursor) {
        const { thumbnail, ...photo } = cursor.value as StoredPhoto & { thumbnail?: Blob };
        if (thumbnail) {
          await thumbnails.put({ sha256: photo.sha256, blob: thumbnail });
          await cursor.update(photo);
        }
        small.push(photo);
        cursor = await cursor.continue();
      }
      // Counted with today's rules (utils/store/summaries): the counts are derived, not the buyer's data.
      const orders = (await tx.objectStore('orders').getAll()) as StoredOrder[];
      const requests = (await tx.objectStore('requests').getAll()) as RequestLogEntry[];
      const summaries = tx.objectStore('summaries');
      for (const s of summarizeAll(orders, small, requests)) await summaries.put(s);
      const buckets = tx.objectStore('nearBuckets');
      for (const b of bucketsOf(small)) await buckets.put(b);
    },
  },
  {
    version: 5,
    description:
      "The supplier scorecard from summaries: each stage and supplier summary also keeps its photos by day and its shots' first photos by day (issue 18), so every summary is counted again.",
    migrate: (_db, tx) => recountSummaries(tx),
  },
  {
    version: 6,
    description:
      "The supplier page's scorecard from summaries: a supplier's summary also keeps its photos' problems, its gates passed without photos and its re-requests (sent, answered, hours to the answer) by day, and dates over 400 days before its latest by month (issue 18), so every summary is counted again.",
    migrate: (_db, tx) => recountSummaries(tx),
  },
  {
    version: 7,
    description:
      "The orders list and the popup from one small row per order (issue 13): each order's row (its PO numbers, product, supplier, status, stages' names, due dates and shot counts) is written beside the summaries, from the order and its stage summaries (no photo is read).",
    async migrate(_db, tx) {
      const summaries = tx.objectStore('summaries');
      const stages = new Map<string, StageSummary>();
      for (const s of (await summaries.getAll(prefixRange('stage\u0000'))) as StageSummary[])
        stages.set(s.key, s);
      for (const o of (await tx.objectStore('orders').getAll()) as StoredOrder[])
        await summaries.put({
          key: v7ListRowKey(o.id),
          kind: 'order',
          ...listRowOf(fromStoredOrder(o), stages),
        });
    },
  },
  {
    version: 8,
    description:
      "The orders list's rows packed into 64 pages, and the reuse index's entries 40 bytes instead of 80 hex digits (issue 13): at 5,000 orders / 200,000 photos, one record per row cost the list and the popup over 400 ms to read, and reading the index's last chunk (16 MB) most of a cold query's second. Version 7's rows are moved, unchanged, into the pages their order ids hash to; each bucket's entries are rewritten (the photos are not read).",
    async migrate(_db, tx, oldVersion) {
      // Buckets from before this upgrade are hex; those version 4 wrote in it are already in today's form.
      if (oldVersion >= 4) await compactBuckets(tx);
      const summaries = tx.objectStore('summaries');
      const v7 = prefixRange(v7ListRowKey(''));
      const rows = (await summaries.getAll(v7)) as (ListRow & { key?: string; kind?: string })[];
      await summaries.delete(v7);
      for (const page of listPagesOf(rows.map(({ key: _key, kind: _kind, ...row }) => row)))
        await summaries.put(page);
    },
  },
];

/** Version 8: each bucket's `dHash + sha256` hex entries (80 digits) as today's 40-byte entries. */
async function compactBuckets(tx: IDBPTransaction<unknown, string[], 'versionchange'>): Promise<void> {
  const buckets = tx.objectStore('nearBuckets');
  let cursor = await buckets.openCursor();
  while (cursor) {
    const b = cursor.value as NearBucket;
    if (isBucket(b)) {
      let entries = '';
      for (let at = 0; at + 80 <= b.entries.length; at += 80)
        entries += entryOf(b.entries.slice(at, at + 16), b.entries.slice(at + 16, at + 80));
      await cursor.update({ ...b, entries });
    }
    cursor = await cursor.continue();
  }
  // Readers keep the last chunk parsed by this tag: a new one, so none keeps the hex one.
  await buckets.put(newVersion());
}

/** Every summary counted again from the records, with today's rules. */
async function recountSummaries(tx: IDBPTransaction<unknown, string[], 'versionchange'>): Promise<void> {
  const photos: StoredPhoto[] = [];
  let cursor = await tx.objectStore('photos').openCursor();
  while (cursor) {
    photos.push(cursor.value as StoredPhoto);
    cursor = await cursor.continue();
  }
  const orders = (await tx.objectStore('orders').getAll()) as StoredOrder[];
  const requests = (await tx.objectStore('requests').getAll()) as RequestLogEntry[];
  const summaries = tx.objectStore('summaries');
  await summaries.clear();
  for (const s of summarizeAll(orders, photos, requests)) await summaries.put(s);
}

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Versions must start at 1 and rise by one, or a database could skip a step. */
export function checkMigrations(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${i} has version ${m.version}, expected ${i + 1}.`);
  });
}

export async function runMigrations(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
  list: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  for (const m of list) {
    if (m.version > oldVersion && m.version <= newVersion) await m.migrate(db, tx, oldVersion);
  }
}
