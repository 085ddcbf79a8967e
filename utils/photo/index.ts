// analyzePhoto: bytes in, facts out. Header stage (adaptive read) → EXIF → whole file (hash, pixels).
// Never throws: anything unreadable, or a cancelled analysis, becomes facts with `error`. What the facts
// mean (findings, a verdict) is the rules' job: utils/triage/assess.ts, which this layer does not import.
import { ByteReader, type PhotoInput } from './byte-reader';
import { readExif } from './exif';
import { HeaderError, readHeader } from './headers';
import { captureFromPhotoshop, captureFromXmp } from './headers/capture-dates';
import { LIMITS } from './limits';
import { measurePixels } from './pixels';
import type { ExifSummary, HeaderInfo, PhotoError, PhotoFacts, PhotoFormat } from './types';

export type { PhotoInput } from './byte-reader';
export type * from './types';

export interface AnalyzeOptions {
  /** Run the pixel stage (browser only). Default true. */
  pixels?: boolean;
  /** Read the whole file for its SHA-256 even without the pixel stage. Default true. */
  hash?: boolean;
  signal?: AbortSignal;
  /** Receives the header-stage facts (dimensions, EXIF) before the whole file is read. */
  onHeader?: (facts: PhotoFacts) => void;
  /**
   * Runs the decode (the heavy part) when a slot is free. The header stage and the reading do not wait
   * for it, so every photo's numbers show while earlier photos are still being decoded.
   */
  decodeSlot?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Receives the thumbnail drawn from the pixel-stage decode. */
  onThumbnail?: (thumbnail: Blob) => void;
}

/** Width and height as displayed: EXIF orientations 5–8 and irot 90/270 swap them. */
export function displayedSize(header: HeaderInfo, orientation: number): { width: number; height: number } {
  const { storedWidth: w, storedHeight: h } = header;
  const isobmff = header.format === 'heic' || header.format === 'avif';
  // HEIC/AVIF orientation lives in irot; their EXIF orientation is informational only.
  const swap = isobmff
    ? header.rotation === 90 || header.rotation === 270
    : orientation >= 5 && orientation <= 8;
  return swap ? { width: h, height: w } : { width: w, height: h };
}

/** XMP or IPTC capture time, only when EXIF gave none; marked with where it came from. */
function withCaptureFallback(exif: ExifSummary | undefined, header: HeaderInfo): ExifSummary | undefined {
  if (exif?.takenAt) return exif;
  const fallback =
    (header.xmp && captureFromXmp(header.xmp)) ||
    (header.photoshop && captureFromPhotoshop(header.photoshop, 0, header.photoshop.length)) ||
    undefined;
  if (!fallback) return exif;
  return {
    ...(exif ?? { orientation: 1, hasGps: false }),
    takenAt: fallback.takenAt,
    takenAtOffset: fallback.offset,
    takenAtSource: fallback.source,
  };
}

function errorReport(format: PhotoFormat, error: PhotoError, bytesRead: number, bytes?: number): PhotoFacts {
  return { format, width: 0, height: 0, bytes, bytesRead, error };
}

/** The facts of a file that never reached analysis (a refused zip, a failed download). */
export function failedReport(error: PhotoError, bytes?: number): PhotoFacts {
  return errorReport('unknown', error, 0, bytes);
}

async function sha256Hex(bytes: Uint8Array): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const MIME: Partial<Record<PhotoFormat, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  tiff: 'image/tiff',
  heic: 'image/heic',
  avif: 'image/avif',
};

export async function analyzePhoto(input: PhotoInput, options: AnalyzeOptions = {}): Promise<PhotoFacts> {
  const reader = new ByteReader(input);
  let header: HeaderInfo;
  try {
    header = await readHeader(reader);
  } catch (e) {
    await reader.close();
    if (e instanceof HeaderError) {
      return errorReport('unknown', { code: e.code, message: e.message }, reader.bytesRead, reader.total);
    }
    const message = e instanceof Error ? e.message : String(e);
    return errorReport('unknown', { code: 'read-failed', message }, reader.bytesRead, reader.total);
  }

  const exif = withCaptureFallback(header.exifTiff ? await readExif(header.exifTiff) : undefined, header);
  const { width, height } = displayedSize(header, exif?.orientation ?? 1);
  const report: PhotoFacts = {
    format: header.format,
    width,
    height,
    bytes: reader.total,
    bytesRead: reader.bytesRead,
    exif,
    jpeg: header.jpeg,
  };
  if (header.damaged) report.damaged = header.damaged;

  options.onHeader?.({ ...report });

  try {
    const wantPixels = options.pixels !== false;
    if (!wantPixels) report.pixels = { ok: false, reason: 'disabled' };
    if (!wantPixels && options.hash === false) {
      await reader.close();
    } else if (reader.total !== undefined && reader.total > LIMITS.maxFileBytes) {
      // Too big to hold in memory: the header numbers stand, pixels and hash are skipped.
      await reader.close();
      if (wantPixels) report.pixels = { ok: false, reason: 'too-many-pixels' };
    } else {
      const all = await reader.readAll();
      report.bytes = all.length;
      options.signal?.throwIfAborted();
      report.sha256 = await sha256Hex(all);
      if (wantPixels) {
        const blob =
          typeof Blob !== 'undefined' && input instanceof Blob
            ? input
            : new Blob([all as Uint8Array<ArrayBuffer>], { type: MIME[header.format] });
        const decode = () =>
          measurePixels(blob, width, height, {
            signal: options.signal,
            thumbnail: Boolean(options.onThumbnail),
          });
        const result = await (options.decodeSlot ? options.decodeSlot(decode) : decode());
        report.pixels = result.stage;
        if (result.thumbnail) options.onThumbnail?.(result.thumbnail);
      }
    }
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') {
      return errorReport(
        header.format,
        { code: 'aborted', message: 'Cancelled.' },
        report.bytesRead,
        report.bytes,
      );
    }
    const message = e instanceof Error ? e.message : String(e);
    return errorReport(header.format, { code: 'read-failed', message }, report.bytesRead, report.bytes);
  }

  return report;
}
