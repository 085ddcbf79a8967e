import { type Signal, signal, useComputed, useSignal } from '@preact/signals';
import { daysLeftText, localText } from '@/components/shared-text';
import type { OrderStatus } from '@/utils/store/types';
import { summaries, suppliersById } from './data';
import { ORDER_STATUSES, orderStatusLabel } from './labels';
import { NewOrderDialog } from './NewOrderDialog';
import { filterRows, type OrderRow, orderRows, PAGE_SIZE, pageOf } from './order-rows';
import { navigate, routeHref } from './router';
import { text } from './text';

export function OrderStatusPill({ status }: { status: OrderStatus }) {
  return <span class={`status-pill status-${status}`}>{orderStatusLabel(status)}</span>;
}

function Progress({ row }: { row: OrderRow }) {
  if (!row.required) return <span class="muted">—</span>;
  const pct = Math.round((row.accepted / row.required) * 100);
  return (
    <span class="progress-cell" title={text().orders.progressTitle(row.accepted, row.required)}>
      <span class="mini-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </span>
      {row.accepted}/{row.required}
    </span>
  );
}

function OrderRowView({ row }: { row: OrderRow }) {
  const href = routeHref({ page: 'order', id: row.id });
  return (
    <tr data-order-id={row.id}>
      <th scope="row">
        <a href={href} class="po-link">
          {row.poNumbers[0]}
        </a>
        {row.poNumbers.length > 1 && (
          <span class="muted" title={row.poNumbers.join(', ')}>
            {' '}
            +{row.poNumbers.length - 1}
          </span>
        )}
      </th>
      <td class="ellipsis col-supplier" title={row.supplier}>
        {row.supplier}
      </td>
      <td class="ellipsis col-product" title={row.product}>
        {row.product}
      </td>
      <td>{row.stage ? <span>{localText(row.stage)}</span> : <span class="muted">—</span>}</td>
      <td>
        <OrderStatusPill status={row.status} />
      </td>
      <td class={row.nextDue?.overdue ? 'overdue' : ''}>
        {row.nextDue ? (
          <span title={localText(row.nextDue.stage)}>
            {row.nextDue.date} <span class="days">· {daysLeftText(row.nextDue.days)}</span>
          </span>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td class="num">
        <Progress row={row} />
      </td>
      <td class={`num ${row.poor ? 'bad' : 'muted'}`} data-col="poor">
        {row.poor}
      </td>
      <td class={`num ${row.missing ? '' : 'muted'}`} data-col="missing">
        {row.missing}
      </td>
    </tr>
  );
}

// Kept while the buyer opens an order and comes back: the list returns to the same page.
const listPage = signal(0);

export function OrdersPage({ newOrder }: { newOrder?: boolean }) {
  const query = useSignal('');
  const status = useSignal<OrderStatus | 'all'>('all');
  const t = text().orders;
  // Built once per data change; typing only filters these rows (500 rows filter in well under a
  // millisecond, so no debounce: each keystroke's result is painted in the next frame).
  const rows = useComputed(() => {
    const all = summaries.value;
    return all ? orderRows(all.values(), suppliersById.value) : [];
  });
  const search = query.value;
  const shown = filterRows(rows.value, search, status.value);
  const page = pageOf(shown, listPage.value);
  const all = rows.value;
  // The rows come from the store's list rows (one small record per order): no order nor photo is read.
  const counting = !summaries.value;
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t.title}
        </h1>
        <button
          type="button"
          class="button primary"
          onClick={() => navigate({ page: 'orders', newOrder: true })}
        >
          {t.newOrder}
        </button>
      </header>
      {all.length === 0 && !counting ? (
        <OrdersEmpty />
      ) : (
        <>
          <OrderFilters query={query} status={status} all={all} shown={shown.length} counting={counting} />
          <div class="table-wrap">
            {/* data-query and data-page: what these rows show (tests and the benchmark wait for them) */}
            <table
              class="table orders-table"
              data-testid="orders-table"
              data-query={search}
              data-page={page.page}
              aria-busy={counting}
              aria-describedby={page.pages > 1 ? 'orders-showing' : undefined}
            >
              <OrdersHead />
              <tbody>
                {page.rows.map((row) => (
                  <OrderRowView key={row.id} row={row} />
                ))}
              </tbody>
            </table>
            {shown.length === 0 && <p class="muted empty-filter">{t.noMatch(search)}</p>}
          </div>
          {page.pages > 1 && <OrdersPager page={page} shown={shown.length} />}
        </>
      )}
      {newOrder && <NewOrderDialog onClose={() => navigate({ page: 'orders' })} />}
    </section>
  );
}

/** No order yet: say what the desk is for and offer the first one. */
function OrdersEmpty() {
  const t = text().orders;
  return (
    <div class="empty">
      <h2>{t.emptyTitle}</h2>
      <p>{t.emptyText}</p>
      <button
        type="button"
        class="button primary"
        onClick={() => navigate({ page: 'orders', newOrder: true })}
      >
        {t.addFirst}
      </button>
    </div>
  );
}

interface FilterProps {
  query: Signal<string>;
  status: Signal<OrderStatus | 'all'>;
  all: OrderRow[];
  shown: number;
  counting: boolean;
}

/** Search and status: each change goes back to the first page. */
function OrderFilters({ query, status, all, shown, counting }: FilterProps) {
  const t = text().orders;
  return (
    <form class="filters" aria-label={t.find} onSubmit={(e) => e.preventDefault()}>
      <label class="field inline grow">
        <span>{t.search}</span>
        <input
          type="search"
          value={query.value}
          placeholder={t.searchPlaceholder}
          onInput={(e) => {
            query.value = e.currentTarget.value;
            listPage.value = 0;
          }}
          data-testid="order-search"
        />
      </label>
      <label class="field inline">
        <span>{t.statusLabel}</span>
        <select
          value={status.value}
          onChange={(e) => {
            status.value = e.currentTarget.value as OrderStatus | 'all';
            listPage.value = 0;
          }}
        >
          <option value="all">{t.all(all.length)}</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.withCount(orderStatusLabel(s), all.filter((r) => r.status === s).length)}
            </option>
          ))}
        </select>
      </label>
      <span class="muted count" role="status" data-testid="order-count">
        {t.count(shown, all.length)}
        {counting && ` · ${t.photosLoading}`}
      </span>
    </form>
  );
}

function OrdersHead() {
  const t = text().orders;
  return (
    <thead>
      <tr>
        <th scope="col">{t.colPo}</th>
        <th scope="col" class="col-supplier">
          {t.colSupplier}
        </th>
        <th scope="col" class="col-product">
          {t.colProduct}
        </th>
        <th scope="col">{t.colStage}</th>
        <th scope="col">{t.colStatus}</th>
        <th scope="col">{t.colGate}</th>
        <th scope="col" class="num" title={t.colRequiredTitle}>
          {t.colRequired}
        </th>
        <th scope="col" class="num" title={t.colPoorTitle}>
          {t.colPoor}
        </th>
        <th scope="col" class="num" title={t.colMissingTitle}>
          {t.colMissing}
        </th>
      </tr>
    </thead>
  );
}

function OrdersPager({ page, shown }: { page: ReturnType<typeof pageOf>; shown: number }) {
  const t = text().orders;
  return (
    <nav class="pager" aria-label={t.pages}>
      <button
        type="button"
        class="button"
        disabled={page.page === 0}
        onClick={() => {
          listPage.value = page.page - 1;
        }}
        data-testid="orders-page-prev"
      >
        {t.previous}
      </button>
      <span id="orders-showing" class="muted">
        {t.showing(page.page * PAGE_SIZE + 1, Math.min(shown, (page.page + 1) * PAGE_SIZE), shown)} ·{' '}
        {t.pageOf(page.page + 1, page.pages)}
      </span>
      <button
        type="button"
        class="button"
        disabled={page.page >= page.pages - 1}
        onClick={() => {
          listPage.value = page.page + 1;
        }}
        data-testid="orders-page-next"
      >
        {t.next}
      </button>
    </nav>
  );
}
