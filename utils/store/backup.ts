// Backups: everything in one zip and back. Format 2 (written since 2026-12): manifest.json holds the
// small lists and names the photo parts; each part is a JSON file of up to 2,000 photo records and one
// stored file of their thumbnails, end to end, so no file nears a limit at any size of desk. Format 1
// (every photo in manifest.json, one file per thumbnail) is still read.
// Import checks the whole file before touching the database (reading no image), then writes it in
// bounded transactions, each image read, inflated and checked once; the database is copied aside first
// (backup-journal.ts) and put back if anything fails: all or nothing.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { formatBytes } from '@/utils/format';
import { yieldToMain } from '@/utils/photo/yield';
import type { BackupPlan } from './backup-check';
import {
  BACKUP_BATCH,
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupManifest,
  type BackupPartPhoto,
  type BackupReferencePhoto,
  countsOf,
  EXTENSIONS,
  MANIFEST,
  MB,
  type PhotoPart,
  partName,
} from './backup-format';
import { beginJournal, putAll, recoverInterruptedImport } from './backup-journal';
import { Inflated, readBackup, readPart } from './backup-read';
import { DB_VERSION, STORE_NAMES, type Store } from './db';
import { StoreError, toStoreError } from './errors';
import {
  fromStoredOrder,
  fromStoredPhoto,
  SETTINGS_KEY,
  type StoredPhoto,
  type StoredThumbnail,
  toStoredOrder,
  toStoredPhoto,
} from './stored';
import { rebuildSummaries } from './summaries';
import { now, read, write } from './tx';
import type { PhotoRecord } from './types';

// The format's names, limits and types, and the reading, from their own modules (one public module here).
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupManifest,
  type BackupPartPhoto,
  type BackupPhoto,
  backupFileName,
  type LegacyBackupManifest,
} from './backup-format';
export { readBackup } from './backup-read';

// ---- export ----

export async function exportBackup(store: Store): Promise<Blob> {
  // One read transaction: a consistent snapshot even while other tabs write.
  const data = await read(store, [...STORE_NAMES], async (tx) => ({
    suppliers: await tx.objectStore('suppliers').getAll(),
    orders: (await tx.objectStore('orders').getAll()).map(fromStoredOrder),
    templates: await tx.objectStore('templates').getAll(),
    referencePhotos: await tx.objectStore('referencePhotos').getAll(),
    photos: await withThumbnails(
      await tx.objectStore('photos').getAll(),
      await tx.objectStore('thumbnails').getAll(),
    ),
    settings: (await tx.objectStore('settings').get(SETTINGS_KEY)) ?? null,
    requests: await tx.objectStore('requests').getAll(),
    threads: await tx.objectStore('threads').getAll(),
  }));

  const writer = new ZipWriter();
  const referencePhotos: BackupReferencePhoto[] = [];
  const refFiles: { name: string; blob: Blob }[] = [];
  for (const { blob, ...meta } of data.referencePhotos) {
    const file = `reference-photos/${meta.id}.${EXTENSIONS[blob.type] ?? 'bin'}`;
    refFiles.push({ name: file, blob });
    referencePhotos.push({ ...meta, file, type: blob.type });
  }

  // Parts cut by count and by thumbnail bytes, so each of its two files stays far below the limits.
  const parts: { photos: PhotoRecord[]; bytes: number }[] = [];
  for (const p of data.photos) {
    const size = p.thumbnail?.size ?? 0;
    const last = parts.at(-1);
    if (
      !last ||
      last.photos.length >= BACKUP_BATCH.partPhotos ||
      (last.bytes + size > BACKUP_BATCH.partThumbnailBytes && last.photos.length > 0)
    )
      parts.push({ photos: [p], bytes: size });
    else {
      last.photos.push(p);
      last.bytes += size;
    }
  }
  const photoParts: PhotoPart[] = parts.map((part, i) => ({
    records: partName('photos', i, 'json'),
    ...(part.bytes > 0 ? { thumbnails: partName('thumbnails', i, 'bin') } : {}),
    count: part.photos.length,
  }));

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now(),
    dbVersion: DB_VERSION,
    counts: countsOf(data),
    suppliers: data.suppliers,
    orders: data.orders,
    templates: data.templates,
    settings: data.settings,
    requests: data.requests,
    referencePhotos,
    threads: data.threads,
    photoParts,
  };
  writer.deflated(MANIFEST, json(manifest));
  for (const { name, blob } of refFiles) await writer.stored(name, [blob]);
  for (const [i, part] of parts.entries()) {
    const records = part.photos.map(
      ({ thumbnail, ...record }): BackupPartPhoto =>
        thumbnail ? { ...record, thumbnailBytes: thumbnail.size } : record,
    );
    writer.deflated(photoParts[i].records, json(records));
    const thumbnails = part.photos.flatMap((p) => (p.thumbnail ? [p.thumbnail] : []));
    if (thumbnails.length) await writer.stored(photoParts[i].thumbnails!, thumbnails);
  }
  return writer.end();
}

/** Records with their thumbnails, matched by sha256 (both stores read whole, in key order). */
function withThumbnails(stored: StoredPhoto[], thumbnails: StoredThumbnail[]): PhotoRecord[] {
  const bySha = new Map(thumbnails.map((t) => [t.sha256, t.blob]));
  return stored.map((p) => {
    const photo = fromStoredPhoto(p);
    const thumbnail = bySha.get(p.sha256);
    return thumbnail ? { ...photo, thumbnail } : photo;
  });
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 1));

/**
 * fflate's streaming Zip, its output gathered into Blobs every few megabytes: the browser keeps (and
 * may page out) the Blobs, so a backup of any size does not sit in the page's memory as arrays.
 */
class ZipWriter {
  private readonly blobs: Blob[] = [];
  private chunks: Uint8Array<ArrayBuffer>[] = [];
  private pending = 0;
  private written = 0;
  private failure: Error | null = null;
  private readonly zip = new Zip((err, chunk) => {
    if (err) this.failure = err;
    else {
      this.chunks.push(chunk);
      this.pending += chunk.length;
      this.written += chunk.length;
    }
  });

  private flush(force = false) {
    if (this.failure) throw this.failure;
    if (this.written > BACKUP_LIMITS.zipBytes - 1024 * 1024) {
      throw new StoreError(
        'unavailable',
        `This desk is too large for one backup file (over ${formatBytes(BACKUP_LIMITS.zipBytes)}, the most a zip without ZIP64 holds). Delete photos you no longer need, then export again.`,
      );
    }
    if (!force && this.pending < 8 * MB) return;
    this.blobs.push(new Blob(this.chunks));
    this.chunks = [];
    this.pending = 0;
  }

  deflated(name: string, bytes: Uint8Array) {
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    entry.push(bytes, true);
    this.flush();
  }

  /** Images stored as they are (they don't compress), one after another in one entry. */
  async stored(name: string, blobs: Blob[]) {
    const entry = new ZipPassThrough(name);
    this.zip.add(entry);
    if (!blobs.length) entry.push(new Uint8Array(0), true);
    for (const [i, blob] of blobs.entries()) {
      entry.push(new Uint8Array(await blob.arrayBuffer()), i === blobs.length - 1);
      this.flush();
      if (i % 64 === 63) await yieldToMain();
    }
    await yieldToMain();
  }

  end(): Blob {
    this.zip.end();
    try {
      this.flush(true);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError('unavailable', `The backup could not be written (${(e as Error).message}).`);
    }
    return new Blob(this.blobs, { type: 'application/zip' });
  }
}

// ---- import: writing ----

/** Puts records in transactions of bounded count and bytes. */
class BatchWriter {
  private batch: { name: (typeof STORE_NAMES)[number]; value: unknown; key?: string }[] = [];
  private bytes = 0;
  constructor(private readonly store: Store) {}

  async put(name: (typeof STORE_NAMES)[number], value: unknown, bytes = 0, key?: string) {
    if (
      this.batch.length >= BACKUP_BATCH.records ||
      (this.bytes + bytes > BACKUP_BATCH.bytes && this.batch.length > 0)
    )
      await this.flush();
    this.batch.push({ name, value, key });
    this.bytes += bytes;
  }

  /** The record and its thumbnail, each in its own store (schema v4). */
  async putPhoto(photo: PhotoRecord) {
    await this.put('photos', toStoredPhoto(photo));
    if (photo.thumbnail)
      await this.put('thumbnails', { sha256: photo.sha256, blob: photo.thumbnail }, photo.thumbnail.size);
  }

  async flush() {
    if (!this.batch.length) return;
    const batch = this.batch;
    this.batch = [];
    this.bytes = 0;
    await write(this.store, [...STORE_NAMES], async (tx) => {
      await putAll(
        batch.map(
          ({ name, value, key }) =>
            () =>
              key === undefined
                ? tx.objectStore(name).put(value as never)
                : tx.objectStore(name).put(value as never, key as never),
        ),
      );
    });
  }
}

async function writePlan(store: Store, plan: BackupPlan): Promise<void> {
  const m = plan.manifest;
  const inflated = new Inflated();
  await write(store, [...STORE_NAMES], async (tx) => {
    await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
  });
  const out = new BatchWriter(store);
  for (const r of m.suppliers) await out.put('suppliers', r);
  for (const r of m.orders) await out.put('orders', toStoredOrder(r));
  for (const r of m.templates) await out.put('templates', r);
  for (const r of m.requests) await out.put('requests', r);
  for (const r of m.threads) await out.put('threads', r);
  if (m.settings) await out.put('settings', m.settings, 0, SETTINGS_KEY);
  for (const { file, type, ...meta } of m.referencePhotos) {
    const bytes = await inflated.read(plan.zip, plan.zip.entries.get(file)!);
    await out.put(
      'referencePhotos',
      { ...meta, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }) },
      bytes.length,
    );
  }
  if (plan.legacyPhotos) {
    for (const { thumbnailFile, ...record } of plan.legacyPhotos) {
      let photo: PhotoRecord = record;
      if (thumbnailFile) {
        const bytes = await inflated.read(plan.zip, plan.zip.entries.get(thumbnailFile)!);
        photo = {
          ...record,
          thumbnail: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }),
        };
      }
      await out.putPhoto(photo);
    }
  }
  for (const part of plan.photoParts ?? []) {
    const photos = await readPart(plan.zip, part, inflated);
    const pack = part.thumbnails
      ? await inflated.read(plan.zip, plan.zip.entries.get(part.thumbnails)!)
      : undefined;
    let at = 0;
    for (const { thumbnailBytes, ...record } of photos) {
      let photo: PhotoRecord = record;
      if (thumbnailBytes && pack) {
        // A copy, not a view: the Blob must not keep the whole part's bytes alive.
        photo = {
          ...record,
          thumbnail: new Blob([pack.slice(at, at + thumbnailBytes)], { type: 'image/jpeg' }),
        };
        at += thumbnailBytes;
      }
      await out.putPhoto(photo);
    }
    await yieldToMain();
  }
  await out.flush();
  // The counts of what was imported, from the records just written (the desk reads them, not photos).
  await write(store, ['photos', 'orders', 'requests', 'summaries', 'nearBuckets'], (tx) =>
    rebuildSummaries(tx),
  );
}

export interface ImportOptions {
  mode?: 'replace';
  /** Where the journal database is made (tests: fake-indexeddb); the browser's by default. */
  indexedDB?: IDBFactory;
}

/**
 * Replace everything with the backup's contents, all or nothing. Any problem with the file is a
 * StoreError ('validation', or 'version' for a newer backup) and the database is left as it was; so is
 * any failure while writing (a full disk): the copy made first is put back.
 */
export async function importBackup(
  store: Store,
  file: Blob,
  options: ImportOptions = {},
): Promise<BackupCounts> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  await recoverInterruptedImport(store, factory);
  const plan = await readBackup(file);
  const journal = await beginJournal(store, factory);
  try {
    await writePlan(store, plan);
  } catch (e) {
    try {
      await journal.rollBack();
    } catch (again) {
      throw new StoreError(
        'unavailable',
        `The backup could not be imported, and putting your data back failed too (${(again as Error)?.message ?? again}). Your data is kept aside: close every Photo Triage page, then open the Backup page to restore it.`,
        { cause: e },
      );
    }
    throw e instanceof StoreError ? e : toStoreError(e);
  }
  await journal.finish();
  return plan.counts;
}

export { recoverInterruptedImport };

/** Delete everything (the options page's "start over"; tests' wipe). */
export function clearAll(store: Store): Promise<void> {
  return write(store, [...STORE_NAMES], async (tx) => {
    await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
  });
}

/** How many records each store holds. */
export function countAll(store: Store): Promise<BackupCounts> {
  return read(store, [...STORE_NAMES], async (tx) => ({
    suppliers: await tx.objectStore('suppliers').count(),
    orders: await tx.objectStore('orders').count(),
    templates: await tx.objectStore('templates').count(),
    referencePhotos: await tx.objectStore('referencePhotos').count(),
    photos: await tx.objectStore('photos').count(),
    requests: await tx.objectStore('requests').count(),
    settings: await tx.objectStore('settings').count(),
    threads: await tx.objectStore('threads').count(),
  }));
}
