// Each order's checklists, computed once per load for the orders list, the order page and the popup.
// Photos are grouped by order and stage once, and reuse is checked only against near-duplicate
// candidates from the index (see near-index.ts), so 500 orders and 20 000 photos take well under a second.
import type { Order, PhotoRecord, Stage } from '@/utils/store/types';
import { buildChecklist, type Checklist } from '@/utils/triage/checklist';
import type { Thresholds } from '@/utils/triage/thresholds';
import { createNearIndex, type NearIndex } from './near-index';

export interface StageSummary {
  stage: Stage;
  checklist: Checklist;
}

export interface OrderSummary {
  order: Order;
  stages: StageSummary[];
  /** The order's current stage. */
  current?: StageSummary;
  /** The stage due soonest whose required shots are not all accepted. */
  nextDue?: StageSummary;
}

export interface SummaryContext {
  /** Photos by `orderId + stageId` (see stageKey). */
  byStage: Map<string, PhotoRecord[]>;
  near: NearIndex;
  thresholds: Thresholds;
  today: string;
  orders: Order[];
}

export const stageKey = (orderId: string, stageId: string) => `${orderId}\u0000${stageId}`;

export function groupByStage(photos: readonly PhotoRecord[]): Map<string, PhotoRecord[]> {
  const out = new Map<string, PhotoRecord[]>();
  for (const p of photos) {
    if (p.orderId === undefined || p.stageId === undefined) continue;
    const key = stageKey(p.orderId, p.stageId);
    const list = out.get(key);
    if (list) list.push(p);
    else out.set(key, [p]);
  }
  return out;
}

export function summaryContext(input: {
  photos: readonly PhotoRecord[];
  orders: Order[];
  thresholds: Thresholds;
  today: string;
}): SummaryContext {
  return {
    byStage: groupByStage(input.photos),
    near: createNearIndex(input.photos, input.thresholds.nearDuplicateBits),
    thresholds: input.thresholds,
    today: input.today,
    orders: input.orders,
  };
}

export function stageChecklist(order: Order, stage: Stage, ctx: SummaryContext): Checklist {
  const photos = ctx.byStage.get(stageKey(order.id, stage.id)) ?? [];
  // Only near duplicates can be reused photos (exact reuse is in each record's own origins), and the
  // stage's own photos are compared with each other already.
  const own = new Set(photos);
  const history = photos.length ? ctx.near.nearAll(photos).filter((p) => !own.has(p)) : [];
  return buildChecklist({
    order,
    stage,
    photos,
    history,
    thresholds: ctx.thresholds,
    today: ctx.today,
    orders: ctx.orders,
  });
}

export function summarizeOrder(order: Order, ctx: SummaryContext): OrderSummary {
  const stages = order.stages.map((stage) => ({ stage, checklist: stageChecklist(order, stage, ctx) }));
  let nextDue: StageSummary | undefined;
  for (const s of stages) {
    const g = s.checklist.gate;
    if (g.daysToDue === undefined || g.canProceed) continue;
    if (!nextDue || g.daysToDue < nextDue.checklist.gate.daysToDue!) nextDue = s;
  }
  return { order, stages, current: stages.find((s) => s.stage.id === order.currentStageId), nextDue };
}
