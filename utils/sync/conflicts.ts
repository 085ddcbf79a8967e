// The rules a team's conflicts are settled by, each one a screen can explain in a line. Pure functions
// over records: the sync engine hands them every version CouchDB kept (the winner and its conflicts),
// writes what they return as the next revision and deletes the losing ones, so conflicts never pile up.
//
// - A photo decided by two people: the later decision wins; the earlier one stays in the photo's
//   history with who and when ("Rejected by Li Wei, 10:42, after Tom accepted it at 10:40").
// - An order (or template) edited on both sides: the later edit's fields, and every stage and shot either
//   side had (a shot added by one while the other filed photos is kept; nothing is dropped).
// - A photo filed to a stage or shot that is gone, or to an order someone deleted: it stays, unfiled
//   from what is gone, with a history line saying who deleted the order and when.
// - Anything else (suppliers, reference photos, requests): the later write wins; a supplier keeps every
//   address and domain either side had, a request keeps its answer.

import { merge3 } from '@/utils/store/revision';
import type { SyncedRecords } from '@/utils/store/synced';
import type {
  Order,
  PhotoEvent,
  PhotoOrigin,
  PhotoRecord,
  PhotoStatus,
  RequestLogEntry,
  ShotListTemplate,
  Stage,
  Supplier,
  Timestamp,
} from '@/utils/store/types';
import type { SharedKind } from './mapping';

/** How many earlier events a photo keeps: the screens show the last one, the record the rest. */
export const HISTORY_LIMIT = 20;

const ms = (t: Timestamp | undefined) => (t ? Date.parse(t) || 0 : 0);
/** Newest first by `updatedAt`; ties broken by content so every browser picks the same one. */
function newestFirst<T extends { updatedAt?: Timestamp }>(versions: readonly T[]): T[] {
  return [...versions].sort(
    (a, b) => ms(b.updatedAt) - ms(a.updatedAt) || JSON.stringify(b).localeCompare(JSON.stringify(a)),
  );
}

// ---- Photo decisions ----------------------------------------------------------------------------------

/** The decision itself, without who made it and what came before. */
function asEvent(status: PhotoStatus, fallbackAt: Timestamp): PhotoEvent {
  const event: PhotoEvent = { state: status.state, at: 'at' in status ? status.at : fallbackAt };
  if (status.by) event.by = status.by;
  if (status.state === 'rejected') event.reason = status.reason;
  return event;
}

const sameDecision = (a: PhotoStatus, b: PhotoStatus) =>
  a.state === b.state &&
  ('at' in a ? a.at : '') === ('at' in b ? b.at : '') &&
  (a.state === 'rejected' ? a.reason : '') === (b.state === 'rejected' ? b.reason : '');

const eventKey = (e: PhotoEvent) => [e.state, e.at, e.by ?? '', e.reason ?? '', e.order ?? ''].join('\u0000');

function mergeHistory(...lists: (PhotoEvent[] | undefined)[]): PhotoEvent[] | undefined {
  const byKey = new Map<string, PhotoEvent>();
  for (const e of lists.flat()) if (e) byKey.set(eventKey(e), e);
  const all = [...byKey.values()].sort((a, b) => ms(a.at) - ms(b.at)).slice(-HISTORY_LIMIT);
  return all.length ? all : undefined;
}

function withHistory(status: PhotoStatus, history: PhotoEvent[] | undefined): PhotoStatus {
  const { history: _h, ...rest } = status;
  return history ? { ...rest, history } : rest;
}

/**
 * The status to share after a write in this browser. `shared` is the photo as the team last had it.
 * A new decision made here gets `by` (this person's name) and keeps the one it replaced in the history;
 * an unchanged one keeps the team's `by` and history (the store drops neither, but a local write of
 * the status replaces them).
 */
export function localDecision(
  shared: PhotoRecord | undefined,
  local: PhotoRecord,
  me: string | undefined,
): PhotoStatus {
  if (!shared)
    return local.status.by || !me || local.status.state === 'pending'
      ? local.status
      : { ...local.status, by: me };
  if (sameDecision(shared.status, local.status)) return shared.status;
  const replaced = shared.status.state === 'pending' ? [] : [asEvent(shared.status, shared.updatedAt)];
  const history = mergeHistory(shared.status.history, local.status.history, replaced);
  const mine: PhotoStatus = local.status.by || !me ? local.status : { ...local.status, by: me };
  return withHistory(mine, history);
}

/** Several people's versions of one photo's status: the latest decision, the others in its history. */
export function mergeStatuses(
  versions: readonly { status: PhotoStatus; updatedAt: Timestamp }[],
): PhotoStatus {
  const ranked = [...versions].sort((a, b) => {
    const at = (v: { status: PhotoStatus; updatedAt: Timestamp }) =>
      ms('at' in v.status ? v.status.at : v.updatedAt);
    return (
      at(b) - at(a) ||
      eventKey(asEvent(b.status, b.updatedAt)).localeCompare(eventKey(asEvent(a.status, a.updatedAt)))
    );
  });
  const winner = ranked[0].status;
  const replaced = ranked
    .slice(1)
    .filter((v) => v.status.state !== 'pending' && !sameDecision(v.status, winner))
    .map((v) => asEvent(v.status, v.updatedAt));
  return withHistory(winner, mergeHistory(...ranked.map((v) => v.status.history), replaced));
}

/**
 * A pulled photo about to be written over this browser's: a decision made here that the team's version
 * has not seen (neither its status nor in its history: made while the pass was pulling, before it was
 * sent) is not dropped; the two are merged as a conflict is (the later wins, the other in the history).
 * The store write marks photos as changed, so the next pass sends the result.
 */
export function withUnsentDecision(
  pulled: PhotoRecord,
  local: PhotoRecord | undefined,
  me: string | undefined,
): PhotoRecord {
  const made = local?.status;
  if (!made || made.state === 'pending' || sameDecision(made, pulled.status)) return pulled;
  // Made here, so signed by this person (the store keeps no name on this browser's own decisions).
  const mine: PhotoStatus = made.by || !me ? made : { ...made, by: me };
  const seen = pulled.status.history?.some((e) => e.state === mine.state && e.at === mine.at);
  if (seen) return pulled;
  const status = mergeStatuses([pulled, { status: mine, updatedAt: local!.updatedAt }]);
  return { ...pulled, status };
}

const originKey = (o: PhotoOrigin) =>
  [o.source, o.messageId ?? '', o.fileName, o.messageId ? '' : o.receivedAt].join('\u0000');

function mergeOrigins(lists: PhotoOrigin[][]): PhotoOrigin[] {
  const byKey = new Map<string, PhotoOrigin>();
  for (const o of lists.flat()) if (!byKey.has(originKey(o))) byKey.set(originKey(o), o);
  return [...byKey.values()].sort((a, b) => ms(a.receivedAt) - ms(b.receivedAt));
}

/** Versions of one photo: every origin, the latest assignment, the latest decision with the rest as history. */
export function mergePhotos(versions: readonly PhotoRecord[]): PhotoRecord {
  const [newest] = newestFirst(versions);
  const measured = versions.find((v) => v.report.pixels?.ok) ?? newest;
  const createdAt = versions.map((v) => v.createdAt).sort((a, b) => ms(a) - ms(b))[0];
  const { orderId: _o, stageId: _s, shotId: _h, ...rest } = newest;
  const merged: PhotoRecord = {
    ...rest,
    ...(newest.orderId !== undefined && { orderId: newest.orderId }),
    ...(newest.stageId !== undefined && { stageId: newest.stageId }),
    ...(newest.shotId !== undefined && { shotId: newest.shotId }),
    dHash: newest.dHash ?? versions.find((v) => v.dHash)?.dHash,
    report: measured.report,
    origins: mergeOrigins(versions.map((v) => v.origins)),
    status: mergeStatuses(versions),
    createdAt,
  };
  if (merged.dHash === undefined) delete merged.dHash;
  return merged;
}

/**
 * A photo filed to what no longer exists, made to fit: an order someone deleted (`deleted` tells who and
 * when), a stage or shot taken off the order's list. It keeps everything else.
 */
export function fitPhotoToOrder(
  photo: PhotoRecord,
  order: Order | undefined,
  deleted?: { by?: string; at: Timestamp; label?: string },
): PhotoRecord {
  if (photo.orderId === undefined) return photo;
  const { orderId, stageId, shotId, ...rest } = photo;
  if (!order) {
    const event: PhotoEvent = { state: 'unfiled', at: deleted?.at ?? photo.updatedAt };
    if (deleted?.by) event.by = deleted.by;
    if (deleted?.label) event.order = deleted.label;
    return { ...rest, status: withHistory(photo.status, mergeHistory(photo.status.history, [event])) };
  }
  const stage = stageId === undefined ? undefined : order.stages.find((s) => s.id === stageId);
  if (stageId !== undefined && !stage) return { ...rest, orderId };
  if (shotId !== undefined && !stage?.shots.some((s) => s.id === shotId))
    return { ...rest, orderId, stageId };
  return photo;
}

// ---- Orders, templates, suppliers, requests -----------------------------------------------------------

/** Items of both lists by id: the first list's version of each, its order, then the others' additions. */
function unionById<T extends { id: string }>(lists: T[][], merge: (versions: T[]) => T): T[] {
  const ids: string[] = [];
  const byId = new Map<string, T[]>();
  for (const list of lists)
    for (const item of list) {
      if (!byId.has(item.id)) {
        byId.set(item.id, []);
        ids.push(item.id);
      }
      byId.get(item.id)!.push(item);
    }
  return ids.map((id) => merge(byId.get(id)!));
}

const first = <T>(versions: T[]) => versions[0];

function mergeStages(versions: Stage[]): Stage {
  return {
    ...versions[0],
    shots: unionById(
      versions.map((s) => s.shots),
      first,
    ),
  };
}

const union = <T>(lists: T[][]): T[] => [...new Set(lists.flat())];

/** The later edit's fields, with every stage and shot and PO number either side had. */
export function mergeOrders(versions: readonly Order[]): Order {
  const ranked = newestFirst(versions);
  const stages = unionById(
    ranked.map((o) => o.stages),
    mergeStages,
  );
  const newest = ranked[0];
  return {
    ...newest,
    poNumbers: union(ranked.map((o) => o.poNumbers)),
    stages,
    currentStageId: stages.some((s) => s.id === newest.currentStageId) ? newest.currentStageId : stages[0].id,
  };
}

export function mergeTemplates(versions: readonly ShotListTemplate[]): ShotListTemplate {
  const ranked = newestFirst(versions as (ShotListTemplate & { updatedAt?: Timestamp })[]);
  return {
    ...ranked[0],
    shots: unionById(
      ranked.map((t) => t.shots),
      first,
    ),
  };
}

export function mergeSuppliers(versions: readonly Supplier[]): Supplier {
  const ranked = newestFirst(versions);
  return {
    ...ranked[0],
    emails: union(ranked.map((s) => s.emails)),
    domains: union(ranked.map((s) => s.domains)),
  };
}

export function mergeRequests(versions: readonly RequestLogEntry[]): RequestLogEntry {
  const ranked = newestFirst(versions.map((r) => ({ ...r, updatedAt: r.answeredAt ?? r.askedAt })));
  const { updatedAt: _u, ...newest } = ranked[0];
  const answers = versions.map((r) => r.answeredAt).filter((a): a is Timestamp => !!a);
  const answeredAt = answers.sort((a, b) => ms(a) - ms(b))[0];
  return answeredAt ? { ...newest, answeredAt } : newest;
}

/**
 * With the version both sides started from (CouchDB's common ancestor, when this browser still has
 * it): the store's own three-way merge (utils/store/revision, the rule two tabs follow), each side's
 * changes kept, and where both changed the same value the later edit's.
 */
function mergeFromBase<T extends object>(base: T, versions: readonly T[]): T {
  const ranked = newestFirst(versions as (T & { updatedAt?: Timestamp })[]);
  let merged: unknown = ranked[0];
  for (const older of ranked.slice(1)) merged = merge3(base, older, merged, 'record', []);
  return merged as T;
}

/**
 * The one record CouchDB's versions of a document become (`versions`: the winner and its conflicts;
 * `base`: the version they all started from, when known).
 */
export function resolveVersions<K extends SharedKind>(
  kind: K,
  versions: readonly SyncedRecords[K][],
  base?: SyncedRecords[K],
): SyncedRecords[K] {
  if (versions.length === 1) return versions[0];
  if (base && kind !== 'photo' && kind !== 'request') {
    const merged = mergeFromBase(base, versions);
    if (kind !== 'order') return merged;
    const o = merged as Order;
    const current = o.stages.some((st) => st.id === o.currentStageId) ? o.currentStageId : o.stages[0]?.id;
    return { ...o, currentStageId: current } as SyncedRecords[K];
  }
  const any = versions as readonly never[];
  switch (kind) {
    case 'photo':
      return mergePhotos(any) as SyncedRecords[K];
    case 'order':
      return mergeOrders(any) as SyncedRecords[K];
    case 'template':
      return mergeTemplates(any) as SyncedRecords[K];
    case 'supplier':
      return mergeSuppliers(any) as SyncedRecords[K];
    case 'request':
      return mergeRequests(any) as SyncedRecords[K];
    default:
      return newestFirst(versions.map((v) => ({ v, updatedAt: (v as { addedAt?: Timestamp }).addedAt })))[0]
        .v;
  }
}
