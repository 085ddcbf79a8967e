// The orders list as rows: computed once per load from the summaries, then only filtered per keystroke.
import type { OrderSummary } from '@/components/orders/summary';
import type { OrderStatus, Supplier } from '@/utils/store/types';

export interface OrderRow {
  id: string;
  poNumbers: string[];
  supplier: string;
  product: string;
  stage?: { en: string; zh: string };
  status: OrderStatus;
  nextDue?: { date: string; days: number; overdue: boolean; stage: string };
  required: number;
  accepted: number;
  /** Poor or rejected: to retake. */
  poor: number;
  missing: number;
  /** Lower-case PO numbers, supplier and product, for the search box. */
  haystack: string;
}

export function orderRows(summaries: Iterable<OrderSummary>, suppliers: Map<string, Supplier>): OrderRow[] {
  const rows: OrderRow[] = [];
  for (const { order, current, nextDue } of summaries) {
    const c = current?.checklist.counts;
    const supplier = suppliers.get(order.supplierId)?.company ?? '(unknown supplier)';
    const gate = nextDue?.checklist.gate;
    rows.push({
      id: order.id,
      poNumbers: order.poNumbers,
      supplier,
      product: order.product,
      stage: current && { en: current.stage.name.en, zh: current.stage.name.zh },
      status: order.status,
      nextDue:
        gate?.dueDate !== undefined && gate.daysToDue !== undefined
          ? { date: gate.dueDate, days: gate.daysToDue, overdue: gate.overdue, stage: nextDue!.stage.name.en }
          : undefined,
      required: c?.required ?? 0,
      accepted: c?.requiredAccepted ?? 0,
      poor: (c?.poor ?? 0) + (c?.rejected ?? 0),
      missing: c?.missing ?? 0,
      haystack: [...order.poNumbers, supplier, order.product].join('\n').toLowerCase(),
    });
  }
  // Soonest due first (overdue on top), orders without a due date after, then by PO number.
  return rows.sort(
    (a, b) =>
      (a.nextDue?.days ?? Number.POSITIVE_INFINITY) - (b.nextDue?.days ?? Number.POSITIVE_INFINITY) ||
      a.poNumbers[0]!.localeCompare(b.poNumbers[0]!),
  );
}

/** Every word of the query must appear in the PO numbers, supplier or product. */
export function filterRows(rows: OrderRow[], query: string, status: OrderStatus | 'all'): OrderRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) => (status === 'all' || r.status === status) && words.every((w) => r.haystack.includes(w)),
  );
}
