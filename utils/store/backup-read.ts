import { formatBytes } from '@/utils/format';
import { yieldToMain } from '@/utils/photo/yield';
import { ZipError } from '@/utils/photo/zip';
import {
  type BackupPlan,
  checkCounts,
  checkLists,
  FileUses,
  listRefProblems,
  MAX_PROBLEMS,
  PhotoChecker,
  Problems,
  refIndex,
  validateV1Photo,
  validateV2Photo,
} from './backup-check';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupPartPhoto,
  type BackupPhoto,
  countsOf,
  MANIFEST,
  type ManifestLists,
  type PhotoPart,
} from './backup-format';
import { BackupZip, type BackupZipEntry } from './backup-zip';
import { StoreError } from './errors';

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
export class Inflated {
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

const PART_NAME = /^photos\/\d{5}\.json$/;
const PACK_NAME = /^thumbnails\/\d{5}\.bin$/;

/** A part's photos, checked, with the thumbnail bytes adding up to its thumbnail file. */
export async function readPart(
  zip: BackupZip,
  part: PhotoPart,
  inflated: Inflated,
): Promise<BackupPartPhoto[]> {
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
