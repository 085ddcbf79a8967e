import type { StoredSettings } from './stored';
import type {
  Order,
  PhotoRecord,
  ReferencePhoto,
  RequestLogEntry,
  ShotListTemplate,
  Supplier,
  ThreadOrder,
} from './types';

export const BACKUP_FORMAT = 'photo-triage-backup';
export const BACKUP_VERSION = 2;
export const MANIFEST = 'manifest.json';
export const MB = 1024 * 1024;

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

export interface ManifestLists {
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

export const EXTENSIONS: Record<string, string> = {
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

export const partName = (dir: string, i: number, ext: string) =>
  `${dir}/${String(i + 1).padStart(5, '0')}.${ext}`;

export function countsOf(d: {
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
