// A stage's shot list against the photos received: which shots are accepted, waiting, poor, missing or
// rejected, which photos were seen before (reused), and whether the stage's gate can be passed.
// Pure: plain records in, a plain checklist out; the UI and the reply drafter read it.
import { hammingDistance } from '@/utils/photo/pixel-metrics';
import type { Finding } from '@/utils/photo/types';
import type { DateOnly, Order, PhotoOrigin, PhotoRecord, Shot, Stage } from '@/utils/store/types';
import type { Thresholds } from './thresholds';

/**
 * - `missing`: no photo assigned to the shot.
 * - `accepted`: the buyer accepted one of its photos.
 * - `poor`: the newest photo not rejected has a fail-severity finding (to retake).
 * - `rejected`: every photo was rejected by the buyer (to retake).
 * - `pending`: a usable photo waits for the buyer's look.
 */
export type ShotStatus = 'missing' | 'pending' | 'poor' | 'accepted' | 'rejected';

export interface ShotResult {
  shot: Shot;
  status: ShotStatus;
  /** Photos assigned to this shot, newest first. */
  photos: PhotoRecord[];
  /** The photo that stands for the shot: the newest accepted, else the newest not rejected, else the newest. */
  best?: PhotoRecord;
  /**
   * Fail-severity findings of `best` — its report's, `reused`, and `too-small` against the shot's own
   * `minLongEdge`. For a poor shot, what to ask to retake; for an accepted one, what the buyer overlooked.
   */
  findings: Finding[];
}

/** A photo seen before this message: for another order, or in an older message of the same order. */
export interface ReusedPhoto {
  photo: PhotoRecord;
  /** The earliest sighting elsewhere (of the same file when there is one, else of a near duplicate). */
  firstSeen: PhotoOrigin;
  sameOrder: boolean;
  match: 'exact' | 'near';
  /** dHash bits apart, for a near match. */
  distance?: number;
}

export interface GateStatus {
  hasGate: boolean;
  /** Every required shot accepted (also computed for stages without a gate). */
  canProceed: boolean;
  /** Required shots not accepted, in shot-list order. */
  blockers: { shot: Shot; status: ShotStatus }[];
  /** The gate's due date, else the stage's. */
  dueDate?: DateOnly;
  /** Calendar days from `today` to `dueDate`; negative when past. */
  daysToDue?: number;
  /** Past the due date with blockers left. */
  overdue: boolean;
}

/** Shots per status (all shots), plus how many are required and how many of those are accepted. */
export interface ChecklistCounts {
  total: number;
  required: number;
  requiredAccepted: number;
  accepted: number;
  pending: number;
  poor: number;
  missing: number;
  rejected: number;
}

/** A stage with no shots: every count zero. */
/** A stage's counts from each shot's status: the checklist's and the desk's figures from summaries. */
export function countShots(shots: readonly { shot: Shot; status: ShotStatus }[]): ChecklistCounts {
  const counts = { ...noCounts(), total: shots.length };
  for (const s of shots) {
    counts[s.status]++;
    if (s.shot.required) {
      counts.required++;
      if (s.status === 'accepted') counts.requiredAccepted++;
    }
  }
  return counts;
}

export const noCounts = (): ChecklistCounts => ({
  total: 0,
  required: 0,
  requiredAccepted: 0,
  accepted: 0,
  pending: 0,
  poor: 0,
  missing: 0,
  rejected: 0,
});

export interface Checklist {
  orderId: string;
  stageId: string;
  /** In shot-list order. */
  shots: ShotResult[];
  /** Photos of this stage with no shot (or a shot no longer in the list), newest first. */
  unassigned: PhotoRecord[];
  reused: ReusedPhoto[];
  /** Every photo's findings as the checklist judged them (report + reuse + shot minimum), by sha256. */
  findings: Record<string, Finding[]>;
  gate: GateStatus;
  counts: ChecklistCounts;
}

export interface ChecklistInput {
  order: Order;
  stage: Stage;
  /** Photos assigned to this order and stage. */
  photos: PhotoRecord[];
  /** Other photos known to the store, for reuse detection (may include `photos`; duplicates are harmless). */
  history: PhotoRecord[];
  thresholds: Thresholds;
  today: DateOnly;
  /** All orders, only to name the order a reused photo was first sent for (its PO number). */
  orders?: Order[];
}

const time = (iso: string) => Date.parse(iso);
export const dayNumber = (d: DateOnly) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** A photo's dHash: the stored one, else its report's (records from before the field was stored). */
export const dHashOf = (r: PhotoRecord): string | undefined =>
  r.dHash ?? (r.report.pixels?.ok ? r.report.pixels.metrics.dHash : undefined);
/** The order a sighting was for: its own, else the record's (stores may only set the record's). */
const orderOf = (origin: PhotoOrigin, record: PhotoRecord) => origin.orderId ?? record.orderId;

/** The sighting of a photo that brought it to this order: the latest one for the order, else the latest. */
function currentOrigin(p: PhotoRecord, orderId: string): PhotoOrigin | undefined {
  const forOrder = p.origins.filter((o) => orderOf(o, p) === orderId);
  return forOrder.at(-1) ?? p.origins.at(-1);
}

const receivedAt = (p: PhotoRecord, orderId: string) => {
  const at = currentOrigin(p, orderId)?.receivedAt ?? p.createdAt;
  return time(at);
};

function newestFirst(photos: PhotoRecord[], orderId: string): PhotoRecord[] {
  return [...photos].sort(
    (a, b) => receivedAt(b, orderId) - receivedAt(a, orderId) || time(b.createdAt) - time(a.createdAt),
  );
}

const pixelsOf = (r: PhotoRecord) => r.report.width * r.report.height;

/**
 * Whether photo `p` (as received at `current`) was seen before. A sighting counts when it was for
 * another order and no later than this one, or for this order in an older, different message. A
 * sighting in the same message never counts: one email may cover two orders (one container, two POs).
 */
function findReuse(
  p: PhotoRecord,
  candidates: PhotoRecord[],
  orderId: string,
  t: Thresholds,
): Omit<ReusedPhoto, 'photo'> | undefined {
  const current = currentOrigin(p, orderId);
  if (!current) return undefined;
  const now = time(current.receivedAt);
  const hash = dHashOf(p);
  let found: Omit<ReusedPhoto, 'photo'> | undefined;

  for (const other of candidates) {
    let match: 'exact' | 'near';
    let distance: number | undefined;
    if (other.sha256 === p.sha256) match = 'exact';
    else {
      const otherHash = dHashOf(other);
      if (!hash || !otherHash) continue;
      distance = hammingDistance(hash, otherHash);
      if (distance > t.nearDuplicateBits) continue;
      match = 'near';
    }
    for (const seen of other.origins) {
      if (seen === current) continue;
      const seenOrder = orderOf(seen, other);
      if (!seenOrder) continue; // a dropped file never assigned: nothing to compare with
      if (seen.messageId && seen.messageId === current.messageId) continue;
      const at = time(seen.receivedAt);
      const sameOrder = seenOrder === orderId;
      if (sameOrder ? at >= now : at > now) continue;
      // The original of a photo first sent compressed (the buyer asked for it) is not a reused photo.
      if (sameOrder && match === 'near' && pixelsOf(p) > pixelsOf(other)) continue;
      const better =
        !found ||
        (match === 'exact' && found.match === 'near') ||
        (match === found.match && at < time(found.firstSeen.receivedAt));
      if (better)
        found = { firstSeen: seen, sameOrder, match, ...(distance === undefined ? {} : { distance }) };
    }
  }
  return found;
}

/** `IMG_0412.jpg, 2026-10-02, PO-2026-0311`: names, dates and PO numbers read the same in any language. */
function describeSighting(r: Omit<ReusedPhoto, 'photo'>, orders: Order[] | undefined): string {
  const parts = [r.firstSeen.fileName, r.firstSeen.receivedAt.slice(0, 10)];
  if (!r.sameOrder) {
    const po = orders?.find((o) => o.id === r.firstSeen.orderId)?.poNumbers[0];
    if (po) parts.push(po);
  }
  return parts.join(', ');
}

/** Report findings with the shot's own size minimum in place of the general one. */
function shotFindings(p: PhotoRecord, shot: Shot | undefined): Finding[] {
  // A stored report may carry a stale `reused`: the checklist decides that afresh.
  let findings = p.report.findings.filter((f) => f.code !== 'reused');
  const min = shot?.minLongEdge;
  if (min !== undefined) {
    findings = findings.filter((f) => f.code !== 'too-small');
    const long = Math.max(p.report.width, p.report.height);
    if (long > 0 && long < min)
      findings.push({ code: 'too-small', severity: 'fail', measured: long, threshold: min });
  }
  return findings;
}

const fails = (findings: Finding[]) => findings.filter((f) => f.severity === 'fail');

function judgeShot(shot: Shot, photos: PhotoRecord[], findingsOf: (p: PhotoRecord) => Finding[]): ShotResult {
  if (photos.length === 0) return { shot, status: 'missing', photos, findings: [] };
  const accepted = photos.find((p) => p.status.state === 'accepted');
  if (accepted)
    return { shot, status: 'accepted', photos, best: accepted, findings: fails(findingsOf(accepted)) };
  const usable = photos.find((p) => p.status.state !== 'rejected');
  if (usable) {
    const problems = fails(findingsOf(usable));
    return { shot, status: problems.length ? 'poor' : 'pending', photos, best: usable, findings: problems };
  }
  const newest = photos[0]!;
  return { shot, status: 'rejected', photos, best: newest, findings: fails(findingsOf(newest)) };
}

/** The stage's gate from its shots' statuses (also from stored summaries, components/desk/stored-figures). */
export function gateOf(
  stage: Stage,
  shots: Pick<ShotResult, 'shot' | 'status'>[],
  today: DateOnly,
): GateStatus {
  const blockers = shots
    .filter((s) => s.shot.required && s.status !== 'accepted')
    .map(({ shot, status }) => ({ shot, status }));
  const dueDate = stage.gate?.dueDate ?? stage.dueDate;
  const gate: GateStatus = {
    hasGate: stage.gate !== undefined,
    canProceed: blockers.length === 0,
    blockers,
    overdue: false,
  };
  if (dueDate) {
    gate.dueDate = dueDate;
    gate.daysToDue = Math.round(dayNumber(dueDate) - dayNumber(today));
    gate.overdue = gate.daysToDue < 0 && blockers.length > 0;
  }
  return gate;
}

export function buildChecklist(input: ChecklistInput): Checklist {
  const { order, stage, photos, history, thresholds, today, orders } = input;
  const shotById = new Map(stage.shots.map((s) => [s.id, s]));
  const candidates = [...photos, ...history];

  const reused: ReusedPhoto[] = [];
  const findings: Record<string, Finding[]> = {};
  for (const p of photos) {
    const own = shotFindings(p, p.shotId ? shotById.get(p.shotId) : undefined);
    const reuse = findReuse(p, candidates, order.id, thresholds);
    if (reuse) {
      reused.push({ photo: p, ...reuse });
      own.push({
        code: 'reused',
        severity: 'fail',
        other: describeSighting(reuse, orders),
        ...(reuse.match === 'near'
          ? { measured: reuse.distance, threshold: thresholds.nearDuplicateBits }
          : {}),
      });
    }
    findings[p.sha256] = own;
  }
  const findingsOf = (p: PhotoRecord) => findings[p.sha256] ?? [];

  const sorted = newestFirst(photos, order.id);
  const shots = stage.shots.map((shot) =>
    judgeShot(
      shot,
      sorted.filter((p) => p.shotId === shot.id),
      findingsOf,
    ),
  );
  const unassigned = sorted.filter((p) => !p.shotId || !shotById.has(p.shotId));

  const counts = countShots(shots);

  return {
    orderId: order.id,
    stageId: stage.id,
    shots,
    unassigned,
    reused,
    findings,
    gate: gateOf(stage, shots, today),
    counts,
  };
}
