// Runs in the extension's options page (its origin, its IndexedDB): the store at a busy buyer's size.
// Seeding goes through the backup import (the store's bulk path); the reads are the store's own
// functions. "Before v4" is the schema-3 layout (thumbnails inside the photo records) in a second
// database of the same profile, read the way the code before v4 read it (kept here only).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createNearIndex } from '@/components/desk/near-index';
import { orderFigures } from '@/components/desk/stored-figures';
import { groupByStage, summarizeOrder, summaryContext } from '@/components/desk/summary';
import { filterRows, orderRows, pageOf } from '@/components/options/order-rows';
import { attention } from '@/components/popup/attention';
import { loadPopup, weakestLinks } from '@/components/popup/popup-load';
import { createMailService } from '@/utils/mail/service';
import { photoIdsOf } from '@/utils/mail/stage-images';
import { hammingDistance } from '@/utils/photo/pixel-metrics';
import { exportBackup, importBackup } from '@/utils/store/backup';
import { openStore, type Store } from '@/utils/store/db';
import { allListRows } from '@/utils/store/list-rows';
import { findingsOfThreads, recentListThreads } from '@/utils/store/list-threads';
import { MIGRATIONS } from '@/utils/store/migrations';
import {
  CHUNK_BITS,
  chunksOf,
  decodeEntry,
  entriesOf,
  indexedHash,
  nearInBuckets,
} from '@/utils/store/near-buckets';
import { getOrder, listOrders } from '@/utils/store/orders';
import {
  getPhotoRecord,
  getThumbnails,
  listPhotos,
  photosForOrder,
  photosNearDHash,
  reuseOfPhoto,
  warmReuseIndex,
} from '@/utils/store/photos';
import { openRequests } from '@/utils/store/requests';
import { getSettings } from '@/utils/store/settings';
import { fromStoredPhoto } from '@/utils/store/stored';
import { allStageSummaries } from '@/utils/store/summaries';
import { listPageKey, prefixRange } from '@/utils/store/summary-keys';
import { listSuppliers } from '@/utils/store/suppliers';
import type { Order, PhotoRecord } from '@/utils/store/types';
import { buildChecklist, dHashOf } from '@/utils/triage/checklist';
import { listV6, popupV6 } from './store-v6-paths';

const hex = (n: number) => Array.from({ length: n }, () => ((Math.random() * 16) | 0).toString(16)).join('');
const V3 = 'photo-triage-v3bench';
const started = performance.now();
const log = (what: string) =>
  console.log(`[store bench] ${((performance.now() - started) / 1000).toFixed(1)} s: ${what}`);

/** The sample desk exported, then `orders` orders and `photos` photos added, imported back: the bulk path. */
async function seed(orders: number, photos: number, thumbBytes: number) {
  const store = await openStore();
  const t0 = performance.now();
  const files = unzipSync(new Uint8Array(await (await exportBackup(store)).arrayBuffer()));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!));
  const sample: Order[] = manifest.orders;
  const made: Order[] = [];
  for (let i = 0; i < orders; i++) {
    const base = sample[i % sample.length]!;
    made.push({
      ...structuredClone(base),
      id: `bench-${i}`,
      poNumbers: [`PO-B${String(i).padStart(5, '0')}`],
      product: `${base.product} ${i % 7 ? 'v' : 'mk'}${i}`,
      // A third of the desk is closed: the storage page's "drop old pictures" has something to drop.
      status: i % 3 === 2 ? 'closed' : base.status,
    });
  }
  const now = new Date().toISOString();
  const states = [
    { state: 'pending' },
    { state: 'accepted', at: now },
    { state: 'rejected', at: now, reason: 'dark' },
  ];
  const thumb = new Uint8Array(thumbBytes);
  const out: Record<string, Uint8Array> = { ...files };
  const parts = [];
  for (let start = 0, part = 0; start < photos; start += 2000, part++) {
    const records = [];
    const end = Math.min(photos, start + 2000);
    const pack = new Uint8Array((end - start) * thumbBytes);
    for (let i = start; i < end; i++) {
      const o = made[i % made.length]!;
      const stage = o.stages[(i >> 3) % o.stages.length]!;
      const shot = stage.shots[i % stage.shots.length];
      const sha256 = hex(64);
      thumb.set([0xff, 0xd8, 0xff, 0xe0, i & 255, (i >> 8) & 255, (i >> 16) & 255]);
      pack.set(thumb, (i - start) * thumbBytes);
      const fail = i % 4 === 0;
      records.push({
        sha256,
        dHash: hex(16),
        report: {
          format: 'jpeg',
          width: fail ? 640 : 4032,
          height: fail ? 480 : 3024,
          bytes: 3_100_000,
          bytesRead: 24_000,
          jpeg: { quality: 92, progressive: false },
          findings: fail ? [{ code: 'too-small', severity: 'fail', measured: 640, threshold: 1600 }] : [],
          verdict: fail ? 'fail' : 'ok',
        },
        origins: [
          {
            source: 'gmail',
            fileName: `IMG_${i}.jpg`,
            receivedAt: now,
            messageId: `m${i >> 2}`,
            orderId: o.id,
          },
        ],
        orderId: o.id,
        stageId: stage.id,
        ...(i % 5 === 4 || !shot ? {} : { shotId: shot.id }),
        status: states[i % 3],
        createdAt: now,
        updatedAt: now,
        thumbnailBytes: thumbBytes,
      });
    }
    const name = String(part + 1).padStart(5, '0');
    out[`photos/${name}.json`] = strToU8(JSON.stringify(records));
    out[`thumbnails/${name}.bin`] = pack;
    parts.push({
      records: `photos/${name}.json`,
      thumbnails: `thumbnails/${name}.bin`,
      count: records.length,
    });
  }
  for (const k of Object.keys(out))
    if (
      /^(photos|thumbnails)\/\d{5}\.(json|bin)$/.test(k) &&
      !parts.some((p) => p.records === k || p.thumbnails === k)
    )
      delete out[k];
  manifest.orders = [...sample, ...made];
  manifest.photoParts = parts;
  manifest.counts = { ...manifest.counts, orders: manifest.orders.length, photos };
  out['manifest.json'] = strToU8(JSON.stringify(manifest));
  const zip = new Blob([zipSync(out, { level: 0 })]);
  log(`zip of ${zip.size} bytes built`);
  const built = performance.now() - t0;
  const t1 = performance.now();
  await importBackup(store, zip);
  log('imported');
  const imported = performance.now() - t1;
  store.close();
  return { buildMs: built, importMs: imported, zipBytes: zip.size, orders: manifest.orders.length };
}

/** The same records in the schema-3 layout (thumbnail inside each record), in a database of its own. */
async function seedV3() {
  const store = await openStore();
  const old = await openStore({ name: V3, migrations: MIGRATIONS.slice(0, 3) });
  const t0 = performance.now();
  const orders = await store.db.getAll('orders');
  const settings = await store.db.get('settings', 'settings');
  const tx0 = old.db.transaction(['orders', 'settings'] as never, 'readwrite');
  for (const o of orders) void tx0.objectStore('orders' as never).put(o as never);
  if (settings) void tx0.objectStore('settings' as never).put(settings as never, 'settings' as never);
  await tx0.done;
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const tx = store.db.transaction(['photos', 'thumbnails'], 'readonly');
    const [photos, thumbs] = await Promise.all([
      tx.objectStore('photos').getAll(range, 2000),
      tx.objectStore('thumbnails').getAll(range, 2000),
    ]);
    if (!photos.length) break;
    const bySha = new Map(thumbs.map((t) => [t.sha256, t.blob]));
    const w = old.db.transaction('photos' as never, 'readwrite');
    for (const p of photos)
      void w.objectStore('photos' as never).put({ ...p, thumbnail: bySha.get(p.sha256) } as never);
    await w.done;
    after = photos.at(-1)!.sha256;
  }
  const ms = performance.now() - t0;
  log('v3 copy made');
  store.close();
  old.close();
  return ms;
}

// ---- before v4, kept here only: every photo read whole, the reuse check a walk over every key ----

async function listPhotosV3(old: Store): Promise<PhotoRecord[]> {
  return ((await old.db.getAll('photos')) as never[]).map(fromStoredPhoto);
}

async function nearV3(old: Store, dHash: string, maxBits: number) {
  const tx = old.db.transaction('photos', 'readonly');
  const photos = tx.objectStore('photos');
  const hits: { sha256: string; distance: number }[] = [];
  let cursor = await photos.index('dHash').openKeyCursor();
  while (cursor) {
    const distance = hammingDistance(cursor.key, dHash);
    if (distance <= maxBits) hits.push({ sha256: cursor.primaryKey, distance });
    cursor = await cursor.continue();
  }
  const out = [];
  for (const hit of hits) out.push(await photos.get(hit.sha256));
  return out;
}

type NearQuery = (
  s: Store,
  hashes: string[],
  bits: number,
  known: PhotoRecord[],
) => Promise<{ photo: PhotoRecord; distance: number }[]>;

/**
 * The reuse query as it was before it read buckets by key ranges (kept here only): one request per bucket,
 * then every hit's record read, those the caller held too. Flips of 0 only (the default 8 bits).
 */
async function nearBefore(store: Store, hashes: string[], bits: number, _known?: unknown) {
  if (Math.floor(bits / CHUNK_BITS.length) !== 0) throw new Error('nearBefore: 0 flips only');
  const tx = store.db.transaction(['photos', 'nearBuckets'], 'readonly');
  const keys = [...new Set(hashes.flatMap((h) => chunksOf(h.toLowerCase()).map((v, c) => `${c}:${v}`)))];
  const buckets = await Promise.all(keys.map((k) => tx.objectStore('nearBuckets').get(k)));
  const hits = new Map<string, number>();
  for (const bucket of buckets)
    for (const e of bucket ? entriesOf(bucket) : []) {
      const { hash, sha256 } = decodeEntry(e);
      const d = Math.min(...hashes.map((h) => hammingDistance(h, hash)));
      if (d <= bits && !(hits.get(sha256)! <= d)) hits.set(sha256, d);
    }
  const records = await Promise.all([...hits.keys()].map((sha) => tx.objectStore('photos').get(sha)));
  await tx.done;
  return records.flatMap((r) => (r ? [{ photo: fromStoredPhoto(r), distance: hits.get(r.sha256)! }] : []));
}

/** The reuse index's buckets only (no record fetched), in one readonly transaction: profile only. */
async function nearBucketsOnly(store: Store, hashes: string[], bits: number) {
  const tx = store.db.transaction('nearBuckets', 'readonly');
  const hits = await nearInBuckets(tx, hashes, bits);
  await tx.done;
  return hits;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** How many buckets a reuse query of these hashes reads (utils/store/near-buckets: a chunk's value ± flips). */
function bucketsAsked(hashes: string[], maxBits: number): number {
  const flips = Math.floor(maxBits / CHUNK_BITS.length);
  const keys = new Set<string>();
  for (const h of hashes)
    for (const [c, v] of chunksOf(h).entries()) {
      if (flips === 0) keys.add(`${c}:${v}`);
      else for (let b = -1; b < CHUNK_BITS[c]!; b++) keys.add(`${c}:${b < 0 ? v : v ^ (1 << b)}`);
    }
  return keys.size;
}

/**
 * The time `fn` takes, the garbage of what ran before collected first (the browser runs with
 * --expose-gc): at 200,000 photos an old path leaves ~100 MB, whose collection would land on the next
 * timing, whichever it is.
 */
const timed = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
};

async function measure(rounds: number, withV3: boolean) {
  const store = await openStore();
  const old = withV3 ? await openStore({ name: V3, migrations: MIGRATIONS.slice(0, 3) }) : undefined;
  const settings = await getSettings(store);
  const bits = settings.thresholds.nearDuplicateBits;
  const today = new Date().toISOString().slice(0, 10);
  const r: Record<string, number[]> = {};
  const add = (k: string, ms: number) => {
    r[k] ??= [];
    r[k].push(ms);
  };
  const orders = await listOrders(store);
  // Stages that hold photos (an empty stage's checklist costs nothing either way).
  const filled = (await allStageSummaries(store)).filter((s) => s.received > 0);
  const sample = await store.db.getAll('photos', undefined, 50);
  const mail = createMailService(async () => store);
  // The reuse index's cold read and parse, as the orders desk and Check photos do it on opening (and as
  // the first query after the background starts pays it): after it, every query in the rounds is warm.
  add('warm-up', (await timed(() => warmReuseIndex(store)))[0]);
  /** The orders desk's first render: list rows and suppliers read, every row, the first page. */
  const listOf = async (s: Store) => {
    const [listed, sup] = await Promise.all([allListRows(s), listSuppliers(s)]);
    const rows = orderRows(
      listed.map((o) => orderFigures(o, today)),
      new Map(sup.map((x) => [x.id, x])),
    );
    return { rows, first: pageOf(filterRows(rows, '', 'all'), 0) };
  };
  let rows = (await listOf(store)).rows;
  const rowsNow = await allListRows(store);
  const suppliersNow = await listSuppliers(store);
  for (let i = 0; i < rounds; i++) {
    // The new paths first in each round: the old reads leave tens of megabytes of records to collect,
    // which would otherwise land on the next new timing.
    add('list-v4', (await timed(async () => (rows = (await listOf(store)).rows)))[0]);
    // A keystroke and a page switch: on the rows in memory (OrdersPage filters, then slices a page).
    const po = orders[(i * 97) % orders.length]!.poNumbers[0]!;
    add('search', (await timed(async () => pageOf(filterRows(rows, po.slice(0, 6 + (i % 4)), 'all'), 0)))[0]);
    add('page', (await timed(async () => pageOf(filterRows(rows, '', 'all'), 1 + (i % 9))))[0]);
    add('popup-v4', (await timed(() => loadPopup()))[0]);
    // Where the time goes: each read alone.
    add('p-rows', (await timed(() => allListRows(store)))[0]);
    // The popup's other reads, each alone: its weakest links (each supplier's latest orders and their
    // photos), the open requests, the threads seen in the lists and what was found in them.
    add('p-weakest', (await timed(() => weakestLinks(store, rowsNow, suppliersNow)))[0]);
    add('p-requests', (await timed(() => openRequests(store)))[0]);
    add(
      'p-threads',
      (
        await timed(async () =>
          findingsOfThreads(
            store,
            (await recentListThreads(store, 50)).map((t) => t.threadId),
          ),
        )
      )[0],
    );
    const pick = filled[(i * 37) % filled.length]!;
    const o = orders.find((x) => x.id === pick.orderId)!;
    const stage = o.stages.find((s) => s.id === pick.stageId)!;
    // Open an order (the desk's order page, components/options/data openOrderPhotos): its photos by the
    // orderId index, their near copies by the reuse index (read by key ranges; the order's own records
    // not read again), every stage's checklist. "Before": the same with the reuse index read one bucket
    // per request and every hit's record read again (the code before this change, kept here only).
    const openOrder = async (near: NearQuery) => {
      const own = await photosForOrder(store, o.id);
      const hashes = [...new Set(own.flatMap((p) => indexedHash(p) ?? []))];
      const close = (await near(store, hashes, bits, own)).map((x) => x.photo);
      return summarizeOrder(
        o,
        summaryContext({ photos: [...own, ...close], orders, thresholds: settings.thresholds, today }),
      );
    };
    add('order-new', (await timed(() => openOrder(photosNearDHash)))[0]);
    // A stage's checklist as the mail panel's background builds it: utils/mail/service stageView itself
    // (order, settings, photos, one reuse query, the orders a reuse names, previews); then the pictures
    // the panel asks for once it has drawn the checklist (none held: a message opened for the first time).
    const [stageMs, view] = await timed(() => mail.stageView(o.id, stage.id, []));
    add('stage-new', stageMs);
    add('stage-thumbs', (await timed(() => mail.thumbnails(photoIdsOf(view.checklist))))[0]);
    // The reuse check of one new photo: the same file (by sha256) and near duplicates, as Check photos
    // makes it when a dropped photo is assigned (utils/store/photos reuseOfPhoto: one transaction).
    const probe = sample[i % sample.length]!;
    add('reuse-v4', (await timed(() => reuseOfPhoto(store, probe, bits)))[0]);
    // Before: the record, then the near query, each in its own transaction (as until 2026-12-05).
    add(
      'reuse-two',
      (
        await timed(async () => {
          const exact = await getPhotoRecord(store, probe.sha256);
          return photosNearDHash(store, probe.dHash!, bits, exact ? [exact] : []);
        })
      )[0],
    );
    // The old paths after every new one: they read tens of megabytes (the browser's database is busy with
    // them for a while after), so none of them lands on a new timing.
    // Before v7, in the same run: whole orders and every stage summary (tests/bench/store-v6-paths).
    add('list-v6', (await timed(() => listV6(store, today)))[0]);
    add('popup-v6', (await timed(() => popupV6(store, today)))[0]);
    add('p-orders', (await timed(() => listOrders(store)))[0]);
    add('p-summaries', (await timed(() => allStageSummaries(store)))[0]);
    // Before: that function's reads as they were (bucket by bucket, every near record read again, the
    // order read again), without its order, settings and previews reads (so "before" is flattered).
    add(
      'stage-before',
      (
        await timed(async () => {
          const photos = await photosForOrder(store, o.id, stage.id);
          await getThumbnails(
            store,
            photos.map((p) => p.sha256),
          );
          const hashes = photos.flatMap((p) => dHashOf(p) ?? []);
          const history = (await nearBefore(store, hashes, bits)).map((x) => x.photo);
          const named = new Set(
            [...photos, ...history].flatMap((p) => [p.orderId, ...p.origins.map((x) => x.orderId)]),
          );
          named.delete(undefined);
          const all = (await Promise.all([...named].map((id) => getOrder(store, id!)))).filter(
            (x) => x !== undefined,
          );
          return buildChecklist({
            order: o,
            stage,
            photos,
            history,
            thresholds: settings.thresholds,
            today,
            orders: all,
          });
        })
      )[0],
    );
    add('order-before', (await timed(() => openOrder(nearBefore)))[0]);
    // Where the time goes: each step of the three rows above and below on its own (profile only).
    {
      const [a, own] = await timed(() => photosForOrder(store, o.id));
      add('order.own', a);
      const hashes = [...new Set(own.flatMap((p) => indexedHash(p) ?? []))];
      const [b, near] = await timed(() => photosNearDHash(store, hashes, bits, own));
      add('order.near', b);
      add('order.buckets', (await timed(() => nearBucketsOnly(store, hashes, bits)))[0]);
      add(
        'order.cpu',
        (
          await timed(async () =>
            summarizeOrder(
              o,
              summaryContext({
                photos: [...own, ...near.map((x) => x.photo)],
                orders,
                thresholds: settings.thresholds,
                today,
              }),
            ),
          )
        )[0],
      );
      // Every bucket in one request: what a character read costs beside a request (near-buckets SCAN_FROM).
      add('buckets.all', (await timed(() => store.db.getAll('nearBuckets')))[0]);
      add('stage.photos', (await timed(() => photosForOrder(store, o.id, stage.id)))[0]);
      add('stage.order', (await timed(() => getOrder(store, o.id)))[0]);
      add('reuse.get', (await timed(() => getPhotoRecord(store, probe.sha256)))[0]);
      add('reuse.buckets', (await timed(() => nearBucketsOnly(store, [probe.dHash!], bits)))[0]);
    }
    // Before (the desk until this change): every photo record read (small since v4), whole-store context.
    add(
      'order-old',
      (
        await timed(async () => {
          const all = await listPhotos(store);
          return summarizeOrder(
            o,
            summaryContext({ photos: all, orders, thresholds: settings.thresholds, today }),
          );
        })
      )[0],
    );
    log(`round ${i}: new paths and the desk's old order page done`);
    if (!old) continue;
    // The popup's lists (what needs attention across open orders) before v4.
    add(
      'popup-v3',
      (
        await timed(async () => {
          const [ord, pho, sup, req] = await Promise.all([
            listOrders(old),
            listPhotosV3(old),
            // Not part of the counts (the v3 copy holds orders and photos only): as now.
            listSuppliers(store),
            openRequests(store),
          ]);
          const ctx = {
            byStage: groupByStage(pho),
            near: createNearIndex(pho, bits),
            thresholds: settings.thresholds,
            today,
            orders: ord,
          };
          const open = ord.filter((x) => x.status === 'open').map((x) => summarizeOrder(x, ctx));
          return attention(open, new Map(sup.map((x) => [x.id, x])), req);
        })
      )[0],
    );
    // The orders list with its counts before v4: every photo whole, then every checklist.
    add(
      'list-v3',
      (
        await timed(async () => {
          const [ord, pho] = await Promise.all([listOrders(old), listPhotosV3(old)]);
          const ctx = {
            byStage: groupByStage(pho),
            near: createNearIndex(pho, bits),
            thresholds: settings.thresholds,
            today,
            orders: ord,
          };
          return ord.map((x) => summarizeOrder(x, ctx));
        })
      )[0],
    );
    add(
      'stage-v3',
      (
        await timed(async () => {
          const photos = (
            (await old.db.getAllFromIndex('photos', 'orderStage', [o.id, stage.id])) as never[]
          ).map(fromStoredPhoto);
          const hashes = photos.flatMap((p) => (p.dHash ? [p.dHash] : []));
          const history = (
            await Promise.all(
              hashes.map(async (h) => ((await nearV3(old, h, bits)) as never[]).map(fromStoredPhoto)),
            )
          ).flat();
          return buildChecklist({ order: o, stage, photos, history, thresholds: settings.thresholds, today });
        })
      )[0],
    );
    add(
      'reuse-v3',
      (
        await timed(async () => {
          await old.db.get('photos', probe.sha256);
          return nearV3(old, probe.dHash!, bits);
        })
      )[0],
    );
    log(`round ${i}: v3 paths done`);
  }
  // Bytes: a record as structured-cloned is close to its JSON; the thumbnail's own size.
  const records = await store.db.getAll('photos', undefined, 200);
  const recordBytes = records.reduce((n, p) => n + JSON.stringify(p).length, 0) / records.length;
  const thumbs = await store.db.getAll('thumbnails', undefined, 200);
  const thumbBytes = thumbs.reduce((n, t) => n + t.blob.size, 0) / thumbs.length;
  const counts = {
    photos: await store.db.count('photos'),
    summaries: await store.db.count('summaries'),
    nearBuckets: await store.db.count('nearBuckets'),
  };
  // Where the time goes: what each screen reads (records and their bytes as JSON; requests made).
  const json = (x: unknown) => JSON.stringify(x).length;
  const [ord, sup, sum, listed, pages] = await Promise.all([
    listOrders(store),
    listSuppliers(store),
    allStageSummaries(store),
    allListRows(store),
    store.db.getAll('summaries', prefixRange(listPageKey(''))),
  ]);
  const one = filled[0]!;
  const own = await photosForOrder(store, one.orderId);
  const hashes = [...new Set(own.flatMap((p) => indexedHash(p) ?? []))];
  const near = await photosNearDHash(store, hashes, bits);
  const stagePhotos = own.filter((p) => p.stageId === one.stageId);
  const profile = {
    list: `${listed.length} list rows in ${pages.length} pages (${kb(json(pages))}) and ${sup.length} suppliers in 2 requests; before v7 ${ord.length} orders (${kb(json(ord))}), ${sup.length} suppliers (${kb(json(sup))}), ${sum.length} stage summaries (${kb(json(sum))}, of which by-day scores ${kb(json(sum.map((x) => x.score)))}); 3 requests`,
    order: `${own.length} photo records (${kb(json(own))}) in 1 request; ${hashes.length} hashes → ${bucketsAsked(hashes, bits)} buckets asked for (before: 1 request each; now, above half the photos' worth, the last chunk's 256 buckets in 1 request instead), ${near.length} near records (those the order holds not read again)`,
    stage: `${stagePhotos.length} records (their ${stagePhotos.length} thumbnails asked for after, in one call); the reuse query as above for its hashes; the orders its photos and near copies name (by id)`,
  };
  store.close();
  old?.close();
  return { times: r, recordBytes, thumbBytes, counts, rounds, profile };
}

/** Opens the store once (a kept profile: the schema upgrade runs here if the background has not run it). */
async function open() {
  (await openStore()).close();
}

Object.assign(window, { storeBench: { seed, seedV3, measure, open } });
