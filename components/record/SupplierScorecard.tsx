// A supplier's photo scorecard on the orders desk (the supplier's page) and its one-line column in the
// supplier list. Figures from utils/triage/scorecard.ts over a chosen period; each figure opens the
// photos (or stages) behind it as a list below.
import { useEffect, useState } from 'preact/hooks';
import { photoName } from '@/components/checklist/ReceivedPhoto';
import { getStore, orders, ordersById, photos, photoUrl, today } from '@/components/options/data';
import { routeHref } from '@/components/options/router';
import { localText } from '@/components/shared-text';
import { readSupplierHistory, type SupplierHistory } from '@/utils/record/history';
import { allSupplierSummaries } from '@/utils/store/summaries';
import type { DateOnly } from '@/utils/store/types';
import { computeScorecard, type Period, type Scorecard, type StageRef } from '@/utils/triage/scorecard';
import { scoreFigures } from '@/utils/triage/scorecard-days';
import { scorecardInput } from '@/utils/triage/scorecard-input';
import { recordText } from './record-text';

export type PeriodChoice = '3m' | '12m' | 'all';

/** The calendar period ending `today`. */
export function periodOf(choice: PeriodChoice, today: DateOnly): Period {
  if (choice === 'all') return { from: '0000-01-01', to: '9999-12-31' };
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - (choice === '3m' ? 3 : 12));
  return { from: d.toISOString().slice(0, 10), to: today };
}

const cardOf = (h: SupplierHistory, choice: PeriodChoice, day: DateOnly): Scorecard =>
  computeScorecard(scorecardInput(h.orders, h.photos, h.requests), periodOf(choice, day), day);

type Behind = { title: string; photos: string[] } | { title: string; stages: StageRef[] };

function BehindList({ behind, onClose }: { behind: Behind; onClose: () => void }) {
  const t = recordText().scorecard;
  const bySha = new Map(photos.value.map((p) => [p.sha256, p]));
  return (
    <section class="scorecard-behind" aria-label={behind.title} data-testid="scorecard-behind">
      <div class="row">
        <h3>{behind.title}</h3>
        <button type="button" class="button quiet" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <ul>
        {'photos' in behind
          ? behind.photos.map((sha) => {
              const p = bySha.get(sha);
              if (!p) return null;
              const order = p.orderId ? ordersById.value.get(p.orderId) : undefined;
              const url = photoUrl(p);
              return (
                <li key={sha} data-sha256={sha}>
                  {url ? <img src={url} alt="" width={64} height={48} /> : <span class="frame" />}
                  <span>{photoName(p)}</span>
                  {order && <a href={routeHref({ page: 'order', id: order.id })}>{order.poNumbers[0]}</a>}
                </li>
              );
            })
          : behind.stages.map((s) => {
              const order = ordersById.value.get(s.orderId);
              const stage = order?.stages.find((x) => x.id === s.stageId);
              return (
                <li key={`${s.orderId}/${s.stageId}`}>
                  <a href={routeHref({ page: 'order', id: s.orderId })}>
                    {order?.poNumbers[0] ?? s.orderId}
                    {stage ? ` · ${localText(stage.name)}` : ''}
                  </a>
                </li>
              );
            })}
      </ul>
    </section>
  );
}

export function SupplierScorecard({ supplierId }: { supplierId: string }) {
  const [choice, setChoice] = useState<PeriodChoice>('12m');
  const [history, setHistory] = useState<SupplierHistory>();
  const [behind, setBehind] = useState<Behind>();
  // Read again when the desk's photos or orders change (a decision, a filed photo).
  const version = `${photos.value.length}:${ordersById.value.size}`;
  useEffect(() => {
    let live = true;
    void getStore()
      .then((s) => readSupplierHistory(s, supplierId))
      .then((h) => live && setHistory(h))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [supplierId, version]);
  const t = recordText().scorecard;
  if (!history) return <p class="muted">{t.loading}</p>;
  const card = cardOf(history, choice, today.value);
  const figure = (label: string, value: string, open: Behind | undefined, testId: string) => (
    <div class="figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        {open ? (
          <button type="button" class="link-button" onClick={() => setBehind(open)}>
            {value}
          </button>
        ) : (
          value
        )}
      </dd>
    </div>
  );
  return (
    <section class="card-form scorecard" aria-labelledby="scorecard-title" data-testid="scorecard">
      <div class="row">
        <h2 id="scorecard-title">{t.title}</h2>
        <label class="field inline">
          <span>{t.period}</span>
          <select
            value={choice}
            onChange={(e) => {
              setChoice(e.currentTarget.value as PeriodChoice);
              setBehind(undefined);
            }}
            data-testid="scorecard-period"
          >
            {(['3m', '12m', 'all'] as const).map((c) => (
              <option key={c} value={c}>
                {t.periods[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <dl class="figures">
        {figure(
          t.received,
          String(card.photosReceived.count),
          { title: t.received, photos: card.photosReceived.photos },
          'score-received',
        )}
        {figure(
          t.firstTime,
          t.firstTimeValue(card.firstTime.good, card.firstTime.shots),
          { title: t.firstTime, photos: card.firstTime.notGoodPhotos },
          'score-first-time',
        )}
        <div class="figure" data-testid="score-problems">
          <dt>{t.problems}</dt>
          <dd>
            {card.problems.length
              ? card.problems.map((p, i) => (
                  <span key={p.problem}>
                    {i > 0 && ', '}
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => setBehind({ title: t.problem[p.problem], photos: p.photos })}
                    >
                      {t.behind(t.problem[p.problem], p.count)}
                    </button>
                  </span>
                ))
              : t.noProblems}
          </dd>
        </div>
        {figure(
          t.requests,
          `${card.requests.sent} · ${t.medianDays(card.requests.medianDaysToAnswer)}`,
          { title: t.requests, stages: card.requests.stages },
          'score-requests',
        )}
        {figure(
          t.gates,
          String(card.gatesPassedWithout.count),
          { title: t.gates, stages: card.gatesPassedWithout.stages },
          'score-gates',
        )}
      </dl>
      {behind && <BehindList behind={behind} onClose={() => setBehind(undefined)} />}
    </section>
  );
}

export interface ColumnCell {
  received: number;
  good: number;
  shots: number;
}

/**
 * The supplier list's column: photos received and the share good the first time, last 12 months. From the
 * supplier summaries only (utils/store/summaries: day scores kept with every write), never a scan of the
 * photos; these two figures need no re-requests. Undefined until read.
 */
export function useScorecardColumn(): Map<string, ColumnCell> | undefined {
  const [cells, setCells] = useState<Map<string, ColumnCell>>();
  const day = today.value;
  // Read again when the desk's photos or orders change (a decision, a filed photo, an import).
  useEffect(() => {
    let live = true;
    void getStore()
      .then(allSupplierSummaries)
      .then((list) => {
        if (!live) return;
        const period = periodOf('12m', day);
        const next = new Map<string, ColumnCell>();
        for (const s of list) next.set(s.supplierId, scoreFigures(s.score, period, day));
        setCells(next);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [photos.value, orders.value, day]);
  return cells;
}
