// The words a buyer reads about each finding: what is wrong, why it matters, and what to ask for.
// The analysis and rules only produce codes and numbers; wording lives here.

import { formatBytes } from '@/utils/format';
import type { Finding, FindingCode, PhotoErrorCode, PixelSkipReason, Verdict } from '@/utils/photo/types';

export interface FindingText {
  /** A few words for a badge or chip. */
  short: string;
  /** One sentence: what was measured against what. */
  detail: string;
  /** What to ask the supplier for. */
  ask: string;
}

/** `1600` → `1,600`. Plain string work: Intl formatting showed in the mail page's profiles (badges re-render often). */
function num(v: Finding['measured']): string {
  if (typeof v !== 'number') return String(v ?? '');
  const [whole, fraction] = String(v).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export function describeFinding(f: Finding): FindingText {
  const texts: Record<FindingCode, () => FindingText> = {
    'too-small': () => ({
      short: 'too small',
      detail: `The long edge is ${num(f.measured)} px; details need at least ${num(f.threshold)} px to inspect by zooming.`,
      ask: 'Send the original photo file from the camera, not resized.',
    }),
    'small-file': () => ({
      short: 'small file',
      detail: `The file is only ${formatBytes(Number(f.measured))} (under ${formatBytes(Number(f.threshold))}): it was probably resized or recompressed.`,
      ask: 'Send the original file; do not use "reduce size" when attaching.',
    }),
    'over-compressed': () => ({
      short: 'over-compressed',
      detail:
        typeof f.measured === 'number' && f.measured < 1
          ? `Only ${f.measured} bytes per pixel: compression hides surface defects.`
          : `JPEG quality about ${num(f.measured)} (under ${num(f.threshold)}): blocky artefacts hide surface defects.`,
      ask: 'Send the original file from the camera.',
    }),
    'chat-recompressed': () => ({
      short: 'sent via chat app',
      detail: `${num(f.measured)}, low quality and no camera data: the size a chat app makes when "original" is not ticked.`,
      ask: 'On WeChat tick 原图 ("original image"), or send the photos as a zip or email attachment.',
    }),
    'metadata-stripped': () => ({
      short: 'no camera data',
      detail: 'No capture date or camera in the file. Alone this proves nothing: many apps strip it.',
      ask: 'If possible, send the files straight from the phone or camera.',
    }),
    screenshot: () => ({
      short: 'screenshot',
      detail: `${num(f.measured)} looks like a screenshot of a photo, not the photo itself.`,
      ask: 'Send the photo file itself, not a screenshot of it.',
    }),
    blurry: () => ({
      short: 'blurry',
      detail: `Sharpness ${num(f.measured)} (under ${num(f.threshold)}): the photo is out of focus or shaken.`,
      ask: 'Retake in focus: tap to focus on the product, hold steady, move closer.',
    }),
    dark: () => ({
      short: 'too dark',
      detail: `Average brightness ${num(f.measured)} of 255 (under ${num(f.threshold)}): colour and finish cannot be judged.`,
      ask: 'Retake in daylight or good light, without flash glare.',
    }),
    overexposed: () => ({
      short: 'overexposed',
      detail: `Average brightness ${num(f.measured)} of 255: bright areas are blown out.`,
      ask: 'Retake with less light or without flash.',
    }),
    duplicate: () => ({
      short: 'duplicate',
      detail: `The same file as “${f.other ?? 'another photo'}” in this batch.`,
      ask: 'Send a different photo for this view.',
    }),
    'near-duplicate': () => ({
      short: 'near duplicate',
      detail: `The same picture as “${f.other ?? 'another photo'}”, resized or re-encoded.`,
      ask: 'Send a new photo rather than a copy of one already sent.',
    }),
    reused: () => ({
      short: 'reused photo',
      detail: `Already received before${f.other ? ` (${f.other})` : ''}: this is not a new photo of this production.`,
      ask: 'This photo was already sent before; please take new photos of this production.',
    }),
    'old-capture': () => ({
      short: 'old photo',
      detail: `Taken ${num(f.measured)} days before it was sent: it may be from an earlier order.`,
      ask: 'Please take new photos of this production, today.',
    }),
    'too-many-pixels': () => ({
      short: 'too large to check',
      detail: `${num(f.measured)} pixels is over the safety limit: measured from the header only, never decoded.`,
      ask: 'Nothing, unless the file is not a real photo.',
    }),
    'not-decodable': () => ({
      short: 'pixels not checked',
      detail: `This browser cannot decode ${String(f.measured ?? 'this format').toUpperCase()}: sharpness and lighting were not checked.`,
      ask: 'If you need these checks, ask for JPEG (iPhone: Settings → Camera → Formats → Most Compatible).',
    }),
    unreadable: () => ({
      short: 'unreadable',
      detail: describeError(f.measured as PhotoErrorCode),
      ask: 'Send the file again; it may have been damaged in transfer.',
    }),
    unsupported: () => ({
      short: 'not a photo',
      detail: 'This file is not an image format we know (JPEG, PNG, HEIC, WebP, AVIF, GIF, BMP, TIFF).',
      ask: 'Send the photos as JPEG or HEIC files.',
    }),
  };
  return texts[f.code]();
}

export function describeError(code: PhotoErrorCode | undefined): string {
  switch (code) {
    case 'empty':
      return 'The file is empty (0 bytes).';
    case 'truncated':
      return 'The file is cut short: it ends before the image does.';
    case 'corrupt':
      return 'The file is damaged or cut short: the picture in it cannot be opened.';
    case 'unsupported':
      return 'Not an image format we know.';
    case 'zip-refused':
      return 'The zip was refused by a safety check.';
    case 'aborted':
      return 'The check was cancelled.';
    default:
      return 'The file could not be read.';
  }
}

export function describePixelSkip(reason: PixelSkipReason): string {
  switch (reason) {
    case 'too-many-pixels':
      return 'Not decoded: the header declares more pixels than is safe to decode.';
    case 'cannot-decode':
      return 'Not decoded: this browser cannot decode the format.';
    case 'disabled':
      return 'Pixel checks were not run.';
    default:
      return 'Pixel checks need a browser.';
  }
}

export const VERDICT_LABEL: Record<Verdict | 'pending', string> = {
  ok: 'Good',
  warn: 'Check',
  fail: 'Re-request',
  error: 'Unreadable',
  pending: 'Checking…',
};

export const VERDICT_MARK: Record<Verdict | 'pending', string> = {
  ok: '✓',
  warn: '!',
  fail: '✗',
  error: '⚠',
  pending: '…',
};
