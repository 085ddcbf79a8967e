// Every photo ever checked, by SHA-256. Saving merges with what is there inside one readwrite
// transaction: IndexedDB runs overlapping readwrite transactions one after the other, so two tabs
// saving the same photo at once both keep their origin.
import { hammingDistance } from '@/utils/photo/pixel-metrics';
import type { PhotoReport } from '@/utils/photo/types';
import type { Store } from './db';
import { validationError } from './errors';
import { fromStoredPhoto, toStoredPhoto } from './stored';
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
    thumbnail: input.thumbnail ?? old.thumbnail,
    createdAt,
    updatedAt: at,
  });
}

async function checkAssignment(tx: Tx<['photos', 'orders'], 'readwrite'>, photo: PhotoRecord) {
  if (photo.orderId === undefined) return;
  const order = await tx.objectStore('orders').get(photo.orderId);
  const problems = assignmentProblems(photo, 'photo', {
    hasSupplier: () => true,
    hasReferencePhoto: () => true,
    order: () => order,
  });
  if (problems.length) throw validationError('Photo not saved', problems);
}

/**
 * Insert or merge by sha256: origins are appended (oldest first), the earliest createdAt is kept,
 * and assignment, status, dHash and thumbnail are kept unless this call sets them.
 */
export async function savePhoto(store: Store, input: PhotoInput): Promise<PhotoRecord> {
  const at = now();
  const asGiven = compact({
    ...input,
    status: input.status ?? { state: 'pending' },
    createdAt: input.createdAt ?? at,
    updatedAt: at,
  });
  assertValid(validatePhoto, asGiven, 'photo', 'Photo not saved');
  const fresh = { ...asGiven, origins: mergeOrigins([], asGiven.origins) };
  return write(store, ['photos', 'orders'], async (tx) => {
    const photos = tx.objectStore('photos');
    const old = await photos.get(input.sha256);
    const next = old ? merge(fromStoredPhoto(old), input, at) : fresh;
    assertValid(validatePhoto, next, 'photo', 'Photo not saved');
    if (!old || next.orderId !== old.orderId || next.stageId !== old.stageId || next.shotId !== old.shotId)
      await checkAssignment(tx, next);
    await photos.put(toStoredPhoto(next));
    return next;
  });
}

async function updatePhoto(store: Store, sha256: string, change: (p: PhotoRecord) => PhotoRecord) {
  return write(store, ['photos', 'orders'], async (tx) => {
    const old = await tx.objectStore('photos').get(sha256);
    if (!old) throw notFound('Photo', sha256);
    const next = compact({ ...change(fromStoredPhoto(old)), updatedAt: now() });
    assertValid(validatePhoto, next, 'photo', 'Photo not saved');
    await checkAssignment(tx, next);
    await tx.objectStore('photos').put(toStoredPhoto(next));
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

export async function getPhoto(store: Store, sha256: string): Promise<PhotoRecord | undefined> {
  const stored = await read(store, ['photos'], (tx) => tx.objectStore('photos').get(sha256));
  return stored && fromStoredPhoto(stored);
}

const oldestFirst = (a: PhotoRecord, b: PhotoRecord) => time(a.createdAt) - time(b.createdAt);

export async function photosForOrder(
  store: Store,
  orderId: string,
  stageId?: string,
): Promise<PhotoRecord[]> {
  const stored = await read(store, ['photos'], (tx) => {
    const photos = tx.objectStore('photos');
    return stageId === undefined
      ? photos.index('orderId').getAll(orderId)
      : photos.index('orderStage').getAll([orderId, stageId]);
  });
  return stored.map(fromStoredPhoto).sort(oldestFirst);
}

/** Every photo record (reuse checks, the orders list's counts). Thumbnails are Blob handles, not bytes. */
export async function listPhotos(store: Store): Promise<PhotoRecord[]> {
  const stored = await read(store, ['photos'], (tx) => tx.objectStore('photos').getAll());
  return stored.map(fromStoredPhoto);
}

/** Photos with exactly this dHash (the same picture, resized or re-encoded). */
export async function photosByDHash(store: Store, dHash: string): Promise<PhotoRecord[]> {
  const stored = await read(store, ['photos'], (tx) => tx.objectStore('photos').index('dHash').getAll(dHash));
  return stored.map(fromStoredPhoto).sort(oldestFirst);
}

/**
 * Photos within `maxBits` of this dHash (or of any of these), nearest first. One walk over the index
 * keys, not the records, however many hashes are asked about.
 */
export async function photosNearDHash(
  store: Store,
  dHash: string | string[],
  maxBits: number,
): Promise<{ photo: PhotoRecord; distance: number }[]> {
  const hashes = typeof dHash === 'string' ? [dHash] : dHash;
  if (!hashes.length) return [];
  const found = await read(store, ['photos'], async (tx) => {
    const photos = tx.objectStore('photos');
    const hits: { sha256: string; distance: number }[] = [];
    let cursor = await photos.index('dHash').openKeyCursor();
    while (cursor) {
      const key = cursor.key;
      const distance = Math.min(...hashes.map((h) => hammingDistance(key, h)));
      if (distance <= maxBits) hits.push({ sha256: cursor.primaryKey, distance });
      cursor = await cursor.continue();
    }
    const out: { photo: PhotoRecord; distance: number }[] = [];
    for (const hit of hits) {
      const stored = await photos.get(hit.sha256);
      if (stored) out.push({ photo: fromStoredPhoto(stored), distance: hit.distance });
    }
    return out;
  });
  return found.sort((a, b) => a.distance - b.distance);
}

export async function photosByMessage(store: Store, messageId: string): Promise<PhotoRecord[]> {
  const stored = await read(store, ['photos'], (tx) =>
    tx.objectStore('photos').index('messageId').getAll(messageId),
  );
  return stored.map(fromStoredPhoto).sort(oldestFirst);
}

export function deletePhoto(store: Store, sha256: string): Promise<boolean> {
  return write(store, ['photos'], async (tx) => {
    const existed = (await tx.objectStore('photos').getKey(sha256)) !== undefined;
    await tx.objectStore('photos').delete(sha256);
    return existed;
  });
}

/** Frees space when storage is full: deletes photos first saved before `before`. Returns how many. */
export function deletePhotosCreatedBefore(store: Store, before: Timestamp): Promise<number> {
  const cutoff = time(before);
  return write(store, ['photos'], async (tx) => {
    const photos = tx.objectStore('photos');
    const doomed: string[] = [];
    // Keys only: walking the records would load every thumbnail.
    let cursor = await photos.index('createdAt').openKeyCursor();
    while (cursor) {
      if (time(cursor.key) < cutoff) doomed.push(cursor.primaryKey);
      cursor = await cursor.continue();
    }
    for (const key of doomed) await photos.delete(key);
    return doomed.length;
  });
}
