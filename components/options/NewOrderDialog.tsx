import { useState } from 'preact/hooks';
import { FieldError } from '@/components/desk/errors';
import { localText, otherLocalText, sharedText } from '@/components/shared-text';
import { addOrder, addSupplier } from '@/utils/store';
import type { ShotListTemplate } from '@/utils/store/types';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
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
            title={sharedText().beforeGate(gate)}
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

/** Everything the dialog holds: the form's fields, and whether it is saving or failed. */
interface NewOrderForm {
  po: string;
  /** A supplier's id, NEW_SUPPLIER, or '' before one is chosen. */
  supplierId: string;
  /** The new supplier's fields, when supplierId is NEW_SUPPLIER. */
  company: string;
  emails: string;
  domains: string;
  product: string;
  quantity: string;
  picks: Record<string, StagePick>;
  /** The template id of the stage the order is at (the first picked one when not among them). */
  current: string;
  busy: boolean;
  error?: unknown;
}

function emptyForm(choices: ShotListTemplate[]): NewOrderForm {
  return {
    po: '',
    supplierId: suppliers.value.length ? '' : NEW_SUPPLIER,
    company: '',
    emails: '',
    domains: '',
    product: '',
    quantity: '',
    picks: Object.fromEntries(choices.map((t) => [t.id, { checked: false, dueDate: '', gateDueDate: '' }])),
    current: '',
    busy: false,
  };
}

type Update = (patch: Partial<NewOrderForm>) => void;

/** The supplier when it is a new one; its id, or undefined (the error already shown) when it failed. */
async function savedSupplierId(form: NewOrderForm, update: Update): Promise<string | undefined> {
  if (form.supplierId !== NEW_SUPPLIER) return form.supplierId;
  const created = await act(
    (s) =>
      addSupplier(s, {
        company: form.company,
        emails: splitList(form.emails),
        domains: splitList(form.domains),
        replyLanguages: ['en', 'zh-CN'],
      }),
    (error) => update({ error }),
  );
  if (!created) return undefined;
  putSupplier(created);
  // A retry after a failed order must not add the supplier twice.
  update({ supplierId: created.id });
  return created.id;
}

/** Checks the form, saves the supplier (if new) and the order, and opens the order's page. */
async function createOrder(
  form: NewOrderForm,
  picked: ShotListTemplate[],
  currentId: string,
  update: Update,
) {
  const t = text().newOrder;
  const poNumbers = splitList(form.po);
  if (!poNumbers.length) return update({ error: new FieldError(text().order.needPo, 'po') });
  if (!form.supplierId) return update({ error: new FieldError(t.needSupplier, 'supplier') });
  if (!picked.length) return update({ error: new Error(t.needStage) });
  update({ busy: true, error: undefined });
  const supplierId = await savedSupplierId(form, update);
  if (!supplierId) return update({ busy: false });
  const ids = new Map(picked.map((t) => [t.id, crypto.randomUUID()]));
  const stages = picked.map((t) =>
    stageFromTemplate(t, {
      id: ids.get(t.id)!,
      dueDate: form.picks[t.id]!.dueDate || undefined,
      gateDueDate: form.picks[t.id]!.gateDueDate || undefined,
    }),
  );
  const qty = form.quantity.trim() === '' ? undefined : Number(form.quantity);
  const order = await act(
    (s) =>
      addOrder(s, {
        poNumbers,
        supplierId,
        product: form.product.trim(),
        ...(qty === undefined ? {} : { quantity: qty }),
        stages,
        currentStageId: ids.get(currentId),
      }),
    (error) => update({ error }),
  );
  update({ busy: false });
  if (!order) return;
  putOrder(order);
  navigate({ page: 'order', id: order.id });
}

/** A text field of the form, named for its key (the e2e tests fill them by name). */
function TextField({
  form,
  update,
  field,
  label,
  placeholder,
  required,
}: {
  form: NewOrderForm;
  update: Update;
  field: 'po' | 'company' | 'emails' | 'domains' | 'product';
  label: string;
  placeholder?: string;
  required?: boolean;
}) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="text"
        required={required}
        value={form[field]}
        placeholder={placeholder}
        onInput={(e) => update({ [field]: e.currentTarget.value })}
        name={field}
      />
    </label>
  );
}

function StagesTable({
  choices,
  form,
  update,
}: {
  choices: ShotListTemplate[];
  form: NewOrderForm;
  update: Update;
}) {
  const t = text().newOrder;
  return (
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
          {choices.map((c) => (
            <StagePicker
              key={c.id}
              template={c}
              pick={form.picks[c.id]!}
              onChange={(p) => update({ picks: { ...form.picks, [c.id]: p } })}
            />
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

/** A new order: PO numbers, supplier (or a new one), product, and the stages it goes through. */
export function NewOrderDialog({ onClose }: { onClose: () => void }) {
  const choices = [...BUILT_IN_TEMPLATES, ...templates.value];
  const [form, setForm] = useState(() => emptyForm(choices));
  const update: Update = (patch) => setForm((f) => ({ ...f, ...patch }));

  const picked = choices.filter((t) => form.picks[t.id]?.checked);
  const currentId = picked.some((t) => t.id === form.current) ? form.current : (picked[0]?.id ?? '');
  const t = text().newOrder;
  const o = text().order;
  const fields = { form, update };

  return (
    <Dialog title={t.title} onClose={onClose} wide testId="new-order">
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void createOrder(form, picked, currentId, update);
        }}
      >
        <div class="form-grid">
          <TextField {...fields} field="po" label={o.po} placeholder={t.poPlaceholder} required />
          <label class="field">
            <span>{o.supplier}</span>
            <select
              value={form.supplierId}
              onChange={(e) => update({ supplierId: e.currentTarget.value })}
              name="supplier"
            >
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
          {form.supplierId === NEW_SUPPLIER && (
            <fieldset class="inline-supplier span-2">
              <legend>{t.newSupplierLegend}</legend>
              <TextField {...fields} field="company" label={t.company} required />
              <TextField {...fields} field="emails" label={t.emails} placeholder="amy@factory.cn" />
              <TextField {...fields} field="domains" label={t.domains} placeholder="factory.cn" />
            </fieldset>
          )}
          <TextField {...fields} field="product" label={o.product} placeholder={t.productPlaceholder} />
          <label class="field">
            <span>{o.quantity}</span>
            <input
              type="number"
              min={0}
              step={1}
              value={form.quantity}
              onInput={(e) => update({ quantity: e.currentTarget.value })}
              name="quantity"
            />
          </label>
        </div>
        <StagesTable choices={choices} {...fields} />
        <label class="field narrow">
          <span>{t.currentStage}</span>
          <select
            value={currentId}
            disabled={!picked.length}
            onChange={(e) => update({ current: e.currentTarget.value })}
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
        <FormError error={form.error} />
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={form.busy}>
            {form.busy ? t.creating : t.create}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
