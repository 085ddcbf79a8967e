// Suppliers, and who an email is from: an exact address first, then the sender's domain.
import { normaliseAddress, normaliseDomain } from '@/utils/triage/addresses';
import type { Store } from './db';
import { StoreError, validationError } from './errors';
import { applyEdit, nextRev } from './revision';
import { assertValid, newId, notFound, now, read, type Tx, write } from './tx';
import type { Supplier } from './types';
import { supplierClashProblems, validateSupplier } from './validate';

export type SupplierDraft = Omit<Supplier, 'id' | 'createdAt' | 'updatedAt' | 'rev'>;
export type SupplierPatch = Partial<SupplierDraft>;

/** `Amy Lin <Amy@Factory.CN>`, `mailto:amy@factory.cn` → `amy@factory.cn` (NFKC, lower case, punycode). */
export const normalizeAddress = normaliseAddress;
const normalizeDomain = normaliseDomain;

// Tolerates wrong types (the validator reports them) so a bad call becomes a StoreError, not a TypeError.
const each = (xs: unknown, f: (x: string) => string) =>
  Array.isArray(xs) ? [...new Set(xs.map((x) => (typeof x === 'string' ? f(x) : x)))] : xs;

function normalize<T extends Partial<Supplier>>(s: T): T {
  const out = { ...s };
  if ('company' in s) out.company = typeof s.company === 'string' ? s.company.trim() : s.company;
  if ('emails' in s) out.emails = each(s.emails, normalizeAddress) as string[];
  if ('domains' in s) out.domains = each(s.domains, normalizeDomain) as string[];
  return out;
}

/** Checked like every stored record, then against the other suppliers (the rule import applies too). */
async function checkAndPut(tx: Tx<['suppliers'], 'readwrite'>, supplier: Supplier, what: string) {
  assertValid(validateSupplier, supplier, 'supplier', what);
  const store = tx.objectStore('suppliers');
  const owners = new Map<string, Supplier>();
  for (const field of ['emails', 'domains'] as const) {
    for (const value of supplier[field]) {
      const other = await store.index(field === 'emails' ? 'email' : 'domain').get(value);
      if (other) owners.set(`${field} ${value}`, other);
    }
  }
  const problems = supplierClashProblems(supplier, 'supplier', (field, value) =>
    owners.get(`${field} ${value}`),
  );
  if (problems.length) throw validationError(what, problems);
  await store.put(supplier);
  return supplier;
}

export function addSupplier(store: Store, draft: SupplierDraft): Promise<Supplier> {
  const at = now();
  const supplier = normalize({
    ...draft,
    id: newId(),
    createdAt: at,
    updatedAt: at,
    rev: nextRev(undefined),
  });
  return write(store, ['suppliers'], (tx) => checkAndPut(tx, supplier, 'Supplier not saved'));
}

/** `base`: the supplier as the page showed it when the edit began (see updateOrder). */
export function updateSupplier(
  store: Store,
  id: string,
  patch: SupplierPatch,
  base?: Supplier,
): Promise<Supplier> {
  return write(store, ['suppliers'], async (tx) => {
    const old = await tx.objectStore('suppliers').get(id);
    if (!old) throw notFound('Supplier', id);
    const merged = applyEdit(old, normalize(patch), base, 'supplier');
    const next = normalize({ ...merged, id, createdAt: old.createdAt, updatedAt: now() });
    return checkAndPut(tx, next, 'Supplier not saved');
  });
}

export const getSupplier = (store: Store, id: string): Promise<Supplier | undefined> =>
  read(store, ['suppliers'], (tx) => tx.objectStore('suppliers').get(id));

export async function listSuppliers(store: Store): Promise<Supplier[]> {
  const all = await read(store, ['suppliers'], (tx) => tx.objectStore('suppliers').getAll());
  return all.sort((a, b) => a.company.localeCompare(b.company));
}

/** Refused while orders still point at the supplier: they would lose their supplier. */
export function deleteSupplier(store: Store, id: string): Promise<boolean> {
  return write(store, ['suppliers', 'orders'], async (tx) => {
    const orders = await tx.objectStore('orders').index('supplierId').count(id);
    if (orders > 0) {
      throw new StoreError(
        'conflict',
        `This supplier still has ${orders} order${orders > 1 ? 's' : ''}. Delete or reassign them first.`,
      );
    }
    const existed = (await tx.objectStore('suppliers').getKey(id)) !== undefined;
    await tx.objectStore('suppliers').delete(id);
    return existed;
  });
}

/**
 * The supplier an email comes from: the exact address, else its domain, else a parent domain
 * (`sales.factory.com.cn` → `factory.com.cn`). Case-insensitive; accepts `Name <address>`.
 */
export function findSupplierBySender(store: Store, sender: string): Promise<Supplier | undefined> {
  const address = normalizeAddress(sender);
  const at = address.lastIndexOf('@');
  const labels = at >= 0 ? address.slice(at + 1).split('.') : [];
  return read(store, ['suppliers'], async (tx) => {
    const suppliers = tx.objectStore('suppliers');
    const exact = address ? await suppliers.index('email').get(address) : undefined;
    if (exact) return exact;
    for (let i = 0; i + 2 <= labels.length; i++) {
      const match = await suppliers.index('domain').get(labels.slice(i).join('.'));
      if (match) return match;
    }
    return undefined;
  });
}
