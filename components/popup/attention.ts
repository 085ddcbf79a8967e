// What needs the buyer's attention across open orders, from the orders' checklists: stages missing
// photos or holding poor ones, gates coming due, and re-requests the supplier has not answered.

import type { OrderFigures } from '@/components/desk/stored-figures';
import type { ListThread, LocalText, RequestLogEntry, Supplier } from '@/utils/store/types';
import { type ListMark, markThread, type ThreadKnowledge } from '@/utils/triage/list-marks';
import type { OrderRef } from '@/utils/triage/match';
import type { Thresholds } from '@/utils/triage/thresholds';

export interface StageAttention {
  orderId: string;
  po: string;
  product: string;
  supplier: string;
  /** The stage's name in both languages; the view picks the interface's. */
  stage: LocalText;
  missing: number;
  /** Poor or rejected: to retake. */
  poor: number;
  /** Photos waiting for the buyer's look. */
  toReview: number;
}

export interface GateAttention {
  orderId: string;
  stageId: string;
  po: string;
  /** The stage, and its gate's own name ("packing"): the view says "Before packing" or "Pre-shipment due". */
  stage: LocalText;
  gate?: LocalText;
  dueDate: string;
  days: number;
  overdue: boolean;
  /** Required shots not accepted yet. */
  open: number;
}

export interface RequestAttention {
  id: string;
  orderId: string;
  po: string;
  askedAt: string;
  items: number;
  channel: RequestLogEntry['channel'];
}

export interface Attention {
  openOrders: number;
  stages: StageAttention[];
  gates: GateAttention[];
  requests: RequestAttention[];
}

export function attention(
  summaries: OrderFigures[],
  suppliers: Map<string, Supplier>,
  requests: RequestLogEntry[],
): Attention {
  const open = summaries.filter((s) => s.order.status === 'open');
  const stages: StageAttention[] = [];
  const gates: GateAttention[] = [];
  for (const { order, current, stages: all } of open) {
    const po = order.poNumbers[0] ?? '';
    if (current) {
      const c = current.checklist.counts;
      if (c.missing + c.poor + c.rejected > 0) {
        stages.push({
          orderId: order.id,
          po,
          product: order.product,
          supplier: suppliers.get(order.supplierId)?.company ?? '',
          stage: current.stage.name,
          missing: c.missing,
          poor: c.poor + c.rejected,
          toReview: c.pending,
        });
      }
    }
    for (const { stage, checklist } of all) {
      const g = checklist.gate;
      if (g.dueDate === undefined || g.daysToDue === undefined || g.canProceed) continue;
      gates.push({
        orderId: order.id,
        stageId: stage.id,
        po,
        stage: stage.name,
        gate: stage.gate?.label,
        dueDate: g.dueDate,
        days: g.daysToDue,
        overdue: g.overdue,
        // The shots the gate waits for (its blockers): a stored row keeps counts, not shots.
        open: checklist.counts.required - checklist.counts.requiredAccepted,
      });
    }
  }
  // Photos to retake first, then most missing.
  stages.sort((a, b) => b.poor - a.poor || b.missing - a.missing || a.po.localeCompare(b.po));
  gates.sort((a, b) => a.days - b.days || a.po.localeCompare(b.po));
  const byId = new Map(open.map((s) => [s.order.id, s.order]));
  const waiting = requests
    .filter((r) => r.answeredAt === undefined && byId.has(r.orderId))
    .sort((a, b) => a.askedAt.localeCompare(b.askedAt))
    .map((r) => ({
      id: r.id,
      orderId: r.orderId,
      po: byId.get(r.orderId)!.poNumbers[0] ?? '',
      askedAt: r.askedAt,
      items: r.items.length,
      channel: r.channel,
    }));
  return { openOrders: open.length, stages, gates, requests: waiting };
}

/** A supplier thread with photos seen in a message list that still needs the buyer (popup, "Photos to check"). */
export interface ThreadAttention {
  thread: ListThread;
  supplier: string;
  mark: ListMark;
}

/** Threads not checked yet, to re-request, or awaiting an answer; newest first (as `threads` come). */
export function threadsToCheck(
  threads: ListThread[],
  known: Map<string, ThreadKnowledge>,
  suppliers: Map<string, Supplier>,
  orders: OrderRef[],
  thresholds: Thresholds,
): ThreadAttention[] {
  return threads.flatMap((thread) => {
    const supplier = suppliers.get(thread.supplierId);
    if (!supplier) return [];
    const mark = markThread({
      threadId: thread.threadId,
      subject: thread.subject,
      supplier,
      known: known.get(thread.threadId),
      orders,
      thresholds,
    });
    return mark.state === 'good' ? [] : [{ thread, supplier: supplier.company, mark }];
  });
}
