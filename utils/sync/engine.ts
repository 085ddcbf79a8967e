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
// while a page is open (utils/sync/background.ts). Step 3, applying what came back, is apply.ts.
import type { Store } from '@/utils/store/db';
import { listOrders } from '@/utils/store/orders';
import { getThumbnails, listPhotos } from '@/utils/store/photos';
import { listReferencePhotos } from '@/utils/store/references';
import { listSuppliers } from '@/utils/store/suppliers';
import type { SyncedRecords } from '@/utils/store/synced';
import { listTemplates } from '@/utils/store/templates';
import { read } from '@/utils/store/tx';
import type { PhotoRecord } from '@/utils/store/types';
import { type Applied, applyPulled, type OwnWrites } from './apply';
import { localDecision } from './conflicts';
import { type Db, getLocalDoc } from './db';
import {
  contentKey,
  docId,
  idOf,
  isShared,
  labelOf,
  parseDocId,
  recordToDoc,
  SHARED_KINDS,
  type SharedKind,
  type SyncDoc,
} from './mapping';
import { readMirrored, recordHash, writeMirrored } from './mirrored';

export interface PassOptions {
  /** The name this person set in Settings → Team: signs decisions and requests made here. */
  me?: string;
  thumbnails: boolean;
  /** Only these kinds changed here since the last pass (undefined: look at all). */
  changed?: ReadonlySet<SharedKind>;
  /** Each replication request: PouchDB's batch size (documents per request). */
  batchSize?: number;
}

export interface PassResult extends Applied {
  /** Documents this browser wrote into its mirror (new or changed records, deletions). */
  mirrored: number;
  pushed: number;
  pulled: number;
  /** Milliseconds each step took (mirror, push, pull, apply): the bench prints them. */
  steps: { mirror: number; push: number; pull: number; apply: number };
}

/**
 * Where the next push starts when the last pull wrote into the mirror: the mirror's sequence after that
 * pull. Everything up to it was either pushed (the push runs first) or came from the server, so a push
 * from PouchDB's own checkpoint would offer the server every pulled document back (revs_diff: 2.2 MB
 * for a pull of 20,000) only to hear it has them all.
 */
const PUSH_FROM = '_local/push-from';

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

/**
 * Step 1: what changed here, into the mirror. Every record of a changed kind is read (the store says
 * which kinds changed, not which records) and hashed; only those whose hash differs from the one the
 * mirror holds (mirrored.ts) are compared with their mirror documents, fetched for them alone.
 */
async function mirrorLocal(store: Store, db: Db, options: PassOptions): Promise<OwnWrites> {
  const kinds = SHARED_KINDS.filter((k) => !options.changed || options.changed.has(k));
  if (!kinds.length) return new Map();
  const readAs = new Map<string, Rec>();
  const mirrored = await readMirrored(db);
  const was = mirrored.hashes;
  const now = new Map([...was].filter(([id]) => !kinds.includes(parseDocId(id)![0])));
  const writes: object[] = [];
  for (const kind of kinds) {
    const records = await readLocal(store, kind, options.thumbnails);
    const changed: { id: string; record: Rec }[] = [];
    for (const record of records) {
      const id = docId(kind, idOf(kind, record));
      const hash = recordHash(kind, record, options.thumbnails);
      now.set(id, hash);
      if (was.get(id) !== hash) changed.push({ id, record });
    }
    if (!changed.length) continue;
    const existing = await db.allDocs({ keys: changed.map((c) => c.id), include_docs: true });
    const byId = new Map(
      existing.rows.flatMap((row) =>
        'doc' in row && row.doc ? [[row.id, row.doc as unknown as SyncDoc]] : [],
      ) as [string, SyncDoc][],
    );
    for (const { id, record } of changed) {
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
        if (!options.thumbnails || kind !== 'photo' || old._attachments || !doc._attachments) continue;
      }
      writes.push(old?._rev ? { ...doc, _rev: old._rev } : doc);
      readAs.set(id, record);
    }
  }
  // Deleted here since the last pass: a tombstone that says who and when (not photos or requests: a
  // storage clean-up here is not the team's).
  const gone = [...was.keys()].filter((id) => !now.has(id));
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
  mirrored.hashes = now;
  await writeMirrored(db, mirrored);
  return new Map(
    written.flatMap((w) => ('rev' in w && readAs.has(w.id) ? [[`${w.id} ${w.rev}`, readAs.get(w.id)!]] : [])),
  );
}

/** One pass: mirror, replicate (push then pull), apply. Throws when the server cannot be reached. */
export async function syncPass(
  store: Store,
  local: Db,
  remote: Db,
  options: PassOptions,
): Promise<PassResult> {
  const steps = { mirror: 0, push: 0, pull: 0, apply: 0 };
  const result: PassResult = {
    mirrored: 0,
    pushed: 0,
    pulled: 0,
    applied: 0,
    resolved: 0,
    refused: [],
    steps,
  };
  let t = performance.now();
  const lap = (step: keyof typeof steps) => {
    const now = performance.now();
    steps[step] += now - t;
    t = now;
  };
  const own = await mirrorLocal(store, local, options);
  result.mirrored = own.size;
  lap('mirror');
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
  lap('push');
  const pull = await local.replicate.from(remote, batch);
  result.pulled = pull.docs_written;
  if (pull.docs_written) await setMark((await local.info()).update_seq);
  lap('pull');
  await applyPulled(store, local, result, own, options.me);
  lap('apply');
  // Conflicts resolved here go back to the team now, not on the next pass.
  if (result.resolved) {
    result.pushed += await push();
    lap('push');
  }
  return result;
}
