// An order's figures for the lists (the orders desk's list, the popup) from the stage summaries the store
// keeps in the same transaction as every write (utils/store/summaries.ts): no photo record is read, so the
// list has its counts at first render however many photos there are. The order page's checklist says more
// (reuse, the buyer's own thresholds): summaries judge shots as stored, with the default thresholds.
import type { StageSummary as StoredStageSummary } from '@/utils/store/summaries';
import { stageSummaryKey } from '@/utils/store/summaries';
import type { Order, Stage } from '@/utils/store/types';
import { type Checklist, countShots, gateOf, type ShotStatus } from '@/utils/triage/checklist';

export interface StageFigures {
  stage: Stage;
  checklist: Pick<Checklist, 'counts' | 'gate'>;
}

/** What a list shows of an order: its current stage's counts and the stage due soonest (as OrderSummary). */
export interface OrderFigures {
  order: Order;
  stages: StageFigures[];
  current?: StageFigures;
  nextDue?: StageFigures;
}

/** Stage summaries by key, for orderFigures. */
export const summariesByKey = (list: readonly StoredStageSummary[]) =>
  new Map(list.map((s) => [s.key, s] as const));

function stageFigures(stage: Stage, summary: StoredStageSummary | undefined, today: string): StageFigures {
  // A shot the summary does not know (added since its last write, or no summary yet) has no photo: missing.
  const shots = stage.shots.map((shot) => ({
    shot,
    status: (summary?.shots[shot.id] ?? 'missing') as ShotStatus,
  }));
  const counts = countShots(shots);
  return { stage, checklist: { counts, gate: gateOf(stage, shots, today) } };
}

export function orderFigures(
  order: Order,
  summaries: ReadonlyMap<string, StoredStageSummary>,
  today: string,
): OrderFigures {
  const stages = order.stages.map((stage) =>
    stageFigures(stage, summaries.get(stageSummaryKey(order.id, stage.id)), today),
  );
  let nextDue: StageFigures | undefined;
  for (const s of stages) {
    const g = s.checklist.gate;
    if (g.daysToDue === undefined || g.canProceed) continue;
    if (!nextDue || g.daysToDue < nextDue.checklist.gate.daysToDue!) nextDue = s;
  }
  return { order, stages, current: stages.find((s) => s.stage.id === order.currentStageId), nextDue };
}
