// Every photo ever checked, by SHA-256. Saving merges with what is there inside one readwrite
// transaction: IndexedDB runs overlapping readwrite transactions one after the other, so two tabs
// saving the same photo at once both keep their origin.
import type { PhotoReport } from '@/utils/photo/types';
import type { Store } from './db';
import { validationError } from './errors';
import {
  indexedHash,
  nearInBuckets,
  updateBuckets,
  updateBucketsMany,
  warmNearBuckets,
} from './near-buckets';
import { fromStoredPhoto, type StoredPhoto, toStoredPhoto } from './stored';
import { refreshStages } from './summaries';
import { assertValid, notFound, now, read, type Tx, write } from './tx';
import type { PhotoOrigin, PhotoRecord, PhotoStatus, Timestamp } from './types';
import { assignmentProblems, validatePhoto } from './validate';

/** What a caller saves: status defaults to pending, timestamps are the store's. */
export type PhotoInput = Omit<PhotoRecord, 'status' | 'createdAt' | 'updatedAt'> & {
  status?: PhotoStatus;
  createdAt?: Timestamp;
};

export type PhotoStatusInput =
  | { state: 'pending' }
  | { state: 'accepted'; at?: Timestamp }
  | { state: 'rejected'; reason: string; at?: Timestamp };

export interface Assignment {
  orderId: string;
  stageId?: string;
  shotId?: string;
}

const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const time = (t: string) => Date.parse(t);

const originKey = (o: PhotoOrigin) =>
  [o.source, o.messageId ?? '', o.fileName, o.messageId ? '' : o.receivedAt].join('\u0000');

/** Old origins plus new ones not seen yet, oldest first (the contract: the first is the oldest). */
function mergeOrigins(old: PhotoOrigin[], added: PhotoOrigin[]): PhotoOrigin[] {
  const seen = new Set(old.map(originKey));
  const fresh = added.filter((o) => !seen.has(originKey(o)) && seen.add(originKey(o)));
  return [...old, ...fresh].sort((a, b) => time(a.receivedAt) - time(b.receivedAt));
}

/** The newer analysis wins, unless only the older one got as far as the pixels (e.g. measured in a page). */
function pickReport(old: PhotoReport, next: PhotoReport): PhotoReport {
  return old.pixels?.ok && !next.pixels?.ok ? old : next;
}

function merge(old: PhotoRecord, input: PhotoInput, at: Timestamp): PhotoRecord {
  const setsAssignment =
    input.orderId !== undefined || input.stageId !== undefined || input.shotId !== undefined;
  const assignment = setsAssignment ? input : old;
  const createdAt =
    input.createdAt && time(input.createdAt) < time(old.createdAt) ? input.createdAt : old.createdAt;
  return compact({
    sha256: old.sha256,
    dHash: input.dHash ?? old.dHash,
    report: pickReport(old.report, input.report),
    origins: mergeOrigins(old.origins, input.origins),
    orderId: assignment.orderId,
    stageId: assignment.stageId,
    shotId: assignment.shotId,
    status: input.status ?? old.status,
    createdAt,
    updatedAt: at,
  });
}

/** Every store a photo write touches: the record, its thumbnail, the order it is checked against, the counts. */
const PHOTO_WRITE = ['photos', 'orders', 'thumbnails', 'summaries', 'nearBuckets'] as const;
type PhotoTx = Tx<['photos', 'orders', 'thumbnails', 'summaries', 'nearBuckets'], 'readwrite'>;

/** The summaries of the stages the photo left and joined (the same one when only its status changed). */
async function refreshFor(tx: PhotoTx, old: StoredPhoto | undefined, next: PhotoRecord | undefined) {
  const touched = new Map<string, Set<string>>();
  for (const p of [old, next])
    if (p?.orderId !== undefined && p.stageId !== undefined) {
      const set = touched.get(p.orderId) ?? new Set();
      touched.set(p.orderId, set.add(p.stageId));
    }
  for (const [orderId, stageIds] of touched) await refreshStages(tx, orderId, stageIds);
}

/** The record, its thumbnail (when it has one) and its place in the reuse index, then the counts. */
async function putPhoto(tx: PhotoTx, photo: PhotoRecord, old: StoredPhoto | undefined) {
  await tx.objectStore('photos').put(toStoredPhoto(photo));
  if (photo.thumbnail)
    await tx.objectStore('thumbnails').put({ sha256: photo.sha256, blob: photo.thumbnail });
  await updateBuckets(tx, photo.sha256, old && indexedHash(old), indexedHash(photo));
  await refreshFor(tx, old, photo);
}

async function checkAssignment(tx: PhotoTx, photo: PhotoRecord) {
  if (photo.orderId === undefined) return;
  const order = await tx.objectStore('orders').get(photo.orderId);
  const problems = assignmentProblems(photo, 'photo', {
    hasSupplier: () => true,
    hasReferencePhoto: () => true,
    order: () => order,
  });
  if (problems.length) throw validationError('Photo not saved', problems);
}

export interface SaveOptions {
  /**
   * The input's order and stage place only a photo not yet under an order; one already filed keeps its
   * place (filing a mail photo). Decided inside the write, so two messages filing the same photo at once
   * cannot both place it.
   */
  placeIfUnfiled?: boolean;
}

const unplaced = ({ orderId: _o, stageId: _s, shotId: _h, ...rest }: PhotoInput): PhotoInput => rest;

/**
 * Insert or merge by sha256: origins are appended (oldest first), the earliest createdAt is kept,
 * and assignment, status, dHash and thumbnail are kept unless this call sets them. The record returned
 * carries the thumbnail only when this call gave one.
 */
export async function savePhoto(
  store: Store,
  input: PhotoInput,
  options: SaveOptions = {},
): Promise<PhotoRecord> {
  const at = now();
  const asGiven = compact({
    ...input,
    status: input.status ?? { state: 'pending' },
    createdAt: input.createdAt ?? at,
    updatedAt: at,
  });
  assertValid(validatePhoto, asGiven, 'photo', 'Photo not saved');
  const fresh = { ...asGiven, origins: mergeOrigins([], asGiven.origins) };
  return write(store, [...PHOTO_WRITE], async (tx) => {
    const photos = tx.objectStore('photos');
    const old = await photos.get(input.sha256);
    const keep = old?.orderId !== undefined && options.placeIfUnfiled;
    const merged = old ? merge(fromStoredPhoto(old), keep ? unplaced(input) : input, at) : fresh;
    const next = input.thumbnail ? { ...merged, thumbnail: input.thumbnail } : merged;
    assertValid(validatePhoto, next, 'photo', 'Photo not saved');
    if (!old || next.orderId !== old.orderId || next.stageId !== old.stageId || next.shotId !== old.shotId)
      await checkAssignment(tx, next);
    await putPhoto(tx, next, old);
    return next;
  });
}

/** A photo `savePhotos` could not save (the others of its batch are saved). */
export interface PhotoRefused {
  sha256: string;
  problem: string;
}

/**
 * Records pulled from the team, saved as savePhoto saves each (origins merged, the same checks) but with
 * their assignment as given (unset: unfiled), in one transaction: the reuse index and each touched
 * stage's summary written once for the batch, not once a photo. A photo that fails its checks is left
 * out and returned with why.
 */
export async function savePhotos(store: Store, inputs: readonly PhotoInput[]): Promise<PhotoRefused[]> {
  const at = now();
  return write(store, [...PHOTO_WRITE], async (tx) => {
    const refused: PhotoRefused[] = [];
    const buckets: Parameters<typeof updateBucketsMany>[1][number][] = [];
    const touched = new Map<string, Set<string>>();
    const touch = (p: Pick<PhotoRecord, 'orderId' | 'stageId'> | undefined) => {
      if (p?.orderId === undefined || p.stageId === undefined) return;
      touched.set(p.orderId, (touched.get(p.orderId) ?? new Set()).add(p.stageId));
    };
    for (const input of inputs) {
      const old = await tx.objectStore('photos').get(input.sha256);
      const given = compact({
        ...input,
        status: input.status ?? { state: 'pending' },
        createdAt: input.createdAt ?? at,
        updatedAt: at,
      });
      const merged = old
        ? merge(fromStoredPhoto(old), input, at)
        : { ...given, origins: mergeOrigins([], given.origins) };
      const { orderId, stageId, shotId } = input;
      const next = compact({ ...merged, orderId, stageId, shotId });
      try {
        assertValid(validatePhoto, given, 'photo', 'Photo not saved');
        assertValid(validatePhoto, next, 'photo', 'Photo not saved');
        await checkAssignment(tx, next);
      } catch (e) {
        refused.push({ sha256: input.sha256, problem: e instanceof Error ? e.message : String(e) });
        continue;
      }
      await tx.objectStore('photos').put(toStoredPhoto(next));
      if (input.thumbnail)
        await tx.objectStore('thumbnails').put({ sha256: next.sha256, blob: input.thumbnail });
      buckets.push({ sha256: next.sha256, oldHash: old && indexedHash(old), newHash: indexedHash(next) });
      touch(old);
      touch(next);
    }
    await updateBucketsMany(tx, buckets);
    for (const [orderId, stageIds] of touched) await refreshStages(tx, orderId, stageIds);
    return refused;
  });
}

async function updatePhoto(store: Store, sha256: string, change: (p: PhotoRecord) => PhotoRecord) {
  return write(store, [...PHOTO_WRITE], async (tx) => {
    const old = await tx.objectStore('photos').get(sha256);
    if (!old) throw notFound('Photo', sha256);
    const next = compact({ ...change(fromStoredPhoto(old)), updatedAt: now() });
    assertValid(validatePhoto, next, 'photo', 'Photo not saved');
    await checkAssignment(tx, next);
    await putPhoto(tx, next, old);
    return next;
  });
}

/** Assign to an order (and stage, and shot), or clear the assignment with null. */
export function setPhotoAssignment(
  store: Store,
  sha256: string,
  assignment: Assignment | null,
): Promise<PhotoRecord> {
  return updatePhoto(store, sha256, ({ orderId: _o, stageId: _s, shotId: _h, ...rest }) => ({
    ...rest,
    ...(assignment && {
      orderId: assignment.orderId,
      stageId: assignment.stageId,
      shotId: assignment.shotId,
    }),
  }));
}

export function setPhotoStatus(store: Store, sha256: string, status: PhotoStatusInput): Promise<PhotoRecord> {
  const full: PhotoStatus =
    status.state === 'pending' ? { state: 'pending' } : { ...status, at: status.at ?? now() };
  return updatePhoto(store, sha256, (p) => ({ ...p, status: full }));
}

/** One photo with its thumbnail. */
export async function getPhoto(store: Store, sha256: string): Promise<PhotoRecord | undefined> {
  const [stored, thumb] = await read(store, ['photos', 'thumbnails'], (tx) =>
    Promise.all([tx.objectStore('photos').get(sha256), tx.objectStore('thumbnails').get(sha256)]),
  );
  return stored && withThumbnail(fromStoredPhoto(stored), thumb?.blob);
}

/** One photo's record without its thumbnail (team sync compares records, not pictures). */
export async function getPhotoRecord(store: Store, sha256: string): Promise<PhotoRecord | undefined> {
  const stored = await read(store, ['photos'], (tx) => tx.objectStore('photos').get(sha256));
  return stored && fromStoredPhoto(stored);
}

const withThumbnail = (p: PhotoRecord, blob: Blob | undefined): PhotoRecord =>
  blob ? { ...p, thumbnail: blob } : p;

/** Thumbnails by photo, for the pictures a page is about to show; photos without one are left out. */
export async function getThumbnails(store: Store, sha256s: readonly string[]): Promise<Map<string, Blob>> {
  const ids = [...new Set(sha256s)];
  const found = await read(store, ['thumbnails'], (tx) =>
    Promise.all(ids.map((id) => tx.objectStore('thumbnails').get(id))),
  );
  return new Map(found.flatMap((t) => (t ? [[t.sha256, t.blob] as const] : [])));
}

const oldestFirst = (a: PhotoRecord, b: PhotoRecord) => time(a.createdAt) - time(b.createdAt);

/**
 * An order's photos, or one stage's, without thumbnails: a page asks for the pictures it shows
 * (getThumbnails). At 200,000 photos a stage's 40 thumbnails cost 30-40 ms to read, most of its checklist.
 */
export async function photosForOrder(
  store: Store,
  orderId: string,
  stageId?: string,
): Promise<PhotoRecord[]> {
  const found = await read(store, ['photos'], async (tx) => {
    const photos = tx.objectStore('photos');
    const stored =
      stageId === undefined
        ? await photos.index('orderId').getAll(orderId)
        : await photos.index('orderStage').getAll([orderId, stageId]);
    return stored.map(fromStoredPhoto);
  });
  return found.sort(oldestFirst);
}

/** Every photo record, without thumbnails (see getThumbnails). */
export async function listPhotos(store: Store): Promise<PhotoRecord[]> {
  const stored = await read(store, ['photos'], (tx) => tx.objectStore('photos').getAll());
  return stored.map(fromStoredPhoto);
}

/** Photos with exactly this dHash (the same picture, resized or re-encoded). */
export async function photosByDHash(store: Store, dHash: string): Promise<PhotoRecord[]> {
  const stored = await read(store, ['photos'], (tx) => tx.objectStore('photos').index('dHash').getAll(dHash));
  return stored.map(fromStoredPhoto).sort(oldestFirst);
}

/** A filed photo near one asked about, and how many bits apart their dHashes are. */
export interface NearPhoto {
  photo: PhotoRecord;
  distance: number;
}

const nearestFirst = (a: NearPhoto, b: NearPhoto) => a.distance - b.distance || oldestFirst(a.photo, b.photo);

/** The records of the reuse index's hits (sha256 → distance): those in `held` as given, the others read. */
async function nearRecords(
  tx: Tx<['photos', 'nearBuckets'], 'readonly'>,
  hits: Map<string, number>,
  held: Map<string, PhotoRecord>,
): Promise<NearPhoto[]> {
  const missing = [...hits.keys()].filter((sha) => !held.has(sha));
  const stored = await Promise.all(missing.map((sha) => tx.objectStore('photos').get(sha)));
  const records = stored.flatMap((r) => (r ? [fromStoredPhoto(r)] : []));
  const given = [...hits.keys()].flatMap((sha) => held.get(sha) ?? []);
  return [...given, ...records]
    .map((photo) => ({ photo, distance: hits.get(photo.sha256)! }))
    .sort(nearestFirst);
}

/**
 * Photos within `maxBits` of this dHash (or of any of these), nearest first: from the reuse index
 * (utils/store/near-buckets), reading only the buckets that can hold one, never every photo. `known`:
 * records the caller has just read (an order's own photos, each its own nearest); they are answered as
 * given, not read again.
 */
export async function photosNearDHash(
  store: Store,
  dHash: string | string[],
  maxBits: number,
  known: Iterable<PhotoRecord> = [],
): Promise<NearPhoto[]> {
  const hashes = typeof dHash === 'string' ? [dHash] : dHash;
  if (!hashes.length) return [];
  const held = new Map([...known].map((p) => [p.sha256, p]));
  return read(store, ['photos', 'nearBuckets'], async (tx) =>
    nearRecords(tx, await nearInBuckets(tx, hashes, maxBits), held),
  );
}

/** What the store already holds of one photo: the same file, filed; other photos near it. */
export interface PhotoReuse {
  filed?: PhotoRecord;
  near: NearPhoto[];
}

/**
 * The reuse check of one photo about to be filed: its own record, if the same file was filed before
 * (its origins say where), and every other filed photo within `maxBits` of its dHash, nearest first.
 * One transaction, the record and the reuse index asked for together: at 200,000 photos a request into
 * the database costs a few ms (measured: 5-7 ms median, against 8-13 for the record and the near query
 * each in its own transaction; `npm run bench -- store`).
 */
export async function reuseOfPhoto(
  store: Store,
  photo: { sha256: string; dHash?: string },
  maxBits: number,
): Promise<PhotoReuse> {
  return read(store, ['photos', 'nearBuckets'], async (tx) => {
    // Both requests in flight before either is awaited.
    const same = tx.objectStore('photos').get(photo.sha256);
    const near = photo.dHash ? nearInBuckets(tx, [photo.dHash], maxBits) : new Map<string, number>();
    const [stored, hits] = await Promise.all([same, near]);
    hits.delete(photo.sha256);
    const filed = stored && fromStoredPhoto(stored);
    return { ...(filed ? { filed } : {}), near: await nearRecords(tx, hits, new Map()) };
  });
}

/** The reuse index made ready for queries ahead of them (utils/store/near-buckets warmNearBuckets). */
export function warmReuseIndex(store: Store): Promise<void> {
  return read(store, ['nearBuckets'], (tx) => warmNearBuckets(tx));
}

/** A message's photo records, without thumbnails: the mail panel asks for a picture when it shows one. */
export async function photosByMessage(store: Store, messageId: string): Promise<PhotoRecord[]> {
  const stored = await read(store, ['photos'], (tx) =>
    tx.objectStore('photos').index('messageId').getAll(messageId),
  );
  return stored.map(fromStoredPhoto).sort(oldestFirst);
}

async function removePhoto(tx: PhotoTx, sha256: string): Promise<boolean> {
  const old = await tx.objectStore('photos').get(sha256);
  await tx.objectStore('photos').delete(sha256);
  await tx.objectStore('thumbnails').delete(sha256);
  if (old) await updateBuckets(tx, sha256, indexedHash(old), undefined);
  await refreshFor(tx, old, undefined);
  return old !== undefined;
}

export function deletePhoto(store: Store, sha256: string): Promise<boolean> {
  return write(store, [...PHOTO_WRITE], (tx) => removePhoto(tx, sha256));
}

/** Frees space when storage is full: deletes photos first saved before `before`. Returns how many. */
export function deletePhotosCreatedBefore(store: Store, before: Timestamp): Promise<number> {
  const cutoff = time(before);
  return write(store, [...PHOTO_WRITE], async (tx) => {
    const photos = tx.objectStore('photos');
    const doomed: string[] = [];
    let cursor = await photos.index('createdAt').openKeyCursor();
    while (cursor) {
      if (time(cursor.key) < cutoff) doomed.push(cursor.primaryKey);
      cursor = await cursor.continue();
    }
    for (const key of doomed) await removePhoto(tx, key);
    return doomed.length;
  });
}
