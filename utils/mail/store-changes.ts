// The mail panels live in the mail sites' pages, out of reach of the extension's BroadcastChannel: every
// extension context that writes (the orders desk, Check photos, the background) tells the open mail tabs
// itself, so a shot renamed on the desk shows in Gmail's and Outlook's panels without a reload.
import type { browser } from 'wxt/browser';
import type { StoreName } from '@/utils/store/db';

export const STORE_CHANGED = 'photo-triage:store-changed';

export interface StoreChangedMessage {
  type: typeof STORE_CHANGED;
  stores: StoreName[];
}

/** What a mail panel shows: the order's stage and shots, the photos filed to it, the requests. */
const SHOWN_IN_PANEL = new Set<StoreName>([
  'orders',
  'suppliers',
  'settings',
  'photos',
  'referencePhotos',
  'requests',
]);

export const showsInPanel = (stores: readonly StoreName[]) => stores.some((s) => SHOWN_IN_PANEL.has(s));

export function isStoreChanged(message: unknown): message is StoreChangedMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === STORE_CHANGED &&
    Array.isArray((message as { stores?: unknown }).stores)
  );
}

type Api = Pick<typeof browser, 'runtime' | 'tabs'>;

/** Sends the change to every open tab the content scripts run in. Never throws. */
export async function tellMailTabs(api: Api, stores: StoreName[]): Promise<void> {
  if (!showsInPanel(stores)) return;
  try {
    const matches = [
      ...new Set((api.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? [])),
    ];
    if (!matches.length) return;
    // Host permissions for these hosts let `url` filter without the "tabs" permission.
    const tabs = await api.tabs.query({ url: matches });
    const message: StoreChangedMessage = { type: STORE_CHANGED, stores };
    await Promise.all(
      tabs
        .filter((tab) => tab.id !== undefined && !tab.discarded)
        .map((tab) => api.tabs.sendMessage(tab.id!, message).catch(() => {})),
    );
  } catch {
    // No tabs API here (tests), or the extension is going away: the panels read again on their next message.
  }
}
