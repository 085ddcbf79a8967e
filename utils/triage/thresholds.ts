/**
 * Default limits for factory photos, each with its reason. The buyer can change them in the options
 * page; everything here is plain data so rules stay pure.
 */
export interface Thresholds {
  /** Long edge in px below which details (stitching, labels, scratches) cannot be inspected by zooming. */
  minLongEdge: number;
  /** File sizes below these are a sign of resizing or heavy recompression: fail / warn. */
  failBelowBytes: number;
  warnBelowBytes: number;
  /** JPEG quality (IJG scale) below which blocking artefacts hide surface defects: fail / warn. */
  failBelowQuality: number;
  warnBelowQuality: number;
  /** When quality is unknown: bytes per pixel below this means heavy compression. */
  minBytesPerPixel: number;
  /** Laplacian variance on the 1024 px sample: fail / warn below. */
  failBelowSharpness: number;
  warnBelowSharpness: number;
  /** Mean luminance (0–255) below which the photo is too dark to judge colour and finish. */
  failBelowLuminance: number;
  warnBelowLuminance: number;
  /** Mean luminance above which, or share of blown-out pixels above which, the photo is overexposed. */
  warnAboveLuminance: number;
  maxClippedBright: number;
  /** Share of crushed-black pixels above which shadows hide detail. */
  maxClippedDark: number;
  /** dHash bit difference at or below which two photos are the same picture. */
  nearDuplicateBits: number;
  /** A capture date this many days before the message means an old (possibly reused) photo. */
  maxCaptureAgeDays: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  // 1600 px: a 40 cm product then has ~4 px per mm on the long edge — enough to count stitches.
  minLongEdge: 1600,
  // The seed complaint: a 68 KB picture nobody can zoom into.
  failBelowBytes: 100 * 1024,
  warnBelowBytes: 200 * 1024,
  // Phone cameras save at 85–95; chat apps and "reduce size" mailers at 50–75.
  failBelowQuality: 55,
  warnBelowQuality: 75,
  minBytesPerPixel: 0.05,
  // Calibrated on the fixtures: sharp phone photos score in the hundreds, a σ 6 blur under 10.
  failBelowSharpness: 20,
  warnBelowSharpness: 60,
  // Daylight product photos average 100–160; under 60 colours and finish cannot be judged.
  failBelowLuminance: 60,
  warnBelowLuminance: 80,
  warnAboveLuminance: 215,
  maxClippedBright: 0.25,
  maxClippedDark: 0.35,
  // Resizing and re-encoding move a 64-bit dHash by a few bits; different photos differ by ~32.
  nearDuplicateBits: 8,
  // Production photos are taken days before they are sent, not months.
  maxCaptureAgeDays: 30,
};
