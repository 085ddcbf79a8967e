// What the popup shows, read from the store: counts from the stage summaries (no photo record), the
// weakest links from each supplier's latest orders, the mail threads seen in the lists.
import { orderFigures, summariesByKey } from '@/components/desk/stored-figures';
import { todayLocal } from '@/utils/dates';
import { applyUiLanguage } from '@/utils/i18n';
import { readRecentSupplierHistory } from '@/utils/record/history';
import {
  allStageSummaries,
  findingsOfThreads,
  getSettings,
  listOrders,
  listSuppliers,
  openRequests,
  openStore,
  recentListThreads,
} from '@/utils/store';
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

export async function loadPopup(): Promise<Loaded> {
  const store = await openStore();
  try {
    // Counts from the stage summaries the store keeps with every write: no photo record is read.
    const [orders, suppliers, settings, stageSummaries, requests, seen] = await Promise.all([
      listOrders(store),
      listSuppliers(store),
      getSettings(store),
      allStageSummaries(store),
      openRequests(store),
      recentListThreads(store, 50),
    ]);
    const known = await findingsOfThreads(
      store,
      seen.map((t) => t.threadId),
    );
    // Before anything renders in it: the buyer's choice, else the browser's language.
    applyUiLanguage(settings.uiLanguage);
    const byKey = summariesByKey(stageSummaries);
    const today = todayLocal();
    const summaries = orders.filter((o) => o.status === 'open').map((o) => orderFigures(o, byKey, today));
    const byId = new Map(suppliers.map((s) => [s.id, s]));
    // The weakest links: each supplier's latest orders only (bounded reads, utils/record/history.ts).
    const weakest: WeakLink[] = [];
    for (const s of suppliers) {
      const own = orders.filter((o) => o.supplierId === s.id);
      if (!own.length) continue;
      const h = await readRecentSupplierHistory(store, own);
      const note = weakestLink(scorecardInput(h.orders, h.photos, h.requests));
      if (note) weakest.push({ supplierId: s.id, company: s.company, note });
    }
    return {
      weakest,
      attention: attention(summaries, byId, requests),
      threads: threadsToCheck(seen, known, byId, orders, settings.thresholds),
      orderCount: orders.length,
    };
  } finally {
    store.close();
  }
}
