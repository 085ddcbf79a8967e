// The scorecard's day scores (utils/triage/scorecard-days), as a supplier's summary keeps them: every
// headline figure equals the scorecard over the records for every period the days cover, older dates are
// kept by month so years of history stay small, and a period that cuts a kept month says it is near.
import { describe, expect, it } from 'vitest';
import {
  computeScorecard,
  type Period,
  SCORE_PROBLEMS,
  type ScorecardInput,
  type ScorePhoto,
  type ScoreRequest,
  type ScoreStage,
} from '@/utils/triage/scorecard';
import {
  emptyScoreDays,
  gateDays,
  KEEP_DAYS,
  moveSupplierScore,
  photoDays,
  requestDays,
  rollUp,
  type ScoreDays,
  scoreFigures,
  sumScores,
} from '@/utils/triage/scorecard-days';
import { prng } from './helpers/fixtures';
import { headline } from './helpers/scorecard-headline';

const TODAY = '2026-12-04';
const dayAt = (start: string, days: number, hours = 0) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000 + hours * 3_600_000).toISOString();

/** `years` of one supplier's history up to today: stages of 30 days, photos most days, some re-requests. */
function history(years: number, seed = 1): ScorecardInput {
  const rand = prng(seed);
  const days = Math.round(years * 365);
  const start = dayAt(TODAY, -days).slice(0, 10);
  const photos: ScorePhoto[] = [];
  const requests: ScoreRequest[] = [];
  const stages: ScoreStage[] = [];
  let n = 0;
  for (let s = 0; s * 30 < days; s++) {
    const orderId = `o${s >> 1}`;
    const stageId = `st${s & 1}`;
    const accepted = new Set<string>();
    for (let k = 0; k < 40; k++) {
      const d = s * 30 + Math.floor(rand() * 30);
      if (d > days) continue;
      const shotId = rand() < 0.9 ? `shot${Math.floor(rand() * 6)}` : undefined;
      const problems = SCORE_PROBLEMS.filter(() => rand() < 0.08);
      const rejected = rand() < 0.1;
      if (shotId && !rejected && rand() < 0.5) accepted.add(shotId);
      photos.push({
        sha256: (n++).toString(16).padStart(64, '0'),
        orderId,
        stageId,
        ...(shotId ? { shotId } : {}),
        receivedAt: dayAt(start, d, Math.floor(rand() * 24)),
        rejected,
        problems,
      });
    }
    for (let r = 0; r < 2; r++) {
      const asked = Math.min(days, s * 30 + Math.floor(rand() * 30));
      requests.push({
        id: `r${s}-${r}`,
        orderId,
        stageId,
        askedAt: dayAt(start, asked, 8),
        ...(rand() < 0.7 ? { answeredAt: dayAt(start, asked, 8 + Math.floor(rand() * 120)) } : {}),
      });
    }
    stages.push({
      orderId,
      stageId,
      gateDate: dayAt(start, s * 30 + 29).slice(0, 10),
      requiredShotIds: ['shot0', 'shot1', 'shot2', 'shot3'],
      acceptedShotIds: [...accepted],
    });
  }
  return { photos, requests, stages };
}

/** What the store keeps for each stage and each request (utils/store/summaries adds them up). */
function parts(input: ScorecardInput): ScoreDays[] {
  const byStage = new Map<string, ScorePhoto[]>();
  for (const p of input.photos) {
    const key = `${p.orderId}/${p.stageId}`;
    byStage.set(key, [...(byStage.get(key) ?? []), p]);
  }
  return [
    ...input.stages.map((st) =>
      sumScores([photoDays(byStage.get(`${st.orderId}/${st.stageId}`) ?? []), gateDays(st)]),
    ),
    ...input.requests.map((r) => requestDays([r])),
  ];
}

const summaryOf = (input: ScorecardInput) => rollUp(sumScores(parts(input)));
const months = (s: ScoreDays) => Object.keys(s.received).filter((k) => k.length === 7);
const days = (s: ScoreDays) => Object.keys(s.received).filter((k) => k.length === 10);
const entries = (s: ScoreDays) =>
  Object.values(s)
    .filter((m) => typeof m === 'object')
    .reduce((n, m) => n + Object.keys(m).length, 0);

describe('scorecard day scores: years of history kept small', () => {
  const input = history(4);
  const summary = summaryOf(input);

  it('keeps the last KEEP_DAYS days day by day and older ones by month', () => {
    expect(summary.monthsBefore).toBe('2025-10');
    expect(days(summary).length).toBeGreaterThan(250);
    expect(days(summary).length).toBeLessThanOrEqual(KEEP_DAYS + 31);
    expect(days(summary).every((d) => d >= '2025-10-01')).toBe(true);
    // About 33 months before that, one entry each.
    expect(months(summary).length).toBeGreaterThanOrEqual(32);
    expect(months(summary).length).toBeLessThanOrEqual(35);
    // Without the months every day of four years would be kept.
    const unrolled = sumScores(parts(input));
    expect(Object.keys(unrolled.received).length).toBeGreaterThan(1000);
  });

  it('grows by months, not days: eight years take a few hundred entries more than four', () => {
    const longer = summaryOf(history(8));
    expect(days(longer).length).toBeLessThanOrEqual(KEEP_DAYS + 31);
    expect(entries(longer) - entries(summary)).toBeLessThan(48 * 30);
    expect(JSON.stringify(longer).length).toBeLessThan(2.2 * JSON.stringify(summary).length);
  });

  const check = (period: Period) =>
    expect({ period, ...scoreFigures(summary, period, TODAY) }).toEqual({
      period,
      ...headline(computeScorecard(input, period, TODAY)),
    });

  it('the desk’s periods (3 and 12 months, all time) are exact and equal the scorecard over the records', () => {
    check({ from: '2026-09-04', to: TODAY });
    check({ from: '2025-12-04', to: TODAY });
    check({ from: '0000-01-01', to: '9999-12-31' });
    // Every figure counted something.
    const all = scoreFigures(summary, { from: '0000-01-01', to: '9999-12-31' }, TODAY);
    expect(all.problems).toHaveLength(5);
    expect(all.requests.answered).toBeGreaterThan(20);
    expect(all.gatesPassedWithout).toBeGreaterThan(5);
  });

  it('any period of whole months is exact, also in the months kept as months', () => {
    for (const [from, to] of [
      ['2023-01-01', '2023-06-30'],
      ['2023-02-01', '2025-11-30'],
      ['2024-02-01', '2024-02-29'],
      ['2022-12-01', '2026-11-15'],
    ])
      check({ from: from!, to: to! });
  });

  it('a period that starts or ends inside a month kept as a month says its figures are near', () => {
    expect(scoreFigures(summary, { from: '2024-03-15', to: TODAY }, TODAY).exact).toBe(false);
    expect(scoreFigures(summary, { from: '2024-03-01', to: '2024-05-20' }, TODAY).exact).toBe(false);
    expect(scoreFigures(summary, { from: '2024-03-01', to: '2024-05-31' }, TODAY).exact).toBe(true);
  });

  it('moved in one by one, out again and back, in any order: the same summary as counted at once', () => {
    const rand = prng(9);
    const list = parts(input);
    const shuffled = list.map((p) => ({ p, k: rand() })).sort((a, b) => a.k - b.k);
    let s = emptyScoreDays();
    for (const { p } of shuffled) s = moveSupplierScore(s, p, 1);
    // A stage in the old months and one of the last days taken out and put back (a photo moved, a decision).
    for (const p of [list[3]!, list[list.length - 70]!]) {
      s = moveSupplierScore(s, p, -1);
      s = moveSupplierScore(s, p, 1);
    }
    expect(s).toEqual(summary);
  });
});
