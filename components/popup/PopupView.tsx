// The toolbar popup's content, from plain data: what needs attention, each line a link to the order.
import type { ComponentChildren } from 'preact';
import { markNeeds } from '@/components/mail/list-text';
import { recordText } from '@/components/record/record-text';
import { agoText, daysLeftText, gateText, localText, sharedText } from '@/components/shared-text';
import type { ListThread } from '@/utils/store/types';
import type { ScoreProblem } from '@/utils/triage/scorecard';
import type { Attention, GateAttention, ThreadAttention } from './attention';
import { popupText } from './text';

const LIMIT = 5;

export interface PopupViewProps {
  attention: Attention;
  /** Supplier threads with photos seen in the mail lists that still need the buyer (none: no section). */
  threads?: ThreadAttention[];
  /** Opens a thread in its mail tab (or a new one). */
  openThread?: (thread: ListThread) => void;
  /** How many orders exist at all (any status): none means the welcome. */
  orderCount: number;
  now: Date;
  /** Opens an extension page in a tab: `options.html#/orders/<id>`, `check.html`. */
  open: (path: string) => void;
  /** Suppliers whose last three stages each needed a re-request, with the note for each (scorecard.ts). */
  weakest?: WeakLink[];
}

export interface WeakLink {
  supplierId: string;
  company: string;
  note: ScoreProblem | 'originals';
}

const orderPath = (id: string) => `/options.html#/orders/${encodeURIComponent(id)}`;

function Section({
  title,
  count,
  children,
  more,
  onMore,
}: {
  title: string;
  count: number;
  children: ComponentChildren;
  more: number;
  onMore: () => void;
}) {
  return (
    <section class="pp-section">
      <h2>
        {title} <span class="pp-count">{count}</span>
      </h2>
      <ul>{children}</ul>
      {more > 0 && (
        <button type="button" class="pp-more" onClick={onMore}>
          {popupText().more(more)}
        </button>
      )}
    </section>
  );
}

/** A line that opens its order; its visible text is its name (no aria-label: speech users say what they see). */
function Row({
  path,
  open,
  children,
}: {
  path: string;
  open: (p: string) => void;
  children: ComponentChildren;
}) {
  return (
    <li>
      <a
        href={path}
        class="pp-row"
        onClick={(e) => {
          e.preventDefault();
          open(path);
        }}
      >
        {children}
      </a>
    </li>
  );
}

const gateName = (g: GateAttention) =>
  g.gate ? gateText(g.gate) : sharedText().stageDue(localText(g.stage));

function ThreadRow({ item, openThread }: { item: ThreadAttention; openThread: (t: ListThread) => void }) {
  const needs = markNeeds(item.mark);
  return (
    <li>
      <button
        type="button"
        class="pp-row pp-thread"
        data-thread-id={item.thread.threadId}
        data-state={item.mark.state}
        onClick={() => openThread(item.thread)}
      >
        <span class="pp-main">
          {item.mark.po && <b>{item.mark.po}</b>}
          <span class="pp-sub">{item.thread.subject}</span>
          <span class="pp-product">
            {item.supplier} · {item.thread.client === 'gmail' ? 'Gmail' : 'Outlook'}
          </span>
        </span>
        <span class="pp-badges">
          {needs.length === 0 ? (
            <span class="pp-badge pp-review">{popupText().notChecked}</span>
          ) : (
            needs.map((n) => (
              <span
                key={n.text}
                class={`pp-badge ${n.tone === 'retake' ? 'pp-bad' : n.tone === 'check' ? 'pp-review' : ''}`}
              >
                {n.text}
              </span>
            ))
          )}
        </span>
      </button>
    </li>
  );
}

export function PopupView({
  attention: a,
  threads = [],
  openThread = () => {},
  orderCount,
  now,
  open,
  weakest,
}: PopupViewProps) {
  const t = popupText();
  const checkButton = (
    <button
      type="button"
      class="pp-button pp-primary"
      onClick={() => open('/check.html')}
      data-testid="open-check"
    >
      {t.checkPhotos}
    </button>
  );
  if (orderCount === 0) return <Welcome open={open} />;
  const desk = () => open('/options.html#/orders');
  const nothing = !a.stages.length && !a.gates.length && !a.requests.length && !threads.length;
  return (
    <div class="pp-root">
      <header class="pp-head">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t.title}</h1>
        {checkButton}
      </header>
      {nothing && (
        <p class="pp-clear" data-testid="all-clear">
          {t.allClear(a.openOrders)}
        </p>
      )}
      {threads.length > 0 && (
        <Section title={t.photosToCheck} count={threads.length} more={0} onMore={desk}>
          {threads.slice(0, LIMIT * 2).map((item) => (
            <ThreadRow key={item.thread.threadId} item={item} openThread={openThread} />
          ))}
        </Section>
      )}
      {a.stages.length > 0 && <StageSection stages={a.stages} open={open} onMore={desk} />}
      {a.gates.length > 0 && <GateSection gates={a.gates} open={open} onMore={desk} />}
      {a.requests.length > 0 && <RequestSection requests={a.requests} now={now} open={open} onMore={desk} />}
      {weakest && weakest.length > 0 && <WeakestSection weakest={weakest} open={open} onMore={desk} />}
      <footer class="pp-foot">
        <button type="button" class="pp-link" onClick={desk}>
          {t.ordersDesk}
        </button>
        <button type="button" class="pp-link" onClick={() => open('/options.html#/settings')}>
          {t.settings}
        </button>
      </footer>
    </div>
  );
}

type Open = PopupViewProps['open'];
interface SectionProps {
  open: Open;
  onMore: () => void;
}

/** No order yet: what the popup can do first. */
function Welcome({ open }: { open: Open }) {
  const t = popupText();
  return (
    <div class="pp-root">
      <header class="pp-head">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t.title}</h1>
      </header>
      <div class="pp-welcome">
        <p>
          <strong>{t.welcome}</strong> {t.welcomeText}
        </p>
        <button type="button" class="pp-button pp-primary" onClick={() => open('/options.html#/orders/new')}>
          {t.addFirstOrder}
        </button>
        <button type="button" class="pp-button" onClick={() => open('/check.html')}>
          {t.justCheck}
        </button>
      </div>
    </div>
  );
}

function StageSection({ stages, open, onMore: desk }: SectionProps & { stages: Attention['stages'] }) {
  const t = popupText();
  return (
    <Section title={t.needsPhotos} count={stages.length} more={stages.length - LIMIT} onMore={desk}>
      {stages.slice(0, LIMIT).map((s) => (
        <Row key={s.orderId} path={orderPath(s.orderId)} open={open}>
          <span class="pp-main" data-order-id={s.orderId} data-missing={s.missing} data-poor={s.poor}>
            <b>{s.po}</b> <span class="pp-sub">{localText(s.stage)}</span>
            <span class="pp-product">{s.product || s.supplier}</span>
          </span>
          <span class="pp-badges">
            {s.poor > 0 && <span class="pp-badge pp-bad">{t.poor(s.poor)}</span>}
            {s.missing > 0 && <span class="pp-badge">{t.missing(s.missing)}</span>}
            {s.toReview > 0 && <span class="pp-badge pp-review">{t.toReview(s.toReview)}</span>}
          </span>
        </Row>
      ))}
    </Section>
  );
}

function GateSection({ gates, open, onMore: desk }: SectionProps & { gates: Attention['gates'] }) {
  const t = popupText();
  return (
    <Section title={t.gatesDue} count={gates.length} more={gates.length - LIMIT} onMore={desk}>
      {gates.slice(0, LIMIT).map((g) => (
        <Row key={`${g.orderId}-${g.stageId}`} path={orderPath(g.orderId)} open={open}>
          <span class="pp-main" data-order-id={g.orderId}>
            <b>{g.po}</b> <span class="pp-sub">{gateName(g)}</span>
            <span class="pp-product">{t.shotsOpen(g.open, g.dueDate)}</span>
          </span>
          <span class={`pp-days ${g.overdue ? 'pp-overdue' : g.days <= 3 ? 'pp-soon' : ''}`}>
            {daysLeftText(g.days)}
          </span>
        </Row>
      ))}
    </Section>
  );
}

function RequestSection({
  requests,
  now,
  open,
  onMore: desk,
}: SectionProps & { requests: Attention['requests']; now: PopupViewProps['now'] }) {
  const t = popupText();
  return (
    <Section title={t.awaiting} count={requests.length} more={requests.length - LIMIT} onMore={desk}>
      {requests.slice(0, LIMIT).map((r) => (
        <Row key={r.id} path={orderPath(r.orderId)} open={open}>
          <span class="pp-main" data-order-id={r.orderId}>
            <b>{r.po}</b> <span class="pp-sub">{t.asked(r.items, r.channel === 'wechat')}</span>
          </span>
          <span class="pp-days">{agoText(r.askedAt, now)}</span>
        </Row>
      ))}
    </Section>
  );
}

function WeakestSection({
  weakest,
  open,
  onMore: desk,
}: SectionProps & { weakest: NonNullable<PopupViewProps['weakest']> }) {
  return (
    <Section
      title={recordText().weakestTitle}
      count={weakest.length}
      more={weakest.length - LIMIT}
      onMore={desk}
    >
      {weakest.slice(0, LIMIT).map((w) => (
        <Row
          key={w.supplierId}
          path={`/options.html#/suppliers/${encodeURIComponent(w.supplierId)}`}
          open={open}
        >
          <span class="pp-main" data-weakest={w.note}>
            <b>{w.company}</b> <span class="pp-sub">{recordText().weakest[w.note]}</span>
          </span>
        </Row>
      ))}
    </Section>
  );
}
