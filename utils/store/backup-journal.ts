// The all-or-nothing promise of an import that is written in many small transactions: before the first
// write, everything in the database is copied (in batches) into a second database, the journal. If any
// later step fails, the journal is copied back; if the page dies half-way, the next import or visit to
// the Backup page finds the journal and copies it back then. Only a finished import deletes it.
import { openStore, STORE_NAMES, type Store, type StoreName } from './db';
import { read, write } from './tx';

/** Kept in the journal's settings store, beside (never instead of) the buyer's settings. */
const STATE_KEY = 'restore-journal';
type JournalState = { state: 'copying' | 'importing'; startedAt: string };

const journalName = (store: Store) => `${store.name}-restore-journal`;

/** Records per transaction when copying: reference photos are whole files, so far fewer of them. */
const BATCH: Partial<Record<StoreName, number>> = { referencePhotos: 8, photos: 200 };

/**
 * Starts every request, then awaits them together. A request that throws as it is made (a full disk)
 * aborts the transaction: the ones already made are still observed, so none rejects unhandled.
 */
export async function putAll(requests: (() => Promise<unknown>)[]): Promise<void> {
  const started: Promise<unknown>[] = [];
  try {
    for (const r of requests) started.push(r());
  } catch (e) {
    for (const p of started) p.catch(() => {});
    throw e;
  }
  await Promise.all(started);
}

/** Every record of every store, `from` → `to`, in bounded transactions; `to`'s stores are cleared first. */
async function copyAll(from: Store, to: Store): Promise<void> {
  await write(to, [...STORE_NAMES], async (tx) => {
    await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
  });
  for (const name of STORE_NAMES) {
    const count = BATCH[name] ?? 500;
    let after: IDBValidKey | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const [keys, values] = await read(from, [name], (tx) =>
        Promise.all([
          tx.objectStore(name).getAllKeys(range, count),
          tx.objectStore(name).getAll(range, count),
        ]),
      );
      const kept = keys.flatMap((k, i) => (name === 'settings' && k === STATE_KEY ? [] : [[k, values[i]]]));
      if (kept.length) {
        await write(to, [name], async (tx) => {
          const os = tx.objectStore(name);
          // In-line keys (every store but settings) must not be passed again.
          await putAll(
            kept.map(
              ([k, v]) =>
                () =>
                  os.keyPath === null ? os.put(v as never, k as never) : os.put(v as never),
            ),
          );
        });
      }
      if (keys.length < count) break;
      after = keys[keys.length - 1];
    }
  }
}

async function setState(journal: Store, state: JournalState | undefined) {
  await write(journal, ['settings'], async (tx) => {
    if (state) await tx.objectStore('settings').put(state as never, STATE_KEY);
    else await tx.objectStore('settings').delete(STATE_KEY);
  });
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another tab holding it open: it goes when that tab closes; nothing here depends on it.
    request.onblocked = () => resolve();
  });
}

async function journalExists(factory: IDBFactory, name: string): Promise<boolean> {
  if (typeof factory.databases !== 'function') return true;
  return (await factory.databases()).some((d) => d.name === name);
}

export interface Journal {
  /** The import is done: the old data is no longer needed. */
  finish(): Promise<void>;
  /** Put the old data back (the import failed). */
  rollBack(): Promise<void>;
}

/** Copies the current database aside. Until this resolves, the database has not been touched. */
export async function beginJournal(store: Store, factory: IDBFactory): Promise<Journal> {
  const name = journalName(store);
  const journal = await openStore({ name, indexedDB: factory });
  try {
    await setState(journal, { state: 'copying', startedAt: new Date().toISOString() });
    await copyAll(store, journal);
    await setState(journal, { state: 'importing', startedAt: new Date().toISOString() });
  } catch (e) {
    journal.close();
    await deleteDatabase(factory, name).catch(() => {});
    throw e;
  }
  const drop = async () => {
    journal.close();
    await deleteDatabase(factory, name);
  };
  return {
    finish: drop,
    async rollBack() {
      await copyAll(journal, store);
      await drop();
    },
  };
}

/**
 * An import the page did not live to finish (or to roll back): put the old data back. Returns whether
 * there was one. Safe to call at any time; does nothing without a journal.
 */
export async function recoverInterruptedImport(store: Store, factory: IDBFactory): Promise<boolean> {
  const name = journalName(store);
  if (!(await journalExists(factory, name))) return false;
  const journal = await openStore({ name, indexedDB: factory });
  let restored = false;
  try {
    const state = (await read(journal, ['settings'], (tx) => tx.objectStore('settings').get(STATE_KEY))) as
      | JournalState
      | undefined;
    // 'copying': the database itself was not touched yet; only a complete copy is put back.
    if (state?.state === 'importing') {
      await copyAll(journal, store);
      restored = true;
    }
  } finally {
    journal.close();
  }
  await deleteDatabase(factory, name);
  return restored;
}
