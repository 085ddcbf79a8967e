// State of the Check photos page: the batch of dropped photos, analysed off the main thread.
import { computed, signal } from '@preact/signals';
import { createPatchBatch } from '@/components/patch-batch';
import type { Analyzer } from '@/utils/photo/analyzer-client';
import type { Finding, PhotoReport, Verdict } from '@/utils/photo/types';
import { findBatchDuplicates, verdictOf } from '@/utils/triage/rules';

export interface CheckItem {
  id: string;
  /** Which file of the drops it came from, in drop order: the batch keeps that order whatever finishes first. */
  fileSeq: number;
  name: string;
  sizeHint?: number;
  report?: PhotoReport;
  /** Object URL of the thumbnail drawn by the pixel stage. */
  thumbnail?: string;
  /** The thumbnail itself, kept to be saved with the photo when it is assigned to an order. */
  thumbnailBlob?: Blob;
  /** When the photo was dropped (one time per drop): the "received" time of its record if assigned. */
  addedAt?: string;
}

/** A checked photo with the batch's duplicate findings merged in. */
export interface CheckView extends CheckItem {
  findings: Finding[];
  verdict: Verdict | 'pending';
}

export const items = signal<CheckItem[]>([]);
export const skipped = signal<{ name: string; reason: string }[]>([]);
/** Files sent for checking whose photos are not all listed yet (zips being opened). */
export const opening = signal(0);

export const views = computed<CheckView[]>(() => {
  const list = items.value;
  const done = list.flatMap((item, index) =>
    item.report ? [{ index, name: item.name, report: item.report }] : [],
  );
  const extra = findBatchDuplicates(done);
  const byIndex = new Map(done.map((d, i) => [d.index, extra[i]]));
  return list.map((item, index) => {
    if (!item.report) return { ...item, findings: [], verdict: 'pending' as const };
    const findings = [...item.report.findings, ...(byIndex.get(index) ?? [])];
    return { ...item, findings, verdict: verdictOf(findings, item.report.error) };
  });
});

export const progress = computed(() => {
  const list = items.value;
  const done = list.filter((i) => i.report).length;
  return { done, total: list.length, busy: done < list.length || opening.value > 0 };
});

let analyzer: Analyzer | undefined;
/** The page wires in its worker; tests hand in the inline analyzer. */
export function setAnalyzer(a: Analyzer): void {
  analyzer = a;
}

let batch = 0;
let drops = 0;

const updates = createPatchBatch(items, (item) => item.id);

export interface DroppedFile {
  file: Blob;
  /** Shown as text; a folder's files keep their relative path. */
  name: string;
  /** Last modified, ISO 8601: the "received" date capture dates are compared with. */
  date?: string;
}

/**
 * New photos go after every photo of an earlier or the same file, so the batch reads in the order the
 * files were dropped and the later of two identical photos is the one called a duplicate.
 */
function insertInDropOrder(list: CheckItem[], added: CheckItem[]): CheckItem[] {
  if (!added.length) return list;
  const seq = added[0].fileSeq;
  let at = list.length;
  while (at > 0 && list[at - 1].fileSeq > seq) at--;
  return [...list.slice(0, at), ...added, ...list.slice(at)];
}

/** Add photos (and zips of photos); resolves when every one of them is analysed. */
export async function addFiles(files: DroppedFile[]): Promise<void> {
  // One drop is one delivery, like one email: its photos never count as reused from each other.
  const addedAt = new Date().toISOString();
  // …and one zip budget: the limits hold for everything the drop's zips hold, counted together.
  const drop = { id: drops++, files: files.length };
  await Promise.all(
    files.map((f) => {
      const fileSeq = batch++;
      const prefix = `b${fileSeq}:`;
      opening.value++;
      let listed = false;
      const listedOnce = () => {
        if (!listed) opening.value--;
        listed = true;
      };
      if (!analyzer) throw new Error('setAnalyzer() was not called');
      return analyzer
        .check(
          f.file,
          f.name,
          {
            onFound: (photos, skip) => {
              items.value = insertInDropOrder(
                items.value,
                photos.map((p) => ({
                  id: prefix + p.key,
                  fileSeq,
                  name: p.name,
                  sizeHint: p.sizeHint,
                  report: p.report,
                  addedAt,
                })),
              );
              if (skip.length) skipped.value = [...skipped.value, ...skip];
              listedOnce();
            },
            onReport: (key, report, thumbnail) => {
              updates.patch(prefix + key, {
                report,
                thumbnail: thumbnail ? URL.createObjectURL(thumbnail) : undefined,
                thumbnailBlob: thumbnail,
              });
            },
          },
          f.date,
          drop,
        )
        .finally(listedOnce);
    }),
  );
}

export function clearBatch(): void {
  for (const item of items.value) if (item.thumbnail) URL.revokeObjectURL(item.thumbnail);
  items.value = [];
  skipped.value = [];
}

export const VERDICT_ORDER: Record<Verdict | 'pending', number> = {
  error: 0,
  fail: 1,
  warn: 2,
  pending: 3,
  ok: 4,
};
