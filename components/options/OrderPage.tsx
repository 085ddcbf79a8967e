import { useEffect, useState } from 'preact/hooks';
import { RecordButtons } from '@/components/record/RecordButtons';
import { localText, otherLocalText } from '@/components/shared-text';
import { formatNumber } from '@/utils/format';
import { deleteOrder } from '@/utils/store';
import type { Order, OrderStatus } from '@/utils/store/types';
import { AddStageDialog } from './AddStageDialog';
import { showError } from './alerts';
import { ConfirmDialog } from './Dialog';
import {
  act,
  loadAll,
  loadState,
  openOrderPhotos,
  orderSummary,
  ordersById,
  ordersLoaded,
  saveOrder,
  suppliersById,
} from './data';
import { ORDER_STATUSES, orderStatusLabel } from './labels';
import { OrderDetailsDialog } from './OrderDetailsDialog';
import { navigate, routeHref } from './router';
import { StagePanel } from './StagePanel';
import { text } from './text';

function OrderHeader({ order }: { order: Order }) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const supplier = suppliersById.value.get(order.supplierId);
  const t = text().order;
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
            <span class="muted">{t.unknownSupplier}</span>
          )}
          {order.product && <span> · {order.product}</span>}
          {order.quantity !== undefined && <span> · {t.pieces(formatNumber(order.quantity))}</span>}
        </p>
        {order.notes && <p class="order-notes">{order.notes}</p>}
      </div>
      <div class="order-actions">
        <label class="field inline">
          <span>{text().orders.statusLabel}</span>
          <select
            value={order.status}
            onChange={(e) => saveOrder(order, { status: e.currentTarget.value as OrderStatus })}
            data-testid="order-status"
          >
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {orderStatusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <RecordButtons orderId={order.id} />
        <button type="button" class="button" onClick={() => setEditing(true)}>
          {t.editDetails}
        </button>
        <button type="button" class="button quiet danger" onClick={() => setDeleting(true)}>
          {text().common.delete}
        </button>
      </div>
      {editing && <OrderDetailsDialog order={order} onClose={() => setEditing(false)} />}
      {deleting && (
        <ConfirmDialog
          title={t.deleteTitle(order.poNumbers[0] ?? '')}
          confirm={t.deleteConfirm}
          danger
          onConfirm={async () => {
            const done = await act((s) => deleteOrder(s, order.id));
            if (done === undefined) return;
            navigate({ page: 'orders' });
            await loadAll();
          }}
          onClose={() => setDeleting(false)}
        >
          <p>{t.deleteText}</p>
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
  const t = text().order;
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
      <div role="tablist" aria-label={t.stages} class="tabs" onKeyDown={keyNav}>
        {order.stages.map((s) => {
          const isSelected = s.id === selected;
          const other = otherLocalText(s.name);
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
                {localText(s.name)}
                {order.currentStageId === s.id && <span class="tab-current">{t.current}</span>}
              </span>
              <span class="tab-sub">
                {other && <span lang={other.lang}>{other.text}</span>}
                <span class="tab-count" title={t.requiredAccepted}>
                  {counts.get(s.id)}
                </span>
              </span>
            </button>
          );
        })}
      </div>
      <button type="button" class="button quiet" onClick={onAdd}>
        {t.addStage}
      </button>
    </div>
  );
}

export function OrderPage({ id, recordStageId }: { id: string; recordStageId?: string }) {
  const order = ordersById.value.get(id);
  const [picked, setPicked] = useState<string | null>(recordStageId ?? null);
  const [adding, setAdding] = useState(false);
  const t = text().order;
  const ready = loadState.value === 'ready';
  // Its own photos only, once the settings (the near-duplicate threshold) are read.
  useEffect(() => {
    if (ready) void openOrderPhotos(id).catch(showError);
  }, [id, ready]);
  if (!order) {
    // The orders are read after the list rows: not found only once they are all in.
    const loading = loadState.value === 'loading' || (ready && !ordersLoaded.value);
    return (
      <section class="page">
        <h1 id="page-title" tabIndex={-1}>
          {loading ? text().common.loading : t.notFound}
        </h1>
        {!loading && (
          <p>
            {t.maybeDeleted} <a href={routeHref({ page: 'orders' })}>{t.backToOrders}</a>
          </p>
        )}
      </section>
    );
  }
  // Without its photos every shot would read "missing": the checklist waits for them.
  const summary = orderSummary(order) ?? {
    stages: order.stages.map((stage) => ({ stage, checklist: undefined })),
    current: undefined,
  };
  const stageId =
    picked && order.stages.some((s) => s.id === picked)
      ? picked
      : (order.stages.find((s) => s.id === order.currentStageId) ?? order.stages[0])?.id;
  const shown = summary.stages.find((s) => s.stage.id === stageId);
  const counts = new Map(
    summary.stages.map((s) => [
      s.stage.id,
      s.checklist ? `${s.checklist.counts.requiredAccepted}/${s.checklist.counts.required}` : '…',
    ]),
  );
  return (
    <section class="page order-page" aria-labelledby="page-title">
      <nav class="breadcrumb" aria-label={t.breadcrumb}>
        <a href={routeHref({ page: 'orders' })}>{text().nav.orders}</a> <span aria-hidden="true">/</span>{' '}
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
        {shown?.checklist ? (
          <StagePanel
            key={shown.stage.id}
            order={order}
            summary={{ ...shown, checklist: shown.checklist }}
            makeRecord={recordStageId === shown.stage.id}
          />
        ) : shown ? (
          <p class="muted loading" role="status">
            {t.photosLoading}
          </p>
        ) : (
          <div class="empty">
            <p>{t.noStages}</p>
            <button type="button" class="button primary" onClick={() => setAdding(true)}>
              {t.addAStage}
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
