// Step 3 of a sync pass (engine.ts): what the mirror got from the team, into the store, conflicts
// resolved by the rules of conflicts.ts. Photos (most of a big pull) are written a batch at a time: one
// store transaction per page of the mirror's changes, the counts and the reuse index once per batch.
import type { Store } from '@/utils/store/db';
import { getOrder } from '@/utils/store/orders';
import { getPhotoRecord } from '@/utils/store/photos';
import { fromStoredOrder, fromStoredPhoto } from '@/utils/store/stored';
import {
  deleteSyncedRecord,
  putSyncedPhotos,
  putSyncedRecord,
  type SyncedRecords,
} from '@/utils/store/synced';
import { read } from '@/utils/store/tx';
import type { Order, PhotoRecord } from '@/utils/store/types';
import { fitPhotoToOrder, resolveVersions, withUnsentDecision } from './conflicts';
import { type Db, getLocalDoc } from './db';
import {
  ATTACHMENT,
  contentKey,
  docId,
  docToRecord,
  parseDocId,
  SHARED_KINDS,
  type SharedKind,
  type SyncDoc,
} from './mapping';
import { docHash, settleMirrored } from './mirrored';

/** What applying did: records written here, conflicts resolved, records refused (tried again later). */
export interface Applied {
  /** Records written into (or deleted from) the store. */
  applied: number;
  /** Documents whose CouchDB conflicts were resolved (the losing revisions deleted). */
  resolved: number;
  /** Records that could not be written here, with why (they are tried again on the next pass). */
  refused: { id: string; problem: string }[];
}

const APPLIED_SEQ = '_local/applied-seq';

type Rec = SyncedRecords[SharedKind];

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

/**
 * What this pass wrote into the mirror: `id rev` → the store's record as it was read then. When step 3
 * writes such a document back (with the name and history it gained), the fields the store changed since
 * (a click during the pass) are kept as they are now: the next pass sends them.
 */
export type OwnWrites = Map<string, Rec>;

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
export async function applyPulled(
  store: Store,
  db: Db,
  result: Applied,
  own: OwnWrites,
  me: string | undefined,
): Promise<void> {
  let since = (await getLocalDoc<{ seq: number | string }>(db, APPLIED_SEQ))?.seq ?? 0;
  /** Document id → the hash of what the store now holds as the mirror has it (mirrored.ts). */
  const settled: Settled = new Map();
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
        await applyPhotos(store, db, photos, result, me, settled);
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
        else if (await applyOne(store, db, kind, id, doc, readAs, settled)) result.applied++;
      } catch (e) {
        settled.set(c.id, undefined);
        result.refused.push({ id: c.id, problem: e instanceof Error ? e.message : String(e) });
      }
    }
    if (photos.length) await applyPhotos(store, db, photos, result, me, settled);
    since = feed.last_seq;
    const saved = await getLocalDoc<object>(db, APPLIED_SEQ);
    await db.put({ _id: APPLIED_SEQ, ...(saved?._rev && { _rev: saved._rev }), seq: since } as never);
    if (feed.results.length < 500) break;
  }
  // The next pass then finds these records as the mirror has them: nothing to compare (or push back).
  await settleMirrored(db, settled);
}

/**
 * What the store holds after step 3, by document: the pulled document's hash, which matches the store's
 * record only when it was written as pulled (a decision or edit kept from here makes it differ: the next
 * pass compares and sends it); undefined for a record refused or deleted here (compared in full).
 */
type Settled = Map<string, string | undefined>;

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
  result: Omit<Applied, 'resolved'>,
  me: string | undefined,
  settled: Settled,
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
      settled.set(doc._id, docHash(doc));
      if (current && contentKey(current) === contentKey(record)) continue;
      ready.push(record);
    } catch (e) {
      settled.set(doc._id, undefined);
      result.refused.push({ id: doc._id, problem: e instanceof Error ? e.message : String(e) });
    }
  }
  if (!ready.length) return;
  try {
    const refused = await putSyncedPhotos(store, ready);
    result.applied += ready.length - refused.length;
    for (const r of refused) {
      settled.set(docId('photo', r.sha256), undefined);
      result.refused.push({ id: docId('photo', r.sha256), problem: r.problem });
    }
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    for (const r of ready) {
      settled.set(docId('photo', r.sha256), undefined);
      result.refused.push({ id: docId('photo', r.sha256), problem });
    }
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
  settled: Settled,
): Promise<boolean> {
  const current = await localRecord(store, kind, id);
  if (doc._deleted) {
    settled.set(doc._id, undefined);
    if (!current) return false;
    await deleteSyncedRecord(store, kind, id);
    return true;
  }
  let record = docToRecord(doc, await pictureOf(db, doc._id, doc));
  if (!record) return false;
  if (readAs && current) record = keepLocalEdits(record, readAs, current);
  if (current && contentKey(current) === contentKey(record)) {
    settled.set(doc._id, docHash(doc));
    return false;
  }
  // A reference photo here is kept as it is (its picture is not replaced): compared in full next time.
  if (kind === 'reference' && current) {
    settled.set(doc._id, undefined);
    return false;
  }
  await putSyncedRecord(store, kind, record as never, current as never);
  settled.set(doc._id, docHash(doc));
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
