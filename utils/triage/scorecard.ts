// A supplier's photo scorecard over a period: how many photos came, how many shots were good the first
// time, what went wrong most often, how re-requests went, and which gates passed without the photos.
// Pure: a narrow plain input (utils/triage/scorecard-input.ts builds it from the store, later from the
// store's per-supplier summaries), a plain result whose every figure names the photos behind it.
import type { Finding, FindingCode } from '@/utils/photo/types';
import type { DateOnly, Timestamp } from '@/utils/store/types';

/** The problems a buyer recognises, each a group of finding codes. */
export type ScoreProblem = 'too-small' | 'blurry' | 'dark' | 'chat-app' | 'reused';
export const SCORE_PROBLEMS: readonly ScoreProblem[] = ['too-small', 'blurry', 'dark', 'chat-app', 'reused'];

const PROBLEM_OF: Partial<Record<FindingCode, ScoreProblem>> = {
  'too-small': 'too-small',
  'small-file': 'too-small',
  'over-compressed': 'too-small',
  blurry: 'blurry',
  dark: 'dark',
  'chat-recompressed': 'chat-app',
  reused: 'reused',
};

/**
 * The scorecard's problems among a photo's findings (each once, in SCORE_PROBLEMS order): fail-severity
 * ones, and chat-app copies, which the rules only warn about (the size alone proves nothing) but which a
 * buyer counts all the same.
 */
export function problemsOf(findings: readonly Pick<Finding, 'code' | 'severity'>[]): ScoreProblem[] {
  const found = new Set(
    findings
      .filter((f) => f.severity === 'fail' || f.code === 'chat-recompressed')
      .map((f) => PROBLEM_OF[f.code])
      .filter((p) => p !== undefined),
  );
  return SCORE_PROBLEMS.filter((p) => found.has(p));
}

export interface ScorePhoto {
  sha256: string;
  orderId: string;
  stageId: string;
  /** Undefined: received but not assigned to a shot. */
  shotId?: string;
  receivedAt: Timestamp;
  /** Rejected by the buyer. */
  rejected: boolean;
  /** The photo's problems (from its fail-severity findings). */
  problems: ScoreProblem[];
}

export interface ScoreRequest {
  id: string;
  orderId: string;
  stageId: string;
  askedAt: Timestamp;
  answeredAt?: Timestamp;
}

export interface ScoreStage {
  orderId: string;
  stageId: string;
  /** The gate's due date (a stage without a gate date never "passes its gate"). */
  gateDate?: DateOnly;
  requiredShotIds: string[];
  /** Shots with an accepted photo. */
  acceptedShotIds: string[];
}

/** One supplier's history: the photos of its orders, their re-requests, their stages. */
export interface ScorecardInput {
  photos: ScorePhoto[];
  requests: ScoreRequest[];
  stages: ScoreStage[];
}

/** Inclusive calendar days `YYYY-MM-DD` (UTC days of the timestamps). */
export interface Period {
  from: DateOnly;
  to: DateOnly;
}

export interface StageRef {
  orderId: string;
  stageId: string;
}

export interface Scorecard {
  photosReceived: { count: number; photos: string[] };
  /** Shots that got photos in the period; `good`: the first photo sent for the shot had no problem and was not rejected. */
  firstTime: { shots: number; good: number; share?: number; notGoodPhotos: string[] };
  /** Most frequent first; problems no photo had are left out. */
  problems: { problem: ScoreProblem; count: number; photos: string[] }[];
  requests: { sent: number; answered: number; medianDaysToAnswer?: number; stages: StageRef[] };
  /** Gates dated in the period, already past `today`, with required shots not accepted. */
  gatesPassedWithout: { count: number; stages: StageRef[] };
}

const day = (iso: string) => iso.slice(0, 10);
/** Code-unit order: ISO timestamps and hex hashes sort right, and much faster than localeCompare. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const inPeriod = (d: string, p: Period) => d >= p.from && d <= p.to;

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

/** Whole hours from a request to its answer (undefined: not answered): the unit a summary keeps them in. */
export const waitHours = (r: Pick<ScoreRequest, 'askedAt' | 'answeredAt'>): number | undefined =>
  r.answeredAt === undefined
    ? undefined
    : Math.round((Date.parse(r.answeredAt) - Date.parse(r.askedAt)) / 3_600_000);

/** The median of waits given as hours → how many, in days to one decimal. */
export function medianHours(counts: ReadonlyMap<number, number>): number | undefined {
  const sorted = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (!total) return undefined;
  // The value at 0-based rank i of the sorted waits.
  const at = (i: number) => {
    let seen = 0;
    for (const [h, n] of sorted) {
      seen += n;
      if (i < seen) return h;
    }
    return sorted.at(-1)![0];
  };
  const mid = total >> 1;
  const hours = total % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return Math.round((hours / 24) * 10) / 10;
}

const uniqueStages = (refs: StageRef[]): StageRef[] => {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.orderId}\u0000${r.stageId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export function computeScorecard(input: ScorecardInput, period: Period, today: DateOnly): Scorecard {
  const photos = input.photos.filter((p) => inPeriod(day(p.receivedAt), period));

  // First photo per shot, in one pass (no sort: 200,000 photos): earliest received, then lowest hash.
  const firstOfShot = new Map<string, ScorePhoto>();
  for (const p of photos) {
    if (p.shotId === undefined) continue;
    const key = `${p.orderId}\u0000${p.stageId}\u0000${p.shotId}`;
    const held = firstOfShot.get(key);
    if (!held || (cmp(p.receivedAt, held.receivedAt) || cmp(p.sha256, held.sha256)) < 0)
      firstOfShot.set(key, p);
  }
  const firsts = [...firstOfShot.values()];
  const notGood = firsts.filter((p) => p.rejected || p.problems.length > 0);
  const good = firsts.length - notGood.length;

  const byProblem = new Map<ScoreProblem, string[]>(SCORE_PROBLEMS.map((p) => [p, []]));
  for (const p of photos) for (const problem of p.problems) byProblem.get(problem)?.push(p.sha256);
  const problems = SCORE_PROBLEMS.map((problem) => {
    const shas = byProblem.get(problem) ?? [];
    return { problem, count: shas.length, photos: shas };
  })
    .filter((p) => p.count > 0)
    // Stable: ties keep SCORE_PROBLEMS order.
    .sort((a, b) => b.count - a.count);

  const requests = input.requests.filter((r) => inPeriod(day(r.askedAt), period));
  const waits = new Map<number, number>();
  let answered = 0;
  for (const r of requests) {
    const hours = waitHours(r);
    if (hours === undefined) continue;
    answered++;
    waits.set(hours, (waits.get(hours) ?? 0) + 1);
  }
  const medianDays = medianHours(waits);

  const passed = input.stages.filter((s) => {
    if (!s.gateDate || !inPeriod(s.gateDate, period) || s.gateDate >= today) return false;
    const accepted = new Set(s.acceptedShotIds);
    return s.requiredShotIds.some((id) => !accepted.has(id));
  });

  return {
    photosReceived: { count: photos.length, photos: photos.map((p) => p.sha256) },
    firstTime: {
      shots: firsts.length,
      good,
      ...(firsts.length ? { share: good / firsts.length } : {}),
      notGoodPhotos: notGood.map((p) => p.sha256),
    },
    problems,
    requests: {
      sent: requests.length,
      answered,
      ...(medianDays === undefined ? {} : { medianDaysToAnswer: medianDays }),
      stages: uniqueStages(requests.map(({ orderId, stageId }) => ({ orderId, stageId }))),
    },
    gatesPassedWithout: {
      count: passed.length,
      stages: passed.map(({ orderId, stageId }) => ({ orderId, stageId })),
    },
  };
}

/**
 * The weakest link: when each of the supplier's last three stages that got photos needed a re-request,
 * the problem to name in the panel (the most frequent over those stages), else undefined.
 * `'originals'` when the stages needed re-requests but no photo problem stands out (missing shots).
 */
export function weakestLink(input: ScorecardInput): ScoreProblem | 'originals' | undefined {
  const lastAt = new Map<string, string>();
  for (const p of input.photos) {
    const key = `${p.orderId}\u0000${p.stageId}`;
    if ((lastAt.get(key) ?? '') < p.receivedAt) lastAt.set(key, p.receivedAt);
  }
  const last3 = [...lastAt.entries()].sort((a, b) => cmp(b[1], a[1])).slice(0, 3);
  if (last3.length < 3) return undefined;
  const asked = new Set(input.requests.map((r) => `${r.orderId}\u0000${r.stageId}`));
  if (!last3.every(([key]) => asked.has(key))) return undefined;
  const keys = new Set(last3.map(([key]) => key));
  const counts = new Map<ScoreProblem, number>();
  for (const p of input.photos) {
    if (!keys.has(`${p.orderId}\u0000${p.stageId}`)) continue;
    for (const problem of p.problems) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  }
  let best: ScoreProblem | 'originals' = 'originals';
  let bestCount = 0;
  for (const problem of SCORE_PROBLEMS) {
    const n = counts.get(problem) ?? 0;
    if (n > bestCount) {
      best = problem;
      bestCount = n;
    }
  }
  return best;
}
