// Which checked photos the grid shows, and in what order: the toolbar's filter and sort, as plain functions.
import type { Verdict } from '@/utils/photo/types';
import { type CheckView, VERDICT_ORDER } from './state';

export type Filter = Verdict | 'all';
export type Sort = 'verdict' | 'name' | 'size' | 'resolution';
export const FILTERS: Filter[] = ['all', 'fail', 'warn', 'ok', 'error'];
export const SORTS: Sort[] = ['verdict', 'name', 'size', 'resolution'];

/** How many photos each filter button shows (photos still being checked are in none). */
export function filterCounts(views: CheckView[]): Record<Filter, number> {
  const c: Record<Filter, number> = { all: 0, ok: 0, warn: 0, fail: 0, error: 0 };
  for (const v of views) {
    if (v.verdict === 'pending') continue;
    c.all++;
    c[v.verdict]++;
  }
  return c;
}

const pixels = (v: CheckView) => (v.report?.width ?? 0) * (v.report?.height ?? 0);

export function shownViews(views: CheckView[], filter: Filter, sort: Sort): CheckView[] {
  const list = views.filter((v) => filter === 'all' || v.verdict === filter);
  return list.sort((a, b) => {
    if (sort === 'name') return a.name.localeCompare(b.name);
    if (sort === 'size') return (a.report?.bytes ?? 0) - (b.report?.bytes ?? 0);
    if (sort === 'resolution') return pixels(a) - pixels(b);
    return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.name.localeCompare(b.name);
  });
}
