// Opening the database: one connection per page (background, options, check page). The upgrade runs
// the migrations; a tab still holding the old version gets `versionchange` and closes its connection,
// and if it does not (a tab frozen by the browser, an old build), the opener gives up with 'blocked'.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, wrap } from 'idb';
import { StoreError, toStoreError } from './errors';
import { checkMigrations, LATEST_VERSION, MIGRATIONS, type Migration, runMigrations } from './migrations';
import type { NearBucket } from './near-buckets';
import type { StoredOrder, StoredPhoto, StoredSettings, StoredThumbnail } from './stored';
import type { Summary } from './summaries';
import type {
  ListThread,
  OrderStatus,
  ReferencePhoto,
  RequestLogEntry,
  ShotListTemplate,
  Supplier,
  ThreadOrder,
} from './types';

export const DB_NAME = 'photo-triage';
export const DB_VERSION = LATEST_VERSION;

export interface TriageDB extends DBSchema {
  suppliers: { key: string; value: Supplier; indexes: { email: string; domain: string } };
  orders: {
    key: string;
    value: StoredOrder;
    indexes: { supplierId: string; status: OrderStatus; poKey: string };
  };
  templates: { key: string; value: ShotListTemplate };
  referencePhotos: { key: string; value: ReferencePhoto };
  photos: {
    key: string;
    value: StoredPhoto;
    indexes: {
      dHash: string;
      orderId: string;
      orderStage: [string, string];
      messageId: string;
      threadId: string;
      createdAt: string;
    };
  };
  settings: { key: string; value: StoredSettings };
  requests: { key: string; value: RequestLogEntry; indexes: { orderId: string; threadId: string } };
  threads: { key: string; value: ThreadOrder; indexes: { orderId: string } };
  listThreads: { key: string; value: ListThread; indexes: { lastSeenAt: string } };
  /** Each photo's thumbnail by its sha256, apart from the record: read only when it is on screen. */
  thumbnails: { key: string; value: StoredThumbnail };
  /** Counts kept with every write (utils/store/summaries): `stage\0order\0stage`, `supplier\0id`. */
  summaries: { key: string; value: Summary };
  /** The reuse check's index of dHash chunks (utils/store/near-buckets). */
  nearBuckets: { key: string; value: NearBucket };
}

export type StoreName =
  | 'suppliers'
  | 'orders'
  | 'templates'
  | 'referencePhotos'
  | 'photos'
  | 'settings'
  | 'requests'
  | 'threads'
  | 'listThreads'
  | 'thumbnails'
  | 'summaries'
  | 'nearBuckets';
/** The buyer's records: what a backup holds and an import replaces. */
export const STORE_NAMES: StoreName[] = [
  'suppliers',
  'orders',
  'templates',
  'referencePhotos',
  'photos',
  'settings',
  'requests',
  'threads',
  'thumbnails',
  // Derived from the others (never in a backup), but copied and cleared with them so a rolled-back
  // import stays consistent.
  'summaries',
  'nearBuckets',
];
/** This browser's own memory: not the buyer's records, never in a backup, kept through an import. */
export const LOCAL_STORE_NAMES: StoreName[] = ['listThreads'];

export interface Store {
  readonly name: string;
  readonly version: number;
  readonly db: IDBPDatabase<TriageDB>;
  /** True once closed: by close(), for another tab's upgrade, or by the browser. */
  readonly closed: boolean;
  /** Called after the connection closed so another tab can upgrade: tell the buyer to reload. */
  onClosedForUpgrade?: () => void;
  close(): void;
}

export interface OpenOptions {
  name?: string;
  indexedDB?: IDBFactory;
  /** Tests: a prefix of MIGRATIONS opens a past version, MIGRATIONS plus an entry a future one. */
  migrations?: readonly Migration[];
  /** How long to wait for other tabs to close their old connection. */
  blockedTimeoutMs?: number;
  onClosedForUpgrade?: () => void;
}

function handle(raw: IDBDatabase, name: string, onClosedForUpgrade?: () => void): Store {
  let closed = false;
  const store: Store = {
    name,
    version: raw.version,
    db: wrap(raw) as unknown as IDBPDatabase<TriageDB>,
    get closed() {
      return closed;
    },
    onClosedForUpgrade,
    close() {
      closed = true;
      raw.close();
    },
  };
  raw.onversionchange = () => {
    store.close();
    store.onClosedForUpgrade?.();
  };
  // The browser closed it (storage cleared, disk error): later calls fail as 'unavailable'.
  raw.onclose = () => {
    closed = true;
  };
  return store;
}

export function openStore(options: OpenOptions = {}): Promise<Store> {
  const name = options.name ?? DB_NAME;
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const migrations = options.migrations ?? MIGRATIONS;
  checkMigrations(migrations);
  const version = migrations[migrations.length - 1].version;
  if (!factory) {
    return Promise.reject(
      new StoreError('unavailable', 'This browser does not let Photo Triage store data (IndexedDB is off).'),
    );
  }
  return new Promise<Store>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let migrationError: unknown;
    const settle = (fn: () => void) => {
      clearTimeout(timer);
      if (settled) return false;
      settled = true;
      fn();
      return true;
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (e) {
      reject(toStoreError(e));
      return;
    }
    request.onupgradeneeded = (event) => {
      const rawTx = request.transaction!;
      const db = wrap(request.result) as unknown as IDBPDatabase<unknown>;
      const tx = wrap(rawTx) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
      // A failed upgrade is reported through the open request; this only keeps the rejection observed.
      tx.done.catch(() => {});
      runMigrations(db, tx, event.oldVersion, version, migrations).catch((e) => {
        migrationError = e;
        try {
          rawTx.abort();
        } catch {
          // Already finished: the error is reported through the open request.
        }
      });
    };
    request.onblocked = () => {
      timer ??= setTimeout(
        () => settle(() => reject(new StoreError('blocked'))),
        options.blockedTimeoutMs ?? 4000,
      );
    };
    request.onsuccess = () => {
      const raw = request.result;
      // Success after we gave up (the other tab closed late): nobody holds this connection.
      if (!settle(() => resolve(handle(raw, name, options.onClosedForUpgrade)))) raw.close();
    };
    request.onerror = (event) => {
      event.preventDefault();
      settle(() => {
        if (migrationError === undefined) return reject(toStoreError(request.error));
        const detail = migrationError instanceof Error ? migrationError.message : String(migrationError);
        reject(
          new StoreError(
            'unavailable',
            `Photo Triage could not update its saved data to version ${version} (${detail}). Nothing was changed.`,
            { cause: migrationError },
          ),
        );
      });
    };
  });
}
