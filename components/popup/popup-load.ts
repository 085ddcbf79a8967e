// What the popup shows, read from the store: counts from the list rows (one small record per order,
// utils/store/list-rows: no order, stage summary or photo record read for them), the weakest links from
// each supplier's latest orders, the mail threads seen in the lists.
import { orderFigures } from '@/components/desk/stored-figures';
import { todayLocal } from '@/utils/dates';
import { applyUiLanguage } from '@/utils/i18n';
import { readRecentSupplierHistory } from '@/utils/record/history';
import {
  allListRows,
  findingsOfThreads,
  getSettings,
  type ListRow,
  listSuppliers,
  openRequests,
  openStore,
  recentListThreads,
  type Store,
} from '@/utils/store';
import type { Supplier } from '@/utils/store/types';
import { weakestLink } from '@/utils/triage/scorecard';
import { scorecardInput } from '@/utils/triage/scorecard-input';
import { type Attention, attention, type ThreadAttention, threadsToCheck } from './attention';
import type { WeakLink } from './PopupView';

export interface Loaded {
  weakest: WeakLink[];
  attention: Attention;
  threads: ThreadAttention[];
  orderCount: number;
}

/** As many of a supplier's orders as readRecentSupplierHistory reads at most. */
const RECENT_ORDERS = 10;

/**
 * Each supplier's weakest link: from its latest orders only (bounded reads, utils/record/history.ts), the
 * suppliers side by side (their reads queue in one connection, but not behind each other's work).
 */
export async function weakestLinks(
  store: Store,
  rows: ListRow[],
  suppliers: Supplier[],
): Promise<WeakLink[]> {
  const notes = await Promise.all(
    suppliers.map(async (s): Promise<WeakLink | undefined> => {
      // By id and date: readRecentSupplierHistory reads only the orders it needs whole.
      const own = rows.flatMap((r) => (r.supplierId === s.id ? [{ id: r.id, updatedAt: r.updatedAt }] : []));
      if (!own.length) return undefined;
      const h = await readRecentSupplierHistory(store, own, 3, RECENT_ORDERS);
      const note = weakestLink(scorecardInput(h.orders, h.photos, h.requests));
      return note && { supplierId: s.id, company: s.company, note };
    }),
  );
  return notes.filter((w): w is WeakLink => w !== undefined);
}

export async function loadPopup(): Promise<Loaded> {
  const store = await openStore();
  try {
    const [rows, suppliers, settings, requests, seen] = await Promise.all([
      allListRows(store),
      listSuppliers(store),
      getSettings(store),
      openRequests(store),
      recentListThreads(store, 50),
    ]);
    const known = await findingsOfThreads(
      store,
      seen.map((t) => t.threadId),
    );
    // Before anything renders in it: the buyer's choice, else the browser's language.
    applyUiLanguage(settings.uiLanguage);
    const today = todayLocal();
    const open = rows.filter((r) => r.status === 'open').map((r) => orderFigures(r, today));
    const byId = new Map(suppliers.map((s) => [s.id, s]));
    return {
      weakest: await weakestLinks(store, rows, suppliers),
      attention: attention(open, byId, requests),
      threads: threadsToCheck(seen, known, byId, rows, settings.thresholds),
      orderCount: rows.length,
    };
  } finally {
    store.close();
  }
}
