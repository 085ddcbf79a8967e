// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not (see store.test.ts).
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listZip } from '@/utils/photo/zip';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupManifest,
  type BackupPartPhoto,
  type BackupPhoto,
  clearAll,
  countAll,
  exportBackup,
  importBackup,
  type LegacyBackupManifest,
  readBackup,
  recoverInterruptedImport,
} from '@/utils/store/backup';
import { beginJournal } from '@/utils/store/backup-journal';
import { DB_VERSION, openStore, type Store } from '@/utils/store/db';
import { StoreError } from '@/utils/store/errors';
import { deleteOrder } from '@/utils/store/orders';
import { toStoredPhoto } from '@/utils/store/stored';
import { rebuildSummaries } from '@/utils/store/summaries';
import { addSupplier, listSuppliers } from '@/utils/store/suppliers';
import { threadOrder } from '@/utils/store/threads';
import type { PhotoRecord } from '@/utils/store/types';
import { photo } from './helpers/fixtures';
import { createAtVersion, dump, loadDbFixtures } from './helpers/store-fixture';
import { buildZip } from './helpers/zip-builder';

const fixtures = loadDbFixtures();
// The database of the current schema (v1's records plus two thread memories), and the first one.
const current = fixtures.find((f) => f.fixture.version === DB_VERSION)!.fixture;
const v1 = fixtures.find((f) => f.fixture.version === 1)!.fixture;
const MB = 1024 * 1024;

let factory: IDBFactory;
let store: Store;
let before: Record<string, unknown[]>;
let backup: Uint8Array;
/** The same backup in format 1, as versions before 2026-12 wrote it. */
let legacy: Uint8Array;

beforeEach(async () => {
  factory = new IDBFactory();
  await createAtVersion(factory, 'db', current);
  store = await openStore({ indexedDB: factory, name: 'db' });
  before = await dump(store);
  backup = new Uint8Array(await (await exportBackup(store)).arrayBuffer());
  legacy = legacyOf(backup);
});
afterEach(() => {
  vi.restoreAllMocks();
  store.close();
});

const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });

function entries(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

type AnyManifest = BackupManifest & LegacyBackupManifest;
function manifestOf(zip: Uint8Array): AnyManifest {
  return JSON.parse(strFromU8(entries(zip)['manifest.json']));
}

/** Format 1: every photo in manifest.json, one file per thumbnail (what older versions exported). */
function legacyOf(zip: Uint8Array): Uint8Array {
  const files = entries(zip);
  const { photoParts, ...m } = manifestOf(zip);
  const out: Record<string, Uint8Array> = {};
  const photos: BackupPhoto[] = [];
  for (const part of photoParts) {
    const records = JSON.parse(strFromU8(files[part.records])) as BackupPartPhoto[];
    let at = 0;
    for (const { thumbnailBytes, ...r } of records) {
      if (!thumbnailBytes) {
        photos.push(r);
        continue;
      }
      const name = `thumbnails/${r.sha256}.jpg`;
      out[name] = files[part.thumbnails!].slice(at, at + thumbnailBytes);
      at += thumbnailBytes;
      photos.push({ ...r, thumbnailFile: name });
    }
  }
  for (const r of m.referencePhotos) out[r.file] = files[r.file];
  out['manifest.json'] = strToU8(JSON.stringify({ ...m, version: 1, photos }));
  return zipSync(out, { level: 0 });
}

/** The format-1 backup with its manifest (and files) changed. */
function edited(change: (m: LegacyBackupManifest, files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = entries(legacy);
  const m = JSON.parse(strFromU8(files['manifest.json'])) as LegacyBackupManifest;
  change(m, files);
  files['manifest.json'] = strToU8(JSON.stringify(m));
  return zipSync(files, { level: 0 });
}

async function refused(file: Uint8Array): Promise<StoreError> {
  try {
    await importBackup(store, blob(file), { mode: 'replace' });
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    // Whatever was wrong, the buyer's data is exactly as it was.
    expect(await dump(store)).toEqual(before);
    return e as StoreError;
  }
  throw new Error('expected the backup to be refused');
}

describe('backup round trip', () => {
  it('exports one zip: a versioned manifest, photo parts (records, thumbnails end to end), reference photos', async () => {
    const list = listZip(backup);
    const sha = (n: number) => (current.stores.photos[n] as { sha256: string }).sha256;
    expect(list.map((e) => e.name).sort()).toEqual(
      ['manifest.json', 'photos/00001.json', 'reference-photos/ref-label.jpg', 'thumbnails/00001.bin'].sort(),
    );
    for (const e of list) expect(e.method, e.name).toBe(e.name.endsWith('.json') ? 8 : 0);
    const m = manifestOf(backup);
    expect(m).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, dbVersion: DB_VERSION });
    expect(BACKUP_VERSION).toBe(2);
    expect(m).not.toHaveProperty('photos');
    expect(m.photoParts).toEqual([
      { records: 'photos/00001.json', thumbnails: 'thumbnails/00001.bin', count: 3 },
    ]);
    const part = JSON.parse(strFromU8(entries(backup)['photos/00001.json'])) as BackupPartPhoto[];
    const stored = await store.db.getAll('photos');
    const thumbs = await store.db.getAll('thumbnails');
    expect(thumbs).toHaveLength(2);
    const sizes = new Map(thumbs.map((t) => [t.sha256, t.blob.size]));
    expect(Object.fromEntries(part.map((p) => [p.sha256, p.thumbnailBytes]))).toEqual(
      Object.fromEntries(stored.map((p) => [p.sha256, sizes.get(p.sha256)])),
    );
    expect(part.map((p) => p.sha256).sort()).toEqual([sha(0), sha(1), sha(2)].sort());
    expect(part[0]).not.toHaveProperty('thumbnail');
    expect(part[0]).not.toHaveProperty('messageIds');
    expect(entries(backup)['thumbnails/00001.bin'].length).toBe(thumbs.reduce((n, t) => n + t.blob.size, 0));
    expect(m.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(m.counts).toEqual({
      suppliers: 2,
      orders: 3,
      templates: 1,
      referencePhotos: 1,
      photos: 3,
      requests: 2,
      settings: 1,
      threads: 2,
    });
    expect(m.threads).toEqual(current.stores.threads);
    expect(m.referencePhotos[0]).toMatchObject({
      id: 'ref-label',
      file: 'reference-photos/ref-label.jpg',
      type: 'image/jpeg',
    });
    expect(m.referencePhotos[0]).not.toHaveProperty('blob');
    // Derived index fields stay inside the database.
    expect(m.orders[0]).not.toHaveProperty('poKeys');
    expect(m.settings?.buyer?.name).toBe('Sarah Miller');
    expect(
      Buffer.compare(entries(backup)['reference-photos/ref-label.jpg'], photo('exifr/orientation-f1t.jpg')),
    ).toBe(0);
  });

  it('export → wipe → import gives back the identical database, blobs byte for byte', async () => {
    await clearAll(store);
    expect(await countAll(store)).toEqual({
      suppliers: 0,
      orders: 0,
      templates: 0,
      referencePhotos: 0,
      photos: 0,
      requests: 0,
      settings: 0,
      threads: 0,
    });
    const counts = await importBackup(store, blob(backup), { mode: 'replace' });
    expect(counts).toEqual(manifestOf(backup).counts);
    expect(await dump(store)).toEqual(before);
  });

  it('thread memories come back, and still find their orders', async () => {
    expect(before.threads).toHaveLength(2);
    await clearAll(store);
    expect(await threadOrder(store, '18c34b0c77aa9000')).toBeUndefined();
    await importBackup(store, blob(backup));
    expect(await threadOrder(store, '18c34b0c77aa9000')).toEqual(current.stores.threads[0]);
    expect(await store.db.getAllKeysFromIndex('threads', 'orderId', 'ord-mugs')).toEqual([
      (current.stores.threads[1] as { threadId: string }).threadId,
    ]);
    // Deleting an imported order forgets its thread, as for one made here.
    await deleteOrder(store, 'ord-tote');
    expect(await threadOrder(store, '18c34b0c77aa9000')).toBeUndefined();
  });

  it('a backup made before thread memories (no threads list, no count) still imports, with none', async () => {
    const old = edited((m) => {
      delete (m as Partial<BackupManifest>).threads;
      delete (m.counts as Partial<BackupManifest['counts']>).threads;
      m.dbVersion = 1;
    });
    expect(manifestOf(old)).not.toHaveProperty('threads');
    const counts = await importBackup(store, blob(old));
    expect(counts).toEqual({ ...manifestOf(backup).counts, threads: 0 });
    expect(await dump(store)).toEqual({ ...before, threads: [] });
    expect(await countAll(store)).toEqual(counts);

    // The same from a real version-1 database, opened (and upgraded) by today's code.
    const elsewhere = await openStore({ indexedDB: new IDBFactory(), name: 'v1' });
    await importBackup(elsewhere, blob(old));
    const fromV1 = new IDBFactory();
    await createAtVersion(fromV1, 'v1', v1);
    const upgraded = await openStore({ indexedDB: fromV1, name: 'v1' });
    expect(await dump(elsewhere)).toEqual(await dump(upgraded));
    elsewhere.close();
    upgraded.close();
  });

  it('imports into a brand-new database (another browser) identically', async () => {
    const elsewhere = await openStore({ indexedDB: new IDBFactory(), name: 'new' });
    await importBackup(elsewhere, blob(backup));
    // The threads the other browser saw in its message list are that browser's memory, not in backups.
    expect(await dump(elsewhere)).toEqual({ ...before, listThreads: [] });
    elsewhere.close();
  });

  it('replaces whatever is there', async () => {
    await addSupplier(store, {
      company: 'Added after the backup',
      emails: [],
      domains: [],
      replyLanguages: ['en'],
    });
    await importBackup(store, blob(backup));
    expect((await listSuppliers(store)).map((s) => s.company)).not.toContain('Added after the backup');
    expect(await dump(store)).toEqual(before);
  });

  it('a backup of an empty database imports as an empty database', async () => {
    const empty = await openStore({ indexedDB: new IDBFactory(), name: 'empty' });
    const file = await exportBackup(empty);
    await importBackup(store, file);
    expect(Object.values(await countAll(store)).every((n) => n === 0)).toBe(true);
    empty.close();
  });
});

describe('bad backup files are refused with what is wrong, and nothing changes', () => {
  it('not a zip', async () => {
    const e = await refused(photo('generated/email-downsized-640.jpg'));
    expect(e.code).toBe('validation');
    expect(e.message).toBe(
      'This backup cannot be imported: the file is not a zip archive. Choose a .zip exported by Photo Triage.',
    );
    expect((await refused(new Uint8Array(0))).message).toMatch(/not a zip archive/);
  });

  it('a truncated zip', async () => {
    const e = await refused(backup.slice(0, Math.floor(backup.length * 0.6)));
    expect(e.message).toMatch(
      /^This backup cannot be imported: the file is damaged or incomplete\. The zip is truncated.* Download or copy it again\.$/,
    );
  });

  it('a zip without manifest.json, or with a manifest that is not JSON', async () => {
    expect((await refused(zipSync({ 'photo.jpg': photo('exifr/orientation-f1t.jpg') }))).message).toMatch(
      /it has no manifest\.json, so it is not a Photo Triage backup/,
    );
    const broken = entries(backup);
    broken['manifest.json'] = strToU8('{"format": "photo-triage-backup", "version": 1, "suppl');
    expect((await refused(zipSync(broken))).message).toMatch(/manifest\.json is not valid JSON/);
  });

  it('the wrong format field', async () => {
    const e = await refused(
      edited((m) => {
        (m as { format: string }).format = 'something-else';
      }),
    );
    expect(e.message).toBe(
      'This backup cannot be imported: it is not a Photo Triage backup (manifest.json says format "something-else").',
    );
  });

  it('version 99: made by a newer version', async () => {
    const e = await refused(
      edited((m) => {
        m.version = 99;
      }),
    );
    expect(e.code).toBe('version');
    expect(e.message).toMatch(/^This backup was made by a newer version of Photo Triage \(backup format 99;/);
    expect(e.message).toMatch(/Update the extension/);
  });

  it('an oversized entry (declared over 50 MB), or an oversized manifest', async () => {
    const manifest = entries(backup)['manifest.json'];
    const big = buildZip([
      { name: 'manifest.json', data: manifest, deflate: true },
      { name: 'thumbnails/huge.jpg', data: new Uint8Array(1000), deflate: true, declaredSize: 60 * MB },
    ]);
    expect((await refused(big)).message).toBe(
      'This backup cannot be imported: “thumbnails/huge.jpg” is 60.0 MB; a file in a backup may be at most 50.0 MB.',
    );
    const bigManifest = buildZip([
      { name: 'manifest.json', data: manifest, deflate: true, declaredSize: 257 * MB },
    ]);
    expect((await refused(bigManifest)).message).toMatch(
      /“manifest\.json” is 257\.0 MB; a manifest in a backup may be at most 256\.0 MB/,
    );
  });

  it('a zip bomb entry (20 MB of zeros in a few KB), and an entry that inflates past its declared size', async () => {
    const files = entries(backup);
    const bomb = zipSync({ ...files, 'thumbnails/bomb.jpg': new Uint8Array(20 * MB) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect((await refused(bomb)).message).toMatch(
      /“thumbnails\/bomb\.jpg” is compressed \d+:1 — a zip bomb, not a photo\./,
    );

    const m = manifestOf(legacy);
    const old = entries(legacy);
    const liar = buildZip([
      { name: 'manifest.json', data: old['manifest.json'] },
      { name: 'reference-photos/ref-label.jpg', data: old['reference-photos/ref-label.jpg'] },
      ...m.photos.flatMap((p) =>
        p.thumbnailFile
          ? [{ name: p.thumbnailFile, data: new Uint8Array(2 * MB), deflate: true, declaredSize: 900 }]
          : [],
      ),
    ]);
    expect((await refused(liar)).message).toMatch(
      /refused for safety\. “thumbnails\/.*\.jpg” expands beyond its declared size — a zip bomb\.$/,
    );
    // Format 2: the part's thumbnail file lies the same way. Found while importing, and rolled back.
    const liar2 = buildZip(
      Object.entries(files).map(([name, data]) =>
        name === 'thumbnails/00001.bin'
          ? { name, data: new Uint8Array(2 * MB), deflate: true, declaredSize: data.length }
          : { name, data, deflate: name.endsWith('.json') },
      ),
    );
    expect((await refused(liar2)).message).toMatch(
      /refused for safety\. “thumbnails\/00001\.bin” expands beyond its declared size — a zip bomb\.$/,
    );
  });

  it('a malformed record: an order without supplierId, a photo with a bad status', async () => {
    const e = await refused(
      edited((m) => {
        delete (m.orders[0] as Partial<BackupManifest['orders'][0]>).supplierId;
        (m.photos[2] as { status: unknown }).status = { state: 'lost' };
        (m.orders[1].stages[0].shots[0].label as { en: unknown }).en = null;
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.problems).toEqual([
      'orders[0].supplierId: missing',
      'orders[1].stages[0].shots[0].label.en: expected a string, got null',
      'photos[2].status.state: expected one of "pending", "accepted", "rejected", got "lost"',
    ]);
    expect(e.message).toBe(
      'This backup cannot be imported: orders[0].supplierId: missing; orders[1].stages[0].shots[0].label.en: expected a string, got null; photos[2].status.state: expected one of "pending", "accepted", "rejected", got "lost".',
    );
  });

  it('a manifest referencing a missing file', async () => {
    const e = await refused(
      edited((_m, files) => {
        delete files['reference-photos/ref-label.jpg'];
      }),
    );
    expect(e.problems).toEqual([
      'reference-photos/ref-label.jpg: listed in manifest.json but missing from the zip',
    ]);
  });

  it('references that resolve to nothing, duplicate ids, wrong counts, a missing list', async () => {
    let e = await refused(
      edited((m) => {
        m.photos[0].orderId = 'ghost-order';
        m.requests[0].stageId = 'no-such-stage';
      }),
    );
    expect(e.problems).toEqual([
      'requests[0].stageId: the order has no stage "no-such-stage"',
      'photos[0].orderId: no order with id "ghost-order"',
    ]);
    e = await refused(
      edited((m) => {
        m.suppliers.push({ ...m.suppliers[0], emails: [], domains: [] });
        m.counts.suppliers = 3;
      }),
    );
    expect(e.problems).toEqual([
      `suppliers[2]: duplicate "${(current.stores.suppliers[0] as { id: string }).id}"`,
    ]);
    e = await refused(
      edited((m) => {
        m.requests.pop();
      }),
    );
    expect(e.problems).toEqual(['counts.requests: says 2 but the manifest holds 1']);
    e = await refused(
      edited((m) => {
        delete (m as Partial<BackupManifest>).templates;
      }),
    );
    expect(e.problems).toEqual(['templates: expected a list']);
  });

  it('a malformed thread list or memory, even though the list may be absent', async () => {
    let e = await refused(
      edited((m) => {
        (m as { threads: unknown }).threads = null;
      }),
    );
    expect(e.problems).toEqual(['threads: expected a list']);
    e = await refused(
      edited((m) => {
        (m.threads[0] as { client: string }).client = 'yahoo';
        delete (m.threads[1] as Partial<BackupManifest['threads'][0]>).updatedAt;
        m.threads.push({ ...m.threads[1], updatedAt: 'yesterday' });
        m.counts.threads = 3;
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.problems).toEqual([
      'threads[0].client: expected one of "gmail", "outlook", got "yahoo"',
      'threads[1].updatedAt: missing',
      'threads[2].updatedAt: expected a date and time (ISO 8601), got "yesterday"',
      `threads[2]: duplicate "${manifestOf(backup).threads[1].threadId}"`,
    ]);
    e = await refused(
      edited((m) => {
        m.threads[1].orderId = 'ghost-order';
      }),
    );
    expect(e.problems).toEqual(['threads[1].orderId: no order with id "ghost-order"']);
    // A list that is there must be counted; a count without its list is wrong too.
    e = await refused(
      edited((m) => {
        delete (m.counts as Partial<BackupManifest['counts']>).threads;
      }),
    );
    expect(e.problems).toEqual(['counts.threads: says undefined but the manifest holds 2']);
    e = await refused(
      edited((m) => {
        delete (m as Partial<BackupManifest>).threads;
      }),
    );
    expect(e.problems).toEqual(['counts.threads: says 2 but the manifest holds 0']);
  });

  it('two suppliers sharing an address or a domain: the store refuses that, so import does too', async () => {
    const [a, b] = manifestOf(backup).suppliers;
    let e = await refused(
      edited((m) => {
        m.suppliers[1].emails = [...m.suppliers[1].emails, a.emails[0]];
      }),
    );
    expect(e.problems).toEqual([
      `suppliers[1].emails[${b.emails.length}]: ${a.emails[0]} already belongs to ${a.company}`,
    ]);
    e = await refused(
      edited((m) => {
        m.suppliers[1].domains = [a.domains[0]];
      }),
    );
    expect(e.problems).toEqual([`suppliers[1].domains[0]: ${a.domains[0]} already belongs to ${a.company}`]);
  });

  it('an id starting with "." (its file would be skipped as hidden, so the backup could not be restored)', async () => {
    const e = await refused(
      edited((m) => {
        const ref = m.referencePhotos[0];
        for (const o of m.orders)
          for (const s of o.stages)
            for (const shot of s.shots)
              shot.referencePhotoIds = shot.referencePhotoIds.map((x) => (x === ref.id ? '.hidden' : x));
        for (const t of m.templates)
          for (const shot of t.shots)
            shot.referencePhotoIds = shot.referencePhotoIds.map((x) => (x === ref.id ? '.hidden' : x));
        m.referencePhotos[0] = { ...ref, id: '.hidden' };
      }),
    );
    expect(e.problems).toContain(
      'referencePhotos[0].id: expected an id (no spaces or slashes, not starting with "."), got ".hidden"',
    );
  });

  it('__proto__, constructor, toString, hasOwnProperty, valueOf are unknown fields, not Object.prototype', async () => {
    const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const files = entries(backup);
    // Written as JSON text: an object literal's __proto__ would set the prototype, not a field.
    const json = strFromU8(files['manifest.json']).replace(
      /"company":/,
      `${keys.map((k) => `"${k}": {"x": 1},`).join(' ')} "company":`,
    );
    files['manifest.json'] = strToU8(json);
    const e = await refused(zipSync(files, { level: 0 }));
    expect(e.problems).toEqual(keys.map((k) => `suppliers[0].${k}: unknown field`));
  });

  it('a full disk during import rolls everything back', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const e = await importBackup(store, blob(backup)).catch((x) => x);
    vi.restoreAllMocks();
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe('quota');
    expect(await dump(store)).toEqual(before);
  });
});

/** `n` more photos like the first one with a thumbnail, each thumbnail's bytes its own. */
async function seedPhotos(target: Store, n: number): Promise<void> {
  const thumb0 = (await target.db.getAll('thumbnails'))[0]!;
  const model = (await target.db.get('photos', thumb0.sha256))!;
  const bytes = new Uint8Array(await thumb0.blob.arrayBuffer());
  const tx = target.db.transaction(['photos', 'thumbnails'], 'readwrite');
  for (let i = 0; i < n; i++) {
    const thumb = new Uint8Array(bytes.length + 4);
    thumb.set(bytes);
    new DataView(thumb.buffer).setUint32(bytes.length, i);
    const record: PhotoRecord = {
      ...(model as unknown as PhotoRecord),
      sha256: `f${i.toString(16).padStart(63, '0')}`,
      thumbnail: new Blob([thumb], { type: 'image/jpeg' }),
    };
    void tx.objectStore('photos').put(toStoredPhoto(record));
    void tx.objectStore('thumbnails').put({ sha256: record.sha256, blob: record.thumbnail! });
  }
  await tx.done;
  // Written around the store's write path: the counts are brought up to date as the store keeps them.
  const sx = target.db.transaction(['photos', 'orders', 'requests', 'summaries', 'nearBuckets'], 'readwrite');
  await rebuildSummaries(sx);
  await sx.done;
}

/** Records put per transaction, while `run` runs. */
async function putsPerTransaction(run: () => Promise<unknown>): Promise<number[]> {
  const counts = new Map<unknown, number>();
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.transaction.db.name === 'db')
      counts.set(this.transaction, (counts.get(this.transaction) ?? 0) + 1);
    return put.apply(this, args as Parameters<typeof put>);
  });
  await run();
  vi.restoreAllMocks();
  return [...counts.values()];
}

describe('backups of any size', () => {
  it('2,500 photos: two parts; imported in transactions of at most 500 records; identical after', async () => {
    await seedPhotos(store, 2_500);
    const full = await dump(store);
    const file = await exportBackup(store);
    const names = Object.keys(entries(new Uint8Array(await file.arrayBuffer()))).sort();
    expect(names.filter((n) => n.startsWith('photos/'))).toEqual(['photos/00001.json', 'photos/00002.json']);
    await clearAll(store);
    const puts = await putsPerTransaction(() => importBackup(store, file));
    expect(puts.reduce((a, b) => a + b, 0)).toBeGreaterThan(2_500);
    expect(Math.max(...puts)).toBeLessThanOrEqual(500);
    expect(await dump(store)).toEqual(full);
  }, 120_000);

  it('a failure half-way (the disk fills after 1,200 records) puts everything back as it was', async () => {
    await seedPhotos(store, 2_000);
    const file = await exportBackup(store);
    const elsewhere = await openStore({ indexedDB: factory, name: 'db-target' });
    await addSupplier(elsewhere, { company: 'Kept', emails: [], domains: [], replyLanguages: ['en'] });
    const kept = await dump(elsewhere);
    let n = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // Once: putting the old data back needs the room the import would have taken.
      if (this.transaction.db.name === 'db-target' && ++n === 1_201)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    });
    const e = await importBackup(elsewhere, file, { indexedDB: factory }).catch((x) => x);
    vi.restoreAllMocks();
    expect(n).toBeGreaterThan(1_200);
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe('quota');
    expect(await dump(elsewhere)).toEqual(kept);
    // The journal is gone once it is put back.
    expect((await factory.databases()).map((d) => d.name)).not.toContain('db-target-restore-journal');
    elsewhere.close();
  }, 120_000);

  it('an import the page did not live to finish is undone the next time (the journal)', async () => {
    const journal = await beginJournal(store, factory);
    void journal;
    // The page died here, after clearing and writing part of the backup.
    await clearAll(store);
    await addSupplier(store, { company: 'Half-imported', emails: [], domains: [], replyLanguages: ['en'] });
    expect(await recoverInterruptedImport(store, factory)).toBe(true);
    expect(await dump(store)).toEqual(before);
    expect(await recoverInterruptedImport(store, factory)).toBe(false);
  });
});

describe('a file counted once, read once', () => {
  it('many photos naming one thumbnail file (format 1) are refused before anything is inflated', async () => {
    const bomb = edited((m, files) => {
      const shared = m.photos.find((p) => p.thumbnailFile)!.thumbnailFile!;
      files[shared] = new Uint8Array(MB);
      const model = m.photos.find((p) => !p.orderId) ?? m.photos[0];
      for (let i = 0; i < 300; i++)
        m.photos.push({ ...model, sha256: `b${i.toString(16).padStart(63, '0')}`, thumbnailFile: shared });
      m.counts.photos = m.photos.length;
    });
    expect(bomb.length).toBeLessThan(2 * MB);
    const e = await refused(bomb);
    expect(e.problems[0]).toMatch(
      /^photos\[\d+\]\.thumbnailFile: “thumbnails\/.*\.jpg” is already used by another record/,
    );
    expect(e.problems.length).toBeLessThanOrEqual(101);
  });

  it("format 2: thumbnails that do not add up to their part's file are refused", async () => {
    const files = entries(backup);
    const part = JSON.parse(strFromU8(files['photos/00001.json'])) as BackupPartPhoto[];
    const withThumb = part.find((p) => p.thumbnailBytes)!;
    withThumb.thumbnailBytes! += 1;
    files['photos/00001.json'] = strToU8(JSON.stringify(part));
    const e = await refused(zipSync(files, { level: 0 }));
    expect(e.problems).toEqual([
      `photoParts[0]: its photos' thumbnails add up to ${files['thumbnails/00001.bin'].length + 1} bytes but thumbnails/00001.bin holds ${files['thumbnails/00001.bin'].length}`,
    ]);
  });

  it('the confirmation (readBackup) reads the JSON only; the images are read once, by the import', async () => {
    await seedPhotos(store, 300);
    const file = await exportBackup(store);
    let read = 0;
    const counting = (b: Blob): Blob =>
      new Proxy(b, {
        get(target, key) {
          if (key === 'slice') return (...a: Parameters<Blob['slice']>) => counting(target.slice(...a));
          if (key === 'arrayBuffer')
            return () => {
              read += target.size;
              return target.arrayBuffer();
            };
          const v = Reflect.get(target, key, target);
          return typeof v === 'function' ? v.bind(target) : v;
        },
      });
    const plan = await readBackup(counting(file));
    expect(plan.counts.photos).toBe(303);
    const thumbnails = entries(new Uint8Array(await file.arrayBuffer()))['thumbnails/00001.bin'];
    // Everything but the thumbnails (and the reference photo).
    expect(read).toBeLessThan(file.size - thumbnails.length);
    read = 0;
    await clearAll(store);
    await importBackup(store, counting(file));
    // The import reads the JSON again, and each image once.
    expect(read).toBeLessThan(file.size * 1.5);
    expect((await countAll(store)).photos).toBe(303);
  });
});
