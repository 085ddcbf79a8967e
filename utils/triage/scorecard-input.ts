// Store records → the scorecard's narrow input (utils/triage/scorecard.ts). Pure. When the store keeps
// per-supplier summaries (issue 13), only this mapping and utils/record/history.ts change.
import type { Order, PhotoRecord, RequestLogEntry } from '@/utils/store/types';
import { problemsOf, type ScorecardInput, type ScorePhoto } from './scorecard';

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
    requests: requests
      .filter((r) => orderIds.has(r.orderId))
      .map((r) => ({
        id: r.id,
        orderId: r.orderId,
        stageId: r.stageId,
        askedAt: r.askedAt,
        ...(r.answeredAt ? { answeredAt: r.answeredAt } : {}),
      })),
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
