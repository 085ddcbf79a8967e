import { useState } from 'preact/hooks';
import { FieldError } from '@/components/orders/errors';
import { localText, otherLocalText } from '@/components/shared-text';
import { addOrder, addSupplier } from '@/utils/store';
import type { ShotListTemplate } from '@/utils/store/types';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/templates';
import { FormError } from './AlertRegion';
import { Dialog } from './Dialog';
import { act, putOrder, putSupplier, suppliers, templates } from './data';
import { splitList } from './labels';
import { navigate } from './router';
import { text } from './text';

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
  const name = localText(template.name);
  const other = otherLocalText(template.name);
  const t = text().newOrder;
  const gate = template.gate && localText(template.gate.label);
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
            {name}{' '}
            {other && (
              <span class="muted zh" lang={other.lang}>
                {other.text}
              </span>
            )}
            {!template.builtIn && <span class="tag">{text().common.yours}</span>}
          </span>
        </label>
      </td>
      <td class="num muted">{template.shots.length}</td>
      <td>
        <input
          type="date"
          aria-label={t.stageDueFor(name)}
          value={pick.dueDate}
          disabled={!pick.checked}
          onInput={(e) => onChange({ ...pick, dueDate: e.currentTarget.value })}
        />
      </td>
      <td>
        {gate ? (
          <input
            type="date"
            aria-label={t.gateDueFor(name, gate)}
            title={t.before(gate)}
            value={pick.gateDueDate}
            disabled={!pick.checked}
            onInput={(e) => onChange({ ...pick, gateDueDate: e.currentTarget.value })}
          />
        ) : (
          <span class="muted">{t.noGate}</span>
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
  const t = text().newOrder;
  const o = text().order;

  async function submit(e: Event) {
    e.preventDefault();
    const poNumbers = splitList(po);
    if (!poNumbers.length) return setError(new FieldError(o.needPo, 'po'));
    if (!supplierId) return setError(new FieldError(t.needSupplier, 'supplier'));
    if (!picked.length) return setError(new Error(t.needStage));
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
    <Dialog title={t.title} onClose={onClose} wide testId="new-order">
      <form class="form" onSubmit={submit}>
        <div class="form-grid">
          <label class="field">
            <span>{o.po}</span>
            <input
              type="text"
              required
              value={po}
              placeholder={t.poPlaceholder}
              onInput={(e) => setPo(e.currentTarget.value)}
              name="po"
            />
          </label>
          <label class="field">
            <span>{o.supplier}</span>
            <select value={supplierId} onChange={(e) => setSupplierId(e.currentTarget.value)} name="supplier">
              <option value="" disabled>
                {t.choose}
              </option>
              {suppliers.value.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.company}
                </option>
              ))}
              <option value={NEW_SUPPLIER}>{t.newSupplier}</option>
            </select>
          </label>
          {supplierId === NEW_SUPPLIER && (
            <fieldset class="inline-supplier span-2">
              <legend>{t.newSupplierLegend}</legend>
              <label class="field">
                <span>{t.company}</span>
                <input
                  type="text"
                  required
                  value={company}
                  onInput={(e) => setCompany(e.currentTarget.value)}
                  name="company"
                />
              </label>
              <label class="field">
                <span>{t.emails}</span>
                <input
                  type="text"
                  value={emails}
                  placeholder="amy@factory.cn"
                  onInput={(e) => setEmails(e.currentTarget.value)}
                  name="emails"
                />
              </label>
              <label class="field">
                <span>{t.domains}</span>
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
            <span>{o.product}</span>
            <input
              type="text"
              value={product}
              placeholder={t.productPlaceholder}
              onInput={(e) => setProduct(e.currentTarget.value)}
              name="product"
            />
          </label>
          <label class="field">
            <span>{o.quantity}</span>
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
          <legend>{t.stages}</legend>
          <table class="table compact">
            <thead>
              <tr>
                <th scope="col">{t.shotList}</th>
                <th scope="col" class="num">
                  {t.shots}
                </th>
                <th scope="col">{t.stageDue}</th>
                <th scope="col">{t.gateDue}</th>
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
          <span>{t.currentStage}</span>
          <select
            value={currentId}
            disabled={!picked.length}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            name="current"
          >
            {!picked.length && <option value="">{t.tickFirst}</option>}
            {picked.map((p) => (
              <option key={p.id} value={p.id}>
                {localText(p.name)}
              </option>
            ))}
          </select>
        </label>
        <FormError error={error} />
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? t.creating : t.create}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
