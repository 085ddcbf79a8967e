// An order's figures for the lists (the orders desk's list, the popup) from its list row, which the store
// keeps in the same transaction as every write (utils/store/list-rows, schema v7): neither the order nor
// a photo record is read, so the list has its counts at first render however many orders and photos
// there are. The order page's checklist says more (reuse, the buyer's own thresholds): rows judge shots
// as stored, with the default thresholds. The shapes are those of OrderSummary (components/desk/summary)
// minus what a row does not keep, so the lists take either.
import type { ListRow, ListRowStage } from '@/utils/store/list-rows';
import type { Order } from '@/utils/store/types';
import { type ChecklistCounts, dayNumber, type GateStatus } from '@/utils/triage/checklist';

export interface StageFigures {
  stage: Pick<ListRowStage, 'id' | 'name' | 'gate'>;
  /** The gate without its blockers (a row keeps counts, not shots): required − requiredAccepted of them. */
  checklist: { counts: ChecklistCounts; gate: Omit<GateStatus, 'blockers'> };
}

/** What a list shows of an order: its current stage's counts and the stage due soonest (as OrderSummary). */
export interface OrderFigures {
  order: Pick<Order, 'id' | 'poNumbers' | 'product' | 'supplierId' | 'status' | 'currentStageId'>;
  stages: StageFigures[];
  current?: StageFigures;
  nextDue?: StageFigures;
}

/** Pure: the gate as gateOf (utils/triage/checklist) says it, from the stored counts and today. */
function gateFigures(stage: ListRowStage, today: string): StageFigures['checklist']['gate'] {
  const open = stage.counts.required - stage.counts.requiredAccepted;
  const gate: StageFigures['checklist']['gate'] = {
    hasGate: stage.gate !== undefined,
    canProceed: open === 0,
    overdue: false,
  };
  if (stage.dueDate) {
    gate.dueDate = stage.dueDate;
    gate.daysToDue = Math.round(dayNumber(stage.dueDate) - dayNumber(today));
    gate.overdue = gate.daysToDue < 0 && open > 0;
  }
  return gate;
}

export function orderFigures(row: ListRow, today: string): OrderFigures {
  const stages = row.stages.map((stage) => ({
    stage,
    checklist: { counts: stage.counts, gate: gateFigures(stage, today) },
  }));
  let nextDue: StageFigures | undefined;
  for (const s of stages) {
    const g = s.checklist.gate;
    if (g.daysToDue === undefined || g.canProceed) continue;
    if (!nextDue || g.daysToDue < nextDue.checklist.gate.daysToDue!) nextDue = s;
  }
  return { order: row, stages, current: stages.find((s) => s.stage.id === row.currentStageId), nextDue };
}
