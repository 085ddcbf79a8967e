// The orders list's and the popup's rows (schema v7, packed into pages in v8): per order what its row
// shows, with each stage's shot counts, so a list of 5,000 orders reads 64 records instead of 5,000 whole
// orders (13 KB each: the shots' bilingual text) and every stage summary (with its by-day scores).
// Kept in the `summaries` store, written by refreshStages (utils/store/summaries) after every write that
// changes an order's stage summaries or the order itself, in the same transaction; derived, so never in
// a backup nor synced. The date-dependent part (days to a gate) is worked out when read
// (components/desk/stored-figures).
//
// Why pages of packed rows: Chromium's IndexedDB pays per value read (5,000 small records: ~100 ms
// before any is used) and per object in a value (a row's stages as nested objects cost twice flat
// arrays). Measured in a real Chromium, 5,000 rows: one record each, nested, 830–900 ms under load; 50
// pages of flat rows, 150 ms. An order's row lives in the page its id hashes to, so a write rewrites one
// page (about 80 rows at 5,000 orders), never the list.

import type { ChecklistCounts, ShotStatus } from '@/utils/triage/checklist';
import { countShots } from '@/utils/triage/checklist';
import type { Store } from './db';
import { fromStoredOrder, type StoredOrder } from './stored';
import type { StageSummary } from './summaries';
import { listPageKey, prefixRange, stageSummaryKey } from './summary-keys';
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

/** An order's row as the lists use it. */
export interface ListRow {
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

/** A row as stored: its stages' fields in two flat arrays (see the top of the file). */
export interface PackedRow extends Omit<ListRow, 'stages'> {
  /** STAGE_TEXTS strings a stage: id, name (en, zh), due date, gate label (en, zh); null: none. */
  text: (string | null)[];
  /** COUNT_KEYS.length numbers a stage, in that order. */
  counts: number[];
}

/** The rows of the orders whose ids hash to this page, by id. */
export interface ListRowPage {
  key: string;
  kind: 'rows';
  rows: PackedRow[];
}

/** Pages the rows are spread over: 64 records to read for the list, ~80 rows rewritten per write at 5,000 orders. */
export const LIST_PAGES = 64;
const STAGE_TEXTS = 6;
const COUNT_KEYS = [
  'total',
  'required',
  'requiredAccepted',
  'accepted',
  'pending',
  'poor',
  'missing',
  'rejected',
] as const satisfies readonly (keyof ChecklistCounts)[];

/** Pure: the page an order's row lives in (FNV-1a of its id). */
export function pageOf(orderId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < orderId.length; i++) h = Math.imul(h ^ orderId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % LIST_PAGES;
}

/** Pure: an order's row from the order and its stage summaries (by key; missing ones count as no photo). */
export function listRowOf(
  order: Order,
  summaries: ReadonlyMap<string, Pick<StageSummary, 'shots'>>,
): ListRow {
  return {
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

/** Pure: the row as stored. */
export function packRow({ stages, ...row }: ListRow): PackedRow {
  return {
    ...row,
    text: stages.flatMap((s) => [
      s.id,
      s.name.en,
      s.name.zh,
      s.dueDate ?? null,
      s.gate?.label.en ?? null,
      s.gate?.label.zh ?? null,
    ]),
    counts: stages.flatMap((s) => COUNT_KEYS.map((k) => s.counts[k])),
  };
}

/** Pure: the row as the lists use it. */
export function unpackRow({ text, counts, ...row }: PackedRow): ListRow {
  const stages: ListRowStage[] = [];
  for (let i = 0, c = 0; i < text.length; i += STAGE_TEXTS, c += COUNT_KEYS.length) {
    const [id, en, zh, dueDate, gateEn, gateZh] = text.slice(i, i + STAGE_TEXTS);
    const stage: ListRowStage = {
      id: id!,
      name: { en: en!, zh: zh! },
      counts: Object.fromEntries(COUNT_KEYS.map((k, j) => [k, counts[c + j]!])) as unknown as ChecklistCounts,
    };
    if (gateEn != null) stage.gate = { label: { en: gateEn, zh: gateZh ?? '' } };
    if (dueDate != null) stage.dueDate = dueDate;
    stages.push(stage);
  }
  return { ...row, stages };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Pure: every page for these rows (import, migration), each page's rows by id. */
export function listPagesOf(rows: Iterable<ListRow>): ListRowPage[] {
  const pages = new Map<number, PackedRow[]>();
  for (const row of rows) {
    const n = pageOf(row.id);
    const list = pages.get(n);
    if (list) list.push(packRow(row));
    else pages.set(n, [packRow(row)]);
  }
  return [...pages].map(([n, list]) => ({ key: listPageKey(n), kind: 'rows', rows: list.sort(byId) }));
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
  const key = listPageKey(pageOf(orderId));
  const page = (await os.get(key)) as ListRowPage | undefined;
  const rows = (page?.rows ?? []).filter((r) => r.id !== orderId);
  if (stored) {
    const summaries = (await os.getAll(prefixRange(stageSummaryKey(orderId, '')))) as StageSummary[];
    rows.push(packRow(listRowOf(fromStoredOrder(stored), new Map(summaries.map((s) => [s.key, s])))));
    rows.sort(byId);
  }
  if (rows.length) await os.put({ key, kind: 'rows', rows } satisfies ListRowPage);
  else if (page) await os.delete(key);
}

/** Every order's row, by id: the orders list and the popup (no order record, no stage summary read). */
export async function allListRows(store: Store): Promise<ListRow[]> {
  const pages = (await read(store, ['summaries'], (tx) =>
    tx.objectStore('summaries').getAll(prefixRange(listPageKey(''))),
  )) as ListRowPage[];
  return pages.flatMap((p) => p.rows.map(unpackRow)).sort(byId);
}
