// The desk's data: everything loaded once from the store into signals, derived views computed from
// them, and every write going through `act`, which shows a failure to the buyer instead of throwing.

import { batch, computed, signal } from '@preact/signals';
import { createBlobUrls } from '@/components/desk/blob-urls';
import { createLazyThumbnails } from '@/components/desk/lazy-thumbnails';
import { createNearIndex } from '@/components/desk/near-index';
import { orderFigures } from '@/components/desk/stored-figures';
import {
  groupByStage,
  type OrderSummary,
  type SummaryContext,
  summarizeOrder,
} from '@/components/desk/summary';
import { describeError } from '@/components/finding-text';
import { todayLocal } from '@/utils/dates';
import { applyUiLanguage } from '@/utils/i18n';
import { analyzePhoto } from '@/utils/photo';
import {
  addReferencePhoto,
  DEFAULT_SETTINGS,
  deleteReferencePhoto,
  getSettings,
  listOrders,
  listReferencePhotos,
  listSuppliers,
  listTemplates,
  openStore,
  type PhotoStatusInput,
  type Store,
  StoreError,
  setPhotoAssignment,
  setPhotoStatus,
  updateOrder,
  watchChanges,
} from '@/utils/store';
import type { StoreName } from '@/utils/store/db';
import { allListRows, type ListRow } from '@/utils/store/list-rows';
import { indexedHash } from '@/utils/store/near-buckets';
import { getThumbnails, photosForOrder, photosNearDHash, warmReuseIndex } from '@/utils/store/photos';
import type {
  Order,
  PhotoRecord,
  ReferencePhoto,
  Settings,
  Shot,
  ShotListTemplate,
  Stage,
  Supplier,
} from '@/utils/store/types';
import { showError } from './alerts';
import { text } from './text';

export const loadState = signal<'loading' | 'ready' | 'failed'>('loading');
export const loadError = signal('');
export const suppliers = signal<Supplier[]>([]);
export const orders = signal<Order[]>([]);
/** False until `orders` holds every order (loadAll reads them after the list rows). */
export const ordersLoaded = signal(false);
export const templates = signal<ShotListTemplate[]>([]);
export const settings = signal<Settings>(DEFAULT_SETTINGS);
/**
 * The photo records the desk holds: the open order's, read through the store's `orderId` index when the
 * order is opened (never every photo: 20,000 records took a second and more). A new array after every
 * photo write seen, so what depends on the photos reads again.
 */
export const photos = signal<PhotoRecord[]>([]);
/** Which order `photos` are of; undefined before any order was opened. */
export const photosOf = signal<string | undefined>(undefined);
/** Other orders' photos near a photo of the open order (the checklist's reuse history), from the reuse index. */
const history = signal<PhotoRecord[]>([]);
export const references = signal<Map<string, ReferencePhoto>>(new Map());
/** The store's list rows (one small record per order, utils/store/list-rows): the orders list. */
export const listRows = signal<ListRow[] | undefined>(undefined);
export const today = signal(todayLocal());

export const suppliersById = computed(() => new Map(suppliers.value.map((s) => [s.id, s])));
export const ordersById = computed(() => new Map(orders.value.map((o) => [o.id, o])));

// The grouping and the near-duplicate index depend on photos only: saving an order does not rebuild them.
// The index holds the order's photos and their history: every photo near one of the order's, as the
// index over every photo found them (photosNearDHash is exact), so the checklists are the same.
const byStage = computed(() => groupByStage(photos.value));
const nearIndex = computed(() =>
  createNearIndex([...photos.value, ...history.value], settings.value.thresholds.nearDuplicateBits),
);
const context = computed<SummaryContext>(() => ({
  byStage: byStage.value,
  near: nearIndex.value,
  thresholds: settings.value.thresholds,
  today: today.value,
  orders: orders.value,
}));

/**
 * Every order's list figures, from the list rows the store keeps with every write (not from the orders
 * and their stage summaries: 8 MB at 500 orders, seconds to read). Undefined until the rows are read.
 */
export const summaries = computed(() => {
  const rows = listRows.value;
  if (!rows) return undefined;
  const day = today.value;
  return new Map(rows.map((r) => [r.id, orderFigures(r, day)]));
});

let summariesRead = 0;
/** Read the list rows again (after a write here, or another page's); the latest read wins. */
export async function reloadSummaries(store?: Store): Promise<void> {
  const n = ++summariesRead;
  const list = await allListRows(store ?? (await getStore()));
  if (n === summariesRead) listRows.value = list;
}

/** The order's checklists, once its photos are read (openOrderPhotos); undefined until then. */
export function orderSummary(order: Order): OrderSummary | undefined {
  if (photosOf.value !== order.id) return undefined;
  return summarizeOrder(order, context.value);
}

const blobUrls = createBlobUrls();
/** Thumbnails are read when a picture is drawn, not with the records (utils/store: schema v4). */
const thumbnails = createLazyThumbnails(async (ids) => getThumbnails(await getStore(), ids));
export const photoUrl = (p: PhotoRecord) => thumbnails.url(p);
export const referenceUrl = (id: string) => blobUrls.url(references.value.get(id)?.blob);

let storeHandle: Store | undefined;
let opening: Promise<Store> | undefined;

export function getStore(): Promise<Store> {
  if (storeHandle && !storeHandle.closed) return Promise.resolve(storeHandle);
  opening ??= openStore({
    onClosedForUpgrade: () => showError(new StoreError('blocked', text().nav.updatedElsewhere)),
  })
    .then((s) => {
      storeHandle = s;
      return s;
    })
    .finally(() => {
      opening = undefined;
    });
  return opening;
}

let photosRead = 0;
/**
 * Read one order's photos (the `orderId` index) and the photos near them (the reuse index), not every
 * photo: opening an order costs what the order holds. The latest read wins.
 */
export async function openOrderPhotos(orderId: string, store?: Store): Promise<void> {
  const n = ++photosRead;
  const s = store ?? (await getStore());
  const own = await photosForOrder(s, orderId);
  const hashes = [...new Set(own.flatMap((p) => indexedHash(p) ?? []))];
  const near = await photosNearDHash(s, hashes, settings.value.thresholds.nearDuplicateBits, own);
  if (n !== photosRead) return;
  const mine = new Set(own.map((p) => p.sha256));
  thumbnails.reset();
  batch(() => {
    photos.value = own;
    history.value = near.flatMap(({ photo }) => (mine.has(photo.sha256) ? [] : [photo]));
    photosOf.value = orderId;
  });
}

/** The open order's photos read again (or, with none open, `photos` renewed: its readers read again). */
async function reloadPhotos(store: Store): Promise<void> {
  const open = photosOf.value;
  if (open !== undefined && ordersById.value.has(open)) return openOrderPhotos(open, store);
  photos.value = [];
}

async function loadReferences(store: Store): Promise<void> {
  const refs = await listReferencePhotos(store);
  blobUrls.revokeAll();
  references.value = new Map(refs.map((r) => [r.id, r]));
}

export async function loadAll(): Promise<void> {
  try {
    const store = await getStore();
    const n = ++summariesRead;
    const [sup, tpl, set, sum] = await Promise.all([
      listSuppliers(store),
      listTemplates(store),
      getSettings(store),
      allListRows(store),
    ]);
    // The buyer's interface language before the first page renders.
    applyUiLanguage(set.uiLanguage);
    batch(() => {
      suppliers.value = sup;
      templates.value = tpl;
      settings.value = set;
      if (n === summariesRead) listRows.value = sum;
      today.value = todayLocal();
      loadState.value = 'ready';
    });
    // Only now: the orders list shows from the rows; whole orders (13 KB each, seconds at 500 under load)
    // are for the order page, which waits for them (ordersLoaded).
    let ord: Order[];
    const read = ++ordersRead;
    // An order saved here meanwhile (the list's new-order dialog) may be missing from a read begun before.
    for (let seen = -1; seen !== orderEdits; ) {
      seen = orderEdits;
      ord = await listOrders(store);
    }
    // A reload of the orders begun since (another page's write) read them later: it wins.
    if (read === ordersRead)
      batch(() => {
        orders.value = ord;
        ordersLoaded.value = true;
      });
    // Only now: Chromium runs the database's reads one after another; the list shows without them.
    await Promise.all([loadReferences(store), reloadPhotos(store)]);
    // Last: the reuse index read and parsed (0.5-1 s at 200,000 photos), so opening an order does not wait
    // for it. Not awaited by anything: a failure here only leaves that cost to the first order opened.
    void warmReuseIndex(store).catch(() => {});
  } catch (e) {
    if (loadState.value === 'ready') showError(e);
    else {
      loadError.value = e instanceof Error ? e.message : String(e);
      loadState.value = 'failed';
    }
  }
}

/**
 * Run a write. A failure is shown (through `onError` when the caller shows it inline, else in the page's
 * alert region) and the result is undefined; it never throws.
 */
export async function act<T>(
  write: (store: Store) => Promise<T>,
  onError: (e: unknown) => void = (e) => showError(e),
): Promise<T | undefined> {
  try {
    return await write(await getStore());
  } catch (e) {
    onError(e);
    return undefined;
  }
}

const replaceById = <T extends { id: string }>(list: T[], item: T) => {
  const i = list.findIndex((x) => x.id === item.id);
  return i < 0 ? [item, ...list] : list.map((x) => (x.id === item.id ? item : x));
};

export const putSupplier = (s: Supplier) => {
  suppliers.value = replaceById(suppliers.value, s).sort((a, b) => a.company.localeCompare(b.company));
};
/** Orders saved by this page: loadAll reads the orders again when one was saved while it read them. */
let orderEdits = 0;
/** Reads of every order begun (loadAll, reloadStores): only the latest one's result is kept. */
let ordersRead = 0;
export const putOrder = (o: Order) => {
  orderEdits++;
  orders.value = replaceById(orders.value, o);
  // The write changed its stages' summaries (shots, supplier): the list's counts follow.
  void reloadSummaries().catch(showError);
};
export const putTemplate = (t: ShotListTemplate) => {
  templates.value = replaceById(templates.value, t);
};
export const putPhoto = (p: PhotoRecord) => {
  const others = photos.value.filter((x) => x.sha256 !== p.sha256);
  // Kept only while it belongs to the open order (an assignment can move it to another).
  photos.value = p.orderId === photosOf.value ? [...others, p] : others;
  void reloadSummaries().catch(showError);
};

/**
 * Save a change to an order. `base` is the order the change was made on, as the page showed it when the
 * edit began: if another tab saved the order since, the store keeps both changes or refuses this one as
 * changed elsewhere (utils/store/revision), never silently undoing the other.
 */
export async function saveOrder(base: Order, patch: Partial<Order>): Promise<Order | undefined> {
  const saved = await act((s) => updateOrder(s, base.id, patch, base));
  if (saved) putOrder(saved);
  return saved;
}

export async function decide(photo: PhotoRecord, status: PhotoStatusInput): Promise<void> {
  const saved = await act((s) => setPhotoStatus(s, photo.sha256, status));
  if (saved) putPhoto(saved);
}

export async function assignPhoto(photo: PhotoRecord, orderId: string, stageId: string, shotId: string) {
  const saved = await act((s) => setPhotoAssignment(s, photo.sha256, { orderId, stageId, shotId }));
  if (saved) putPhoto(saved);
}

/** Stages with one shot changed. */
export const withShot = (stages: Stage[], stageId: string, shotId: string, change: (s: Shot) => Shot) =>
  stages.map((st) =>
    st.id === stageId ? { ...st, shots: st.shots.map((sh) => (sh.id === shotId ? change(sh) : sh)) } : st,
  );

/** Width and height from the header (HEIC too); refuses what is not an image. */
async function measureReference(file: File): Promise<{ width?: number; height?: number }> {
  const report = await analyzePhoto(file, { pixels: false, hash: false });
  if (report.error) {
    throw new StoreError('validation', text().order.notAPhoto(file.name, describeError(report.error.code)));
  }
  return { width: report.width || undefined, height: report.height || undefined };
}

/** Store the files as reference photos and show them on the shot, in that order. */
export async function addReferences(order: Order, stageId: string, shotId: string, files: File[]) {
  const added: ReferencePhoto[] = [];
  for (const file of files) {
    const ref = await act(async (s) =>
      addReferencePhoto(s, { name: file.name, blob: file, ...(await measureReference(file)) }),
    );
    if (ref) added.push(ref);
  }
  if (!added.length) return;
  references.value = new Map([...references.value, ...added.map((r) => [r.id, r] as const)]);
  const current = ordersById.value.get(order.id) ?? order;
  const ids = added.map((r) => r.id);
  const saved = await saveOrder(current, {
    stages: withShot(current.stages, stageId, shotId, (sh) => ({
      ...sh,
      referencePhotoIds: [...sh.referencePhotoIds, ...ids],
    })),
  });
  // Not shown anywhere: do not keep the blobs.
  if (!saved)
    for (const id of ids)
      await act(
        (s) => deleteReferencePhoto(s, id),
        () => {},
      );
}

const isReferenced = (id: string) =>
  // Orders not all read yet: another may show it, keep it.
  !ordersLoaded.value ||
  orders.value.some((o) => o.stages.some((st) => st.shots.some((sh) => sh.referencePhotoIds.includes(id)))) ||
  templates.value.some((t) => t.shots.some((sh) => sh.referencePhotoIds.includes(id)));

export async function removeReference(order: Order, stageId: string, shotId: string, id: string) {
  const saved = await saveOrder(order, {
    stages: withShot(order.stages, stageId, shotId, (sh) => ({
      ...sh,
      referencePhotoIds: sh.referencePhotoIds.filter((r) => r !== id),
    })),
  });
  // Another shot may show the same photo (a stage copied from a template): keep it then.
  if (saved && !isReferenced(id)) {
    await act((s) => deleteReferencePhoto(s, id));
    const next = new Map(references.value);
    next.delete(id);
    references.value = next;
  }
}

const LISTS: StoreName[] = ['suppliers', 'orders', 'templates', 'settings'];

/** Read again what another page or the background changed: the small lists at once, photos when seen. */
export async function reloadStores(changed: ReadonlySet<StoreName>): Promise<void> {
  if (loadState.value !== 'ready') return;
  try {
    const store = await getStore();
    if (LISTS.some((n) => changed.has(n))) {
      // Only what changed is read and set: two reloads can overlap (orders, then suppliers a moment
      // later), and one must not put back the other's list as it was before it read.
      const n = ++summariesRead;
      const o = changed.has('orders') ? ++ordersRead : 0;
      const [sup, ord, tpl, set, sum] = await Promise.all([
        changed.has('suppliers') ? listSuppliers(store) : undefined,
        changed.has('orders') ? listOrders(store) : undefined,
        changed.has('templates') ? listTemplates(store) : undefined,
        changed.has('settings') ? getSettings(store) : undefined,
        // An order's list row changes with it: both set together.
        changed.has('orders') ? allListRows(store) : undefined,
      ]);
      if (set) applyUiLanguage(set.uiLanguage);
      batch(() => {
        if (sup) suppliers.value = sup;
        if (ord && o === ordersRead) {
          orders.value = ord;
          ordersLoaded.value = true;
        }
        if (sum && n === summariesRead) listRows.value = sum;
        if (tpl) templates.value = tpl;
        if (set) settings.value = set;
      });
    }
    // Small next to the photos: read again even for a hidden page, so the list's counts are current.
    if (changed.has('photos')) await reloadSummaries(store);
    if (!changed.has('photos') && !changed.has('referencePhotos')) return;
    // Not for a page nobody looks at (a hidden page reads everything again when shown, reloadWhenShown).
    if (globalThis.document?.visibilityState === 'hidden') return;
    await Promise.all([
      changed.has('referencePhotos') ? loadReferences(store) : undefined,
      changed.has('photos') ? reloadPhotos(store) : undefined,
    ]);
  } catch (e) {
    showError(e);
  }
}

/**
 * Other open pages (another orders desk, Check photos, the background saving for Gmail and Outlook)
 * announce each write (utils/store/changes): show it here without waiting to be focused again.
 */
export function reloadOnChanges(delayMs = 100): () => void {
  const pending = new Set<StoreName>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop: (() => void) | undefined;
  let stopped = false;
  void getStore().then(
    (store) => {
      if (stopped) return;
      stop = watchChanges(store, (change) => {
        for (const name of change.stores) pending.add(name);
        // A burst of writes (a zip of photos filed) is one reload.
        clearTimeout(timer);
        timer = setTimeout(() => {
          const changed = new Set(pending);
          pending.clear();
          void reloadStores(changed);
        }, delayMs);
      });
    },
    () => {},
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
    stop?.();
  };
}

/** When the page comes back into view, pick up what other tabs (Check photos, Gmail) saved meanwhile. */
export function reloadWhenShown(): () => void {
  const listener = () => {
    if (document.visibilityState === 'visible' && loadState.value === 'ready') void loadAll();
  };
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}

/**
 * After shots or stages were removed from an order: photos that pointed at them keep the order (and the
 * stage, if it is still there) but lose the rest, so later writes to them pass the store's checks.
 */
export async function detachOrphanedPhotos(order: Order): Promise<void> {
  const stages = new Map(order.stages.map((s) => [s.id, new Set(s.shots.map((sh) => sh.id))]));
  // The order's own photos from the store (the desk may hold another order's).
  const own = await act((s) => photosForOrder(s, order.id));
  for (const p of own ?? []) {
    if (p.stageId === undefined) continue;
    const shots = stages.get(p.stageId);
    if (shots && (p.shotId === undefined || shots.has(p.shotId))) continue;
    const assignment = shots ? { orderId: order.id, stageId: p.stageId } : { orderId: order.id };
    const saved = await act((s) => setPhotoAssignment(s, p.sha256, assignment));
    if (saved) putPhoto(saved);
  }
}
