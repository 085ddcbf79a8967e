// The popup: opens the store, computes what needs attention, and opens links in tabs.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { explainError } from '@/components/desk/errors';
import { orderFigures, summariesByKey } from '@/components/desk/stored-figures';
import { todayLocal } from '@/utils/dates';
import { applyUiLanguage } from '@/utils/i18n';
import { readRecentSupplierHistory } from '@/utils/record/history';
import {
  allStageSummaries,
  DB_NAME,
  findingsOfThreads,
  getSettings,
  listOrders,
  listSuppliers,
  openRequests,
  openStore,
  recentListThreads,
  watchChanges,
} from '@/utils/store';
import type { ListThread } from '@/utils/store/types';
import { weakestLink } from '@/utils/triage/scorecard';
import { scorecardInput } from '@/utils/triage/scorecard-input';
import { type Attention, attention, type ThreadAttention, threadsToCheck } from './attention';
import { openThread } from './open-thread';
import { PopupView, type WeakLink } from './PopupView';
import { popupText } from './text';

interface Loaded {
  weakest: WeakLink[];
  attention: Attention;
  threads: ThreadAttention[];
  orderCount: number;
}

async function load(): Promise<Loaded> {
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

async function openMail(thread: ListThread) {
  await openThread(thread, browser);
  if (!(await browser.tabs.getCurrent())) window.close();
}

async function openPage(path: string) {
  // getURL's path type lists only pages WXT knew at its last build; any extension path is fine here.
  const url = (browser.runtime.getURL as (p: string) => string)(path);
  await browser.tabs.create({ url });
  // In the toolbar popup, get out of the way; opened as a tab (tests, a pinned popup), stay.
  if (!(await browser.tabs.getCurrent())) window.close();
}

export function PopupApp() {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const show = () => load().then(setData, (e) => setError(explainError(e).message));
    void show();
    // An order or photo saved elsewhere while the popup is open (it can be pinned, or open as a tab).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchChanges({ name: DB_NAME }, () => {
      clearTimeout(timer);
      timer = setTimeout(show, 200);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
  if (error) {
    return (
      <div class="pp-root">
        <p class="pp-error" role="alert">
          {error}
        </p>
      </div>
    );
  }
  if (!data)
    return (
      <div class="pp-root pp-loading" role="status">
        {popupText().loading}
      </div>
    );
  return (
    <PopupView
      attention={data.attention}
      threads={data.threads}
      openThread={(t) => void openMail(t)}
      orderCount={data.orderCount}
      now={new Date()}
      open={(p) => void openPage(p)}
      weakest={data.weakest}
    />
  );
}
