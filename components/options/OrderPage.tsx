import { useState } from 'preact/hooks';
import { deleteOrder } from '@/utils/store';
import type { Order, OrderStatus } from '@/utils/store/types';
import { AddStageDialog } from './AddStageDialog';
import { ConfirmDialog } from './Dialog';
import { act, loadAll, loadState, orderSummary, ordersById, saveOrder, suppliersById } from './data';
import { ORDER_STATUS_LABEL, ORDER_STATUSES } from './labels';
import { OrderDetailsDialog } from './OrderDetailsDialog';
import { navigate, routeHref } from './router';
import { StagePanel } from './StagePanel';

const numberFormat = new Intl.NumberFormat('en');

function OrderHeader({ order }: { order: Order }) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const supplier = suppliersById.value.get(order.supplierId);
  return (
    <header class="order-head">
      <div class="order-title">
        <h1 id="page-title" tabIndex={-1}>
          {order.poNumbers.join(' · ')}
        </h1>
        <p class="order-meta">
          {supplier ? (
            <a href={routeHref({ page: 'suppliers', id: supplier.id })}>{supplier.company}</a>
          ) : (
            <span class="muted">Unknown supplier</span>
          )}
          {order.product && <span> · {order.product}</span>}
          {order.quantity !== undefined && <span> · {numberFormat.format(order.quantity)} pcs</span>}
        </p>
        {order.notes && <p class="order-notes">{order.notes}</p>}
      </div>
      <div class="order-actions">
        <label class="field inline">
          <span>Status</span>
          <select
            value={order.status}
            onChange={(e) => saveOrder(order.id, { status: e.currentTarget.value as OrderStatus })}
            data-testid="order-status"
          >
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ORDER_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button" onClick={() => setEditing(true)}>
          Edit details
        </button>
        <button type="button" class="button quiet danger" onClick={() => setDeleting(true)}>
          Delete…
        </button>
      </div>
      {editing && <OrderDetailsDialog order={order} onClose={() => setEditing(false)} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete order ${order.poNumbers[0]}?`}
          confirm="Delete order"
          danger
          onConfirm={async () => {
            const done = await act((s) => deleteOrder(s, order.id));
            if (done === undefined) return;
            navigate({ page: 'orders' });
            await loadAll();
          }}
          onClose={() => setDeleting(false)}
        >
          <p>
            The order, its stages and shot lists, and its request log are deleted. Its photos stay in Photo
            Triage (they reveal reused photos later) but are no longer assigned.
          </p>
        </ConfirmDialog>
      )}
    </header>
  );
}

function StageTabs({
  order,
  selected,
  onSelect,
  onAdd,
  counts,
}: {
  order: Order;
  selected: string;
  onSelect: (id: string) => void;
  onAdd: () => void;
  counts: Map<string, string>;
}) {
  const ids = order.stages.map((s) => s.id);
  const keyNav = (e: KeyboardEvent) => {
    const i = ids.indexOf(selected);
    const to =
      e.key === 'ArrowRight'
        ? ids[(i + 1) % ids.length]
        : e.key === 'ArrowLeft'
          ? ids[(i - 1 + ids.length) % ids.length]
          : e.key === 'Home'
            ? ids[0]
            : e.key === 'End'
              ? ids.at(-1)
              : undefined;
    if (!to) return;
    e.preventDefault();
    onSelect(to);
    document.getElementById(`tab-${to}`)?.focus();
  };
  return (
    <div class="tabs-row">
      <div role="tablist" aria-label="Stages" class="tabs" onKeyDown={keyNav}>
        {order.stages.map((s) => {
          const isSelected = s.id === selected;
          return (
            <button
              key={s.id}
              type="button"
              role="tab"
              id={`tab-${s.id}`}
              aria-selected={isSelected}
              aria-controls="stage-panel"
              tabIndex={isSelected ? 0 : -1}
              class={`tab ${isSelected ? 'selected' : ''}`}
              onClick={() => onSelect(s.id)}
              data-stage-id={s.id}
            >
              <span class="tab-name">
                {s.name.en}
                {order.currentStageId === s.id && <span class="tab-current">Current</span>}
              </span>
              <span class="tab-sub">
                <span lang="zh-CN">{s.name.zh}</span>
                <span class="tab-count" title="Required shots accepted">
                  {counts.get(s.id)}
                </span>
              </span>
            </button>
          );
        })}
      </div>
      <button type="button" class="button quiet" onClick={onAdd}>
        ＋ Add stage
      </button>
    </div>
  );
}

export function OrderPage({ id }: { id: string }) {
  const order = ordersById.value.get(id);
  const [picked, setPicked] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  if (!order) {
    return (
      <section class="page">
        <h1 id="page-title" tabIndex={-1}>
          {loadState.value === 'loading' ? 'Loading…' : 'Order not found'}
        </h1>
        {loadState.value !== 'loading' && (
          <p>
            It may have been deleted in another tab.{' '}
            <a href={routeHref({ page: 'orders' })}>Back to orders</a>
          </p>
        )}
      </section>
    );
  }
  const summary = orderSummary(order);
  const stageId =
    picked && order.stages.some((s) => s.id === picked)
      ? picked
      : (summary.current ?? summary.stages[0])?.stage.id;
  const shown = summary.stages.find((s) => s.stage.id === stageId);
  const counts = new Map(
    summary.stages.map((s) => [
      s.stage.id,
      `${s.checklist.counts.requiredAccepted}/${s.checklist.counts.required}`,
    ]),
  );
  return (
    <section class="page order-page" aria-labelledby="page-title">
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <a href={routeHref({ page: 'orders' })}>Orders</a> <span aria-hidden="true">/</span>{' '}
        <span>{order.poNumbers[0]}</span>
      </nav>
      <OrderHeader order={order} />
      <StageTabs
        order={order}
        selected={stageId ?? ''}
        onSelect={setPicked}
        onAdd={() => setAdding(true)}
        counts={counts}
      />
      <div role="tabpanel" id="stage-panel" aria-labelledby={stageId ? `tab-${stageId}` : undefined}>
        {shown ? (
          <StagePanel key={shown.stage.id} order={order} summary={shown} />
        ) : (
          <div class="empty">
            <p>This order has no stages yet. Add one from a shot-list template.</p>
            <button type="button" class="button primary" onClick={() => setAdding(true)}>
              Add a stage
            </button>
          </div>
        )}
      </div>
      {adding && (
        <AddStageDialog
          order={order}
          onAdded={(sid) => {
            setAdding(false);
            setPicked(sid);
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}
