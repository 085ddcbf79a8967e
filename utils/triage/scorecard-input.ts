// Store records → the scorecard's narrow input (utils/triage/scorecard.ts). Pure. The store's summaries
// (utils/store/summaries) count photos, stages and requests through these same mappings.
import type { Order, PhotoRecord, RequestLogEntry, Stage } from '@/utils/store/types';
import {
  problemsOf,
  type ScorecardInput,
  type ScorePhoto,
  type ScoreRequest,
  type ScoreStage,
} from './scorecard';

/** When the photo reached this order: its latest sighting for the order, else its first, else its record. */
function receivedFor(p: PhotoRecord, orderId: string): string {
  const forOrder = p.origins.filter((o) => (o.orderId ?? p.orderId) === orderId);
  return (forOrder.at(-1) ?? p.origins[0])?.receivedAt ?? p.createdAt;
}

/**
 * Sent earlier for another order: the same file (one record, several sightings). Near duplicates need the
 * checklist's pairwise comparison and are not counted here; a stored `reused` finding still is.
 */
function seenForAnotherOrderBefore(p: PhotoRecord, orderId: string, at: string): boolean {
  return p.origins.some((o) => {
    const other = o.orderId ?? p.orderId;
    return other !== undefined && other !== orderId && o.receivedAt < at;
  });
}

/** A photo filed under a stage as the scorecard sees it (the stage summaries count the same). */
export function scorePhotoOf(p: PhotoRecord): ScorePhoto | undefined {
  if (!p.orderId || !p.stageId) return undefined;
  const receivedAt = receivedFor(p, p.orderId);
  const findings = [...p.report.findings];
  if (seenForAnotherOrderBefore(p, p.orderId, receivedAt))
    findings.push({ code: 'reused', severity: 'fail' });
  return {
    sha256: p.sha256,
    orderId: p.orderId,
    stageId: p.stageId,
    ...(p.shotId ? { shotId: p.shotId } : {}),
    receivedAt,
    rejected: p.status.state === 'rejected',
    problems: problemsOf(findings),
  };
}

/** A request as the scorecard counts it. */
export const scoreRequestOf = (r: RequestLogEntry): ScoreRequest => ({
  id: r.id,
  orderId: r.orderId,
  stageId: r.stageId,
  askedAt: r.askedAt,
  ...(r.answeredAt ? { answeredAt: r.answeredAt } : {}),
});

/** A stage's gate and shots as the scorecard counts them; `photos` may hold other stages' photos too. */
export function scoreStageOf(order: Order, stage: Stage, photos: readonly PhotoRecord[]): ScoreStage {
  const accepted = new Set<string>();
  for (const p of photos)
    if (p.status.state === 'accepted' && p.orderId === order.id && p.stageId === stage.id && p.shotId)
      accepted.add(p.shotId);
  return {
    orderId: order.id,
    stageId: stage.id,
    ...(stage.gate?.dueDate ? { gateDate: stage.gate.dueDate } : {}),
    requiredShotIds: stage.shots.filter((shot) => shot.required).map((shot) => shot.id),
    acceptedShotIds: [...accepted],
  };
}

export function scorecardInput(
  orders: readonly Order[],
  photos: readonly PhotoRecord[],
  requests: readonly RequestLogEntry[],
): ScorecardInput {
  const orderIds = new Set(orders.map((o) => o.id));
  const scorePhotos: ScorePhoto[] = [];
  for (const p of photos) {
    if (!p.orderId || !orderIds.has(p.orderId)) continue;
    const sp = scorePhotoOf(p);
    if (sp) scorePhotos.push(sp);
  }
  const accepted = new Map<string, Set<string>>();
  for (const p of photos) {
    if (p.status.state !== 'accepted' || !p.orderId || !p.stageId || !p.shotId) continue;
    const key = `${p.orderId}\u0000${p.stageId}`;
    if (!accepted.has(key)) accepted.set(key, new Set());
    accepted.get(key)!.add(p.shotId);
  }
  return {
    photos: scorePhotos,
    requests: requests.filter((r) => orderIds.has(r.orderId)).map(scoreRequestOf),
    stages: orders.flatMap((o) =>
      o.stages.map((s) => ({
        orderId: o.id,
        stageId: s.id,
        ...(s.gate?.dueDate ? { gateDate: s.gate.dueDate } : {}),
        requiredShotIds: s.shots.filter((shot) => shot.required).map((shot) => shot.id),
        acceptedShotIds: [...(accepted.get(`${o.id}\u0000${s.id}`) ?? [])],
      })),
    ),
  };
}
