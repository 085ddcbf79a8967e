// Counts the screens show, kept beside the records they count: one summary per order stage and one per
// supplier, rewritten inside the same readwrite transaction as every write that changes them (filing,
// assigning, accepting, rejecting, deleting a photo, editing or deleting an order, logging a request or
// marking it answered, importing, migrating). IndexedDB runs overlapping readwrite transactions one after the other, so two
// tabs writing at once each see the other's summary and none is lost. Reading a count never reads a
// photo.
//
// A stage's summary is recomputed from that stage's own photos (the orderStage index: tens of small
// records, not the whole desk) with the checklist's own rules, without reuse: whether a photo was seen
// before depends on every other photo, and is decided where the photos are on screen.
// A supplier's summary is the sum of its orders' stage summaries plus its requests, moved by the
// difference each time a stage summary or a request changes; its scorecard days keep dates over
// KEEP_DAYS old by month (utils/triage/scorecard-days).
import { buildChecklist, type ChecklistCounts, noCounts, type ShotStatus } from '@/utils/triage/checklist';
import {
  addScore,
  emptyScoreDays,
  gateDays,
  moveSupplierScore,
  photoDays,
  requestDays,
  rollUp,
  type ScoreDays,
  sumScores,
} from '@/utils/triage/scorecard-days';
import { scorePhotoOf, scoreRequestOf, scoreStageOf } from '@/utils/triage/scorecard-input';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import type { Store } from './db';
import { type ListRow, type ListRowPage, listPagesOf, listRowOf, putListRow } from './list-rows';
import { bucketsOf, newVersion } from './near-buckets';
import { fromStoredOrder, fromStoredPhoto, type StoredOrder, type StoredPhoto } from './stored';
import { prefixRange, stageSummaryKey, supplierSummaryKey } from './summary-keys';
import { read, type Tx } from './tx';
import type { Order, RequestLogEntry } from './types';

/** Photos of a stage (or a supplier) by what happened to them. */
export interface PhotoTally {
  /** Photos filed under it. */
  received: number;
  accepted: number;
  rejected: number;
  /** Not accepted nor rejected, and measured as a fail (to re-request). */
  poor: number;
}

export interface StageSummary extends PhotoTally {
  key: string;
  kind: 'stage';
  orderId: string;
  stageId: string;
  supplierId: string;
  /** The stage's shots as the checklist judges them (reuse aside). */
  counts: ChecklistCounts;
  shots: Record<string, ShotStatus>;
  /** Its photos and its gate by day (utils/triage/scorecard-days); requests are the supplier's. */
  score: ScoreDays;
}

export interface SupplierSummary extends PhotoTally {
  key: string;
  kind: 'supplier';
  supplierId: string;
  /** Re-requests logged for the supplier's orders. */
  requests: number;
  /**
   * The sum of its stages' and its requests' by day, older dates by month (schema v5 added photos and
   * first photos, v6 problems, gates and requests, and the months; each counted every summary again).
   */
  score: ScoreDays;
}

/** And the pages of the orders' list rows (utils/store/list-rows), kept by the same writes. */
export type Summary = StageSummary | SupplierSummary | ListRowPage;

export { stageSummaryKey, supplierSummaryKey };

const EMPTY_TALLY: PhotoTally = { received: 0, accepted: 0, rejected: 0, poor: 0 };

export function emptySupplierSummary(supplierId: string): SupplierSummary {
  return {
    key: supplierSummaryKey(supplierId),
    kind: 'supplier',
    supplierId,
    ...EMPTY_TALLY,
    requests: 0,
    score: emptyScoreDays(),
  };
}

/** Pure: a stage's photos added up by day, as the scorecard counts them. */
export const scoreDaysOf = (photos: StoredPhoto[]): ScoreDays =>
  photoDays(photos.flatMap((p) => scorePhotoOf(fromStoredPhoto(p)) ?? []));

/** Pure: the summary of one stage from its order and its photos. */
export function summarizeStage(order: Order, stageId: string, photos: StoredPhoto[]): StageSummary {
  const tally = { ...EMPTY_TALLY };
  for (const p of photos) {
    tally.received++;
    if (p.status.state === 'accepted') tally.accepted++;
    else if (p.status.state === 'rejected') tally.rejected++;
    else if (p.report.verdict === 'fail') tally.poor++;
  }
  const stage = order.stages.find((s) => s.id === stageId);
  const shots: Record<string, ShotStatus> = {};
  let counts = noCounts();
  if (stage) {
    const checklist = buildChecklist({
      order,
      stage,
      photos: photos.map(fromStoredPhoto),
      history: [],
      thresholds: DEFAULT_THRESHOLDS,
      today: '1970-01-01',
    });
    counts = checklist.counts;
    for (const s of checklist.shots) shots[s.shot.id] = s.status;
  }
  return {
    key: stageSummaryKey(order.id, stageId),
    kind: 'stage',
    orderId: order.id,
    stageId,
    supplierId: order.supplierId,
    ...tally,
    counts,
    shots,
    score: addScore(
      scoreDaysOf(photos),
      gateDays(stage && scoreStageOf(order, stage, photos.map(fromStoredPhoto))),
      1,
    ),
  };
}

type SummaryTx = Pick<Tx<['photos', 'orders', 'summaries'], 'readwrite'>, 'objectStore'>;

async function moveSupplier(
  tx: Pick<Tx<['summaries'], 'readwrite'>, 'objectStore'>,
  supplierId: string,
  sign: 1 | -1,
  tally: PhotoTally,
  requests = 0,
  score?: ScoreDays,
) {
  const os = tx.objectStore('summaries');
  const old =
    ((await os.get(supplierSummaryKey(supplierId))) as SupplierSummary | undefined) ??
    emptySupplierSummary(supplierId);
  const next: SupplierSummary = {
    ...old,
    received: old.received + sign * tally.received,
    accepted: old.accepted + sign * tally.accepted,
    rejected: old.rejected + sign * tally.rejected,
    poor: old.poor + sign * tally.poor,
    requests: old.requests + sign * requests,
    score: moveSupplierScore(old.score, score, sign),
  };
  // Nothing to count is no record: the same as a count from scratch (summarizeAll) gives.
  if (isEmpty(next)) await os.delete(next.key);
  else await os.put(next);
}

const isEmpty = (s: SupplierSummary) =>
  !s.received &&
  !s.accepted &&
  !s.rejected &&
  !s.poor &&
  !s.requests &&
  // A gate passed without photos counts even with nothing filed.
  !Object.keys(s.score.gates).length;

/**
 * Recomputes the summaries of these stages of `orderId` (the order as stored now; gone: removed) and
 * moves its supplier's totals by the difference. Call inside the write, after its puts.
 */
export async function refreshStages(
  tx: SummaryTx,
  orderId: string,
  stageIds: Iterable<string>,
): Promise<void> {
  const stored = await tx.objectStore('orders').get(orderId);
  const order = stored && fromStoredOrder(stored);
  const os = tx.objectStore('summaries');
  for (const stageId of new Set(stageIds)) {
    const key = stageSummaryKey(orderId, stageId);
    const old = (await os.get(key)) as StageSummary | undefined;
    if (old) await moveSupplier(tx, old.supplierId, -1, old, 0, old.score);
    const photos = order ? await tx.objectStore('photos').index('orderStage').getAll([orderId, stageId]) : [];
    if (!order || (!photos.length && !order.stages.some((s) => s.id === stageId))) {
      if (old) await os.delete(key);
      continue;
    }
    const next = summarizeStage(order, stageId, photos);
    await os.put(next);
    await moveSupplier(tx, next.supplierId, 1, next, 0, next.score);
  }
  // The order's list row shows these counts (and the order itself): written again with them.
  await putListRow(tx, orderId);
}

/** Every stage of the order, and every stage its photos are filed under (a stage since removed). */
export async function refreshOrder(tx: SummaryTx, orderId: string): Promise<void> {
  const stored = await tx.objectStore('orders').get(orderId);
  const stageIds = new Set(stored?.stages.map((s) => s.id) ?? []);
  for (const key of await tx.objectStore('summaries').getAllKeys(prefixRange(stageSummaryKey(orderId, ''))))
    stageIds.add(String(key).split('\u0000')[2]!);
  for (const p of await tx.objectStore('photos').index('orderId').getAll(orderId))
    if (p.stageId !== undefined) stageIds.add(p.stageId);
  await refreshStages(tx, orderId, stageIds);
}

/** These requests (an order's) counted off one supplier and onto another (the order given to another supplier). */
export async function moveRequests(
  tx: Pick<Tx<['summaries'], 'readwrite'>, 'objectStore'>,
  from: string,
  to: string,
  requests: RequestLogEntry[],
): Promise<void> {
  if (!requests.length || from === to) return;
  const score = requestDays(requests.map(scoreRequestOf));
  await moveSupplier(tx, from, -1, EMPTY_TALLY, requests.length, score);
  await moveSupplier(tx, to, 1, EMPTY_TALLY, requests.length, score);
}

/**
 * A request logged (+1) or deleted (-1) for its order; a request answered is its unanswered self
 * counted off (-1) and its answered self on (+1), in the transaction that marks it.
 */
export async function countRequest(
  tx: Pick<Tx<['orders', 'summaries'], 'readwrite'>, 'objectStore'>,
  request: RequestLogEntry,
  sign: 1 | -1,
): Promise<void> {
  const order = await tx.objectStore('orders').get(request.orderId);
  if (order)
    await moveSupplier(
      tx as never,
      order.supplierId,
      sign,
      EMPTY_TALLY,
      1,
      requestDays([scoreRequestOf(request)]),
    );
}

/**
 * Pure: every summary from scratch (migration, import, and the tests' reference). Photos are given
 * as an iterable so a migration can stream them.
 */
export function summarizeAll(
  orders: StoredOrder[],
  photos: Iterable<StoredPhoto>,
  requests: Iterable<RequestLogEntry>,
): Summary[] {
  const byStage = new Map<string, StoredPhoto[]>();
  for (const p of photos) {
    if (p.orderId === undefined || p.stageId === undefined) continue;
    const key = stageSummaryKey(p.orderId, p.stageId);
    const list = byStage.get(key);
    if (list) list.push(p);
    else byStage.set(key, [p]);
  }
  const suppliers = new Map<string, SupplierSummary>();
  const scores = new Map<string, ScoreDays[]>();
  const supplier = (id: string) => {
    const s = suppliers.get(id) ?? emptySupplierSummary(id);
    suppliers.set(id, s);
    if (!scores.has(id)) scores.set(id, []);
    return s;
  };
  const out: Summary[] = [];
  const rows: ListRow[] = [];
  const ordersById = new Map(orders.map((o) => [o.id, fromStoredOrder(o)]));
  for (const order of ordersById.values()) {
    const stageIds = new Set(order.stages.map((s) => s.id));
    for (const key of byStage.keys()) {
      const [, orderId, stageId] = key.split('\u0000');
      if (orderId === order.id) stageIds.add(stageId!);
    }
    const own = new Map<string, StageSummary>();
    for (const stageId of stageIds) {
      const s = summarizeStage(order, stageId, byStage.get(stageSummaryKey(order.id, stageId)) ?? []);
      out.push(s);
      own.set(s.key, s);
      const sup = supplier(s.supplierId);
      sup.received += s.received;
      sup.accepted += s.accepted;
      sup.rejected += s.rejected;
      sup.poor += s.poor;
      scores.get(s.supplierId)!.push(s.score);
    }
    rows.push(listRowOf(order, own));
  }
  for (const r of requests) {
    const order = ordersById.get(r.orderId);
    if (!order) continue;
    supplier(order.supplierId).requests++;
    scores.get(order.supplierId)!.push(requestDays([scoreRequestOf(r)]));
  }
  // Added in one go, then rolled up once: the months the same as moving them in one by one.
  for (const sup of suppliers.values()) sup.score = rollUp(sumScores(scores.get(sup.supplierId)!));
  return [...out, ...listPagesOf(rows), ...[...suppliers.values()].filter((s) => !isEmpty(s))];
}

/** Replaces every summary and the reuse index with ones made from the records (after an import). */
export async function rebuildSummaries(
  tx: Pick<Tx<['photos', 'orders', 'requests', 'summaries', 'nearBuckets'], 'readwrite'>, 'objectStore'>,
): Promise<void> {
  const [orders, photos, requests] = await Promise.all([
    tx.objectStore('orders').getAll(),
    tx.objectStore('photos').getAll(),
    tx.objectStore('requests').getAll(),
  ]);
  const os = tx.objectStore('summaries');
  await os.clear();
  for (const s of summarizeAll(orders, photos, requests)) await os.put(s);
  const buckets = tx.objectStore('nearBuckets');
  await buckets.clear();
  for (const b of bucketsOf(photos)) await buckets.put(b);
  await buckets.put(newVersion());
}

// ---- reads ----

/** The summaries of an order's stages. */
export function stageSummariesForOrder(store: Store, orderId: string): Promise<StageSummary[]> {
  return read(store, ['summaries'], (tx) =>
    tx.objectStore('summaries').getAll(prefixRange(stageSummaryKey(orderId, ''))),
  ) as Promise<StageSummary[]>;
}

/** Every stage summary, by `orderId\0stageId` (the orders list and the popup). */
export async function allStageSummaries(store: Store): Promise<StageSummary[]> {
  return read(store, ['summaries'], (tx) =>
    tx.objectStore('summaries').getAll(prefixRange('stage\u0000')),
  ) as Promise<StageSummary[]>;
}

/** One supplier's totals (zeros when nothing was filed for it). */
export async function supplierSummary(store: Store, supplierId: string): Promise<SupplierSummary> {
  const found = await read(store, ['summaries'], (tx) =>
    tx.objectStore('summaries').get(supplierSummaryKey(supplierId)),
  );
  return (found as SupplierSummary | undefined) ?? emptySupplierSummary(supplierId);
}

/** Every supplier's totals, for the supplier scorecard. */
export function allSupplierSummaries(store: Store): Promise<SupplierSummary[]> {
  return read(store, ['summaries'], (tx) =>
    tx.objectStore('summaries').getAll(prefixRange('supplier\u0000')),
  ) as Promise<SupplierSummary[]>;
}
