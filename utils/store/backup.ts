// Backups: everything in one zip (a versioned JSON manifest plus the images as files) and back.
// Import reads and checks the whole file before touching the database, then replaces everything in
// one transaction: a bad file is refused with what is wrong, and the buyer's data stays as it was.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { formatBytes } from '@/utils/format';
import { yieldToMain } from '@/utils/photo/yield';
import { listZip, readZipEntry, type ZipEntry, ZipError, type ZipLimits } from '@/utils/photo/zip';
import { DB_VERSION, STORE_NAMES, type Store } from './db';
import { StoreError, validationError } from './errors';
import {
  fromStoredOrder,
  fromStoredPhoto,
  SETTINGS_KEY,
  type StoredSettings,
  toStoredOrder,
  toStoredPhoto,
} from './stored';
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
  validateSupplier,
  validateTemplate,
  validateThread,
} from './validate';

export const BACKUP_FORMAT = 'photo-triage-backup';
export const BACKUP_VERSION = 1;
const MANIFEST = 'manifest.json';
const MB = 1024 * 1024;

export const BACKUP_LIMITS = {
  manifestBytes: 50 * MB,
  fileBytes: 50 * MB,
  /** Everything the zip declares, together: far above any real backup, far below a bomb. */
  totalBytes: 4096 * MB,
  /** Images barely compress; a deflated image entry expanding more than this is a bomb. */
  maxRatio: 100,
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

export type BackupPhoto = Omit<PhotoRecord, 'thumbnail'> & { thumbnailFile?: string };
export type BackupReferencePhoto = Omit<ReferencePhoto, 'blob'> & { file: string; type: string };

export interface BackupManifest {
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
  photos: BackupPhoto[];
  referencePhotos: BackupReferencePhoto[];
  /** Absent from backups made before schema 2; import reads that as []. */
  threads: ThreadOrder[];
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

// ---- export ----

export async function exportBackup(store: Store): Promise<Blob> {
  // One read transaction: a consistent snapshot even while other tabs write.
  const data = await read(store, [...STORE_NAMES], async (tx) => ({
    suppliers: await tx.objectStore('suppliers').getAll(),
    orders: (await tx.objectStore('orders').getAll()).map(fromStoredOrder),
    templates: await tx.objectStore('templates').getAll(),
    referencePhotos: await tx.objectStore('referencePhotos').getAll(),
    photos: (await tx.objectStore('photos').getAll()).map(fromStoredPhoto),
    settings: (await tx.objectStore('settings').get(SETTINGS_KEY)) ?? null,
    requests: await tx.objectStore('requests').getAll(),
    threads: await tx.objectStore('threads').getAll(),
  }));

  const files: { name: string; blob: Blob }[] = [];
  const referencePhotos = data.referencePhotos.map(({ blob, ...meta }) => {
    const file = `reference-photos/${meta.id}.${EXTENSIONS[blob.type] ?? 'bin'}`;
    files.push({ name: file, blob });
    return { ...meta, file, type: blob.type };
  });
  const photos = data.photos.map(({ thumbnail, ...record }): BackupPhoto => {
    if (!thumbnail) return record;
    const thumbnailFile = `thumbnails/${record.sha256}.jpg`;
    files.push({ name: thumbnailFile, blob: thumbnail });
    return { ...record, thumbnailFile };
  });
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
    photos,
    referencePhotos,
    threads: data.threads,
  };
  return zipFiles(new TextEncoder().encode(JSON.stringify(manifest, null, 1)), files);
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

/** Streams the zip into Blob parts, one file at a time; images stored as they are (they don't compress). */
async function zipFiles(manifest: Uint8Array, files: { name: string; blob: Blob }[]): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else parts.push(chunk);
  });
  const head = new ZipDeflate(MANIFEST, { level: 6 });
  zip.add(head);
  head.push(manifest, true);
  for (const { name, blob } of files) {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(new Uint8Array(await blob.arrayBuffer()), true);
    await yieldToMain();
  }
  zip.end();
  if (failure)
    throw new StoreError('unavailable', `The backup could not be written (${(failure as Error).message}).`);
  return new Blob(parts, { type: 'application/zip' });
}

// ---- import ----

const refuse = (message: string) =>
  new StoreError('validation', `This backup cannot be imported: ${message}`);

function zipRefusal(e: unknown): StoreError {
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
function checkEntries(entries: ZipEntry[]): Map<string, ZipEntry> {
  const byName = new Map<string, ZipEntry>();
  let total = 0;
  for (const e of entries) {
    if (byName.has(e.name)) throw refuse(`“${e.name}” appears twice in the zip.`);
    byName.set(e.name, e);
    const limit = e.name === MANIFEST ? BACKUP_LIMITS.manifestBytes : BACKUP_LIMITS.fileBytes;
    if (e.size > limit) {
      throw refuse(
        `“${e.name}” is ${formatBytes(e.size)}; a ${e.name === MANIFEST ? 'manifest' : 'file'} in a backup may be at most ${formatBytes(limit)}.`,
      );
    }
    if (e.name !== MANIFEST && e.method === 8 && e.size > 1024 * 1024) {
      const ratio = e.size / Math.max(e.compressedSize, 1);
      if (ratio > BACKUP_LIMITS.maxRatio)
        throw refuse(`“${e.name}” is compressed ${Math.round(ratio)}:1 — a zip bomb, not a photo.`);
    }
    total += e.size;
    if (total > BACKUP_LIMITS.totalBytes)
      throw refuse(`its files would expand to more than ${formatBytes(BACKUP_LIMITS.totalBytes)}.`);
  }
  return byName;
}

async function inflate(zip: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  try {
    return await readZipEntry(zip, entry);
  } catch (e) {
    throw zipRefusal(e);
  }
}

async function readManifest(
  zip: Uint8Array,
  byName: Map<string, ZipEntry>,
): Promise<Record<string, unknown>> {
  const entry = byName.get(MANIFEST);
  if (!entry) throw refuse('it has no manifest.json, so it is not a Photo Triage backup.');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await inflate(zip, entry)));
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw refuse(`manifest.json is not valid JSON (${(e as Error).message}).`);
  }
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

const LISTS = [
  'suppliers',
  'orders',
  'templates',
  'referencePhotos',
  'photos',
  'requests',
  'threads',
] as const;

/** What makes two records of a list the same record. */
const KEYS: Record<(typeof LISTS)[number], string> = {
  suppliers: 'id',
  orders: 'id',
  templates: 'id',
  referencePhotos: 'id',
  photos: 'sha256',
  requests: 'id',
  threads: 'threadId',
};

/**
 * Lists added after backup format 1 shipped (the format did not change: a list it lacks is empty).
 * Only a missing list is read as empty; a list that is there is checked like any other.
 */
const LATER_LISTS: readonly (typeof LISTS)[number][] = ['threads'];

const PLACEHOLDER_BLOB = new Blob([]);

/** A manifest entry without its file, checked as the record it will become. */
function fileRecord(
  key: 'file' | 'thumbnailFile',
  blobKey: string,
  validator: Validator,
  required: boolean,
): Validator {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return validator(v, path);
    const { [key]: file, ...rest } = v as Record<string, unknown>;
    const out: string[] = [];
    if (file === undefined ? required : typeof file !== 'string')
      out.push(`${path}.${key}: expected a file path`);
    if (key === 'file') {
      const { type, ...record } = rest;
      if (typeof type !== 'string') out.push(`${path}.type: expected a string`);
      return [...out, ...validator({ ...record, [blobKey]: PLACEHOLDER_BLOB }, path)];
    }
    if (blobKey in rest) out.push(`${path}.${blobKey}: unexpected in a manifest (thumbnails are files)`);
    return [...out, ...validator({ ...rest, [blobKey]: undefined }, path)];
  };
}

const VALIDATORS: Record<(typeof LISTS)[number], Validator> = {
  suppliers: validateSupplier,
  orders: validateOrder,
  templates: validateTemplate,
  referencePhotos: fileRecord('file', 'blob', validateReferencePhoto, true),
  photos: fileRecord('thumbnailFile', 'thumbnail', validatePhoto, false),
  requests: validateRequest,
  threads: validateThread,
};

/** Every record valid, every id unique, every reference resolved, the counts matching. */
function manifestProblems(m: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const list of LISTS) {
    const items = m[list] === undefined && LATER_LISTS.includes(list) ? [] : m[list];
    if (!Array.isArray(items)) {
      problems.push(`${list}: expected a list`);
      continue;
    }
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      problems.push(...VALIDATORS[list](item, `${list}[${i}]`));
      const key = (item as Record<string, unknown> | null)?.[KEYS[list]];
      if (seen.has(key)) problems.push(`${list}[${i}]: duplicate ${JSON.stringify(key)}`);
      seen.add(key);
    });
  }
  if (m.settings !== null && m.settings !== undefined)
    problems.push(...validateSettings(m.settings, 'settings'));
  if (problems.length) return problems;

  const d = { ...m, threads: m.threads ?? [] } as unknown as BackupManifest;
  const suppliers = new Set(d.suppliers.map((x) => x.id));
  const references = new Set(d.referencePhotos.map((x) => x.id));
  const orders = new Map(d.orders.map((o) => [o.id, o]));
  const refs: RefIndex = {
    hasSupplier: (id) => suppliers.has(id),
    hasReferencePhoto: (id) => references.has(id),
    order: (id) => orders.get(id),
  };
  const owners = new Map<string, Supplier>();
  for (const s of d.suppliers)
    for (const field of ['emails', 'domains'] as const)
      for (const value of s[field]) if (!owners.has(`${field} ${value}`)) owners.set(`${field} ${value}`, s);
  // concat, not push(...): a broken backup of thousands of photos has thousands of problems.
  const broken = problems.concat(
    d.suppliers.flatMap((s, i) =>
      supplierClashProblems(s, `suppliers[${i}]`, (field, value) => owners.get(`${field} ${value}`)),
    ),
    d.orders.flatMap((o, i) => orderRefProblems(o, `orders[${i}]`, refs)),
    d.templates.flatMap((t, i) => templateRefProblems(t, `templates[${i}]`, refs)),
    d.photos.flatMap((p, i) => assignmentProblems(p, `photos[${i}]`, refs)),
    d.requests.flatMap((r, i) => assignmentProblems(r, `requests[${i}]`, refs)),
    d.threads.flatMap((t, i) => threadRefProblems(t, `threads[${i}]`, refs)),
  );

  const counts = countsOf(d);
  const declared = (m.counts ?? {}) as Record<string, unknown>;
  for (const [key, actual] of Object.entries(counts)) {
    // A backup from before a list existed has no count for it either; a list that is there must be counted.
    const later = LATER_LISTS.includes(key as (typeof LISTS)[number]);
    if (later && declared[key] === undefined && actual === 0) continue;
    if (declared[key] !== actual)
      broken.push(`counts.${key}: says ${JSON.stringify(declared[key])} but the manifest holds ${actual}`);
  }
  return broken;
}

interface ParsedBackup {
  manifest: BackupManifest;
  referencePhotos: ReferencePhoto[];
  photos: PhotoRecord[];
}

/** Everything import checks, without touching the database. Throws StoreError. */
export async function readBackup(file: Blob): Promise<ParsedBackup> {
  const zip = new Uint8Array(await file.arrayBuffer());
  let entries: ZipEntry[];
  try {
    entries = listZip(zip, {
      maxEntries: 0xfffe,
      maxEntryBytes: Number.MAX_SAFE_INTEGER,
      maxTotalBytes: Number.MAX_SAFE_INTEGER,
      maxRatio: Number.MAX_SAFE_INTEGER,
      maxDepth: 0,
    } satisfies ZipLimits);
  } catch (e) {
    throw zipRefusal(e);
  }
  const byName = checkEntries(entries);
  const m = await readManifest(zip, byName);
  const problems = manifestProblems(m);
  if (problems.length) throw validationError('This backup cannot be imported', problems);
  const manifest = m as unknown as BackupManifest;
  // A backup made before thread memories: none to restore.
  manifest.threads ??= [];
  manifest.counts = { ...manifest.counts, threads: manifest.threads.length };

  const missing = [
    ...manifest.referencePhotos.map((r) => r.file),
    ...manifest.photos.flatMap((p) => (p.thumbnailFile ? [p.thumbnailFile] : [])),
  ].filter((name) => !byName.has(name));
  if (missing.length) {
    throw validationError(
      'This backup cannot be imported',
      missing.map((name) => `${name}: listed in manifest.json but missing from the zip`),
    );
  }

  const blob = async (name: string, type: string) =>
    new Blob([(await inflate(zip, byName.get(name)!)) as Uint8Array<ArrayBuffer>], { type });
  const referencePhotos: ReferencePhoto[] = [];
  for (const { file: name, type, ...meta } of manifest.referencePhotos) {
    referencePhotos.push({ ...meta, blob: await blob(name, type) });
  }
  const photos: PhotoRecord[] = [];
  for (const { thumbnailFile, ...record } of manifest.photos) {
    photos.push(thumbnailFile ? { ...record, thumbnail: await blob(thumbnailFile, 'image/jpeg') } : record);
  }
  return { manifest, referencePhotos, photos };
}

/**
 * Replace everything with the backup's contents, all or nothing. Any problem with the file is a
 * StoreError ('validation', or 'version' for a newer backup) and the database is left as it was.
 */
export async function importBackup(
  store: Store,
  file: Blob,
  _options: { mode: 'replace' } = { mode: 'replace' },
): Promise<BackupCounts> {
  const { manifest: m, referencePhotos, photos } = await readBackup(file);
  await write(store, [...STORE_NAMES], async (tx) => {
    await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
    // All requests at once, awaited together: Promise.all also observes every rejection.
    await Promise.all([
      ...m.suppliers.map((r) => tx.objectStore('suppliers').put(r)),
      ...m.orders.map((r) => tx.objectStore('orders').put(toStoredOrder(r))),
      ...m.templates.map((r) => tx.objectStore('templates').put(r)),
      ...referencePhotos.map((r) => tx.objectStore('referencePhotos').put(r)),
      ...photos.map((r) => tx.objectStore('photos').put(toStoredPhoto(r))),
      ...m.requests.map((r) => tx.objectStore('requests').put(r)),
      ...m.threads.map((r) => tx.objectStore('threads').put(r)),
      ...(m.settings ? [tx.objectStore('settings').put(m.settings, SETTINGS_KEY)] : []),
    ]);
  });
  return m.counts;
}

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
