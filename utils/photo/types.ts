import type { ZipRefusal } from './zip';

/** Formats told apart by their magic bytes, never by the file name. */
export type PhotoFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'tiff' | 'heic' | 'avif' | 'unknown';

/** Why a photo could not be read. The UI turns codes into words. */
export type PhotoErrorCode =
  | 'empty' // zero bytes
  | 'unsupported' // not an image format we know
  | 'truncated' // the file ends before the header does
  | 'corrupt' // the header is malformed
  | 'read-failed' // the bytes could not be read (stream or network error)
  | 'aborted' // the caller cancelled (the buyer moved on)
  | 'zip-refused'; // a zip exceeded a safety limit or is malformed

export interface PhotoError {
  code: PhotoErrorCode;
  /** Plain English for logs and support; the UI has its own wording per code. */
  message: string;
  /** For 'zip-refused' by a safety limit: which one, with the numbers, worded by the UI. */
  zip?: ZipRefusal;
}

/** The few EXIF facts a buyer cares about. */
export interface ExifSummary {
  make?: string;
  model?: string;
  software?: string;
  /** Camera local time exactly as written, ISO-like `YYYY-MM-DDTHH:MM:SS` — never shifted to the reader's zone. */
  takenAt?: string;
  /** `+08:00` from OffsetTimeOriginal, when the camera wrote one. */
  takenAtOffset?: string;
  /** EXIF orientation 1–8 (1 when absent). */
  orientation: number;
  hasGps: boolean;
  /**
   * Where `takenAt` came from when EXIF had no capture time: XMP or IPTC, read only as a fallback.
   * Absent when it is EXIF's own DateTimeOriginal or CreateDate.
   */
  takenAtSource?: 'xmp' | 'iptc';
}

/** A capture time found outside EXIF (XMP or IPTC), kept as written like EXIF's. */
export interface CaptureDate {
  takenAt: string;
  offset?: string;
  source: 'xmp' | 'iptc';
}

/** What the image header alone tells. */
export interface HeaderInfo {
  format: PhotoFormat;
  /** Stored (coded) size, before orientation. */
  storedWidth: number;
  storedHeight: number;
  /** For HEIC/AVIF: irot (0/90/180/270) and imir of the primary item. */
  rotation?: number;
  mirror?: boolean;
  /** JPEG only. */
  jpeg?: { quality?: number; progressive: boolean };
  /** Raw TIFF-structured EXIF (starting with II*\0 or MM\0*) when the format carries it. */
  exifTiff?: Uint8Array;
  /**
   * The XMP packet and the Photoshop resource block (which holds IPTC), as found: parsed for a capture
   * time only when the EXIF block has none, so a photo with EXIF pays nothing for them.
   */
  xmp?: Uint8Array;
  photoshop?: Uint8Array;
  /**
   * The header is damaged past what was needed for the numbers given (a broken box after the primary
   * item's size, say): plain English for the report. The numbers given were read from intact data.
   */
  damaged?: string;
}

export interface PixelMetrics {
  /** Size of the bitmap the metrics were computed on (long edge ≤ 1024). */
  sampleWidth: number;
  sampleHeight: number;
  /** Variance of the Laplacian of luminance on the sample: low means blurry. */
  sharpness: number;
  /** Mean luminance 0–255. */
  meanLuminance: number;
  /** Fraction of pixels with luminance ≤ 16 and ≥ 240. */
  clippedDark: number;
  clippedBright: number;
  /** 64-bit difference hash as 16 hex digits. */
  dHash: string;
}

export type PixelSkipReason =
  | 'not-in-browser' // no working createImageBitmap (Node, happy-dom in tests)
  | 'cannot-decode' // the browser cannot decode this format (HEIC in Chrome) or the data
  | 'too-many-pixels' // the header declares more pixels than the safety limit: never decoded
  | 'disabled'; // the caller asked for the header stage only

export type PixelStage = { ok: true; metrics: PixelMetrics } | { ok: false; reason: PixelSkipReason };

export type Severity = 'fail' | 'warn' | 'info';

export type FindingCode =
  | 'unreadable'
  | 'unsupported'
  | 'too-small'
  | 'small-file'
  | 'over-compressed'
  | 'chat-recompressed'
  | 'metadata-stripped'
  | 'screenshot'
  | 'blurry'
  | 'dark'
  | 'overexposed'
  | 'duplicate'
  | 'near-duplicate'
  /** Seen before: for another order, or in an older message (found by the checklist against the store). */
  | 'reused'
  | 'old-capture'
  | 'too-many-pixels'
  | 'not-decodable';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The measured value and the threshold it was compared with, in the same unit. */
  measured?: number | string;
  threshold?: number | string;
  /** For duplicates: the name of the other photo. */
  other?: string;
}

export type Verdict = 'ok' | 'warn' | 'fail' | 'error';

/** What analysis measured, before any rule judged it (utils/triage/assess.ts turns it into a PhotoReport). */
export type PhotoFacts = Omit<PhotoReport, 'findings' | 'verdict'>;

export interface PhotoReport {
  format: PhotoFormat;
  /** As displayed (EXIF orientation / irot applied), from the image header. 0 when unknown. */
  width: number;
  height: number;
  /** Total file size when known. */
  bytes?: number;
  /** Bytes read to finish the header stage. */
  bytesRead: number;
  /** The file is damaged, but its size could still be read from intact data: plain English, for support. */
  damaged?: string;
  exif?: ExifSummary;
  jpeg?: { quality?: number; progressive: boolean };
  /** SHA-256 of the whole file, hex, when the whole file was read. */
  sha256?: string;
  pixels?: PixelStage;
  findings: Finding[];
  verdict: Verdict;
  error?: PhotoError;
}
