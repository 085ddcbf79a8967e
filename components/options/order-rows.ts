// The orders list as rows: computed once per load from the store's list rows (utils/store/list-rows),
// then only filtered per keystroke and shown a page at a time.
import type { OrderFigures } from '@/components/desk/stored-figures';
import type { LocalText, OrderStatus, Supplier } from '@/utils/store/types';
import { text } from './text';

/** Rows per page: 50 rows render in a frame on a slow laptop; 500 took over a second. */
export const PAGE_SIZE = 50;

export interface OrderRow {
  id: string;
  poNumbers: string[];
  supplier: string;
  product: string;
  stage?: LocalText;
  status: OrderStatus;
  nextDue?: { date: string; days: number; overdue: boolean; stage: LocalText };
  required: number;
  accepted: number;
  /** Poor or rejected: to retake. */
  poor: number;
  missing: number;
  /** Lower-case PO numbers, supplier and product, for the search box. */
  haystack: string;
}

export function orderRows(figures: Iterable<OrderFigures>, suppliers: Map<string, Supplier>): OrderRow[] {
  const rows: OrderRow[] = [];
  for (const { order, current, nextDue } of figures) {
    const c = current?.checklist.counts;
    const supplier = suppliers.get(order.supplierId)?.company ?? text().orders.unknownSupplier;
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
          ? { date: gate.dueDate, days: gate.daysToDue, overdue: gate.overdue, stage: nextDue!.stage.name }
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

/** One page of rows; a page past the end shows the last one. */
export function pageOf<T>(rows: T[], page: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE), page: p, pages };
}
