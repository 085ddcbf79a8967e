// A supplier's photo scorecard on the orders desk (the supplier's page) and its one-line column in the
// supplier list. Figures from the supplier's summary over a chosen period (utils/triage/scorecard-days);
// each figure opens the photos (or stages) behind it as a list below (utils/triage/scorecard.ts).
import { useEffect, useState } from 'preact/hooks';
import { photoName } from '@/components/checklist/ReceivedPhoto';
import { getStore, orders, photos, photoUrl, today } from '@/components/options/data';
import { routeHref } from '@/components/options/router';
import { localText } from '@/components/shared-text';
import { readSupplierHistory, type SupplierHistory } from '@/utils/record/history';
import { allSupplierSummaries, type SupplierSummary, supplierSummary } from '@/utils/store/summaries';
import type { DateOnly } from '@/utils/store/types';
import {
  computeScorecard,
  type Period,
  type Scorecard,
  type ScoreProblem,
  type StageRef,
} from '@/utils/triage/scorecard';
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

const cardOf = (h: SupplierHistory, period: Period, day: DateOnly): Scorecard =>
  computeScorecard(scorecardInput(h.orders, h.photos, h.requests), period, day);

type Behind = { title: string; photos: string[] } | { title: string; stages: StageRef[] };

function BehindList({
  behind,
  history,
  onClose,
}: {
  behind: Behind;
  /** The supplier's orders and photos, as read for the list. */
  history: SupplierHistory;
  onClose: () => void;
}) {
  const t = recordText().scorecard;
  const bySha = new Map(history.photos.map((p) => [p.sha256, p]));
  const ordersById = new Map(history.orders.map((o) => [o.id, o]));
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
              const order = p.orderId ? ordersById.get(p.orderId) : undefined;
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
              const order = ordersById.get(s.orderId);
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

type Which = 'received' | 'firstTime' | 'requests' | 'gates' | { problem: ScoreProblem };

/** The records behind one figure: what a scan of the supplier's history gives (read on the first click). */
function behindOf(card: Scorecard, which: Which, t: ReturnType<typeof recordText>['scorecard']): Behind {
  if (which === 'received') return { title: t.received, photos: card.photosReceived.photos };
  if (which === 'firstTime') return { title: t.firstTimeBehind, photos: card.firstTime.notGoodPhotos };
  if (which === 'requests') return { title: t.requests, stages: card.requests.stages };
  if (which === 'gates') return { title: t.gates, stages: card.gatesPassedWithout.stages };
  const found = card.problems.find((p) => p.problem === which.problem);
  return { title: t.problem[which.problem], photos: found?.photos ?? [] };
}

/**
 * The figures come from the supplier's summary alone (utils/store/summaries: kept by day with every
 * write); the supplier's photos are read only when a figure is opened, to list the ones behind it.
 */
export function SupplierScorecard({ supplierId }: { supplierId: string }) {
  const [choice, setChoice] = useState<PeriodChoice>('12m');
  const [summary, setSummary] = useState<SupplierSummary>();
  const [history, setHistory] = useState<SupplierHistory>();
  const [behind, setBehind] = useState<Behind & { which: Which }>();
  const day = today.value;
  // Read again when the desk's photos or orders change (a decision, a filed photo, an import).
  useEffect(() => {
    let live = true;
    setHistory(undefined);
    void getStore()
      .then((s) => supplierSummary(s, supplierId))
      .then((found) => live && setSummary(found))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [supplierId, photos.value, orders.value]);
  const t = recordText().scorecard;
  // A list open while the records changed is listed again from the new ones.
  useEffect(() => {
    if (behind && !history) void open(behind.which);
  }, [history]);
  const period = periodOf(choice, day);
  if (!summary) return <p class="muted">{t.loading}</p>;
  const figures = scoreFigures(summary.score, period, day);

  async function open(which: Which) {
    const h = history ?? (await readSupplierHistory(await getStore(), supplierId));
    if (!history) setHistory(h);
    setBehind({ ...behindOf(cardOf(h, period, day), which, t), which });
  }
  return (
    <section class="card-form scorecard" aria-labelledby="scorecard-title" data-testid="scorecard">
      <div class="row">
        <h2 id="scorecard-title">{t.title}</h2>
        <PeriodPicker
          choice={choice}
          onChoose={(c) => {
            setChoice(c);
            setBehind(undefined);
          }}
        />
      </div>
      {!figures.exact && (
        <p class="muted" data-testid="scorecard-near">
          {t.near}
        </p>
      )}
      <Figures figures={figures} onOpen={(which) => void open(which)} />
      {behind && history && (
        <BehindList behind={behind} history={history} onClose={() => setBehind(undefined)} />
      )}
    </section>
  );
}

function PeriodPicker({ choice, onChoose }: { choice: PeriodChoice; onChoose: (c: PeriodChoice) => void }) {
  const t = recordText().scorecard;
  return (
    <label class="field inline">
      <span>{t.period}</span>
      <select
        value={choice}
        onChange={(e) => onChoose(e.currentTarget.value as PeriodChoice)}
        data-testid="scorecard-period"
      >
        {(['3m', '12m', 'all'] as const).map((c) => (
          <option key={c} value={c}>
            {t.periods[c]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The scorecard's figures, each a button that lists what is behind it. */
function Figures({
  figures,
  onOpen,
}: {
  figures: ReturnType<typeof scoreFigures>;
  onOpen: (which: Which) => void;
}) {
  const t = recordText().scorecard;
  const figure = (label: string, value: string, which: Which, testId: string) => (
    <div class="figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <button type="button" class="link-button" onClick={() => onOpen(which)}>
          {value}
        </button>
      </dd>
    </div>
  );
  return (
    <dl class="figures">
      {figure(t.received, String(figures.received), 'received', 'score-received')}
      {figure(t.firstTime, t.firstTimeValue(figures.good, figures.shots), 'firstTime', 'score-first-time')}
      <div class="figure" data-testid="score-problems">
        <dt>{t.problems}</dt>
        <dd>
          {figures.problems.length
            ? figures.problems.map((p, i) => (
                <span key={p.problem}>
                  {i > 0 && ', '}
                  <button
                    type="button"
                    class="link-button"
                    data-problem={p.problem}
                    onClick={() => onOpen({ problem: p.problem })}
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
        `${figures.requests.sent} · ${t.medianDays(figures.requests.medianDaysToAnswer)}`,
        'requests',
        'score-requests',
      )}
      {figure(t.gates, String(figures.gatesPassedWithout), 'gates', 'score-gates')}
    </dl>
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
