// Database fixtures: a JSON dump of a database at one schema version, loaded into a fresh database
// created by that version's migrations, so the current code can open (and migrate) it.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IDBPDatabase } from 'idb';
import { openStore, type Store } from '@/utils/store/db';
import { MIGRATIONS } from '@/utils/store/migrations';
import { isBucket, type NearBucket } from '@/utils/store/near-buckets';

export const DB_FIXTURES = resolve(__dirname, '../../fixtures/db');

export interface DbFixture {
  version: number;
  note?: string;
  /** Store name → records (in-line keys) or `{key, value}` (out-of-line keys). */
  stores: Record<string, unknown[]>;
}

export function loadDbFixtures(): { file: string; fixture: DbFixture }[] {
  return readdirSync(DB_FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, fixture: JSON.parse(readFileSync(resolve(DB_FIXTURES, file), 'utf8')) }));
}

type BlobJson = { $blob: string; type: string };
const isBlobJson = (v: unknown): v is BlobJson =>
  typeof v === 'object' && v !== null && typeof (v as BlobJson).$blob === 'string';

/** `{$blob: base64, type}` → Blob, everywhere in the value. */
export function revive(value: unknown): unknown {
  if (isBlobJson(value)) return new Blob([Buffer.from(value.$blob, 'base64')], { type: value.type });
  if (Array.isArray(value)) return value.map(revive);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  return value;
}

/** Blob → `{$blob, type}` everywhere, so whole databases compare with toEqual, bytes included. */
export async function freeze(value: unknown): Promise<unknown> {
  if (value instanceof Blob)
    return { $blob: Buffer.from(await value.arrayBuffer()).toString('base64'), type: value.type };
  if (Array.isArray(value)) return Promise.all(value.map(freeze));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await freeze(v)])),
    );
  return value;
}

const raw = (store: Store) => store.db as unknown as IDBPDatabase<unknown>;

/** Create database `name` at the fixture's version (that version's migrations only) and fill it. */
export async function createAtVersion(factory: IDBFactory, name: string, fixture: DbFixture): Promise<void> {
  const store = await openStore({
    indexedDB: factory,
    name,
    migrations: MIGRATIONS.slice(0, fixture.version),
  });
  const db = raw(store);
  const tx = db.transaction(Object.keys(fixture.stores), 'readwrite');
  for (const [storeName, records] of Object.entries(fixture.stores)) {
    const os = tx.objectStore(storeName);
    for (const record of records) {
      if (os.keyPath === null) {
        const { key, value } = record as { key: IDBValidKey; value: unknown };
        await os.put(revive(value), key);
      } else await os.put(revive(record));
    }
  }
  await tx.done;
  store.close();
}

/**
 * Every store's records exactly as stored (derived fields included), blobs frozen to base64; the reuse
 * index's version tag, a random id per write, is left out.
 */
export async function dump(store: Store): Promise<Record<string, unknown[]>> {
  const db = raw(store);
  const out: Record<string, unknown[]> = {};
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  for (const name of names) {
    const os = tx.objectStore(name);
    const values = await os.getAll();
    if (name === 'nearBuckets') out[name] = (values as NearBucket[]).filter(isBucket);
    else if (os.keyPath !== null) out[name] = values;
    else {
      const keys = await os.getAllKeys();
      out[name] = keys.map((key, i) => ({ key, value: values[i] }));
    }
  }
  await tx.done;
  return (await freeze(out)) as Record<string, unknown[]>;
}
