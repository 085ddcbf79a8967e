// State of the Check photos page: the batch of dropped photos, analysed a few at a time.
import { computed, signal } from '@preact/signals';
import { createLimiter } from '@/utils/concurrency';
import { analyzePhoto, failedReport } from '@/utils/photo';
import { expandSource, type PhotoSource } from '@/utils/photo/source';
import type { Finding, PhotoReport, Verdict } from '@/utils/photo/types';
import { findBatchDuplicates, verdictOf } from '@/utils/triage/rules';

export interface CheckItem {
  id: string;
  name: string;
  sizeHint?: number;
  report?: PhotoReport;
  /** Object URL of the thumbnail drawn by the pixel stage. */
  thumbnail?: string;
}

/** A checked photo with the batch's duplicate findings merged in. */
export interface CheckView extends CheckItem {
  findings: Finding[];
  verdict: Verdict | 'pending';
}

export const items = signal<CheckItem[]>([]);
export const skipped = signal<{ name: string; reason: string }[]>([]);
/** Files still being opened (zips listed) before they become items. */
export const expanding = signal(0);

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
  return { done, total: list.length, busy: done < list.length || expanding.value > 0 };
});

// Two at a time: these machines have two cores and decoding is the heavy part.
const limit = createLimiter(2);
let nextId = 0;

function update(id: string, patch: Partial<CheckItem>): void {
  items.value = items.value.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

async function analyze(id: string, source: PhotoSource): Promise<void> {
  await limit(async () => {
    let thumbnail: string | undefined;
    const report = await analyzePhoto(await source.read(), {
      context: { receivedAt: source.date ?? new Date().toISOString() },
      onThumbnail: (blob) => {
        thumbnail = URL.createObjectURL(blob);
      },
    });
    if (!report.bytes && source.sizeHint) report.bytes = source.sizeHint;
    update(id, { report, thumbnail });
  });
}

/** Add photos (and zips of photos) to the batch; resolves when all of them are analysed. */
export async function addSources(sources: PhotoSource[]): Promise<void> {
  const tasks: Promise<void>[] = [];
  for (const source of sources) {
    expanding.value++;
    try {
      for (const part of await expandSource(source)) {
        if (part.kind === 'skipped') {
          skipped.value = [...skipped.value, { name: part.name, reason: part.reason }];
          continue;
        }
        const id = `item-${nextId++}`;
        const item: CheckItem = { id, name: part.source.name, sizeHint: part.source.sizeHint };
        if (part.kind === 'refused') {
          item.report = failedReport(
            { code: 'zip-refused', message: part.error.message },
            part.source.sizeHint,
          );
        }
        items.value = [...items.value, item];
        if (part.kind === 'photo') tasks.push(analyze(id, part.source));
      }
    } catch (e) {
      const id = `item-${nextId++}`;
      const message = e instanceof Error ? e.message : String(e);
      items.value = [
        ...items.value,
        { id, name: source.name, report: failedReport({ code: 'read-failed', message }) },
      ];
    } finally {
      expanding.value--;
    }
  }
  await Promise.all(tasks);
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
