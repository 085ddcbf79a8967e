// @vitest-environment node
// Every fixture in tests/fixtures/db/ is a database of a past (or the current) schema version. Each is
// created with that version's migrations, then opened with today's code: nothing may be lost, and every
// record must satisfy today's validators. Adding version N+1 means adding vN.json before changing code.
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, LOCAL_STORE_NAMES, openStore, STORE_NAMES } from '@/utils/store/db';
import { allListRows, type ListRow, pageOf } from '@/utils/store/list-rows';
import { findingsOfThreads, validateListThread } from '@/utils/store/list-threads';
import { checkMigrations, MIGRATIONS, type Migration } from '@/utils/store/migrations';
import { bucketsOf, type NearBucket } from '@/utils/store/near-buckets';
import { findOrdersByPo } from '@/utils/store/orders';
import { photosByMessage, photosForOrder } from '@/utils/store/photos';
import { getReferencePhoto } from '@/utils/store/references';
import { openRequests } from '@/utils/store/requests';
import { getSettings } from '@/utils/store/settings';
import {
  type StoredOrder,
  type StoredPhoto,
  type StoredThumbnail,
  toStoredOrder,
  toStoredPhoto,
} from '@/utils/store/stored';
import {
  type Summary,
  type SupplierSummary,
  stageSummaryKey,
  summarizeAll,
  supplierSummaryKey,
} from '@/utils/store/summaries';
import { listPageKey, prefixRange, v7ListRowKey } from '@/utils/store/summary-keys';
import { findSupplierBySender } from '@/utils/store/suppliers';
import { threadOrder } from '@/utils/store/threads';
import type { RequestLogEntry } from '@/utils/store/types';
import {
  type Validator,
  validateOrder,
  validatePhoto,
  validateReferencePhoto,
  validateRequest,
  validateSettings,
  validateShotListTemplate,
  validateSupplier,
  validateThread,
} from '@/utils/store/validate';
import { scoreFigures } from '@/utils/triage/scorecard-days';
import { createAtVersion, type DbFixture, dump, loadDbFixtures, revive } from './helpers/store-fixture';

const fixtures = loadDbFixtures();

const CURRENT_VALIDATORS: Record<string, Validator> = {
  suppliers: validateSupplier,
  // Derived index fields must match what today's code would derive.
  orders: (v, p) => {
    const { poKeys, ...order } = v as StoredOrder;
    const problems = validateOrder(order, p);
    if (!problems.length && JSON.stringify(poKeys) !== JSON.stringify(toStoredOrder(order).poKeys))
      problems.push(`${p}.poKeys: stale`);
    return problems;
  },
  templates: validateShotListTemplate,
  referencePhotos: validateReferencePhoto,
  photos: (v, p) => {
    const { messageIds, threadIds, ...photo } = v as StoredPhoto;
    const problems = validatePhoto(photo, p);
    if (!problems.length && JSON.stringify(messageIds) !== JSON.stringify(toStoredPhoto(photo).messageIds))
      problems.push(`${p}.messageIds: stale`);
    if (!problems.length && JSON.stringify(threadIds) !== JSON.stringify(toStoredPhoto(photo).threadIds))
      problems.push(`${p}.threadIds: stale`);
    return problems;
  },
  requests: validateRequest,
  settings: (v, p) => validateSettings((v as { value: unknown }).value, p),
  threads: validateThread,
  listThreads: validateListThread,
  thumbnails: (v, p) => {
    const t = v as StoredThumbnail;
    return typeof t.sha256 === 'string' && t.blob instanceof Blob ? [] : [`${p}: not {sha256, blob}`];
  },
  // Checked against an index from scratch below.
  nearBuckets: (v, p) => {
    const b = v as NearBucket;
    // Entries of 40 one-byte characters (schema v8).
    const bytes = [...b.entries].every((c) => c.charCodeAt(0) < 256);
    return /^\d:\d+$/.test(b.key) && b.entries.length % 40 === 0 && bytes ? [] : [`${p}: malformed`];
  },
  // Checked against a count from scratch below: here only that each is one of the three kinds.
  summaries: (v, p) => {
    const s = v as Summary;
    // A page of rows: every row in the page its order's id hashes to.
    const keys =
      s.kind === 'stage'
        ? [stageSummaryKey(s.orderId, s.stageId)]
        : s.kind === 'rows'
          ? s.rows.map((r) => listPageKey(pageOf(r.id)))
          : [supplierSummaryKey(s.supplierId)];
    return keys.length && keys.every((key) => s.key === key)
      ? []
      : [`${p}.key: ${JSON.stringify(s.key)} is not ${JSON.stringify(keys)}`];
  },
};

it('there is a fixture for every schema version', () => {
  const versions = fixtures.map((f) => f.fixture.version);
  for (let v = 1; v <= DB_VERSION; v++) expect(versions, `tests/fixtures/db/v${v}.json`).toContain(v);
  expect(fixtures.map((f) => f.file)).toEqual(versions.map((v) => `v${v}.json`));
});

describe.each(fixtures)('$file opened by the current code', ({ fixture }) => {
  it('keeps every record, blobs included, and every record is valid today', async () => {
    const factory = new IDBFactory();
    await createAtVersion(factory, 'fixture', fixture);
    const store = await openStore({ indexedDB: factory, name: 'fixture' });
    expect(store.version).toBe(DB_VERSION);
    const after = await dump(store);
    store.close();

    expect(Object.keys(after).sort()).toEqual([...STORE_NAMES, ...LOCAL_STORE_NAMES].sort());
    for (const [name, records] of Object.entries(fixture.stores)) {
      // Summaries are derived (compared with a count from scratch below): v7 adds each order's row.
      if (name === 'summaries') expect(after[name]!.length, name).toBeGreaterThanOrEqual(records.length);
      else expect(after[name]?.length, name).toBe(records.length);
    }
    for (const [name, records] of Object.entries(after)) {
      const revived = revive(records) as unknown[];
      revived.forEach((r, i) => {
        expect(CURRENT_VALIDATORS[name](r, `${name}[${i}]`)).toEqual([]);
      });
    }
    // Every thumbnail left its record for the thumbnails store, bytes unchanged; the counts are the
    // ones a count from scratch gives.
    const thumbsBefore = (fixture.stores.photos as { sha256: string; thumbnail?: unknown }[]).flatMap((p) =>
      p.thumbnail ? [{ sha256: p.sha256, blob: p.thumbnail }] : [],
    );
    if (fixture.version < 4) expect(after.thumbnails).toEqual(sortStores({ t: thumbsBefore }).t);
    for (const p of after.photos as object[]) expect(p).not.toHaveProperty('thumbnail');
    const counted = summarizeAll(
      revive(after.orders) as StoredOrder[],
      revive(after.photos) as StoredPhoto[],
      after.requests as RequestLogEntry[],
    );
    expect(sortStores({ s: after.summaries }).s).toEqual(sortStores({ s: counted }).s);
    expect(counted.length).toBeGreaterThan(0);
    const buckets = (l: NearBucket[]) => [...l].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(buckets(after.nearBuckets as NearBucket[])).toEqual(
      buckets(bucketsOf(revive(after.photos) as StoredPhoto[])),
    );
    expect(after.nearBuckets!.length).toBeGreaterThan(0);
    // A fixture of the current version must come through byte for byte.
    if (fixture.version === DB_VERSION) expect(after).toEqual(sortStores(fixture.stores));
  });
});

/** Stores by name, records by key: the order getAll returns them in. */
function sortStores(stores: DbFixture['stores']) {
  const key = (r: unknown) => {
    const o = r as { id?: string; sha256?: string; threadId?: string; key?: string };
    return o.id ?? o.sha256 ?? o.threadId ?? o.key ?? '';
  };
  return Object.fromEntries(
    Object.entries(stores)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, records]) => [name, [...records].sort((a, b) => (key(a) < key(b) ? -1 : 1))]),
  );
}

describe('the v1 fixture through the queries the app uses', () => {
  it('finds suppliers, orders, photos, reference bytes, requests and settings', async () => {
    const v1 = fixtures.find((f) => f.fixture.version === 1)!.fixture;
    const factory = new IDBFactory();
    await createAtVersion(factory, 'v1', v1);
    const store = await openStore({ indexedDB: factory, name: 'v1' });
    expect((await findSupplierBySender(store, 'qc@huamei-textiles.cn'))?.company).toMatch(
      /^宁波华美纺织品有限公司/,
    );
    expect((await findOrdersByPo(store, 'po 2026 0415 b')).map((o) => o.id)).toEqual(['ord-apron']);
    expect((await photosForOrder(store, 'ord-tote', 'st-dp')).map((p) => p.shotId)).toEqual([
      'sh-label',
      'sh-stitch',
    ]);
    expect((await photosByMessage(store, '18c34b0c77aa9012'))[0].origins).toHaveLength(2);
    const ref = await getReferencePhoto(store, 'ref-label');
    const bytes = new Uint8Array(await ref!.blob.arrayBuffer());
    expect([bytes.length, bytes[0], bytes[1]]).toEqual([841, 0xff, 0xd8]);
    expect((await openRequests(store)).map((r) => r.id)).toEqual(['req-dp-1']);
    const settings = await getSettings(store);
    expect([settings.thresholds.minLongEdge, settings.thresholds.failBelowBytes]).toEqual([2000, 100 * 1024]);
    expect(settings.buyer.company).toBe('Northwind Home Goods');
    store.close();
  });
});

describe('version 2: the order remembered per mail thread', () => {
  const v1 = fixtures.find((f) => f.fixture.version === 1)!.fixture;
  const v2 = fixtures.find((f) => f.fixture.version === 2)!.fixture;

  it('a version-1 database gains an empty threads store, indexed by order; nothing else changes', async () => {
    const factory = new IDBFactory();
    await createAtVersion(factory, 'v1', v1);
    const store = await openStore({ indexedDB: factory, name: 'v1', migrations: MIGRATIONS.slice(0, 2) });
    expect(store.version).toBe(2);
    const threads = store.db.transaction('threads').store;
    expect([threads.keyPath, [...threads.indexNames]]).toEqual(['threadId', ['orderId']]);
    expect(threads.index('orderId').keyPath).toBe('orderId');
    expect(await store.db.count('threads')).toBe(0);
    expect(await threadOrder(store, '18c34b0c77aa9000')).toBeUndefined();
    expect(await dump(store)).toEqual({ ...sortStores(v1.stores), threads: [] });
    store.close();
  });

  it('the v2 fixture: each thread finds its order, and the index finds the threads of an order', async () => {
    const factory = new IDBFactory();
    await createAtVersion(factory, 'v2', v2);
    const store = await openStore({ indexedDB: factory, name: 'v2' });
    expect(await threadOrder(store, '18c34b0c77aa9000')).toEqual({
      threadId: '18c34b0c77aa9000',
      client: 'gmail',
      orderId: 'ord-tote',
      updatedAt: '2026-11-21T09:03:10.250Z',
    });
    expect((await threadOrder(store, 'AAQkAGI2TG93AAAQAPvF3nLMd1tLp5y0eO1Tx+M='))?.orderId).toBe('ord-mugs');
    expect(await store.db.getAllKeysFromIndex('threads', 'orderId', 'ord-tote')).toEqual([
      '18c34b0c77aa9000',
    ]);
    store.close();
  });
});

describe('version 3: the message list asks by thread', () => {
  const v2 = fixtures.find((f) => f.fixture.version === 2)!.fixture;

  it('a version-2 database gains the thread indexes (existing photos included) and an empty listThreads', async () => {
    const factory = new IDBFactory();
    await createAtVersion(factory, 'v2', v2);
    const store = await openStore({ indexedDB: factory, name: 'v2', migrations: MIGRATIONS.slice(0, 3) });
    expect(store.version).toBe(3);
    const tx = store.db.transaction(['photos', 'requests', 'listThreads']);
    expect(tx.objectStore('photos').index('threadId').multiEntry).toBe(true);
    expect(tx.objectStore('requests').index('threadId').keyPath).toBe('threadId');
    expect([...tx.objectStore('listThreads').indexNames]).toEqual(['lastSeenAt']);
    expect(await store.db.count('listThreads')).toBe(0);
    // The photo filed twice from the same thread, and the one seen in two threads' messages.
    const keys = await store.db.getAllKeysFromIndex('photos', 'threadId', '18c2f3a9b1d4e567');
    expect(keys).toHaveLength(2);
    const findings = await findingsOfThreads(store, ['18c2f3a9b1d4e567', 'no-such-thread']);
    expect(findings.get('18c2f3a9b1d4e567')?.photos).toHaveLength(2);
    expect(findings.get('18c2f3a9b1d4e567')?.openRequests.map((r) => r.id)).toEqual(['req-dp-1']);
    expect(findings.get('no-such-thread')).toEqual({ photos: [], openRequests: [], order: undefined });
    store.close();
  });
});

describe("version 6: the supplier page's scorecard from summaries", () => {
  const v5 = fixtures.find((f) => f.fixture.version === 5)!.fixture;

  it("a version-5 database's supplier summary gains problems, gates and requests by day, counted by hand", async () => {
    const factory = new IDBFactory();
    await createAtVersion(factory, 'v5', v5);
    const store = await openStore({ indexedDB: factory, name: 'v5', migrations: MIGRATIONS.slice(0, 6) });
    expect(store.version).toBe(6);
    const huamei = (await store.db.get('summaries', supplierSummaryKey('sup-huamei'))) as SupplierSummary;
    store.close();
    // The too-small photo of 20 November; the three dated gates of the tote's stages with required
    // shots not accepted; two requests, the one of 15 September answered 18 hours later.
    expect(huamei.score).toMatchObject({
      problems: { '2026-11-20\u0000too-small': 1 },
      gates: { '2026-10-20': 1, '2026-12-05': 1, '2027-01-15': 1 },
      asked: { '2026-09-15': [1, 1], '2026-11-20': [1, 0] },
      waits: { '2026-09-15\u000018': 1 },
    });
    const year = scoreFigures(huamei.score, { from: '2026-01-01', to: '2026-12-31' }, '2026-12-04');
    expect(year).toMatchObject({
      received: 2,
      problems: [{ problem: 'too-small', count: 1 }],
      requests: { sent: 2, answered: 1, medianDaysToAnswer: 0.8 },
      gatesPassedWithout: 1,
      exact: true,
    });
  });
});

describe('version 7: one list row per order', () => {
  const v6 = fixtures.find((f) => f.fixture.version === 6)!.fixture;

  it("a version-6 database gains each order's row, its counts those of its stage summaries", async () => {
    const factory = new IDBFactory();
    await createAtVersion(factory, 'v6', v6);
    const store = await openStore({ indexedDB: factory, name: 'v6', migrations: MIGRATIONS.slice(0, 7) });
    expect(store.version).toBe(7);
    const v7 = (await store.db.getAll('summaries', prefixRange(v7ListRowKey('')))) as unknown as ListRow[];
    const rows = new Map(v7.map((r) => [r.id, r] as const));
    store.close();
    expect([...rows.keys()].sort()).toEqual((v6.stores.orders as { id: string }[]).map((o) => o.id).sort());
    // The tote (by hand from the fixture): its first stage's shots by what its summary says of them.
    const tote = rows.get('ord-tote') as ListRow;
    expect(tote).toMatchObject({ poNumbers: ['PO-2026-0412'], supplierId: 'sup-huamei', status: 'open' });
    // During production: label rejected, stitching accepted, carton missing, as its summary says.
    expect(tote.stages.find((s) => s.id === 'st-dp')!.counts).toMatchObject({
      total: 3,
      accepted: 1,
      rejected: 1,
      missing: 1,
    });
  });
});

describe('version 8: the list rows in pages', () => {
  const v7 = fixtures.find((f) => f.fixture.version === 7)!.fixture;

  it("a version-7 database's rows move into their pages unchanged, and none is left behind", async () => {
    const factory = new IDBFactory();
    await createAtVersion(factory, 'v7', v7);
    const store = await openStore({ indexedDB: factory, name: 'v7', migrations: MIGRATIONS.slice(0, 8) });
    const rows = await allListRows(store);
    const left = await store.db.getAllKeys('summaries', prefixRange(v7ListRowKey('')));
    const pages = await store.db.getAllKeys('summaries', prefixRange(listPageKey('')));
    store.close();
    const before = (v7.stores.summaries as (ListRow & { kind: string })[])
      .filter((s) => s.kind === 'order')
      .map(({ key: _k, kind: _kind, ...row }: ListRow & { kind: string; key?: string }) => row);
    expect(before).toHaveLength(3);
    expect(rows).toEqual(before.sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(left).toEqual([]);
    expect(pages.sort()).toEqual([...new Set(rows.map((r) => listPageKey(pageOf(r.id))))].sort());
  });
});

describe('the migration machinery', () => {
  const v1 = fixtures.find((f) => f.fixture.version === 1)!.fixture;
  const latest = fixtures.find((f) => f.fixture.version === DB_VERSION)!.fixture;
  const NEXT = DB_VERSION + 1;

  it('adding a version is one entry: it runs once, in the upgrade transaction, and the data survives', async () => {
    const calls: number[] = [];
    const next: Migration = {
      version: NEXT,
      description: 'test: index suppliers by company, upper-case the notes',
      async migrate(_db, tx, oldVersion) {
        calls.push(oldVersion);
        const suppliers = tx.objectStore('suppliers');
        suppliers.createIndex('company', 'company');
        let cursor = await suppliers.openCursor();
        while (cursor) {
          const s = cursor.value as { notes?: string };
          if (s.notes) await cursor.update({ ...s, notes: s.notes.toUpperCase() });
          cursor = await cursor.continue();
        }
      },
    };
    const factory = new IDBFactory();
    await createAtVersion(factory, 'db', latest);
    const store = await openStore({ indexedDB: factory, name: 'db', migrations: [...MIGRATIONS, next] });
    expect(store.version).toBe(NEXT);
    expect(calls).toEqual([DB_VERSION]);
    const db = store.db as unknown as IDBPDatabase<unknown>;
    const bySupplier = await db.getFromIndex('suppliers', 'company', 'Porto Ceramics Lda');
    expect(bySupplier).toMatchObject({ id: 'sup-porto' });
    expect(((await db.get('suppliers', 'sup-huamei')) as { notes: string }).notes).toMatch(
      /^SENDS PHOTOS BY WECHAT/,
    );
    expect(await db.count('photos')).toBe(latest.stores.photos.length);
    store.close();
    // Opening again at the same version runs nothing.
    (await openStore({ indexedDB: factory, name: 'db', migrations: [...MIGRATIONS, next] })).close();
    expect(calls).toEqual([DB_VERSION]);
  });

  it('a migration that fails leaves the database at its old version with all its data', async () => {
    const broken: Migration = {
      version: NEXT,
      description: 'test: fails halfway',
      async migrate(_db, tx) {
        await tx.objectStore('suppliers').clear();
        throw new Error('disk on fire');
      },
    };
    const factory = new IDBFactory();
    await createAtVersion(factory, 'db', latest);
    const e = await openStore({ indexedDB: factory, name: 'db', migrations: [...MIGRATIONS, broken] }).catch(
      (x) => x,
    );
    expect(e).toMatchObject({ code: 'unavailable' });
    expect(e.message).toContain(
      `could not update its saved data to version ${NEXT} (disk on fire). Nothing was changed.`,
    );
    const store = await openStore({ indexedDB: factory, name: 'db' });
    expect(store.version).toBe(DB_VERSION);
    expect(await store.db.count('suppliers')).toBe(latest.stores.suppliers.length);
    store.close();
  });

  it('an upgrade across several versions is all or nothing: a failing last step undoes the earlier ones', async () => {
    const broken: Migration = {
      version: NEXT,
      description: 'test: fails',
      migrate() {
        throw new Error('disk on fire');
      },
    };
    const factory = new IDBFactory();
    await createAtVersion(factory, 'db', v1);
    const e = await openStore({ indexedDB: factory, name: 'db', migrations: [...MIGRATIONS, broken] }).catch(
      (x) => x,
    );
    expect(e).toMatchObject({ code: 'unavailable' });
    // Still version 1 (opening it with version 1's migrations upgrades nothing), without the threads store.
    const store = await openStore({ indexedDB: factory, name: 'db', migrations: MIGRATIONS.slice(0, 1) });
    expect(store.version).toBe(1);
    expect([...store.db.objectStoreNames]).not.toContain('threads');
    expect(await dump(store)).toEqual(sortStores(v1.stores));
    store.close();
  });

  it('refuses a migration list with a gap', () => {
    expect(() => checkMigrations([MIGRATIONS[0], { version: 3, description: 'x', migrate() {} }])).toThrow(
      /expected 2/,
    );
  });
});
