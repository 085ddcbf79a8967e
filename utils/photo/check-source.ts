// One source in, its photos' reports out: zips expanded, each photo analysed with a bounded number at
// once. Runs wherever it is called: in the Check page's worker, or inline where no worker is available.
import { createLimiter } from '@/utils/concurrency';
// The rules judge here, the one step where measured facts become reports; utils/photo/index.ts only measures.
import { assess } from '@/utils/triage/assess';
import type { RuleContext } from '@/utils/triage/rules';
import { analyzePhoto, failedReport } from './index';
import { expandSource, type PhotoSource } from './source';
import type { PhotoReport } from './types';
import { type ZipBudget, zipBudget } from './zip';

/** A photo found in a source, announced before it is analysed so the UI can show it as pending. */
export interface FoundPhoto {
  key: string;
  name: string;
  sizeHint?: number;
  /** Set when the photo is already judged (a refused zip). */
  report?: PhotoReport;
}

export interface CheckCallbacks {
  onFound: (photos: FoundPhoto[], skipped: { name: string; reason: string }[]) => void;
  /** The header-stage report, before the whole file is read (optional: the Check page waits for the full one). */
  onHeader?: (key: string, report: PhotoReport) => void;
  onReport: (key: string, report: PhotoReport, thumbnail?: Blob) => void | Promise<void>;
}

/** The files of one drop on Check photos: they share one zip budget. */
export interface DropRef {
  /** Unique per page. */
  id: number;
  /** How many files the drop holds: the budget is dropped when that many have been checked. */
  files: number;
}

/**
 * One zip budget per drop, however its files arrive: each file's check takes the drop's budget and
 * gives it back when done; the last one frees it. A file sent without a drop gets its own budget.
 */
export function dropBudgets() {
  const open = new Map<number, { budget: ZipBudget; left: number }>();
  return {
    take(drop?: DropRef): { budget: ZipBudget; done: () => void } {
      if (!drop) return { budget: zipBudget(), done: () => {} };
      let entry = open.get(drop.id);
      if (!entry) {
        entry = { budget: zipBudget(), left: drop.files };
        open.set(drop.id, entry);
      }
      const taken = entry;
      return {
        budget: taken.budget,
        done: () => {
          if (--taken.left <= 0) open.delete(drop.id);
        },
      };
    },
    /** Drops still open (for tests). */
    get size() {
      return open.size;
    },
  };
}

/** Bounds the decodes (the heavy part) across every source being checked. */
export type Limit = ReturnType<typeof createLimiter>;

export async function checkSource(
  source: PhotoSource,
  callbacks: CheckCallbacks,
  limit: Limit,
  options: {
    context?: RuleContext;
    signal?: AbortSignal;
    /** Shared by every file of one drop; by default the source's own tree is one budget. */
    budget?: ZipBudget;
  } = {},
): Promise<void> {
  let parts: Awaited<ReturnType<typeof expandSource>>;
  try {
    parts = await expandSource(source, options.signal, options.budget);
  } catch (e) {
    const report = assess(
      failedReport({ code: 'read-failed', message: e instanceof Error ? e.message : String(e) }),
    );
    callbacks.onFound([{ key: source.id, name: source.name, sizeHint: source.sizeHint, report }], []);
    return;
  }
  const found: FoundPhoto[] = [];
  const skipped: { name: string; reason: string }[] = [];
  const photos: PhotoSource[] = [];
  for (const part of parts) {
    if (part.kind === 'skipped') skipped.push({ name: part.name, reason: part.reason });
    else if (part.kind === 'refused') {
      const report = assess(
        failedReport(
          { code: 'zip-refused', message: part.error.message, zip: part.error.refusal },
          part.source.sizeHint,
        ),
      );
      found.push({ key: part.source.id, name: part.source.name, sizeHint: part.source.sizeHint, report });
    } else {
      found.push({ key: part.source.id, name: part.source.name, sizeHint: part.source.sizeHint });
      photos.push(part.source);
    }
  }
  callbacks.onFound(found, skipped);
  // Reading is bounded apart from decoding: a few files in memory at once, and each one's header numbers
  // reported as soon as it is read, not after the photos before it are decoded.
  const reads = createLimiter(4);
  await Promise.all(
    photos.map((photo) =>
      reads(async () => {
        let thumbnail: Blob | undefined;
        let report: PhotoReport;
        const context = options.context ?? { receivedAt: photo.date };
        try {
          const facts = await analyzePhoto(await photo.read(), {
            signal: options.signal,
            decodeSlot: limit,
            onHeader: callbacks.onHeader
              ? (r) => callbacks.onHeader?.(photo.id, assess(r, undefined, context))
              : undefined,
            onThumbnail: (blob) => {
              thumbnail = blob;
            },
          });
          report = assess(facts, undefined, context);
        } catch (e) {
          // Reading a zip entry can fail (corrupt deflate data); analyzePhoto itself never throws.
          report = assess(
            failedReport({ code: 'read-failed', message: e instanceof Error ? e.message : String(e) }),
          );
        }
        if (report.bytes === undefined && photo.sizeHint) report.bytes = photo.sizeHint;
        await callbacks.onReport(photo.id, report, thumbnail);
      }),
    ),
  );
}
