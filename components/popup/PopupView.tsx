// The toolbar popup's content, from plain data: what needs attention, each line a link to the order.
import type { ComponentChildren } from 'preact';
import { agoText, daysLeftText } from '@/components/orders/dates';
import type { Attention } from './attention';

const LIMIT = 5;

export interface PopupViewProps {
  attention: Attention;
  /** How many orders exist at all (any status): none means the welcome. */
  orderCount: number;
  now: Date;
  /** Opens an extension page in a tab: `options.html#/orders/<id>`, `check.html`. */
  open: (path: string) => void;
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
          and {more} more in the orders desk →
        </button>
      )}
    </section>
  );
}

function Row({
  path,
  open,
  children,
  label,
}: {
  path: string;
  open: (p: string) => void;
  children: ComponentChildren;
  label: string;
}) {
  return (
    <li>
      <a
        href={path}
        class="pp-row"
        aria-label={label}
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

export function PopupView({ attention: a, orderCount, now, open }: PopupViewProps) {
  const checkButton = (
    <button
      type="button"
      class="pp-button pp-primary"
      onClick={() => open('/check.html')}
      data-testid="open-check"
    >
      Check photos
    </button>
  );
  if (orderCount === 0) {
    return (
      <div class="pp-root">
        <header class="pp-head">
          <img src="/icon/32.png" alt="" width={20} height={20} />
          <h1>Photo Triage</h1>
        </header>
        <div class="pp-welcome">
          <p>
            <strong>Welcome.</strong> Add an order with its production stages, and every supplier photo you
            check is measured against the shots that stage needs.
          </p>
          <button
            type="button"
            class="pp-button pp-primary"
            onClick={() => open('/options.html#/orders/new')}
          >
            Add your first order
          </button>
          <button type="button" class="pp-button" onClick={() => open('/check.html')}>
            Just check some photos
          </button>
        </div>
      </div>
    );
  }
  const desk = () => open('/options.html#/orders');
  const nothing = !a.stages.length && !a.gates.length && !a.requests.length;
  return (
    <div class="pp-root">
      <header class="pp-head">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Photo Triage</h1>
        {checkButton}
      </header>
      {nothing && (
        <p class="pp-clear" data-testid="all-clear">
          ✓ Nothing needs you: {a.openOrders} open order{a.openOrders === 1 ? '' : 's'}, no missing or poor
          photos, no gate at risk.
        </p>
      )}
      {a.stages.length > 0 && (
        <Section title="Needs photos" count={a.stages.length} more={a.stages.length - LIMIT} onMore={desk}>
          {a.stages.slice(0, LIMIT).map((s) => (
            <Row
              key={s.orderId}
              path={orderPath(s.orderId)}
              open={open}
              label={`${s.po}, ${s.stage}: ${s.missing} missing, ${s.poor} poor`}
            >
              <span class="pp-main" data-order-id={s.orderId} data-missing={s.missing} data-poor={s.poor}>
                <b>{s.po}</b> <span class="pp-sub">{s.stage}</span>
                <span class="pp-product">{s.product || s.supplier}</span>
              </span>
              <span class="pp-badges">
                {s.poor > 0 && <span class="pp-badge pp-bad">{s.poor} poor</span>}
                {s.missing > 0 && <span class="pp-badge">{s.missing} missing</span>}
                {s.toReview > 0 && <span class="pp-badge pp-review">{s.toReview} to review</span>}
              </span>
            </Row>
          ))}
        </Section>
      )}
      {a.gates.length > 0 && (
        <Section title="Gates due" count={a.gates.length} more={a.gates.length - LIMIT} onMore={desk}>
          {a.gates.slice(0, LIMIT).map((g) => (
            <Row
              key={`${g.orderId}-${g.stageId}`}
              path={orderPath(g.orderId)}
              open={open}
              label={`${g.po}: ${g.label}, ${daysLeftText(g.days)}`}
            >
              <span class="pp-main" data-order-id={g.orderId}>
                <b>{g.po}</b> <span class="pp-sub">{g.label}</span>
                <span class="pp-product">
                  {g.open} required shot{g.open === 1 ? '' : 's'} open · due {g.dueDate}
                </span>
              </span>
              <span class={`pp-days ${g.overdue ? 'pp-overdue' : g.days <= 3 ? 'pp-soon' : ''}`}>
                {daysLeftText(g.days)}
              </span>
            </Row>
          ))}
        </Section>
      )}
      {a.requests.length > 0 && (
        <Section
          title="Awaiting an answer"
          count={a.requests.length}
          more={a.requests.length - LIMIT}
          onMore={desk}
        >
          {a.requests.slice(0, LIMIT).map((r) => (
            <Row
              key={r.id}
              path={orderPath(r.orderId)}
              open={open}
              label={`${r.po}: asked ${agoText(r.askedAt, now)}`}
            >
              <span class="pp-main" data-order-id={r.orderId}>
                <b>{r.po}</b>{' '}
                <span class="pp-sub">
                  {r.items} item{r.items === 1 ? '' : 's'} asked by{' '}
                  {r.channel === 'wechat' ? 'WeChat' : 'email'}
                </span>
              </span>
              <span class="pp-days">{agoText(r.askedAt, now)}</span>
            </Row>
          ))}
        </Section>
      )}
      <footer class="pp-foot">
        <button type="button" class="pp-link" onClick={desk}>
          Orders desk
        </button>
        <button type="button" class="pp-link" onClick={() => open('/options.html#/settings')}>
          Settings
        </button>
      </footer>
    </div>
  );
}
