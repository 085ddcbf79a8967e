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
import { ZipError } from '@/utils/photo/zip';
import { beginJournal, putAll, recoverInterruptedImport } from './backup-journal';
import { BackupZip, type BackupZipEntry } from './backup-zip';
import { DB_VERSION, STORE_NAMES, type Store } from './db';
import { StoreError, toStoreError, validationError } from './errors';
import {
  fromStoredOrder,
  fromStoredPhoto,
  SETTINGS_KEY,
  type StoredPhoto,
  type StoredSettings,
  type StoredThumbnail,
  toStoredOrder,
  toStoredPhoto,
} from './stored';
import { rebuildSummaries } from './summaries';
import { now, read, write } from './tx';
import type {
  Order,
  PhotoRecord,
  ReferencePhoto,
  RequestLogEntry,
  ShotListTemplate,
  Supplier,
  ThreadOrder,
} from './types';
import {
  assignmentProblems,
  orderRefProblems,
  type RefIndex,
  supplierClashProblems,
  templateRefProblems,
  threadRefProblems,
  type Validator,
  validateOrder,
  validatePhoto,
  validateReferencePhoto,
  validateRequest,
  validateSettings,
  validateShotListTemplate,
  validateSupplier,
  validateThread,
} from './validate';

export const BACKUP_FORMAT = 'photo-triage-backup';
export const BACKUP_VERSION = 2;
const MANIFEST = 'manifest.json';
const MB = 1024 * 1024;

export const BACKUP_LIMITS = {
  // The orders travel in the manifest: 5,000 orders from the built-in templates measured 75 MB.
  manifestBytes: 256 * MB,
  fileBytes: 50 * MB,
  /** What all files expand to, together (declared, and counted again as they are read). */
  totalBytes: 4096 * MB,
  /** Images barely compress; a deflated entry expanding more than this is a bomb. */
  maxRatio: 100,
  /** A zip without ZIP64 holds at most 65,535 files, and ends before 4 GiB. */
  maxEntries: 0xfffe,
  zipBytes: 0xffffffff,
};

/** How export cuts the photos into parts, and how import batches its writes. */
export const BACKUP_BATCH = {
  partPhotos: 2_000,
  partThumbnailBytes: 32 * MB,
  /** One transaction: at most this many records… */
  records: 500,
  /** …and this many bytes of images. */
  bytes: 16 * MB,
};

export interface BackupCounts {
  suppliers: number;
  orders: number;
  templates: number;
  referencePhotos: number;
  photos: number;
  requests: number;
  settings: number;
  /** Absent from backups made before schema 2; import reads that as 0. */
  threads: number;
}

/** A photo in format 1: its thumbnail a file of its own. */
export type BackupPhoto = Omit<PhotoRecord, 'thumbnail'> & { thumbnailFile?: string };
/** A photo in format 2: its thumbnail the next `thumbnailBytes` bytes of its part's thumbnail file. */
export type BackupPartPhoto = Omit<PhotoRecord, 'thumbnail'> & { thumbnailBytes?: number };
export type BackupReferencePhoto = Omit<ReferencePhoto, 'blob'> & { file: string; type: string };

/** One part of the photos (format 2): its records, and its thumbnails end to end. */
export interface PhotoPart {
  records: string;
  thumbnails?: string;
  count: number;
}

interface ManifestLists {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  dbVersion: number;
  counts: BackupCounts;
  suppliers: Supplier[];
  orders: Order[];
  templates: ShotListTemplate[];
  settings: StoredSettings | null;
  requests: RequestLogEntry[];
  referencePhotos: BackupReferencePhoto[];
  /** Absent from backups made before schema 2; import reads that as []. */
  threads: ThreadOrder[];
}

/** Format 2's manifest.json. */
export interface BackupManifest extends ManifestLists {
  photoParts: PhotoPart[];
}

/** Format 1's manifest.json: every photo in it. */
export interface LegacyBackupManifest extends ManifestLists {
  photos: BackupPhoto[];
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/avif': 'avif',
};

/** `photo-triage-backup-2026-11-26.zip` */
export const backupFileName = (date = new Date()) =>
  `photo-triage-backup-${date.toISOString().slice(0, 10)}.zip`;

const partName = (dir: string, i: number, ext: string) => `${dir}/${String(i + 1).padStart(5, '0')}.${ext}`;

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

function countsOf(d: {
  suppliers: unknown[];
  orders: unknown[];
  templates: unknown[];
  referencePhotos: unknown[];
  photos: unknown[];
  requests: unknown[];
  settings: unknown;
  threads: unknown[];
}): BackupCounts {
  return {
    suppliers: d.suppliers.length,
    orders: d.orders.length,
    templates: d.templates.length,
    referencePhotos: d.referencePhotos.length,
    photos: d.photos.length,
    requests: d.requests.length,
    settings: d.settings ? 1 : 0,
    threads: d.threads.length,
  };
}

// ---- import: reading and checking ----

const refuse = (message: string) =>
  new StoreError('validation', `This backup cannot be imported: ${message}`);

function zipRefusal(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  if (!(e instanceof ZipError)) return refuse(`it could not be read (${(e as Error)?.message ?? e}).`);
  switch (e.reason) {
    case 'not-zip':
      return refuse('the file is not a zip archive. Choose a .zip exported by Photo Triage.');
    case 'corrupt':
      return refuse(`the file is damaged or incomplete. ${e.message} Download or copy it again.`);
    case 'limit':
      return refuse(`it was refused for safety. ${e.message}`);
    default:
      return refuse(`it uses a zip feature Photo Triage cannot read. ${e.message}`);
  }
}

/** Declared sizes and ratios, checked before anything is inflated. */
function checkEntries(entries: Iterable<BackupZipEntry>): void {
  let total = 0;
  for (const e of entries) {
    const limit = e.name === MANIFEST ? BACKUP_LIMITS.manifestBytes : BACKUP_LIMITS.fileBytes;
    if (e.size > limit) {
      throw refuse(
        `“${e.name}” is ${formatBytes(e.size)}; a ${e.name === MANIFEST ? 'manifest' : 'file'} in a backup may be at most ${formatBytes(limit)}.`,
      );
    }
    // Small entries too (over 64 KiB): a thousand 1 MiB bombs are a bomb.
    // JSON compresses far better than images and each file is capped anyway.
    if (
      e.method === 8 &&
      !e.name.endsWith('.json') &&
      e.size > 64 * 1024 &&
      e.size > BACKUP_LIMITS.maxRatio * e.compressedSize
    )
      throw refuse(
        `“${e.name}” is compressed ${Math.round(e.size / Math.max(e.compressedSize, 1))}:1 — a zip bomb, not a photo.`,
      );
    total += e.size;
    if (total > BACKUP_LIMITS.totalBytes)
      throw refuse(`its files would expand to more than ${formatBytes(BACKUP_LIMITS.totalBytes)}.`);
  }
}

/**
 * Every byte inflated during one import, counted as it is produced: a file named by many records would
 * be inflated once per record, so names are also refused when reused (`fileUses`).
 */
class Inflated {
  total = 0;
  async read(zip: BackupZip, entry: BackupZipEntry): Promise<Uint8Array> {
    let bytes: Uint8Array;
    try {
      bytes = await zip.read(entry);
    } catch (e) {
      throw zipRefusal(e);
    }
    this.total += bytes.length;
    if (this.total > BACKUP_LIMITS.totalBytes)
      throw refuse(`its files expand to more than ${formatBytes(BACKUP_LIMITS.totalBytes)}.`);
    return bytes;
  }
}

async function readJson(zip: BackupZip, name: string, inflated: Inflated): Promise<unknown> {
  const entry = zip.entries.get(name)!;
  const bytes = await inflated.read(zip, entry);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw refuse(`${name} is not valid JSON (${(e as Error).message}).`);
  }
}

async function readManifest(zip: BackupZip, inflated: Inflated): Promise<Record<string, unknown>> {
  if (!zip.entries.has(MANIFEST))
    throw refuse('it has no manifest.json, so it is not a Photo Triage backup.');
  const json = await readJson(zip, MANIFEST, inflated);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw refuse('manifest.json does not hold a backup description.');
  const m = json as Record<string, unknown>;
  if (m.format !== BACKUP_FORMAT)
    throw refuse(`it is not a Photo Triage backup (manifest.json says format ${JSON.stringify(m.format)}).`);
  if (typeof m.version !== 'number' || !Number.isInteger(m.version) || m.version < 1)
    throw refuse(`manifest.json has no valid version (${JSON.stringify(m.version)}).`);
  if (m.version > BACKUP_VERSION) {
    throw new StoreError(
      'version',
      `This backup was made by a newer version of Photo Triage (backup format ${m.version}; this version reads up to ${BACKUP_VERSION}). Update the extension, then import it again.`,
    );
  }
  return m;
}

const LISTS = ['suppliers', 'orders', 'templates', 'referencePhotos', 'requests', 'threads'] as const;
type ListName = (typeof LISTS)[number];

/** What makes two records of a list the same record. */
const KEYS: Record<ListName, string> = {
  suppliers: 'id',
  orders: 'id',
  templates: 'id',
  referencePhotos: 'id',
  requests: 'id',
  threads: 'threadId',
};

/**
 * Lists added after backup format 1 shipped (the format did not change: a list it lacks is empty).
 * Only a missing list is read as empty; a list that is there is checked like any other.
 */
const LATER_LISTS: readonly string[] = ['threads'];

const PLACEHOLDER_BLOB = new Blob([]);

/** A manifest entry without its file, checked as the record it will become — by the store's validator. */
function fileRecord(
  key: 'file' | 'thumbnailFile' | 'thumbnailBytes',
  blobKey: string,
  validator: Validator,
  required: boolean,
): Validator {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return validator(v, path);
    const { [key]: file, ...rest } = v as Record<string, unknown>;
    const out: string[] = [];
    if (key === 'thumbnailBytes') {
      if (file !== undefined && !(Number.isInteger(file) && (file as number) > 0))
        out.push(`${path}.${key}: expected a whole number > 0`);
    } else if (file === undefined ? required : typeof file !== 'string')
      out.push(`${path}.${key}: expected a file path`);
    if (key === 'file') {
      const { type, ...record } = rest;
      if (typeof type !== 'string') out.push(`${path}.type: expected a string`);
      return [...out, ...validator({ ...record, [blobKey]: PLACEHOLDER_BLOB }, path)];
    }
    if (Object.hasOwn(rest, blobKey))
      out.push(`${path}.${blobKey}: unexpected in a manifest (thumbnails are files)`);
    return [...out, ...validator({ ...rest, [blobKey]: undefined }, path)];
  };
}

const VALIDATORS: Record<ListName, Validator> = {
  suppliers: validateSupplier,
  orders: validateOrder,
  templates: validateShotListTemplate,
  referencePhotos: fileRecord('file', 'blob', validateReferencePhoto, true),
  requests: validateRequest,
  threads: validateThread,
};
const validateV1Photo = fileRecord('thumbnailFile', 'thumbnail', validatePhoto, false);
const validateV2Photo = fileRecord('thumbnailBytes', 'thumbnail', validatePhoto, false);

/** The most problems listed: a broken backup of 200,000 photos would otherwise say 200,000 things. */
const MAX_PROBLEMS = 100;

class Problems {
  readonly list: string[] = [];
  more = 0;
  add(items: string[]) {
    for (const p of items) {
      if (this.list.length < MAX_PROBLEMS) this.list.push(p);
      else this.more++;
    }
  }
  throwIfAny() {
    if (!this.list.length) return;
    const list = this.more ? [...this.list, `…and ${this.more} more problems`] : this.list;
    throw validationError('This backup cannot be imported', list);
  }
}

/** A backup checked and ready to import: nothing but its JSON has been read. */
export interface BackupPlan {
  version: number;
  exportedAt: string;
  counts: BackupCounts;
  /** The lists, without the photos. */
  manifest: ManifestLists;
  zip: BackupZip;
  /** Format 1: the photos from manifest.json. */
  legacyPhotos?: BackupPhoto[];
  /** Format 2. */
  photoParts?: PhotoPart[];
}

/** Every file named once, and present. */
class FileUses {
  private readonly used = new Set<string>();
  constructor(private readonly zip: BackupZip) {}
  check(name: string, path: string): string[] {
    if (!this.zip.entries.has(name)) return [`${name}: listed in manifest.json but missing from the zip`];
    if (this.used.has(name))
      return [`${path}: “${name}” is already used by another record (each file is one record's)`];
    this.used.add(name);
    return [];
  }
}

function checkLists(m: Record<string, unknown>, problems: Problems): boolean {
  for (const list of LISTS) {
    const items = m[list] === undefined && LATER_LISTS.includes(list) ? [] : m[list];
    if (!Array.isArray(items)) {
      problems.add([`${list}: expected a list`]);
      continue;
    }
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      problems.add(VALIDATORS[list](item, `${list}[${i}]`));
      const key = (item as Record<string, unknown> | null)?.[KEYS[list]];
      if (seen.has(key)) problems.add([`${list}[${i}]: duplicate ${JSON.stringify(key)}`]);
      seen.add(key);
    });
  }
  if (m.settings !== null && m.settings !== undefined) problems.add(validateSettings(m.settings, 'settings'));
  return problems.list.length === 0;
}

function refIndex(d: ManifestLists): RefIndex {
  const suppliers = new Set(d.suppliers.map((x) => x.id));
  const references = new Set(d.referencePhotos.map((x) => x.id));
  const orders = new Map(d.orders.map((o) => [o.id, o]));
  return {
    hasSupplier: (id) => suppliers.has(id),
    hasReferencePhoto: (id) => references.has(id),
    order: (id) => orders.get(id),
  };
}

function listRefProblems(d: ManifestLists, refs: RefIndex, problems: Problems) {
  const owners = new Map<string, Supplier>();
  for (const s of d.suppliers)
    for (const field of ['emails', 'domains'] as const)
      for (const value of s[field]) if (!owners.has(`${field} ${value}`)) owners.set(`${field} ${value}`, s);
  d.suppliers.forEach((s, i) => {
    problems.add(
      supplierClashProblems(s, `suppliers[${i}]`, (field, value) => owners.get(`${field} ${value}`)),
    );
  });
  d.orders.forEach((o, i) => {
    problems.add(orderRefProblems(o, `orders[${i}]`, refs));
  });
  d.templates.forEach((t, i) => {
    problems.add(templateRefProblems(t, `templates[${i}]`, refs));
  });
  d.requests.forEach((r, i) => {
    problems.add(assignmentProblems(r, `requests[${i}]`, refs));
  });
  d.threads.forEach((t, i) => {
    problems.add(threadRefProblems(t, `threads[${i}]`, refs));
  });
}

/** Checks photos one at a time (format 2 reads them part by part): valid, unique, resolving. */
class PhotoChecker {
  private readonly seen = new Set<unknown>();
  count = 0;
  constructor(
    /** Absent when the lists themselves are broken: records are then checked on their own. */
    private readonly refs: RefIndex | undefined,
    private readonly problems: Problems,
    private readonly validator: Validator,
  ) {}
  check(item: unknown): boolean {
    const path = `photos[${this.count++}]`;
    const own = this.validator(item, path);
    const key = (item as Record<string, unknown> | null)?.sha256;
    if (this.seen.has(key)) own.push(`${path}: duplicate ${JSON.stringify(key)}`);
    this.seen.add(key);
    if (!own.length && this.refs) own.push(...assignmentProblems(item as PhotoRecord, path, this.refs));
    this.problems.add(own);
    return own.length === 0;
  }
}

function checkCounts(m: Record<string, unknown>, actual: BackupCounts, problems: Problems) {
  const declared = (m.counts ?? {}) as Record<string, unknown>;
  for (const [key, n] of Object.entries(actual)) {
    // A backup from before a list existed has no count for it either; a list that is there must be counted.
    if (LATER_LISTS.includes(key) && declared[key] === undefined && n === 0) continue;
    if (declared[key] !== n)
      problems.add([`counts.${key}: says ${JSON.stringify(declared[key])} but the manifest holds ${n}`]);
  }
}

const PART_NAME = /^photos\/\d{5}\.json$/;
const PACK_NAME = /^thumbnails\/\d{5}\.bin$/;

/** A part's photos, checked, with the thumbnail bytes adding up to its thumbnail file. */
async function readPart(zip: BackupZip, part: PhotoPart, inflated: Inflated): Promise<BackupPartPhoto[]> {
  const items = await readJson(zip, part.records, inflated);
  if (!Array.isArray(items)) throw refuse(`${part.records}: expected a list of photos`);
  return items as BackupPartPhoto[];
}

/** Everything import checks, without touching the database and without reading any image. Throws StoreError. */
export async function readBackup(file: Blob): Promise<BackupPlan> {
  let zip: BackupZip;
  try {
    zip = await BackupZip.open(file, BACKUP_LIMITS.maxEntries);
  } catch (e) {
    throw zipRefusal(e);
  }
  checkEntries(zip.entries.values());
  const inflated = new Inflated();
  const m = await readManifest(zip, inflated);
  const problems = new Problems();
  if (!checkLists(m, problems)) {
    // Format 1's photos are in the same file: say what is wrong with them too.
    const checker = new PhotoChecker(undefined, problems, validateV1Photo);
    if (m.version === 1 && Array.isArray(m.photos)) for (const p of m.photos) checker.check(p);
    problems.throwIfAny();
  }
  const lists = { ...m, threads: m.threads ?? [] } as unknown as ManifestLists;
  const refs = refIndex(lists);
  listRefProblems(lists, refs, problems);
  const files = new FileUses(zip);
  lists.referencePhotos.forEach((r, i) => {
    problems.add(files.check(r.file, `referencePhotos[${i}].file`));
  });

  const plan: BackupPlan = {
    version: m.version as number,
    exportedAt: String(m.exportedAt),
    counts: undefined as unknown as BackupCounts,
    manifest: lists,
    zip,
  };
  let photoCount = 0;
  if (plan.version === 1) {
    const photos = m.photos;
    if (!Array.isArray(photos)) problems.add(['photos: expected a list']);
    else {
      const checker = new PhotoChecker(refs, problems, validateV1Photo);
      photos.forEach((p, i) => {
        if (checker.check(p) && (p as BackupPhoto).thumbnailFile)
          problems.add(files.check((p as BackupPhoto).thumbnailFile!, `photos[${i}].thumbnailFile`));
      });
      plan.legacyPhotos = photos as BackupPhoto[];
      photoCount = photos.length;
    }
  } else {
    const parts = m.photoParts;
    if (!Array.isArray(parts)) problems.add(['photoParts: expected a list']);
    else {
      parts.forEach((p, i) => {
        const path = `photoParts[${i}]`;
        const part = p as Partial<PhotoPart> | null;
        if (typeof part !== 'object' || part === null || Array.isArray(part)) {
          problems.add([`${path}: expected an object`]);
          return;
        }
        for (const key of Object.keys(part))
          if (!['records', 'thumbnails', 'count'].includes(key))
            problems.add([`${path}.${key}: unknown field`]);
        if (typeof part.records !== 'string' || !PART_NAME.test(part.records))
          problems.add([`${path}.records: expected a file like photos/00001.json`]);
        else problems.add(files.check(part.records, `${path}.records`));
        if (part.thumbnails !== undefined) {
          if (typeof part.thumbnails !== 'string' || !PACK_NAME.test(part.thumbnails))
            problems.add([`${path}.thumbnails: expected a file like thumbnails/00001.bin`]);
          else problems.add(files.check(part.thumbnails, `${path}.thumbnails`));
        }
        if (!Number.isInteger(part.count) || (part.count as number) < 0)
          problems.add([`${path}.count: expected a whole number ≥ 0`]);
      });
      problems.throwIfAny();
      // The records, read and checked part by part; the thumbnails are not read until import.
      const checker = new PhotoChecker(refs, problems, validateV2Photo);
      for (const [i, part] of (parts as PhotoPart[]).entries()) {
        const photos = await readPart(zip, part, inflated);
        if (photos.length !== part.count)
          problems.add([
            `photoParts[${i}].count: says ${part.count} but ${part.records} holds ${photos.length}`,
          ]);
        let bytes = 0;
        for (const p of photos) if (checker.check(p)) bytes += p.thumbnailBytes ?? 0;
        const pack = part.thumbnails ? zip.entries.get(part.thumbnails)!.size : 0;
        if (bytes !== pack)
          problems.add([
            `photoParts[${i}]: its photos' thumbnails add up to ${bytes} bytes but ${part.thumbnails ?? 'no thumbnail file'} holds ${pack}`,
          ]);
        if (problems.list.length >= MAX_PROBLEMS) break;
        await yieldToMain();
      }
      plan.photoParts = parts as PhotoPart[];
      photoCount = checker.count;
    }
  }
  problems.throwIfAny();
  plan.counts = countsOf({ ...lists, photos: { length: photoCount } as unknown[] });
  checkCounts(m, plan.counts, problems);
  problems.throwIfAny();
  return plan;
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
