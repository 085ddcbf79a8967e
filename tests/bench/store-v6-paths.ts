// The orders list and the popup as schema v6 read them, kept here only (issue 13's "before" in the same
// run): every order whole (about 13 KB each: the shots' bilingual text) and every stage summary (with its
// by-day scores), each order's figures from its stages' summaries.

import { filterRows, orderRows, pageOf } from '@/components/options/order-rows';
import { attention } from '@/components/popup/attention';
import { readRecentSupplierHistory } from '@/utils/record/history';
import type { Store } from '@/utils/store/db';
import { listOrders } from '@/utils/store/orders';
import { openRequests } from '@/utils/store/requests';
import { getSettings } from '@/utils/store/settings';
import { allStageSummaries, type StageSummary, stageSummaryKey } from '@/utils/store/summaries';
import { listSuppliers } from '@/utils/store/suppliers';
import type { Order } from '@/utils/store/types';
import { countShots, gateOf, type ShotStatus } from '@/utils/triage/checklist';
import { weakestLink } from '@/utils/triage/scorecard';
import { scorecardInput } from '@/utils/triage/scorecard-input';

/** components/desk/stored-figures before v7: an order's figures from the order and its stage summaries. */
function figuresV6(order: Order, summaries: ReadonlyMap<string, StageSummary>, today: string) {
  const stages = order.stages.map((stage) => {
    const known = summaries.get(stageSummaryKey(order.id, stage.id))?.shots;
    const shots = stage.shots.map((shot) => ({
      shot,
      status: (known?.[shot.id] ?? 'missing') as ShotStatus,
    }));
    return { stage, checklist: { counts: countShots(shots), gate: gateOf(stage, shots, today) } };
  });
  let nextDue: (typeof stages)[number] | undefined;
  for (const s of stages) {
    const g = s.checklist.gate;
    if (g.daysToDue === undefined || g.canProceed) continue;
    if (!nextDue || g.daysToDue < nextDue.checklist.gate.daysToDue!) nextDue = s;
  }
  return { order, stages, current: stages.find((s) => s.stage.id === order.currentStageId), nextDue };
}

const byKey = (list: StageSummary[]) => new Map(list.map((s) => [s.key, s] as const));

/** The orders desk's first render before v7: orders, suppliers and stage summaries read, every row, page 1. */
export async function listV6(store: Store, today: string) {
  const [ord, sup, sum] = await Promise.all([
    listOrders(store),
    listSuppliers(store),
    allStageSummaries(store),
  ]);
  const summaries = byKey(sum);
  const rows = orderRows(
    ord.map((o) => figuresV6(o, summaries, today)),
    new Map(sup.map((x) => [x.id, x])),
  );
  return { rows, first: pageOf(filterRows(rows, '', 'all'), 0) };
}

/** components/popup/popup-load before v7 (its threads aside: the same reads then and now). */
export async function popupV6(store: Store, today: string) {
  const [orders, suppliers, , stageSummaries, requests] = await Promise.all([
    listOrders(store),
    listSuppliers(store),
    getSettings(store),
    allStageSummaries(store),
    openRequests(store),
  ]);
  const summaries = byKey(stageSummaries);
  const open = orders.filter((o) => o.status === 'open').map((o) => figuresV6(o, summaries, today));
  const weakest = [];
  for (const s of suppliers) {
    const own = orders.filter((o) => o.supplierId === s.id);
    if (!own.length) continue;
    const h = await readRecentSupplierHistory(store, own);
    const note = weakestLink(scorecardInput(h.orders, h.photos, h.requests));
    if (note) weakest.push(note);
  }
  return { weakest, attention: attention(open, new Map(suppliers.map((s) => [s.id, s])), requests) };
}
