// One small record per order for the orders list and the popup (schema v7): what their rows show, with
// each stage's shot counts, so a list of 500 orders reads 500 records of a few hundred bytes instead of
// 500 whole orders (13 KB each: the shots' bilingual text) and every stage summary (with its by-day
// scores). Kept in the `summaries` store under `order\0id`, written by refreshStages (utils/store/summaries)
// after every write that changes an order's stage summaries or the order itself, in the same
// transaction; derived, so never in a backup nor synced. The date-dependent part (days to a gate) is
// worked out when read (components/desk/stored-figures).

import type { ChecklistCounts, ShotStatus } from '@/utils/triage/checklist';
import { countShots } from '@/utils/triage/checklist';
import type { Store } from './db';
import { fromStoredOrder, type StoredOrder } from './stored';
import type { StageSummary } from './summaries';
import { listRowKey, prefixRange, stageSummaryKey } from './summary-keys';
import { read, type Tx } from './tx';
import type { DateOnly, Gate, LocalText, Order, OrderStatus, Timestamp } from './types';

export interface ListRowStage {
  id: string;
  name: LocalText;
  /** The gate's own name ("packing"), when the stage has a gate. */
  gate?: Pick<Gate, 'label'>;
  /** The gate's due date, else the stage's. */
  dueDate?: DateOnly;
  /** The stage's shots as its summary judges them (a shot the summary does not know is missing). */
  counts: ChecklistCounts;
}

export interface ListRow {
  key: string;
  kind: 'order';
  /** The order's id. */
  id: string;
  poNumbers: string[];
  product: string;
  supplierId: string;
  status: OrderStatus;
  currentStageId: string;
  updatedAt: Timestamp;
  stages: ListRowStage[];
}

/** Pure: an order's row from the order and its stage summaries (by key; missing ones count as no photo). */
export function listRowOf(
  order: Order,
  summaries: ReadonlyMap<string, Pick<StageSummary, 'shots'>>,
): ListRow {
  return {
    key: listRowKey(order.id),
    kind: 'order',
    id: order.id,
    poNumbers: order.poNumbers,
    product: order.product,
    supplierId: order.supplierId,
    status: order.status,
    currentStageId: order.currentStageId,
    updatedAt: order.updatedAt,
    stages: order.stages.map((stage) => {
      const known = summaries.get(stageSummaryKey(order.id, stage.id))?.shots;
      const counts = countShots(
        stage.shots.map((shot) => ({ shot, status: (known?.[shot.id] ?? 'missing') as ShotStatus })),
      );
      const dueDate = stage.gate?.dueDate ?? stage.dueDate;
      return {
        id: stage.id,
        name: stage.name,
        ...(stage.gate ? { gate: { label: stage.gate.label } } : {}),
        ...(dueDate ? { dueDate } : {}),
        counts,
      };
    }),
  };
}

/**
 * Writes the order's row again from the order and its stage summaries as they are now in `tx` (the order
 * gone: its row goes). Call inside the write, after the summaries are refreshed.
 */
export async function putListRow(
  tx: Pick<Tx<['orders', 'summaries'], 'readwrite'>, 'objectStore'>,
  orderId: string,
): Promise<void> {
  const stored: StoredOrder | undefined = await tx.objectStore('orders').get(orderId);
  const os = tx.objectStore('summaries');
  if (!stored) {
    await os.delete(listRowKey(orderId));
    return;
  }
  const summaries = (await os.getAll(prefixRange(stageSummaryKey(orderId, '')))) as StageSummary[];
  await os.put(listRowOf(fromStoredOrder(stored), new Map(summaries.map((s) => [s.key, s]))));
}

/** Every order's row: the orders list and the popup (no order record, no stage summary read). */
export function allListRows(store: Store): Promise<ListRow[]> {
  return read(store, ['summaries'], (tx) =>
    tx.objectStore('summaries').getAll(prefixRange(listRowKey(''))),
  ) as Promise<ListRow[]>;
}
