// One helper for every transaction: it aborts on any error (a half-done write never commits) and turns
// whatever failed into a StoreError. Callers must await only IndexedDB requests inside `fn`.
import type { IDBPTransaction } from 'idb';
import { announceChange } from './changes';
import type { Store, StoreName, TriageDB } from './db';
import { StoreError, toStoreError, validationError } from './errors';
import type { Validator } from './validate';

export type Tx<Names extends StoreName[], Mode extends IDBTransactionMode> = IDBPTransaction<
  TriageDB,
  Names,
  Mode
>;

export async function transact<const Names extends StoreName[], Mode extends IDBTransactionMode, T>(
  store: Store,
  names: Names,
  mode: Mode,
  fn: (tx: Tx<Names, Mode>) => Promise<T>,
): Promise<T> {
  let tx: Tx<Names, Mode>;
  try {
    tx = store.db.transaction(names, mode);
  } catch (e) {
    throw toStoreError(e);
  }
  // Observed here so an abort never surfaces as an unhandled rejection.
  tx.done.catch(() => {});
  try {
    const result = await fn(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished.
    }
    throw toStoreError(e, tx.error);
  }
}

export const read = <const Names extends StoreName[], T>(
  store: Store,
  names: Names,
  fn: (tx: Tx<Names, 'readonly'>) => Promise<T>,
) => transact(store, names, 'readonly', fn);

/** A read-write transaction; once it committed, the other pages hear which stores changed. */
export const write = async <const Names extends StoreName[], T>(
  store: Store,
  names: Names,
  fn: (tx: Tx<Names, 'readwrite'>) => Promise<T>,
): Promise<T> => {
  const result = await transact(store, names, 'readwrite', fn);
  announceChange(store, names);
  return result;
};

/** Throw a StoreError('validation') naming every problem, e.g. `Order not saved: order.product: …`. */
export function assertValid(validator: Validator, value: unknown, path: string, what: string): void {
  const problems = validator(value, path);
  if (problems.length) throw validationError(what, problems);
}

export function notFound(what: string, id: string): StoreError {
  return new StoreError(
    'not-found',
    `${what} ${JSON.stringify(id)} no longer exists. It may have been deleted in another tab.`,
  );
}

export const now = (): string => new Date().toISOString();
export const newId = (): string => crypto.randomUUID();
