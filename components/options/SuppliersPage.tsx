import { useState } from 'preact/hooks';
import { addSupplier, deleteSupplier, updateSupplier } from '@/utils/store';
import type { Language, Supplier } from '@/utils/store/types';
import { FormError } from './AlertRegion';
import { showSuccess } from './alerts';
import { ConfirmDialog } from './Dialog';
import { act, orders, putSupplier, suppliers, suppliersById } from './data';
import { splitList } from './labels';
import { navigate, routeHref } from './router';

const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '简体中文 (Simplified Chinese)' },
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

function SupplierForm({ supplier, onDone }: { supplier?: Supplier; onDone: (s?: Supplier) => void }) {
  const [draft, setDraft] = useState(() => toDraft(supplier));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const orderCount = supplier ? orders.value.filter((o) => o.supplierId === supplier.id).length : 0;

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const fields = {
      company: draft.company,
      contactName: draft.contactName.trim() || undefined,
      emails: splitList(draft.emails),
      domains: splitList(draft.domains),
      replyLanguages: draft.replyLanguages,
      notes: draft.notes.trim() || undefined,
    };
    const saved = await act(
      (s) => (supplier ? updateSupplier(s, supplier.id, fields) : addSupplier(s, fields)),
      setError,
    );
    setBusy(false);
    if (!saved) return;
    putSupplier(saved);
    showSuccess(`${saved.company} saved.`);
    onDone(saved);
  }

  return (
    <form
      class="form card-form"
      onSubmit={submit}
      aria-labelledby="supplier-form-title"
      data-testid="supplier-form"
    >
      <h2 id="supplier-form-title">{supplier ? `Edit ${supplier.company}` : 'New supplier'}</h2>
      <label class="field">
        <span>Company</span>
        <input
          type="text"
          required
          name="company"
          value={draft.company}
          onInput={(e) => set({ company: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>Contact name</span>
        <input
          type="text"
          name="contactName"
          value={draft.contactName}
          onInput={(e) => set({ contactName: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>Email addresses</span>
        <textarea
          rows={2}
          name="emails"
          value={draft.emails}
          placeholder="amy@factory.cn, qc@factory.cn"
          onInput={(e) => set({ emails: e.currentTarget.value })}
        />
        <small class="hint">
          Comma or one per line. Mail from these addresses is matched to this supplier.
        </small>
      </label>
      <label class="field">
        <span>Domains</span>
        <textarea
          rows={2}
          name="domains"
          value={draft.domains}
          placeholder="factory.cn"
          onInput={(e) => set({ domains: e.currentTarget.value })}
        />
        <small class="hint">
          Everyone writing from the domain is this supplier. Not for public mail services (qq.com, 163.com,
          gmail.com): list those addresses above instead.
        </small>
      </label>
      <fieldset class="field">
        <legend>Reply languages</legend>
        {LANGUAGES.map((l) => (
          <label key={l.value} class="check">
            <input
              type="checkbox"
              checked={draft.replyLanguages.includes(l.value)}
              onChange={(e) =>
                set({
                  replyLanguages: e.currentTarget.checked
                    ? LANGUAGES.map((x) => x.value).filter(
                        (v) => v === l.value || draft.replyLanguages.includes(v),
                      )
                    : draft.replyLanguages.filter((v) => v !== l.value),
                })
              }
            />
            <span>{l.label}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>Notes</span>
        <textarea
          rows={3}
          name="notes"
          value={draft.notes}
          onInput={(e) => set({ notes: e.currentTarget.value })}
        />
      </label>
      <FormError error={error} />
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Saving…' : supplier ? 'Save supplier' : 'Add supplier'}
        </button>
        {supplier && (
          <button type="button" class="button" onClick={() => onDone()}>
            Cancel
          </button>
        )}
        {supplier && (
          <button type="button" class="button quiet danger push-right" onClick={() => setDeleting(true)}>
            Delete…
          </button>
        )}
      </div>
      {deleting && supplier && (
        <ConfirmDialog
          title={`Delete ${supplier.company}?`}
          confirm="Delete supplier"
          danger
          onConfirm={async () => {
            const done = await act((s) => deleteSupplier(s, supplier.id), setError);
            if (done === undefined) return;
            suppliers.value = suppliers.value.filter((s) => s.id !== supplier.id);
            onDone();
          }}
          onClose={() => setDeleting(false)}
        >
          <p>
            {orderCount
              ? `It still has ${orderCount} order${orderCount === 1 ? '' : 's'}: Photo Triage will refuse until they are deleted or given another supplier.`
              : 'Mail from its addresses will no longer be matched to it.'}
          </p>
        </ConfirmDialog>
      )}
    </form>
  );
}

export function SuppliersPage({ id }: { id?: string }) {
  const selected = id ? suppliersById.value.get(id) : undefined;
  const [round, setRound] = useState(0);
  const counts = new Map<string, number>();
  for (const o of orders.value) counts.set(o.supplierId, (counts.get(o.supplierId) ?? 0) + 1);
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          Suppliers
        </h1>
        {selected && (
          <a class="button" href={routeHref({ page: 'suppliers' })}>
            New supplier
          </a>
        )}
      </header>
      <div class="split">
        <div class="table-wrap">
          {suppliers.value.length === 0 ? (
            <p class="muted table-empty">
              No suppliers yet. Add the factories you buy from: their addresses let Photo Triage tell which
              emails bring photos for which orders.
            </p>
          ) : (
            <table class="table" data-testid="suppliers-table">
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Contact</th>
                  <th scope="col">Addresses and domains</th>
                  <th scope="col">Replies</th>
                  <th scope="col" class="num">
                    Orders
                  </th>
                </tr>
              </thead>
              <tbody>
                {suppliers.value.map((s) => (
                  <tr key={s.id} class={s.id === id ? 'selected' : ''} data-supplier-id={s.id}>
                    <td>
                      <a href={routeHref({ page: 'suppliers', id: s.id })}>{s.company}</a>
                    </td>
                    <td>{s.contactName ?? <span class="muted">—</span>}</td>
                    <td class="addresses">
                      {[...s.emails, ...s.domains.map((d) => `@${d}`)].join(', ') || (
                        <span class="muted">none — mail cannot be matched</span>
                      )}
                    </td>
                    <td class="nowrap">
                      {s.replyLanguages.map((l) => (l === 'en' ? 'EN' : '中文')).join(' + ')}
                    </td>
                    <td class="num">{counts.get(s.id) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <SupplierForm
          key={`${selected?.id ?? 'new'}-${round}`}
          supplier={selected}
          onDone={() => {
            // A fresh, empty form for the next supplier.
            setRound(round + 1);
            navigate({ page: 'suppliers' });
          }}
        />
      </div>
    </section>
  );
}
