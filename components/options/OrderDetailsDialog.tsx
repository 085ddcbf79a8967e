import { useState } from 'preact/hooks';
import { FieldError } from '@/components/desk/errors';
import { updateOrder } from '@/utils/store';
import type { Order } from '@/utils/store/types';
import { FormError } from './AlertRegion';
import { Dialog } from './Dialog';
import { act, putOrder, suppliers } from './data';
import { splitList } from './labels';
import { text } from './text';

/** PO numbers, supplier, product, quantity and notes of an order. */
export function OrderDetailsDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const [po, setPo] = useState(order.poNumbers.join(', '));
  const [supplierId, setSupplierId] = useState(order.supplierId);
  const [product, setProduct] = useState(order.product);
  const [quantity, setQuantity] = useState(order.quantity === undefined ? '' : String(order.quantity));
  const [notes, setNotes] = useState(order.notes ?? '');
  const [error, setError] = useState<unknown>();
  // The order as the dialog opened: the edit's base (see saveOrder), while another tab's changes show.
  const [base] = useState(order);
  const t = text().order;
  return (
    <Dialog title={t.detailsTitle} onClose={onClose} testId="order-details">
      <form
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const poNumbers = splitList(po);
          if (!poNumbers.length) return setError(new FieldError(t.needPo, 'po'));
          // undefined clears a field: the store merges the patch over the order.
          const saved = await act(
            (s) =>
              updateOrder(
                s,
                order.id,
                {
                  poNumbers,
                  supplierId,
                  product: product.trim(),
                  quantity: quantity.trim() === '' ? undefined : Number(quantity),
                  notes: notes.trim() || undefined,
                },
                base,
              ),
            setError,
          );
          if (!saved) return;
          putOrder(saved);
          onClose();
        }}
      >
        <label class="field">
          <span>{t.po}</span>
          <input type="text" name="po" required value={po} onInput={(e) => setPo(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t.supplier}</span>
          <select value={supplierId} onChange={(e) => setSupplierId(e.currentTarget.value)}>
            {suppliers.value.map((s) => (
              <option key={s.id} value={s.id}>
                {s.company}
              </option>
            ))}
          </select>
        </label>
        <div class="form-grid">
          <label class="field">
            <span>{t.product}</span>
            <input type="text" value={product} onInput={(e) => setProduct(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t.quantity}</span>
            <input
              type="number"
              min={0}
              step={1}
              value={quantity}
              onInput={(e) => setQuantity(e.currentTarget.value)}
            />
          </label>
        </div>
        <label class="field">
          <span>{t.notes}</span>
          <textarea rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        </label>
        <FormError error={error} />
        <div class="form-actions">
          <button type="submit" class="button primary">
            {text().common.save}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {text().common.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
