// The shared records as CouchDB documents, and back. Pure: no PouchDB, no IndexedDB.
//
// One document per record, `_id` = `<kind>:<record id>` so a replication filter or a person reading the
// database in Fauxton sees what each one is. The record goes under `record` as it is in the store, minus
// what is per browser: `rev` (the store's own counter for two tabs: each browser raises its own) and the
// pictures, which travel as CouchDB attachments (reference photos always; photo thumbnails only when the
// team turned them on, because of their size).

import type { SyncedRecords } from '@/utils/store/synced';
import type {
  Order,
  PhotoRecord,
  ReferencePhoto,
  ShotListTemplate,
  Supplier,
  Timestamp,
} from '@/utils/store/types';

/** What a team shares (README › Team): the store's SyncedRecords. Settings, "never for this sender" and
 * thread memory stay per person. */
export type SharedKind = keyof SyncedRecords;

/** Applied in this order: what a record points at arrives before it (orders need their supplier). */
export const SHARED_KINDS: readonly SharedKind[] = [
  'supplier',
  'reference',
  'template',
  'order',
  'photo',
  'request',
];

export interface DocAttachment {
  content_type: string;
  /** A Blob in the browser (PouchDB stores it as is); base64 when read back without `binary`. */
  data: Blob | string;
  digest?: string;
  stub?: boolean;
}

/** A shared record as a CouchDB document. Tombstones keep `kind`, `deletedBy`, `deletedAt` and `label`. */
export interface SyncDoc<K extends SharedKind = SharedKind> {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _attachments?: Record<string, DocAttachment>;
  kind: K;
  record?: Omit<SyncedRecords[K], 'rev' | 'blob' | 'thumbnail'>;
  /** Tombstone: who deleted it and when, and what it was called ("PO-2026-0417"). */
  deletedBy?: string;
  deletedAt?: Timestamp;
  label?: string;
}

export const ATTACHMENT = 'picture';

export function idOf<K extends SharedKind>(kind: K, record: SyncedRecords[K]): string {
  switch (kind) {
    case 'photo':
      return (record as PhotoRecord).sha256;
    default:
      return (record as { id: string }).id;
  }
}

export const docId = (kind: SharedKind, id: string): string => `${kind}:${id}`;

/** `order:abc` → ['order', 'abc']; anything else in the database (design docs, strangers) → undefined. */
export function parseDocId(id: string): [SharedKind, string] | undefined {
  const i = id.indexOf(':');
  if (i <= 0) return undefined;
  const kind = id.slice(0, i) as SharedKind;
  return SHARED_KINDS.includes(kind) && i < id.length - 1 ? [kind, id.slice(i + 1)] : undefined;
}

/** Whether a record is the team's at all: built-in templates ship with every copy of the extension. */
export function isShared<K extends SharedKind>(kind: K, record: SyncedRecords[K]): boolean {
  return !(kind === 'template' && (record as ShotListTemplate).builtIn);
}

export interface ToDocOptions {
  /** Photo thumbnails as attachments (a team's choice; off by default). */
  thumbnails: boolean;
}

/** The record as a document body (no `_rev`): per-browser fields out, its picture as an attachment. */
export function recordToDoc<K extends SharedKind>(
  kind: K,
  record: SyncedRecords[K],
  options: ToDocOptions,
): SyncDoc<K> {
  const { rev: _rev, ...rest } = record as SyncedRecords[K] & { rev?: number };
  let picture: Blob | undefined;
  let body: Record<string, unknown> = rest;
  if (kind === 'reference') {
    const { blob, ...r } = rest as unknown as ReferencePhoto;
    picture = blob;
    body = r;
  } else if (kind === 'photo') {
    const { thumbnail, ...r } = rest as unknown as PhotoRecord;
    if (options.thumbnails) picture = thumbnail;
    body = r;
  }
  const doc: SyncDoc<K> = {
    _id: docId(kind, idOf(kind, record)),
    kind,
    record: body as SyncDoc<K>['record'],
  };
  if (picture)
    doc._attachments = { [ATTACHMENT]: { content_type: picture.type || 'image/jpeg', data: picture } };
  return doc;
}

/** The record a document holds (without `rev`: the store gives it its own), picture given separately. */
export function docToRecord<K extends SharedKind>(
  doc: SyncDoc<K>,
  picture?: Blob,
): SyncedRecords[K] | undefined {
  if (doc._deleted || !doc.record || typeof doc.record !== 'object') return undefined;
  const record = { ...(doc.record as Record<string, unknown>) };
  delete record.rev;
  if (doc.kind === 'reference') {
    if (!picture) return undefined; // A reference photo without its picture is not one: wait for it.
    record.blob = picture;
  }
  if (doc.kind === 'photo' && picture) record.thumbnail = picture;
  return record as unknown as SyncedRecords[K];
}

/** Fields that differ between two browsers holding the same content: each store stamps its own. */
const LOCAL_FIELDS = new Set(['rev', 'updatedAt', 'blob', 'thumbnail']);

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The content two browsers must agree on, as one string: equal strings mean nothing to send or apply.
 * Without it a pulled record, written with this browser's `updatedAt`, would be pushed back for ever.
 */
export function contentKey(record: object): string {
  const top = Object.fromEntries(Object.entries(record).filter(([k]) => !LOCAL_FIELDS.has(k)));
  return stable(top);
}

/** A short name for a record in messages and tombstones: PO numbers, a company, a template's name. */
export function labelOf<K extends SharedKind>(kind: K, record: SyncedRecords[K]): string {
  switch (kind) {
    case 'order':
      return (record as Order).poNumbers.join(', ') || (record as Order).product;
    case 'supplier':
      return (record as Supplier).company;
    case 'template':
      return (record as ShotListTemplate).name.en;
    case 'reference':
      return (record as ReferencePhoto).name;
    case 'photo':
      return (record as PhotoRecord).origins[0]?.fileName ?? (record as PhotoRecord).sha256.slice(0, 12);
    default:
      return idOf(kind, record);
  }
}
