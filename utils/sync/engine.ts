// One sync pass: this browser's shared records into the local PouchDB mirror, a one-shot replication
// each way with the team's CouchDB, then what came back written into the store, conflicts resolved.
//
// Why a mirror beside the store and not PouchDB as the store: the screens read IndexedDB through
// indexes and summaries kept in the same transaction as each write (the desk's speed); PouchDB would
// have to grow all of them again. The mirror costs the shared records twice (about 1 KB a photo record
// as a document, thumbnails only when the team shares them; measured in `npm run bench -- sync`).
//
// Why one-shot passes: Chrome stops an idle service worker after about 30 s, and a fetch that waits
// longer, so a "live" replication cannot run there; the passes run on a local write, on an alarm and
// while a page is open (utils/sync/background.ts).
import type { Store } from '@/utils/store/db';
import { getOrder, listOrders } from '@/utils/store/orders';
import { getPhotoRecord, getThumbnails, listPhotos } from '@/utils/store/photos';
import { listReferencePhotos } from '@/utils/store/references';
import { fromStoredOrder, fromStoredPhoto } from '@/utils/store/stored';
import { listSuppliers } from '@/utils/store/suppliers';
import {
  deleteSyncedRecord,
  putSyncedPhotos,
  putSyncedRecord,
  type SyncedRecords,
} from '@/utils/store/synced';
import { listTemplates } from '@/utils/store/templates';
import { read } from '@/utils/store/tx';
import type { Order, PhotoRecord } from '@/utils/store/types';
import { fitPhotoToOrder, localDecision, resolveVersions, withUnsentDecision } from './conflicts';
import type { Db } from './db';
import {
  ATTACHMENT,
  contentKey,
  docId,
  docToRecord,
  idOf,
  isShared,
  labelOf,
  parseDocId,
  recordToDoc,
  SHARED_KINDS,
  type SharedKind,
  type SyncDoc,
} from './mapping';

export interface PassOptions {
  /** The name this person set in Settings → Team: signs decisions and requests made here. */
  me?: string;
  thumbnails: boolean;
  /** Only these kinds changed here since the last pass (undefined: look at all). */
  changed?: ReadonlySet<SharedKind>;
  /** Each replication request: PouchDB's batch size (documents per request). */
  batchSize?: number;
}

export interface PassResult {
  /** Documents this browser wrote into its mirror (new or changed records, deletions). */
  mirrored: number;
  pushed: number;
  pulled: number;
  /** Records written into (or deleted from) the store. */
  applied: number;
  /** Documents whose CouchDB conflicts were resolved (the losing revisions deleted). */
  resolved: number;
  /** Records that could not be written here, with why (they are tried again on the next pass). */
  refused: { id: string; problem: string }[];
}

const APPLIED_SEQ = '_local/applied-seq';
/**
 * Where the next push starts when the last pull wrote into the mirror: the mirror's sequence after that
 * pull. Everything up to it was either pushed (the push runs first) or came from the server, so a push
 * from PouchDB's own checkpoint would offer the server every pulled document back (revs_diff: 2.2 MB
 * for a pull of 20,000) only to hear it has them all.
 */
const PUSH_FROM = '_local/push-from';
const PRESENT = '_local/present';

type Rec = SyncedRecords[SharedKind];

async function readLocal(store: Store, kind: SharedKind, thumbnails: boolean): Promise<Rec[]> {
  switch (kind) {
    case 'supplier':
      return listSuppliers(store);
    case 'order':
      return listOrders(store);
    case 'template':
      return (await listTemplates(store)).filter((t) => isShared('template', t));
    case 'reference':
      return listReferencePhotos(store);
    case 'request':
      return read(store, ['requests'], (tx) => tx.objectStore('requests').getAll());
    case 'photo': {
      const photos = await listPhotos(store);
      if (!thumbnails) return photos;
      const thumbs = await getThumbnails(
        store,
        photos.map((p) => p.sha256),
      );
      return photos.map((p) => (thumbs.has(p.sha256) ? { ...p, thumbnail: thumbs.get(p.sha256) } : p));
    }
  }
}

/** One record as the store gives it (orders and photos without their stored index fields). */
async function localRecord(store: Store, kind: SharedKind, id: string): Promise<Rec | undefined> {
  switch (kind) {
    case 'order':
      return getOrder(store, id);
    case 'photo':
      return getPhotoRecord(store, id);
    default: {
      // These are stored as they are: no index fields to take off, no getter of their own.
      const names = {
        supplier: 'suppliers',
        template: 'templates',
        reference: 'referencePhotos',
        request: 'requests',
      } as const;
      return (await read(store, [names[kind]], (tx) => tx.objectStore(names[kind]).get(id))) as
        | Rec
        | undefined;
    }
  }
}

async function getLocalDoc<T>(db: Db, id: string): Promise<(T & { _rev?: string }) | undefined> {
  try {
    return (await db.get(id)) as unknown as T & { _rev?: string };
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}

/**
 * What this pass wrote into the mirror: `id rev` → the store's record as it was read then. When step 3
 * writes such a document back (with the name and history it gained), the fields the store changed since
 * (a click during the pass) are kept as they are now: the next pass sends them.
 */
type OwnWrites = Map<string, Rec>;

/** `pulled`, with the fields `now` changed since `then` taken from `now`. */
function keepLocalEdits<T extends object>(pulled: T, then: object, now: object): T {
  const out = { ...pulled } as Record<string, unknown>;
  const keys = new Set([...Object.keys(then), ...Object.keys(now)]);
  for (const k of keys) {
    const a = (then as Record<string, unknown>)[k];
    const b = (now as Record<string, unknown>)[k];
    if (contentKey({ [k]: a }) === contentKey({ [k]: b })) continue;
    if (b === undefined) delete out[k];
    else out[k] = b;
  }
  return out as T;
}

/** Step 1: what changed here, into the mirror. */
async function mirrorLocal(store: Store, db: Db, options: PassOptions): Promise<OwnWrites> {
  const kinds = SHARED_KINDS.filter((k) => !options.changed || options.changed.has(k));
  if (!kinds.length) return new Map();
  const readAs = new Map<string, Rec>();
  const present = (await getLocalDoc<{ ids: string[] }>(db, PRESENT)) ?? { _id: PRESENT, ids: [] };
  const wasPresent = new Set(present.ids);
  const nowPresent = new Set(present.ids.filter((id) => !kinds.includes(parseDocId(id)![0])));
  const writes: object[] = [];
  for (const kind of kinds) {
    const records = await readLocal(store, kind, options.thumbnails);
    const ids = records.map((r) => docId(kind, idOf(kind, r)));
    const existing = await db.allDocs({ keys: ids, include_docs: true });
    const byId = new Map(
      existing.rows.flatMap((row) =>
        'doc' in row && row.doc ? [[row.id, row.doc as unknown as SyncDoc]] : [],
      ) as [string, SyncDoc][],
    );
    records.forEach((record, i) => {
      const id = ids[i];
      nowPresent.add(id);
      const old = byId.get(id);
      let doc: SyncDoc = recordToDoc(kind, record, options);
      if (kind === 'photo') {
        const shared = old?.record as PhotoRecord | undefined;
        const status = localDecision(shared, record as PhotoRecord, options.me);
        doc = { ...doc, record: { ...(doc.record as object), status } as SyncDoc['record'] };
      }
      if (kind === 'request' && !(record as { by?: string }).by && options.me && !old)
        doc = { ...doc, record: { ...(doc.record as object), by: options.me } as SyncDoc['record'] };
      if (old?.record && contentKey(old.record) === contentKey(doc.record!)) {
        if (!options.thumbnails || kind !== 'photo' || old._attachments || !doc._attachments) return;
      }
      writes.push(old?._rev ? { ...doc, _rev: old._rev } : doc);
      readAs.set(id, record);
    });
  }
  // Deleted here since the last pass: a tombstone that says who and when (not photos or requests: a
  // storage clean-up here is not the team's).
  const gone = [...wasPresent].filter((id) => !nowPresent.has(id));
  if (gone.length) {
    const rows = await db.allDocs({ keys: gone, include_docs: true });
    for (const row of rows.rows) {
      if (!('doc' in row) || !row.doc) continue;
      const doc = row.doc as unknown as SyncDoc;
      if (doc.kind === 'photo' || doc.kind === 'request' || !doc.record) continue;
      writes.push({
        _id: doc._id,
        _rev: doc._rev,
        _deleted: true,
        kind: doc.kind,
        deletedAt: new Date().toISOString(),
        ...(options.me && { deletedBy: options.me }),
        label: labelOf(doc.kind, doc.record as never),
      });
    }
  }
  const written = writes.length ? await db.bulkDocs(writes as never) : [];
  await db.put({ ...present, ids: [...nowPresent] } as never);
  return new Map(
    written.flatMap((w) => ('rev' in w && readAs.has(w.id) ? [[`${w.id} ${w.rev}`, readAs.get(w.id)!]] : [])),
  );
}

async function pictureOf(db: Db, id: string, doc: SyncDoc): Promise<Blob | undefined> {
  if (!doc._attachments?.[ATTACHMENT]) return undefined;
  const data = await db.getAttachment(id, ATTACHMENT);
  if (data instanceof Blob) return data;
  // Node (tests, bench): a Buffer.
  return new Blob([data as unknown as Uint8Array<ArrayBuffer>], {
    type: doc._attachments[ATTACHMENT].content_type,
  });
}

type Revisions = { _revisions?: { start: number; ids: string[] } };

/** Every revision from the leaf back, e.g. ['3-c', '2-b', '1-a']. */
const lineage = (d: Revisions) =>
  d._revisions ? d._revisions.ids.map((hash, i) => `${d._revisions!.start - i}-${hash}`) : [];

/** The version every side started from, when this browser still holds its body (not compacted). */
async function commonAncestor(db: Db, id: string, leaves: string[]): Promise<SyncDoc | undefined> {
  const lines = await Promise.all(
    leaves.map(async (rev) => lineage((await db.get(id, { rev, revs: true })) as Revisions)),
  );
  const shared = lines[0]?.find((rev) => lines.every((l) => l.includes(rev)));
  if (!shared) return undefined;
  try {
    return (await db.get(id, { rev: shared })) as SyncDoc;
  } catch {
    return undefined;
  }
}

/** CouchDB kept several versions: the rules' one is written on the winner, the others deleted. */
async function resolveConflicts(db: Db, doc: SyncDoc): Promise<SyncDoc> {
  const revs = doc._conflicts ?? [];
  const losers = await Promise.all(revs.map((rev) => db.get(doc._id, { rev }) as Promise<SyncDoc>));
  const versions = [doc, ...losers].filter((d) => d.record).map((d) => d.record as Rec);
  const base = await commonAncestor(db, doc._id, [doc._rev!, ...revs]);
  const merged = resolveVersions(doc.kind, versions as never, base?.record as never);
  const next: SyncDoc = { ...doc, record: merged as SyncDoc['record'] };
  delete next._conflicts;
  const written = await db.bulkDocs([
    next,
    ...losers.map((l) => ({ _id: l._id, _rev: l._rev, _deleted: true })),
  ]);
  const mine = written[0] as { rev?: string };
  return { ...next, _rev: mine.rev };
}

/** Step 3: what the mirror got from the team, into the store. */
async function applyPulled(
  store: Store,
  db: Db,
  result: Pick<PassResult, 'applied' | 'resolved' | 'refused'>,
  own: OwnWrites,
  me: string | undefined,
): Promise<void> {
  let since = (await getLocalDoc<{ seq: number | string }>(db, APPLIED_SEQ))?.seq ?? 0;
  for (;;) {
    const feed = await db.changes({ since, include_docs: true, conflicts: true, limit: 500 });
    if (!feed.results.length) break;
    const changes = feed.results
      .map((c) => ({ c, parsed: parseDocId(c.id) }))
      .filter((x) => x.parsed && x.c.doc)
      // What a record points at first: suppliers before orders, orders before photos.
      .sort((a, b) => SHARED_KINDS.indexOf(a.parsed![0]) - SHARED_KINDS.indexOf(b.parsed![0]));
    // Photos (most of a big pull) are written a batch at a time, in the kinds' order.
    let photos: PulledPhoto[] = [];
    for (const { c, parsed } of changes) {
      const [kind, id] = parsed!;
      if (kind !== 'photo' && photos.length) {
        await applyPhotos(store, db, photos, result, me);
        photos = [];
      }
      let doc = c.doc as unknown as SyncDoc;
      try {
        if (doc._conflicts?.length) {
          doc = await resolveConflicts(db, doc);
          result.resolved++;
        }
        const readAs = doc._conflicts?.length ? undefined : own.get(`${doc._id} ${doc._rev}`);
        if (kind === 'photo') photos.push({ doc, readAs: readAs as PhotoRecord | undefined });
        else if (await applyOne(store, db, kind, id, doc, readAs)) result.applied++;
      } catch (e) {
        result.refused.push({ id: c.id, problem: e instanceof Error ? e.message : String(e) });
      }
    }
    if (photos.length) await applyPhotos(store, db, photos, result, me);
    since = feed.last_seq;
    const saved = await getLocalDoc<object>(db, APPLIED_SEQ);
    await db.put({ _id: APPLIED_SEQ, ...(saved?._rev && { _rev: saved._rev }), seq: since } as never);
    if (feed.results.length < 500) break;
  }
}

interface PulledPhoto {
  doc: SyncDoc;
  /** This pass's own write: the store's record as mirrored (OwnWrites). */
  readAs: PhotoRecord | undefined;
}

/** Pulled photos into the store in one write (utils/store/synced putSyncedPhotos), each as applyOne would. */
async function applyPhotos(
  store: Store,
  db: Db,
  pulled: readonly PulledPhoto[],
  result: Pick<PassResult, 'applied' | 'refused'>,
  me: string | undefined,
): Promise<void> {
  const ids = pulled.map(({ doc }) => parseDocId(doc._id)![1]);
  const orderIds = [
    ...new Set(pulled.flatMap(({ doc }) => (doc.record as PhotoRecord | undefined)?.orderId ?? [])),
  ];
  const [stored, storedOrders] = await read(store, ['photos', 'orders'], (tx) =>
    Promise.all([
      Promise.all(ids.map((id) => tx.objectStore('photos').get(id))),
      Promise.all(orderIds.map((id) => tx.objectStore('orders').get(id))),
    ]),
  );
  const orders = new Map(orderIds.map((id, i) => [id, storedOrders[i] && fromStoredOrder(storedOrders[i])]));
  const ready: PhotoRecord[] = [];
  for (const [i, { doc, readAs }] of pulled.entries()) {
    try {
      // A photo deleted elsewhere is a storage clean-up there (deleteSyncedRecord): nothing to do here.
      if (doc._deleted) continue;
      const current = stored[i] && fromStoredPhoto(stored[i]);
      let record = docToRecord(doc, await pictureOf(db, doc._id, doc)) as PhotoRecord | undefined;
      if (!record) continue;
      record = withUnsentDecision(await fitToLocalOrder(db, record, orders), current, me);
      if (readAs && current) record = keepLocalEdits(record, readAs, current);
      if (current && contentKey(current) === contentKey(record)) continue;
      ready.push(record);
    } catch (e) {
      result.refused.push({ id: doc._id, problem: e instanceof Error ? e.message : String(e) });
    }
  }
  if (!ready.length) return;
  try {
    const refused = await putSyncedPhotos(store, ready);
    result.applied += ready.length - refused.length;
    for (const r of refused) result.refused.push({ id: docId('photo', r.sha256), problem: r.problem });
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    for (const r of ready) result.refused.push({ id: docId('photo', r.sha256), problem });
  }
}

async function applyOne(
  store: Store,
  db: Db,
  kind: SharedKind,
  id: string,
  doc: SyncDoc,
  /** This pass's own write: the store's record as mirrored (OwnWrites). */
  readAs: Rec | undefined,
): Promise<boolean> {
  const current = await localRecord(store, kind, id);
  if (doc._deleted) {
    if (!current) return false;
    await deleteSyncedRecord(store, kind, id);
    return true;
  }
  let record = docToRecord(doc, await pictureOf(db, doc._id, doc));
  if (!record) return false;
  if (readAs && current) record = keepLocalEdits(record, readAs, current);
  if (current && contentKey(current) === contentKey(record)) return false;
  if (kind === 'reference' && current) return false;
  await putSyncedRecord(store, kind, record as never, current as never);
  return true;
}

/** A photo filed to an order, stage or shot that is gone here (conflicts.ts fitPhotoToOrder). */
async function fitToLocalOrder(
  db: Db,
  photo: PhotoRecord,
  /** The orders the batch's photos are filed to, as stored here (undefined: not here). */
  orders: ReadonlyMap<string, Order | undefined>,
): Promise<PhotoRecord> {
  if (photo.orderId === undefined) return photo;
  const order = orders.get(photo.orderId);
  if (order) return fitPhotoToOrder(photo, order);
  let tombstone: SyncDoc | undefined;
  try {
    const [row] = (await db.get(docId('order', photo.orderId), {
      revs: false,
      open_revs: 'all',
    })) as unknown as {
      ok?: SyncDoc;
    }[];
    tombstone = row?.ok?._deleted ? row.ok : undefined;
  } catch {
    // Never seen here: the order has not arrived yet, or never existed.
  }
  return fitPhotoToOrder(photo, undefined, {
    at: tombstone?.deletedAt ?? new Date().toISOString(),
    by: tombstone?.deletedBy,
    label: tombstone?.label,
  });
}

/** One pass: mirror, replicate (push then pull), apply. Throws when the server cannot be reached. */
export async function syncPass(
  store: Store,
  local: Db,
  remote: Db,
  options: PassOptions,
): Promise<PassResult> {
  const result: PassResult = { mirrored: 0, pushed: 0, pulled: 0, applied: 0, resolved: 0, refused: [] };
  const own = await mirrorLocal(store, local, options);
  result.mirrored = own.size;
  const batch = { batch_size: options.batchSize ?? 200 };
  let mark = await getLocalDoc<{ seq: number | string | null }>(local, PUSH_FROM);
  const setMark = async (seq: number | string | null) => {
    const next = { _id: PUSH_FROM, ...(mark?._rev && { _rev: mark._rev }), seq };
    mark = { ...next, _rev: (await local.put(next)).rev };
  };
  /** A push from the mark when there is one; PouchDB's checkpoint then stands past it: cleared. */
  const push = async () => {
    const since = mark?.seq ?? undefined;
    const done = await local.replicate.to(remote, since === undefined ? batch : { ...batch, since });
    if (since !== undefined) await setMark(null);
    return done.docs_written;
  };
  result.pushed = await push();
  const pull = await local.replicate.from(remote, batch);
  result.pulled = pull.docs_written;
  if (pull.docs_written) await setMark((await local.info()).update_seq);
  await applyPulled(store, local, result, own, options.me);
  // Conflicts resolved here go back to the team now, not on the next pass.
  if (result.resolved) result.pushed += await push();
  return result;
}
