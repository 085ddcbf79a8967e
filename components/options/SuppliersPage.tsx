import { useState } from 'preact/hooks';
import { FieldError } from '@/components/desk/errors';
import { recordText } from '@/components/record/record-text';
import { SupplierScorecard, useScorecardColumn } from '@/components/record/SupplierScorecard';
import { addSupplier, deleteSupplier, updateSupplier } from '@/utils/store';
import type { Language, Supplier } from '@/utils/store/types';
import { hasInvisible, normaliseDomain, revealInvisible } from '@/utils/triage/addresses';
import { isPublicSuffix } from '@/utils/triage/public-suffix';
import { FormError } from './AlertRegion';
import { showSuccess } from './alerts';
import { ConfirmDialog } from './Dialog';
import { act, putSupplier, summaries, suppliers, suppliersById } from './data';
import { splitList } from './labels';
import { navigate, routeHref } from './router';
import { text } from './text';

const LANGUAGES: { value: Language; label: () => string }[] = [
  { value: 'en', label: () => text().common.english },
  { value: 'zh-CN', label: () => text().common.chinese },
];

interface Draft {
  company: string;
  contactName: string;
  emails: string;
  domains: string;
  replyLanguages: Language[];
  notes: string;
}

const toDraft = (s?: Supplier): Draft => ({
  company: s?.company ?? '',
  contactName: s?.contactName ?? '',
  emails: s?.emails.join('\n') ?? '',
  domains: s?.domains.join('\n') ?? '',
  replyLanguages: s?.replyLanguages ?? ['en', 'zh-CN'],
  notes: s?.notes ?? '',
});

/**
 * The store refuses these too (in English, with a path); checked here first to say it in the buyer's
 * language. The same normalisation as the store's, so what is refused is what would be saved.
 */
function addressRefusal(emails: string[], domains: string[]): FieldError | undefined {
  const t = text().suppliers;
  for (const [field, values] of [
    ['emails', emails],
    ['domains', domains],
  ] as const) {
    const bad = values.find(hasInvisible);
    if (bad) return new FieldError(t.invisible(revealInvisible(bad)), field);
  }
  const wide = domains.map(normaliseDomain).find((d) => d.includes('.') && isPublicSuffix(d));
  return wide ? new FieldError(t.publicSuffix(wide), 'domains') : undefined;
}

/** The form's one state: what is typed, and where the save or delete stands. */
interface FormState {
  draft: Draft;
  busy: boolean;
  error?: unknown;
  deleting: boolean;
}

function SupplierForm({ supplier, onDone }: { supplier?: Supplier; onDone: (s?: Supplier) => void }) {
  const [state, setState] = useState<FormState>(() => ({
    draft: toDraft(supplier),
    busy: false,
    deleting: false,
  }));
  // The supplier as the form opened: the edit's base for the store's revision check.
  const [base] = useState(supplier);
  const update = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));
  const setError = (error: unknown) => update({ error });
  const { draft, busy } = state;
  const t = text().suppliers;

  async function submit(e: Event) {
    e.preventDefault();
    const fields = {
      company: draft.company,
      contactName: draft.contactName.trim() || undefined,
      emails: splitList(draft.emails),
      domains: splitList(draft.domains),
      replyLanguages: draft.replyLanguages,
      notes: draft.notes.trim() || undefined,
    };
    const refusal = addressRefusal(fields.emails, fields.domains);
    if (refusal) return update({ error: refusal });
    update({ busy: true, error: undefined });
    const saved = await act(
      (s) => (supplier ? updateSupplier(s, supplier.id, fields, base) : addSupplier(s, fields)),
      setError,
    );
    update({ busy: false });
    if (!saved) return;
    putSupplier(saved);
    showSuccess(text().common.saved(saved.company));
    onDone(saved);
  }

  return (
    <form
      class="form card-form"
      onSubmit={submit}
      aria-labelledby="supplier-form-title"
      data-testid="supplier-form"
    >
      <h2 id="supplier-form-title">{supplier ? t.edit(supplier.company) : t.newSupplier}</h2>
      <SupplierFields
        draft={draft}
        set={(patch) => setState((s) => ({ ...s, draft: { ...s.draft, ...patch } }))}
      />
      <FormError error={state.error} />
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? text().common.saving : supplier ? t.save : t.add}
        </button>
        {supplier && (
          <button type="button" class="button" onClick={() => onDone()}>
            {text().common.cancel}
          </button>
        )}
        {supplier && (
          <button
            type="button"
            class="button quiet danger push-right"
            onClick={() => update({ deleting: true })}
          >
            {text().common.delete}
          </button>
        )}
      </div>
      {state.deleting && supplier && (
        <DeleteSupplier
          supplier={supplier}
          onError={setError}
          onDeleted={() => onDone()}
          onClose={() => update({ deleting: false })}
        />
      )}
    </form>
  );
}

function SupplierFields({ draft, set }: { draft: Draft; set: (patch: Partial<Draft>) => void }) {
  const t = text().suppliers;
  return (
    <>
      <label class="field">
        <span>{t.company}</span>
        <input
          type="text"
          required
          name="company"
          value={draft.company}
          onInput={(e) => set({ company: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t.contactName}</span>
        <input
          type="text"
          name="contactName"
          value={draft.contactName}
          onInput={(e) => set({ contactName: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t.emails}</span>
        <textarea
          rows={2}
          name="emails"
          aria-describedby="supplier-emails-hint"
          value={draft.emails}
          placeholder="amy@factory.cn, qc@factory.cn"
          onInput={(e) => set({ emails: e.currentTarget.value })}
        />
        <small class="hint" id="supplier-emails-hint">
          {t.emailsHint}
        </small>
      </label>
      <label class="field">
        <span>{t.domains}</span>
        <textarea
          rows={2}
          name="domains"
          aria-describedby="supplier-domains-hint"
          value={draft.domains}
          placeholder="factory.cn"
          onInput={(e) => set({ domains: e.currentTarget.value })}
        />
        <small class="hint" id="supplier-domains-hint">
          {t.domainsHint}
        </small>
      </label>
      <ReplyLanguages chosen={draft.replyLanguages} onChange={(replyLanguages) => set({ replyLanguages })} />
      <label class="field">
        <span>{t.notes}</span>
        <textarea
          rows={3}
          name="notes"
          value={draft.notes}
          onInput={(e) => set({ notes: e.currentTarget.value })}
        />
      </label>
    </>
  );
}

/** The languages re-requests are written in, kept in LANGUAGES' order. */
function ReplyLanguages({ chosen, onChange }: { chosen: Language[]; onChange: (l: Language[]) => void }) {
  return (
    <fieldset class="field">
      <legend>{text().suppliers.replyLanguages}</legend>
      {LANGUAGES.map((l) => (
        <label key={l.value} class="check">
          <input
            type="checkbox"
            checked={chosen.includes(l.value)}
            onChange={(e) =>
              onChange(
                e.currentTarget.checked
                  ? LANGUAGES.map((x) => x.value).filter((v) => v === l.value || chosen.includes(v))
                  : chosen.filter((v) => v !== l.value),
              )
            }
          />
          <span>{l.label()}</span>
        </label>
      ))}
    </fieldset>
  );
}

function DeleteSupplier({
  supplier,
  onError,
  onDeleted,
  onClose,
}: {
  supplier: Supplier;
  onError: (e: unknown) => void;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const t = text().suppliers;
  const orderCount = [...(summaries.value?.values() ?? [])].filter(
    (f) => f.order.supplierId === supplier.id,
  ).length;
  return (
    <ConfirmDialog
      title={t.deleteTitle(supplier.company)}
      confirm={t.deleteConfirm}
      danger
      onConfirm={async () => {
        const done = await act((s) => deleteSupplier(s, supplier.id), onError);
        if (done === undefined) return;
        suppliers.value = suppliers.value.filter((s) => s.id !== supplier.id);
        onDeleted();
      }}
      onClose={onClose}
    >
      <p>{orderCount ? t.stillHasOrders(orderCount) : t.noLongerMatched}</p>
    </ConfirmDialog>
  );
}

export function SuppliersPage({ id }: { id?: string }) {
  const selected = id ? suppliersById.value.get(id) : undefined;
  const [round, setRound] = useState(0);
  const counts = new Map<string, number>();
  // From the list rows (read first), not the whole orders.
  for (const { order: o } of summaries.value?.values() ?? [])
    counts.set(o.supplierId, (counts.get(o.supplierId) ?? 0) + 1);
  const t = text().suppliers;
  const scores = useScorecardColumn();
  const st = recordText().scorecard;
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t.title}
        </h1>
        {selected && (
          <a class="button" href={routeHref({ page: 'suppliers' })}>
            {t.newSupplier}
          </a>
        )}
      </header>
      <div class="split">
        <div class="table-wrap">
          {suppliers.value.length === 0 ? (
            <p class="muted table-empty">{t.empty}</p>
          ) : (
            <table class="table" data-testid="suppliers-table">
              <thead>
                <tr>
                  <th scope="col">{t.colCompany}</th>
                  <th scope="col">{t.colContact}</th>
                  <th scope="col">{t.colAddresses}</th>
                  <th scope="col">{t.colReplies}</th>
                  <th scope="col" class="num">
                    {t.colOrders}
                  </th>
                  <th scope="col" class="nowrap" title={st.periods['12m']}>
                    {st.column}
                  </th>
                </tr>
              </thead>
              <tbody>
                {suppliers.value.map((s) => (
                  <tr key={s.id} class={s.id === id ? 'selected' : ''} data-supplier-id={s.id}>
                    <th scope="row">
                      <a href={routeHref({ page: 'suppliers', id: s.id })}>{s.company}</a>
                    </th>
                    <td>{s.contactName ?? <span class="muted">—</span>}</td>
                    <td class="addresses">
                      {[...s.emails, ...s.domains.map((d) => `@${d}`)].join(', ') || (
                        <span class="muted">{t.noAddresses}</span>
                      )}
                    </td>
                    <td class="nowrap">{s.replyLanguages.map((l) => t.languageShort[l]).join(' + ')}</td>
                    <td class="num">{counts.get(s.id) ?? 0}</td>
                    <td class="nowrap" data-testid="supplier-score">
                      {scores ? (
                        <a href={routeHref({ page: 'suppliers', id: s.id })}>
                          {st.columnValue(
                            scores.get(s.id)?.received ?? 0,
                            scores.get(s.id)?.good ?? 0,
                            scores.get(s.id)?.shots ?? 0,
                          )}
                        </a>
                      ) : (
                        <span class="muted">…</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div class="supplier-side">
          <SupplierForm
            key={`${selected?.id ?? 'new'}-${round}`}
            supplier={selected}
            onDone={() => {
              // A fresh, empty form for the next supplier.
              setRound(round + 1);
              navigate({ page: 'suppliers' });
            }}
          />
          {selected && <SupplierScorecard key={selected.id} supplierId={selected.id} />}
        </div>
      </div>
    </section>
  );
}
