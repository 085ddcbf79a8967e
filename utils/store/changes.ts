// "The data changed": after every committed write, the other pages of the extension (orders desk, Check
// photos, popup, the background serving the mail panels) hear which object stores changed, so they
// reload what they show instead of waiting to be focused again. A BroadcastChannel reaches every
// context of the extension's origin (pages, the service worker, the background page) and nothing else.
import type { Store, StoreName } from './db';

export interface StoreChange {
  /** The database's name: tests open several side by side. */
  db: string;
  stores: StoreName[];
  /** The connection that wrote, so a page does not reload for its own writes. */
  from: string;
}

const CHANNEL = 'photo-triage-changes';
/** Also told of every write of this context: the extension's entrypoints pass on to the mail tabs. */
let forward: ((stores: StoreName[]) => void) | undefined;

export function forwardChanges(fn: ((stores: StoreName[]) => void) | undefined): void {
  forward = fn;
}
const ids = new WeakMap<object, string>();
let sender: BroadcastChannel | undefined;

/** One id per open connection (a page or the background), made on first use. */
export function connectionId(store: Pick<Store, 'name'>): string {
  let id = ids.get(store);
  if (!id) {
    id = crypto.randomUUID();
    ids.set(store, id);
  }
  return id;
}

function channel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!sender) {
    sender = new BroadcastChannel(CHANNEL);
    (sender as { unref?: () => void }).unref?.();
  }
  return sender;
}

/** Called by the store after a write committed. Never throws: a page that misses it reloads on focus. */
export function announceChange(store: Store, stores: StoreName[]): void {
  try {
    channel()?.postMessage({
      db: store.name,
      stores: [...stores],
      from: connectionId(store),
    } satisfies StoreChange);
  } catch {
    // The channel is closed (the page is unloading): nobody is left to tell.
  }
  forward?.([...stores]);
}

/**
 * Calls `listener` with every change other connections make to `store`'s database (a page that only
 * reads passes `{ name }`). Returns the function that stops listening.
 */
export function watchChanges(
  store: Pick<Store, 'name'>,
  listener: (change: StoreChange) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const own = connectionId(store);
  const ch = new BroadcastChannel(CHANNEL);
  (ch as { unref?: () => void }).unref?.();
  ch.onmessage = (event: MessageEvent<StoreChange>) => {
    const change = event.data;
    if (!change || change.db !== store.name || change.from === own || !Array.isArray(change.stores)) return;
    listener(change);
  };
  return () => ch.close();
}
