// What the mirror already holds, per record: a short hash of the store content (contentKey) each mirror
// document was last made from, or written into the store as. A pass fetches and compares the mirror
// documents of the records whose hash differs (after one decision: one), not of every record (20,000).
// A hash that is missing or stale only costs that record the full comparison; skipping is only for a
// match, which means the mirror document was made from exactly that content.
import type { SyncedRecords } from '@/utils/store/synced';
import type { PhotoRecord } from '@/utils/store/types';
import { type Db, getLocalDoc } from './db';
import { ATTACHMENT, contentKey, type SharedKind, type SyncDoc } from './mapping';

/** Also the list of what was present here at the last pass (engine.ts: deletions become tombstones). */
const PRESENT = '_local/present';

interface PresentDoc {
  _id: string;
  _rev?: string;
  /** Document id → hash of the content mirrored. */
  hashes?: Record<string, string>;
  /** The earlier shape (ids only): read as present with no hash, so each is compared once. */
  ids?: string[];
}

export interface Mirrored {
  hashes: Map<string, string>;
  rev?: string;
}

/** 53 bits of a string (cyrb53): a collision between two contents of one record is not a concern. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A store record's hash; its thumbnail counts when the team shares thumbnails (an attachment to add). */
export function recordHash(kind: SharedKind, record: SyncedRecords[SharedKind], thumbnails: boolean): string {
  const picture = kind === 'photo' && thumbnails && (record as PhotoRecord).thumbnail ? '+t' : '';
  return hash53(contentKey(record)) + picture;
}

/** The hash of the content a mirror document holds, as recordHash gives it for the same record. */
export function docHash(doc: SyncDoc): string | undefined {
  if (!doc.record) return undefined;
  const picture = doc.kind === 'photo' && doc._attachments?.[ATTACHMENT] ? '+t' : '';
  return hash53(contentKey(doc.record)) + picture;
}

export async function readMirrored(db: Db): Promise<Mirrored> {
  const doc = await getLocalDoc<PresentDoc>(db, PRESENT);
  const hashes = new Map(
    doc?.hashes ? Object.entries(doc.hashes) : (doc?.ids ?? []).map((id) => [id, ''] as [string, string]),
  );
  return { hashes, rev: doc?._rev };
}

export async function writeMirrored(db: Db, mirrored: Mirrored): Promise<void> {
  const doc: PresentDoc = {
    _id: PRESENT,
    ...(mirrored.rev && { _rev: mirrored.rev }),
    hashes: Object.fromEntries(mirrored.hashes),
  };
  mirrored.rev = (await db.put(doc)).rev;
}

/** Step 3's updates (apply.ts): a hash per document written into the store, undefined to forget one. */
export async function settleMirrored(
  db: Db,
  settled: ReadonlyMap<string, string | undefined>,
): Promise<void> {
  if (!settled.size) return;
  const mirrored = await readMirrored(db);
  for (const [id, hash] of settled) {
    if (hash === undefined) mirrored.hashes.delete(id);
    else mirrored.hashes.set(id, hash);
  }
  await writeMirrored(db, mirrored);
}
