// `npm run bench -- sync`: team sync of 500 orders and 20,000 photo records between two browsers'
// stores (fake-indexeddb in Node) through PouchDB Server over HTTP on 127.0.0.1, as the background runs
// it: each pass mirrors, replicates one-shot and applies. Time per pass and bytes on the wire (request
// and response bodies counted through PouchDB's fetch option).
import 'fake-indexeddb/auto';
import { startTeamServer } from '../e2e/team-server.mjs';

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
/** A pass's steps: `mirror 4.2 s · push 0.1 s · pull 0.1 s · apply 0.0 s`. */
const stepsOf = (result) =>
  Object.entries(result.steps ?? {})
    .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`)
    .join(' · ');

/** @param {() => Promise<import('vite').ViteDevServer>} moduleServer run.mjs's loader of our modules */
export async function syncBench(rows, moduleServer) {
  const vite = await moduleServer();
  const server = await startTeamServer();
  try {
    const { openStore } = await vite.ssrLoadModule('/utils/store/db.ts');
    const { toStoredOrder, toStoredPhoto } = await vite.ssrLoadModule('/utils/store/stored.ts');
    const { syncPass } = await vite.ssrLoadModule('/utils/sync/engine.ts');
    const { default: PouchDB } = await import('pouchdb-core');
    const { default: memory } = await import('pouchdb-adapter-memory');
    const { default: http } = await import('pouchdb-adapter-http');
    const { default: replication } = await import('pouchdb-replication');
    PouchDB.plugin(memory).plugin(http).plugin(replication);

    const [nOrders, nPhotos] = (process.env.BENCH_SYNC ?? '500x20000').split('x').map(Number);
    const url = await server.createDatabase('bench');
    let sent = 0;
    let received = 0;
    const counting = async (input, init) => {
      const body = init?.body;
      if (typeof body === 'string') sent += Buffer.byteLength(body);
      else if (body?.byteLength) sent += body.byteLength;
      const response = await fetch(input, init);
      const bytes = Buffer.from(await response.arrayBuffer());
      received += bytes.length;
      return new Response(bytes, { status: response.status, headers: response.headers });
    };
    const remote = new PouchDB(url, { adapter: 'http', fetch: counting });

    // Tom's store, seeded straight into IndexedDB (the desk's own shape): one supplier, 500 orders,
    // 40 photos an order, every sixth accepted.
    const tom = await openStore({ name: 'bench-sync-tom' });
    const at = '2026-12-05T09:00:00.000Z';
    const supplier = {
      id: 'sup',
      company: 'Hengda Cups',
      emails: ['amy@hengda.cn'],
      domains: [],
      replyLanguages: ['en', 'zh-CN'],
      createdAt: at,
      updatedAt: at,
      rev: 1,
    };
    const shots = ['front', 'back', 'side', 'label', 'carton'].map((id) => ({
      id,
      label: { en: id, zh: id },
      instructions: { en: `Show the ${id}`, zh: id },
      required: true,
      referencePhotoIds: [],
    }));
    const tx = tom.db.transaction(['suppliers', 'orders', 'photos'], 'readwrite');
    tx.objectStore('suppliers').put(supplier);
    for (let o = 0; o < nOrders; o++) {
      tx.objectStore('orders').put(
        toStoredOrder({
          id: `o${o}`,
          poNumbers: [`PO-2026-${String(o).padStart(4, '0')}`],
          supplierId: 'sup',
          product: `Mug ${o}`,
          stages: [{ id: 'st', kind: 'pre-shipment', name: { en: 'Pre-shipment', zh: '出货前' }, shots }],
          currentStageId: 'st',
          status: 'open',
          createdAt: at,
          updatedAt: at,
          rev: 1,
        }),
      );
    }
    for (let i = 0; i < nPhotos; i++) {
      const o = i % nOrders;
      tx.objectStore('photos').put(
        toStoredPhoto({
          sha256: i.toString(16).padStart(64, '0'),
          dHash: (i * 2654435761).toString(16).padStart(16, '0').slice(-16),
          report: {
            format: 'jpeg',
            width: 4032,
            height: 3024,
            bytes: 3_100_000,
            bytesRead: 65536,
            findings: [{ code: 'ok', severity: 'info' }],
            verdict: 'ok',
            quality: 92,
            exif: { make: 'Apple', model: 'iPhone 15', taken: at },
          },
          origins: [
            {
              source: 'gmail',
              fileName: `IMG_${i}.jpg`,
              receivedAt: at,
              messageId: `msg-f:${1800000000 + o}`,
              threadId: `t${o}`,
              sender: 'amy@hengda.cn',
            },
          ],
          orderId: `o${o}`,
          stageId: 'st',
          shotId: shots[i % 5].id,
          status: i % 6 === 0 ? { state: 'accepted', at } : { state: 'pending' },
          createdAt: at,
          updatedAt: at,
        }),
      );
    }
    await new Promise((res, rej) => {
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });

    const li = await openStore({ name: 'bench-sync-li' });
    const tomMirror = new PouchDB('bench-mirror-tom', { adapter: 'memory' });
    const liMirror = new PouchDB('bench-mirror-li', { adapter: 'memory' });
    const options = (me, changed) => ({ me, thumbnails: false, changed, batchSize: 500 });
    const timed = async (label, fn) => {
      sent = received = 0;
      const t = performance.now();
      const result = await fn();
      const ms = performance.now() - t;
      // Each pass as it ends: a run at 500 × 20,000 on a loaded machine can be stopped and still say something.
      console.error(
        `sync bench: ${label}: ${(ms / 1000).toFixed(2)} s (${stepsOf(result)}), sent ${kb(sent)}, received ${kb(received)}`,
      );
      return { label, ms, sent, received, result };
    };
    const passes = [
      await timed('first pass, Tom (mirror all, push)', () =>
        syncPass(tom, tomMirror, remote, options('Tom')),
      ),
      await timed('first pass, Li Wei (pull, apply to her store)', () =>
        syncPass(li, liMirror, remote, options('Li Wei')),
      ),
      await timed('alarm pass, nothing changed', () =>
        syncPass(tom, tomMirror, remote, options('Tom', new Set())),
      ),
    ];
    // One decision: the photo store is scanned again (the store announces which stores changed, not which records).
    const { setPhotoStatus } = await vite.ssrLoadModule('/utils/store/photos.ts');
    await setPhotoStatus(tom, (7).toString(16).padStart(64, '0'), {
      state: 'rejected',
      reason: 'blurred',
      at,
    });
    passes.push(
      await timed('one photo decided: Tom’s pass', () =>
        syncPass(tom, tomMirror, remote, options('Tom', new Set(['photo']))),
      ),
    );
    passes.push(
      await timed('… and Li Wei’s pass that applies it', () =>
        syncPass(li, liMirror, remote, options('Li Wei', new Set())),
      ),
    );
    // Her store announced the photo it wrote from the pull: the background runs one more pass for it.
    passes.push(
      await timed('… and Li Wei’s pass after it (the store’s change notice of the pull)', () =>
        syncPass(li, liMirror, remote, options('Li Wei', new Set(['photo']))),
      ),
    );
    const docs = (await remote.info()).doc_count;
    const liPhotos = await li.db.count('photos');
    const liOrders = await li.db.count('orders');
    if (liPhotos !== nPhotos || liOrders !== nOrders)
      throw new Error(`Li Wei has ${liOrders} orders and ${liPhotos} photos`);
    const dbBytes = await fetch(url)
      .then((r) => r.json())
      .then((i) => i.sizes?.external ?? i.data_size ?? 0);
    for (const p of passes) {
      rows.push([
        `sync ${nOrders} orders / ${nPhotos} photos: ${p.label}`,
        `${(p.ms / 1000).toFixed(2)} s`,
        `sent ${kb(p.sent)}, received ${kb(p.received)}`,
        `pushed ${p.result.pushed}, pulled ${p.result.pulled}, applied ${p.result.applied}`,
        'converges, nothing lost',
      ]);
    }
    rows.push([
      `sync: the team database`,
      `${docs} documents`,
      `per photo on the wire ≈ ${kb(passes[0].sent / nPhotos).replace(' KB', '')} KB`,
      dbBytes ? `${kb(dbBytes)} of records` : '',
      'thumbnails off',
    ]);
    tom.close();
    li.close();
  } finally {
    await server.close();
    await vite.close();
  }
}
