import { useSignal } from '@preact/signals';
import { localText, otherLocalText } from '@/components/shared-text';
import {
  assignSuggested,
  canAssign,
  orders,
  ordersReady,
  pick,
  picked,
  pickedOrder,
  recordOf,
  suggestionsFor,
  suppliers,
} from './order-state';
import type { CheckView } from './state';
import { text } from './text';

const orderText = (o: { poNumbers: string[]; product: string }, supplier?: string) =>
  [o.poNumbers.join(', '), supplier, o.product].filter(Boolean).join(' · ');

/** Which order and stage this batch is for: then each card can be assigned to one of its shots. */
export function OrderBar({ views }: { views: CheckView[] }) {
  const assigning = useSignal(false);
  const t = text();
  if (!ordersReady.value) return null;
  if (orders.value.length === 0) {
    return (
      <p class="order-bar order-bar-empty">
        {t.noOrders1}
        <a href="options.html#/orders/new">{t.noOrdersLink}</a>
        {t.noOrders2}
      </p>
    );
  }
  const order = pickedOrder.value;
  const open = orders.value.filter((o) => o.status === 'open' || o.status === 'on-hold');
  const done = orders.value.filter((o) => o.status === 'shipped' || o.status === 'closed');
  const suggestable = order
    ? views.filter((v) => canAssign(v) && !recordOf(v)?.shotId && suggestionsFor(v).length > 0).length
    : 0;
  const option = (o: (typeof orders.value)[number]) => (
    <option key={o.id} value={o.id}>
      {orderText(o, suppliers.value.get(o.supplierId)?.company)}
    </option>
  );
  return (
    <section class="order-bar" aria-label={t.orderAndStage}>
      <label class="order-field">
        <span>{t.order}</span>
        <select
          value={order?.id ?? ''}
          onChange={(e) => void pick(e.currentTarget.value)}
          data-testid="order-select"
        >
          <option value="">{t.noOrder}</option>
          {open.length > 0 && <optgroup label={t.openGroup}>{open.map(option)}</optgroup>}
          {done.length > 0 && <optgroup label={t.doneGroup}>{done.map(option)}</optgroup>}
        </select>
      </label>
      {order && (
        <label class="order-field">
          <span>{t.stage}</span>
          <select
            value={picked.value?.stageId ?? ''}
            onChange={(e) => void pick(order.id, e.currentTarget.value)}
            data-testid="stage-select"
          >
            {order.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {localText(s.name)}
                {otherLocalText(s.name) ? ` · ${otherLocalText(s.name)!.text}` : ''}
                {s.id === order.currentStageId ? t.current : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      {order && suggestable > 0 && (
        <button
          type="button"
          class="button"
          disabled={assigning.value}
          onClick={async () => {
            assigning.value = true;
            await assignSuggested(views);
            assigning.value = false;
          }}
          data-testid="assign-suggested"
        >
          {t.assignByName(suggestable)}
        </button>
      )}
      {order && (
        <a
          class="order-link"
          href={`options.html#/orders/${encodeURIComponent(order.id)}`}
          target="_blank"
          rel="noopener"
        >
          {t.openOrder}
        </a>
      )}
    </section>
  );
}
