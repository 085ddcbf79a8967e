import type { BackupCounts, BackupPhoto, ManifestLists, PhotoPart } from './backup-format';
import type { BackupZip } from './backup-zip';
import { validationError } from './errors';
import type { PhotoRecord, Supplier } from './types';
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

export const LISTS = ['suppliers', 'orders', 'templates', 'referencePhotos', 'requests', 'threads'] as const;
export type ListName = (typeof LISTS)[number];

/** What makes two records of a list the same record. */
export const KEYS: Record<ListName, string> = {
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
export const LATER_LISTS: readonly string[] = ['threads'];

export const PLACEHOLDER_BLOB = new Blob([]);

/** A manifest entry without its file, checked as the record it will become — by the store's validator. */
export function fileRecord(
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

export const VALIDATORS: Record<ListName, Validator> = {
  suppliers: validateSupplier,
  orders: validateOrder,
  templates: validateShotListTemplate,
  referencePhotos: fileRecord('file', 'blob', validateReferencePhoto, true),
  requests: validateRequest,
  threads: validateThread,
};
export const validateV1Photo = fileRecord('thumbnailFile', 'thumbnail', validatePhoto, false);
export const validateV2Photo = fileRecord('thumbnailBytes', 'thumbnail', validatePhoto, false);

/** The most problems listed: a broken backup of 200,000 photos would otherwise say 200,000 things. */
export const MAX_PROBLEMS = 100;

export class Problems {
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
export class FileUses {
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

export function checkLists(m: Record<string, unknown>, problems: Problems): boolean {
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

export function refIndex(d: ManifestLists): RefIndex {
  const suppliers = new Set(d.suppliers.map((x) => x.id));
  const references = new Set(d.referencePhotos.map((x) => x.id));
  const orders = new Map(d.orders.map((o) => [o.id, o]));
  return {
    hasSupplier: (id) => suppliers.has(id),
    hasReferencePhoto: (id) => references.has(id),
    order: (id) => orders.get(id),
  };
}

export function listRefProblems(d: ManifestLists, refs: RefIndex, problems: Problems) {
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
export class PhotoChecker {
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

export function checkCounts(m: Record<string, unknown>, actual: BackupCounts, problems: Problems) {
  const declared = (m.counts ?? {}) as Record<string, unknown>;
  for (const [key, n] of Object.entries(actual)) {
    // A backup from before a list existed has no count for it either; a list that is there must be counted.
    if (LATER_LISTS.includes(key) && declared[key] === undefined && n === 0) continue;
    if (declared[key] !== n)
      problems.add([`counts.${key}: says ${JSON.stringify(declared[key])} but the manifest holds ${n}`]);
  }
}
