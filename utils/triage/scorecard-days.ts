// The scorecard's headline added up by date, as the store's summaries keep it (utils/store/summaries): any
// period's figures are then a sum over a few hundred entries instead of a scan of the supplier's photos.
// Pure. Every figure here equals computeScorecard's (utils/triage/scorecard.ts) over the same records for
// every period the entries cover day by day; a supplier's older entries are rolled up into months so its
// summary stays small (KEEP_DAYS), and a period that cuts one of those months is marked inexact.
import {
  medianHours,
  type Period,
  SCORE_PROBLEMS,
  type ScorePhoto,
  type ScoreProblem,
  type ScoreRequest,
  type ScoreStage,
  waitHours,
} from './scorecard';

/**
 * Keys start with a date: a day `YYYY-MM-DD`, or a month `YYYY-MM` once rolled up.
 * - `received`: photos by the day they reached the order.
 * - `firsts`: for each shot and each day it got photos, whether the first photo that day was good, keyed
 *   `previous day\0day` (previous: the shot's day before, '' for none): the first photo of a period
 *   [from, to] for a shot is the first of the one day `d` with previous < from <= d, counted when d <= to.
 *   Value: [shots, good].
 * - `problems`: photos with each problem, keyed `day\0problem`.
 * - `gates`: stages whose gate is dated that day with a required shot not accepted.
 * - `asked`: re-requests by the day asked: [sent, answered].
 * - `waits`: answered re-requests by the day asked and the whole hours until the answer, `day\0hours`.
 */
export interface ScoreDays {
  received: Record<string, number>;
  firsts: Record<string, [shots: number, good: number]>;
  problems: Record<string, number>;
  gates: Record<string, number>;
  asked: Record<string, [sent: number, answered: number]>;
  waits: Record<string, number>;
  /** Dates before this month (`YYYY-MM`) are kept as their month; '' when none is. Only moves forward. */
  monthsBefore: string;
}

/**
 * Days kept one by one behind a supplier's latest photo or request: more than a year, so the last 3 and
 * 12 months (the periods the desk offers) are always exact; older dates are kept by month.
 */
export const KEEP_DAYS = 400;

export const emptyScoreDays = (): ScoreDays => ({
  received: {},
  firsts: {},
  problems: {},
  gates: {},
  asked: {},
  waits: {},
  monthsBefore: '',
});

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const day = (iso: string) => iso.slice(0, 10);
const bump = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};

/** A stage's photos by day: received, each shot's first photo per day, problems. */
export function photoDays(photos: readonly ScorePhoto[]): ScoreDays {
  const score = emptyScoreDays();
  const byShot = new Map<string, ScorePhoto[]>();
  for (const p of photos) {
    const d = day(p.receivedAt);
    bump(score.received, d);
    for (const problem of p.problems) bump(score.problems, `${d}\u0000${problem}`);
    if (p.shotId === undefined) continue;
    const key = `${p.orderId}\u0000${p.stageId}\u0000${p.shotId}`;
    const list = byShot.get(key) ?? [];
    list.push(p);
    byShot.set(key, list);
  }
  for (const list of byShot.values()) {
    // The scorecard's order: earliest received, then lowest hash.
    list.sort((a, b) => cmp(a.receivedAt, b.receivedAt) || cmp(a.sha256, b.sha256));
    let prev = '';
    for (const p of list) {
      const d = day(p.receivedAt);
      if (d === prev) continue;
      const key = `${prev}\u0000${d}`;
      const [shots, good] = score.firsts[key] ?? [0, 0];
      score.firsts[key] = [shots + 1, good + (!p.rejected && !p.problems.length ? 1 : 0)];
      prev = d;
    }
  }
  return score;
}

/** A stage's gate, when it is dated and a required shot has no accepted photo. */
export function gateDays(stage: ScoreStage | undefined): ScoreDays {
  const score = emptyScoreDays();
  if (!stage?.gateDate) return score;
  const accepted = new Set(stage.acceptedShotIds);
  if (stage.requiredShotIds.some((id) => !accepted.has(id))) score.gates[stage.gateDate] = 1;
  return score;
}

/** Re-requests by the day asked: sent, answered, and how long each answer took. */
export function requestDays(requests: readonly ScoreRequest[]): ScoreDays {
  const score = emptyScoreDays();
  for (const r of requests) {
    const d = day(r.askedAt);
    const [sent, answered] = score.asked[d] ?? [0, 0];
    const hours = waitHours(r);
    score.asked[d] = [sent + 1, answered + (hours === undefined ? 0 : 1)];
    if (hours !== undefined) bump(score.waits, `${d}\u0000${hours}`);
  }
  return score;
}

/** A date as kept when dates before `monthsBefore` are kept by month. */
const rollDate = (d: string, monthsBefore: string) => (d && d < monthsBefore ? d.slice(0, 7) : d);
/** A key `date\0rest` (or `date\0date` for firsts) with its dates rolled. */
const rollKey = (key: string, monthsBefore: string) =>
  key
    .split('\u0000')
    .map((part, i) => (i === 0 || /^\d{4}-\d\d(-\d\d)?$/.test(part) ? rollDate(part, monthsBefore) : part))
    .join('\u0000');

type Maps = Omit<ScoreDays, 'monthsBefore'>;
const NUMBER_MAPS = ['received', 'problems', 'gates', 'waits'] as const;
const PAIR_MAPS = ['firsts', 'asked'] as const;

/** `into` moved in place by `sign` times `by` (its dates rolled as `into`'s); zero entries dropped. */
function addInto(into: ScoreDays, by: Partial<Maps> | undefined, sign: 1 | -1) {
  if (!by) return;
  const roll = (k: string) => (into.monthsBefore ? rollKey(k, into.monthsBefore) : k);
  for (const name of NUMBER_MAPS) {
    const map = into[name];
    for (const [k, n] of Object.entries(by[name] ?? {})) {
      const key = roll(k);
      const next = (map[key] ?? 0) + sign * n;
      if (next) map[key] = next;
      else delete map[key];
    }
  }
  for (const name of PAIR_MAPS) {
    const map = into[name];
    for (const [k, [a, b]] of Object.entries(by[name] ?? {})) {
      const key = roll(k);
      const [a0, b0] = map[key] ?? [0, 0];
      if (a0 + sign * a) map[key] = [a0 + sign * a, b0 + sign * b];
      else delete map[key];
    }
  }
}

const clone = (s: Partial<ScoreDays> | undefined): ScoreDays => ({
  received: { ...s?.received },
  firsts: { ...s?.firsts },
  problems: { ...s?.problems },
  gates: { ...s?.gates },
  asked: { ...s?.asked },
  waits: { ...s?.waits },
  monthsBefore: s?.monthsBefore ?? '',
});

/** Pure: `into` moved by `sign` times `by`, without rolling up (a stage's own entries). */
export function addScore(
  into: Partial<ScoreDays> | undefined,
  by: Partial<ScoreDays> | undefined,
  sign: 1 | -1,
) {
  const out = clone(into);
  addInto(out, by, sign);
  return out;
}

/** Pure: the sum of many (a supplier's stages and requests counted from scratch), without rolling up. */
export function sumScores(parts: Iterable<Partial<ScoreDays>>): ScoreDays {
  const out = emptyScoreDays();
  for (const part of parts) addInto(out, part, 1);
  return out;
}

/** The month before which dates are kept by month: KEEP_DAYS before the latest photo or request. */
export function horizonMonth(s: ScoreDays): string {
  let latest = '';
  for (const k of Object.keys(s.received)) if (k > latest) latest = k;
  for (const k of Object.keys(s.asked)) if (k > latest) latest = k;
  if (!latest) return '';
  const t = Date.parse(`${latest.length === 7 ? `${latest}-01` : latest}T00:00:00Z`) - KEEP_DAYS * 86_400_000;
  return new Date(t).toISOString().slice(0, 7);
}

/** In place: dates older than the horizon (or than it was before: it never moves back) kept by month. */
export function rollUp(s: ScoreDays): ScoreDays {
  const before = [s.monthsBefore, horizonMonth(s)].sort().at(-1)!;
  if (before === s.monthsBefore) return s;
  const rolled = { ...emptyScoreDays(), monthsBefore: before };
  addInto(rolled, s, 1);
  Object.assign(s, rolled);
  return s;
}

/** Pure: a supplier's day scores moved by a stage's or a request's, then rolled up. */
export function moveSupplierScore(
  into: Partial<ScoreDays> | undefined,
  by: Partial<ScoreDays> | undefined,
  sign: 1 | -1,
): ScoreDays {
  return rollUp(addScore(into, by, sign));
}

/** The scorecard's headline figures (computeScorecard's counts, without the photos behind them). */
export interface ScoreFigures {
  received: number;
  shots: number;
  good: number;
  /** Most frequent first, ties in SCORE_PROBLEMS order; problems no photo had are left out. */
  problems: { problem: ScoreProblem; count: number }[];
  requests: { sent: number; answered: number; medianDaysToAnswer?: number };
  gatesPassedWithout: number;
  /** False when the period starts or ends inside a month kept only as a month: the figures are near. */
  exact: boolean;
}

const isMonth = (d: string) => d.length === 7;
const lastDayOfMonth = (d: string) => {
  const [y, m] = d.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** Pure: the headline over `period` (gates: dated before `today`) from a summary's day scores. */
export function scoreFigures(s: Partial<ScoreDays>, period: Period, today: string): ScoreFigures {
  const score = { ...emptyScoreDays(), ...s };
  // The kept months: only dates before monthsBefore are months.
  const months = new Set<string>();
  const dateOf = (key: string) => key.split('\u0000')[0]!;
  if (score.monthsBefore)
    for (const name of [...NUMBER_MAPS, ...PAIR_MAPS])
      for (const key of Object.keys(score[name]))
        for (const part of key.split('\u0000'))
          if (part.length === 7 && part < score.monthsBefore) months.add(part);
  // Whole days and whole months compared with a day: exact unless that day falls inside a kept month.
  const onOrAfterFrom = (d: string) => (isMonth(d) ? period.from.slice(0, 7) <= d : period.from <= d);
  const onOrBeforeTo = (d: string) => (isMonth(d) ? d <= period.to.slice(0, 7) : d <= period.to);
  const before = (d: string, day: string) => (isMonth(d) ? d < day.slice(0, 7) : d < day);
  const inPeriod = (d: string) => onOrAfterFrom(d) && onOrBeforeTo(d);
  const cuts = (d: string, edge: string) => months.has(d.slice(0, 7)) && d !== edge;
  const exact =
    !cuts(period.from, `${period.from.slice(0, 7)}-01`) &&
    !cuts(period.to, lastDayOfMonth(period.to)) &&
    !cuts(today, `${today.slice(0, 7)}-01`);

  let received = 0;
  for (const [d, n] of Object.entries(score.received)) if (inPeriod(d)) received += n;
  let shots = 0;
  let good = 0;
  for (const [key, [n, g]] of Object.entries(score.firsts)) {
    const [prev, d] = key.split('\u0000') as [string, string];
    if ((prev === '' || before(prev, period.from)) && inPeriod(d)) {
      shots += n;
      good += g;
    }
  }
  const byProblem = new Map<ScoreProblem, number>();
  for (const [key, n] of Object.entries(score.problems)) {
    if (!inPeriod(dateOf(key))) continue;
    const problem = key.slice(key.indexOf('\u0000') + 1) as ScoreProblem;
    byProblem.set(problem, (byProblem.get(problem) ?? 0) + n);
  }
  const problems = SCORE_PROBLEMS.map((problem) => ({ problem, count: byProblem.get(problem) ?? 0 }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count);
  let sent = 0;
  let answered = 0;
  for (const [d, [n, a]] of Object.entries(score.asked))
    if (inPeriod(d)) {
      sent += n;
      answered += a;
    }
  const hours = new Map<number, number>();
  for (const [key, n] of Object.entries(score.waits)) {
    if (!inPeriod(dateOf(key))) continue;
    const h = Number(key.slice(key.indexOf('\u0000') + 1));
    hours.set(h, (hours.get(h) ?? 0) + n);
  }
  const median = medianHours(hours);
  let gatesPassedWithout = 0;
  for (const [d, n] of Object.entries(score.gates))
    if (inPeriod(d) && before(d, today)) gatesPassedWithout += n;
  return {
    received,
    shots,
    good,
    problems,
    requests: { sent, answered, ...(median === undefined ? {} : { medianDaysToAnswer: median }) },
    gatesPassedWithout,
    exact,
  };
}
