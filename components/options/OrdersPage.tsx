import { useComputed, useSignal } from '@preact/signals';
import { daysLeftText } from '@/components/orders/dates';
import type { OrderStatus } from '@/utils/store/types';
import { summaries, suppliersById } from './data';
import { useDebounced } from './hooks';
import { ORDER_STATUS_LABEL, ORDER_STATUSES } from './labels';
import { NewOrderDialog } from './NewOrderDialog';
import { filterRows, type OrderRow, orderRows } from './order-rows';
import { navigate, routeHref } from './router';

export function OrderStatusPill({ status }: { status: OrderStatus }) {
  return <span class={`status-pill status-${status}`}>{ORDER_STATUS_LABEL[status]}</span>;
}

function Progress({ row }: { row: OrderRow }) {
  if (!row.required) return <span class="muted">—</span>;
  const pct = Math.round((row.accepted / row.required) * 100);
  return (
    <span class="progress-cell" title={`${row.accepted} of ${row.required} required shots accepted`}>
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
      <td>
        <a href={href} class="po-link">
          {row.poNumbers[0]}
        </a>
        {row.poNumbers.length > 1 && (
          <span class="muted" title={row.poNumbers.join(', ')}>
            {' '}
            +{row.poNumbers.length - 1}
          </span>
        )}
      </td>
      <td class="ellipsis col-supplier" title={row.supplier}>
        {row.supplier}
      </td>
      <td class="ellipsis col-product" title={row.product}>
        {row.product}
      </td>
      <td>{row.stage ? <span title={row.stage.zh}>{row.stage.en}</span> : <span class="muted">—</span>}</td>
      <td>
        <OrderStatusPill status={row.status} />
      </td>
      <td class={row.nextDue?.overdue ? 'overdue' : ''}>
        {row.nextDue ? (
          <span title={`${row.nextDue.stage}`}>
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

export function OrdersPage({ newOrder }: { newOrder?: boolean }) {
  const query = useSignal('');
  const status = useSignal<OrderStatus | 'all'>('all');
  const search = useDebounced(query.value, 150);
  // Built once per data change; typing only filters these rows.
  const rows = useComputed(() => orderRows(summaries.value.values(), suppliersById.value));
  const shown = filterRows(rows.value, search, status.value);
  const all = rows.value;
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          Orders
        </h1>
        <button
          type="button"
          class="button primary"
          onClick={() => navigate({ page: 'orders', newOrder: true })}
        >
          New order
        </button>
      </header>
      {all.length === 0 ? (
        <div class="empty">
          <h2>No orders yet</h2>
          <p>
            Add an order with its production stages: each stage brings the shot list suppliers must send, and
            every photo you check is measured against it.
          </p>
          <button
            type="button"
            class="button primary"
            onClick={() => navigate({ page: 'orders', newOrder: true })}
          >
            Add your first order
          </button>
        </div>
      ) : (
        <>
          <form class="filters" aria-label="Find orders" onSubmit={(e) => e.preventDefault()}>
            <label class="field inline grow">
              <span>Search</span>
              <input
                type="search"
                value={query.value}
                placeholder="PO number, product or supplier"
                onInput={(e) => {
                  query.value = e.currentTarget.value;
                }}
                data-testid="order-search"
              />
            </label>
            <label class="field inline">
              <span>Status</span>
              <select
                value={status.value}
                onChange={(e) => {
                  status.value = e.currentTarget.value as OrderStatus | 'all';
                }}
              >
                <option value="all">All ({all.length})</option>
                {ORDER_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {ORDER_STATUS_LABEL[s]} ({all.filter((r) => r.status === s).length})
                  </option>
                ))}
              </select>
            </label>
            <span class="muted count" aria-live="polite">
              {shown.length === all.length
                ? `${all.length} order${all.length === 1 ? '' : 's'}`
                : `${shown.length} of ${all.length} orders`}
            </span>
          </form>
          <div class="table-wrap">
            <table class="table orders-table" data-testid="orders-table">
              <thead>
                <tr>
                  <th scope="col">PO</th>
                  <th scope="col" class="col-supplier">
                    Supplier
                  </th>
                  <th scope="col" class="col-product">
                    Product
                  </th>
                  <th scope="col">Current stage</th>
                  <th scope="col">Status</th>
                  <th scope="col">Next gate</th>
                  <th scope="col" class="num" title="Required shots accepted in the current stage">
                    Required
                  </th>
                  <th scope="col" class="num" title="Shots whose photo is poor or rejected: to retake">
                    Poor
                  </th>
                  <th scope="col" class="num" title="Shots with no photo yet">
                    Missing
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <OrderRowView key={row.id} row={row} />
                ))}
              </tbody>
            </table>
            {shown.length === 0 && <p class="muted empty-filter">No order matches “{search}”.</p>}
          </div>
        </>
      )}
      {newOrder && <NewOrderDialog onClose={() => navigate({ page: 'orders' })} />}
    </section>
  );
}
