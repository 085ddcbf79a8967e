import { useState } from 'preact/hooks';
import { addOrder, addSupplier } from '@/utils/store';
import type { ShotListTemplate } from '@/utils/store/types';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/templates';
import { FormError } from './AlertRegion';
import { Dialog } from './Dialog';
import { act, putOrder, putSupplier, suppliers, templates } from './data';
import { splitList } from './labels';
import { navigate } from './router';

const NEW_SUPPLIER = '__new';

interface StagePick {
  checked: boolean;
  dueDate: string;
  gateDueDate: string;
}

function StagePicker({
  template,
  pick,
  onChange,
}: {
  template: ShotListTemplate;
  pick: StagePick;
  onChange: (p: StagePick) => void;
}) {
  const name = template.name.en;
  return (
    <tr class={pick.checked ? '' : 'unpicked'} data-template-id={template.id}>
      <td>
        <label class="check">
          <input
            type="checkbox"
            checked={pick.checked}
            onChange={(e) => onChange({ ...pick, checked: e.currentTarget.checked })}
          />
          <span>
            {name} <span class="muted zh">{template.name.zh}</span>
            {!template.builtIn && <span class="tag">yours</span>}
          </span>
        </label>
      </td>
      <td class="num muted">{template.shots.length}</td>
      <td>
        <input
          type="date"
          aria-label={`${name}: stage due`}
          value={pick.dueDate}
          disabled={!pick.checked}
          onInput={(e) => onChange({ ...pick, dueDate: e.currentTarget.value })}
        />
      </td>
      <td>
        {template.gate ? (
          <input
            type="date"
            aria-label={`${name}: gate due (before ${template.gate.label.en})`}
            title={`Before ${template.gate.label.en}`}
            value={pick.gateDueDate}
            disabled={!pick.checked}
            onInput={(e) => onChange({ ...pick, gateDueDate: e.currentTarget.value })}
          />
        ) : (
          <span class="muted">no gate</span>
        )}
      </td>
    </tr>
  );
}

/** A new order: PO numbers, supplier (or a new one), product, and the stages it goes through. */
export function NewOrderDialog({ onClose }: { onClose: () => void }) {
  const choices = [...BUILT_IN_TEMPLATES, ...templates.value];
  const [po, setPo] = useState('');
  const [supplierId, setSupplierId] = useState(suppliers.value.length ? '' : NEW_SUPPLIER);
  const [company, setCompany] = useState('');
  const [emails, setEmails] = useState('');
  const [domains, setDomains] = useState('');
  const [product, setProduct] = useState('');
  const [quantity, setQuantity] = useState('');
  const [picks, setPicks] = useState<Record<string, StagePick>>(() =>
    Object.fromEntries(choices.map((t) => [t.id, { checked: false, dueDate: '', gateDueDate: '' }])),
  );
  const [current, setCurrent] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const picked = choices.filter((t) => picks[t.id]?.checked);
  const currentId = picked.some((t) => t.id === current) ? current : (picked[0]?.id ?? '');

  async function submit(e: Event) {
    e.preventDefault();
    const poNumbers = splitList(po);
    if (!poNumbers.length) return setError(new Error('Enter at least one PO number.'));
    if (!supplierId) return setError(new Error('Choose the supplier, or add a new one.'));
    if (!picked.length) return setError(new Error('Tick at least one stage the order goes through.'));
    setBusy(true);
    setError(undefined);
    let sid = supplierId;
    if (sid === NEW_SUPPLIER) {
      const created = await act(
        (s) =>
          addSupplier(s, {
            company,
            emails: splitList(emails),
            domains: splitList(domains),
            replyLanguages: ['en', 'zh-CN'],
          }),
        setError,
      );
      if (!created) return setBusy(false);
      putSupplier(created);
      // A retry after a failed order must not add the supplier twice.
      setSupplierId(created.id);
      sid = created.id;
    }
    const ids = new Map(picked.map((t) => [t.id, crypto.randomUUID()]));
    const stages = picked.map((t) =>
      stageFromTemplate(t, {
        id: ids.get(t.id)!,
        dueDate: picks[t.id]!.dueDate || undefined,
        gateDueDate: picks[t.id]!.gateDueDate || undefined,
      }),
    );
    const qty = quantity.trim() === '' ? undefined : Number(quantity);
    const order = await act(
      (s) =>
        addOrder(s, {
          poNumbers,
          supplierId: sid,
          product: product.trim(),
          ...(qty === undefined ? {} : { quantity: qty }),
          stages,
          currentStageId: ids.get(currentId),
        }),
      setError,
    );
    setBusy(false);
    if (!order) return;
    putOrder(order);
    navigate({ page: 'order', id: order.id });
  }

  return (
    <Dialog title="New order" onClose={onClose} wide testId="new-order">
      <form class="form" onSubmit={submit}>
        <div class="form-grid">
          <label class="field">
            <span>PO number(s)</span>
            <input
              type="text"
              required
              value={po}
              placeholder="PO-2026-0412, PO-2026-0413"
              onInput={(e) => setPo(e.currentTarget.value)}
              name="po"
            />
          </label>
          <label class="field">
            <span>Supplier</span>
            <select value={supplierId} onChange={(e) => setSupplierId(e.currentTarget.value)} name="supplier">
              <option value="" disabled>
                Choose…
              </option>
              {suppliers.value.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.company}
                </option>
              ))}
              <option value={NEW_SUPPLIER}>New supplier…</option>
            </select>
          </label>
          {supplierId === NEW_SUPPLIER && (
            <fieldset class="inline-supplier span-2">
              <legend>New supplier</legend>
              <label class="field">
                <span>Company</span>
                <input
                  type="text"
                  required
                  value={company}
                  onInput={(e) => setCompany(e.currentTarget.value)}
                  name="company"
                />
              </label>
              <label class="field">
                <span>Email addresses</span>
                <input
                  type="text"
                  value={emails}
                  placeholder="amy@factory.cn"
                  onInput={(e) => setEmails(e.currentTarget.value)}
                  name="emails"
                />
              </label>
              <label class="field">
                <span>Domains</span>
                <input
                  type="text"
                  value={domains}
                  placeholder="factory.cn"
                  onInput={(e) => setDomains(e.currentTarget.value)}
                  name="domains"
                />
              </label>
            </fieldset>
          )}
          <label class="field">
            <span>Product</span>
            <input
              type="text"
              value={product}
              placeholder="Canvas tote bag, natural"
              onInput={(e) => setProduct(e.currentTarget.value)}
              name="product"
            />
          </label>
          <label class="field">
            <span>Quantity</span>
            <input
              type="number"
              min={0}
              step={1}
              value={quantity}
              onInput={(e) => setQuantity(e.currentTarget.value)}
              name="quantity"
            />
          </label>
        </div>
        <fieldset class="stages-pick">
          <legend>Stages</legend>
          <table class="table compact">
            <thead>
              <tr>
                <th scope="col">Shot list</th>
                <th scope="col" class="num">
                  Shots
                </th>
                <th scope="col">Stage due</th>
                <th scope="col">Gate due</th>
              </tr>
            </thead>
            <tbody>
              {choices.map((t) => (
                <StagePicker
                  key={t.id}
                  template={t}
                  pick={picks[t.id]!}
                  onChange={(p) => setPicks({ ...picks, [t.id]: p })}
                />
              ))}
            </tbody>
          </table>
        </fieldset>
        <label class="field narrow">
          <span>Current stage</span>
          <select
            value={currentId}
            disabled={!picked.length}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            name="current"
          >
            {!picked.length && <option value="">Tick a stage first</option>}
            {picked.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name.en}
              </option>
            ))}
          </select>
        </label>
        <FormError error={error} />
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create order'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
