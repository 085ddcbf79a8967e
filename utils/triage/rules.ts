// Report + thresholds → findings. Pure: no DOM, no I/O, no words a person reads (the UI owns those).
import { hammingDistance } from '@/utils/photo/pixel-metrics';
import type { Finding, FindingCode, PhotoFacts, PhotoReport, Verdict } from '@/utils/photo/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

/** Formats every browser we run in decodes; HEIC (and TIFF) it may not, which is no fault of the file. */
const BROWSER_DECODES = new Set(['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif']);

export interface RuleContext {
  /** When the photo was sent (message date, or when it was dropped), ISO 8601. */
  receivedAt?: string;
}

/** Sizes chat apps resize to when "original" is not ticked (DESIGN.md): long edges, and WeChat's short edge. */
const CHAT_LONG_EDGES = [1280, 1600];
const CHAT_SHORT_EDGES = [1440];
const near = (value: number, target: number) => Math.abs(value - target) <= target * 0.015;

/** Phone and monitor screen widths (portrait short edge) that screenshots come in. */
const SCREEN_SHORT_EDGES = [640, 720, 750, 828, 1080, 1125, 1170, 1179, 1242, 1284, 1290, 1320, 1440];

function looksLikeScreenshot(r: PhotoFacts): boolean {
  if (/screenshot|screen ?shot|截屏|截图/i.test(r.exif?.software ?? '')) return true;
  // Cameras write JPEG or HEIC; a PNG "photo" in a screen's shape is a screenshot.
  if (r.format !== 'png' && r.format !== 'webp' && r.format !== 'bmp') return false;
  const short = Math.min(r.width, r.height);
  const long = Math.max(r.width, r.height);
  return SCREEN_SHORT_EDGES.includes(short) || long / short >= 1.9;
}

function daysBetween(earlierIsoLocal: string, laterIso: string): number {
  const a = Date.parse(`${earlierIsoLocal}Z`);
  const b = Date.parse(laterIso);
  return (b - a) / 86_400_000;
}

/**
 * A measure that warns below one threshold and fails below a lower one; nothing at or above the first.
 * The threshold named is the one crossed.
 */
function below(code: FindingCode, measured: number, warnBelow: number, failBelow: number): Finding[] {
  if (measured >= warnBelow) return [];
  const fail = measured < failBelow;
  return [{ code, severity: fail ? 'fail' : 'warn', measured, threshold: fail ? failBelow : warnBelow }];
}

export function evaluatePhoto(
  r: PhotoFacts,
  t: Thresholds = DEFAULT_THRESHOLDS,
  context: RuleContext = {},
): Finding[] {
  if (r.error) {
    return [
      {
        code: r.error.code === 'unsupported' ? 'unsupported' : 'unreadable',
        severity: 'fail',
        measured: r.error.code,
      },
    ];
  }
  const findings = [...sizeFindings(r, t), ...originFindings(r), ...pixelFindings(r, t)];
  // Read past damage (a broken box, image data cut short): the numbers stand, the file does not.
  if (r.damaged && !findings.some((f) => f.code === 'unreadable')) {
    findings.push({ code: 'unreadable', severity: 'fail', measured: 'corrupt' });
  }
  if (r.exif?.takenAt && context.receivedAt) {
    const age = daysBetween(r.exif.takenAt, context.receivedAt);
    if (age > t.maxCaptureAgeDays) {
      findings.push({
        code: 'old-capture',
        severity: 'warn',
        measured: Math.floor(age),
        threshold: t.maxCaptureAgeDays,
      });
    }
  }
  return findings;
}

/** Too few pixels, too few bytes, too much compression: what the header and the file size tell. */
function sizeFindings(r: PhotoFacts, t: Thresholds): Finding[] {
  const findings: Finding[] = [];
  const long = Math.max(r.width, r.height);
  if (long > 0 && long < t.minLongEdge) {
    findings.push({ code: 'too-small', severity: 'fail', measured: long, threshold: t.minLongEdge });
  }
  if (r.bytes !== undefined)
    findings.push(...below('small-file', r.bytes, t.warnBelowBytes, t.failBelowBytes));
  const quality = r.jpeg?.quality;
  if (quality !== undefined) {
    findings.push(...below('over-compressed', quality, t.warnBelowQuality, t.failBelowQuality));
  } else if (r.format === 'jpeg' && r.bytes && long > 0) {
    const bpp = r.bytes / (r.width * r.height);
    if (bpp < t.minBytesPerPixel) {
      findings.push({
        code: 'over-compressed',
        severity: 'warn',
        measured: Number(bpp.toFixed(3)),
        threshold: t.minBytesPerPixel,
      });
    }
  }
  return findings;
}

/** Where the photo has been: through a chat app, stripped of its camera data, or a screenshot. */
function originFindings(r: PhotoFacts): Finding[] {
  const findings: Finding[] = [];
  const long = Math.max(r.width, r.height);
  const short = Math.min(r.width, r.height);
  const quality = r.jpeg?.quality;
  const cameraFormat =
    r.format === 'jpeg' || r.format === 'heic' || r.format === 'avif' || r.format === 'webp';
  const noExif = !r.exif || (!r.exif.make && !r.exif.model && !r.exif.takenAt);
  const chatSize = CHAT_LONG_EDGES.some((e) => near(long, e)) || CHAT_SHORT_EDGES.some((e) => near(short, e));
  if (r.format === 'jpeg' && chatSize && noExif && (quality === undefined || quality <= 85)) {
    findings.push({ code: 'chat-recompressed', severity: 'warn', measured: `${r.width}×${r.height}` });
  } else if (cameraFormat && noExif) {
    // Missing EXIF alone proves nothing (many mailers strip it): information only.
    findings.push({ code: 'metadata-stripped', severity: 'info' });
  }
  if (looksLikeScreenshot(r))
    findings.push({ code: 'screenshot', severity: 'warn', measured: `${r.width}×${r.height}` });
  return findings;
}

/** What the decoded pixels show: blur, light; or why there are no pixels to judge. */
function pixelFindings(r: PhotoFacts, t: Thresholds): Finding[] {
  const px = r.pixels;
  if (!px) return [];
  if (!px.ok) {
    if (px.reason === 'too-many-pixels')
      return [{ code: 'too-many-pixels', severity: 'warn', measured: r.width * r.height }];
    if (px.reason !== 'cannot-decode') return [];
    // The browser opens this format: a header that reads but pixels that do not is a damaged file
    // (cut short, bytes broken in transfer), not a limitation of ours. Half a picture is not "fine".
    return BROWSER_DECODES.has(r.format)
      ? [{ code: 'unreadable', severity: 'fail', measured: 'corrupt' }]
      : [{ code: 'not-decodable', severity: 'info', measured: r.format }];
  }
  const m = px.metrics;
  const findings = below('blurry', m.sharpness, t.warnBelowSharpness, t.failBelowSharpness);
  if (m.meanLuminance < t.warnBelowLuminance || m.clippedDark > t.maxClippedDark) {
    const fail = m.meanLuminance < t.failBelowLuminance;
    findings.push({
      code: 'dark',
      severity: fail ? 'fail' : 'warn',
      measured: m.meanLuminance,
      threshold: fail ? t.failBelowLuminance : t.warnBelowLuminance,
    });
  } else if (m.meanLuminance > t.warnAboveLuminance || m.clippedBright > t.maxClippedBright) {
    findings.push({
      code: 'overexposed',
      severity: 'warn',
      measured: m.meanLuminance,
      threshold: t.warnAboveLuminance,
    });
  }
  return findings;
}

export interface BatchItem {
  name: string;
  report: PhotoReport;
}

/**
 * Duplicates inside one batch (a message, a drop). The copy that arrived later is flagged for an exact
 * duplicate; for a near duplicate, the smaller one (it is the re-encoded copy), else the later one.
 * Returns extra findings per index.
 */
export function findBatchDuplicates(items: BatchItem[], t: Thresholds = DEFAULT_THRESHOLDS): Finding[][] {
  const extra: Finding[][] = items.map(() => []);
  for (let j = 0; j < items.length; j++) {
    const b = items[j].report;
    for (let i = 0; i < j; i++) {
      const a = items[i].report;
      if (a.sha256 && a.sha256 === b.sha256) {
        extra[j].push({ code: 'duplicate', severity: 'fail', other: items[i].name });
        break;
      }
      if (a.pixels?.ok && b.pixels?.ok) {
        const d = hammingDistance(a.pixels.metrics.dHash, b.pixels.metrics.dHash);
        if (d <= t.nearDuplicateBits) {
          const target = a.width * a.height < b.width * b.height ? i : j;
          const other = target === i ? j : i;
          if (!extra[target].some((f) => f.code === 'duplicate' || f.code === 'near-duplicate')) {
            extra[target].push({
              code: 'near-duplicate',
              severity: 'warn',
              measured: d,
              threshold: t.nearDuplicateBits,
              other: items[other].name,
            });
          }
        }
      }
    }
  }
  return extra;
}

export function verdictOf(findings: Finding[], error?: unknown): Verdict {
  if (error) return 'error';
  if (findings.some((f) => f.severity === 'fail')) return 'fail';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  return 'ok';
}
