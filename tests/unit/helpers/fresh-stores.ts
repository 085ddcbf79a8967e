// A new in-memory IndexedDB for each test of the store: `open()` opens a connection to it (a second call,
// a second tab), and every connection opened is closed after the test.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { openStore, type Store } from '@/utils/store/db';

export function freshStores(): {
  open: (name?: string) => Promise<Store>;
  factory: () => IDBFactory;
  /** A connection opened otherwise (other migrations), closed after the test too. */
  closeAfter: (store: Store) => void;
} {
  let factory = new IDBFactory();
  const opened: Store[] = [];
  beforeEach(() => {
    factory = new IDBFactory();
  });
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
  });
  return {
    async open(name = 'test') {
      const s = await openStore({ indexedDB: factory, name });
      opened.push(s);
      return s;
    },
    factory: () => factory,
    closeAfter: (s) => opened.push(s),
  };
}
