// Check photos with an order: which order and stage the batch is for, the stage's photos in the store,
// and the writes that assign a checked photo to a shot and record the buyer's decision.

import { computed, signal } from '@preact/signals';
import { createBlobUrls } from '@/components/desk/blob-urls';
import { explainError } from '@/components/desk/errors';
import { createLazyThumbnails } from '@/components/desk/lazy-thumbnails';
import { createNearIndex } from '@/components/desk/near-index';
import { todayLocal } from '@/utils/dates';
import { applyUiLanguage } from '@/utils/i18n';
import {
  DEFAULT_SETTINGS,
  getSettings,
  listOrders,
  listReferencePhotos,
  listSuppliers,
  openStore,
  type PhotoStatusInput,
  type Store,
  savePhoto,
  setPhotoAssignment,
  setPhotoStatus,
} from '@/utils/store';
import { indexedHash } from '@/utils/store/near-buckets';
import {
  getThumbnails,
  photosForOrder,
  photosNearDHash,
  reuseOfPhoto,
  warmReuseIndex,
} from '@/utils/store/photos';
import type {
  Order,
  PhotoOrigin,
  PhotoRecord,
  ReferencePhoto,
  Settings,
  Stage,
  Supplier,
} from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
import { verdictOf } from '@/utils/triage/rules';
import { suggestShots } from '@/utils/triage/suggest';
import { type CheckView, views } from './state';

export const orders = signal<Order[]>([]);
export const suppliers = signal<Map<string, Supplier>>(new Map());
export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const references = signal<Map<string, ReferencePhoto>>(new Map());
/**
 * The picked order's photos and every photo near one of its stage's (the reuse index), by sha256, read
 * when a stage is picked (never every photo: 20,000 records took seconds); with what is saved here since
 * and the filed photos near each photo assigned here (its reuse check).
 */
export const storePhotos = signal<Map<string, PhotoRecord>>(new Map());
export const picked = signal<{ orderId: string; stageId: string } | null>(null);
/** sha256 of photos being saved, so their controls wait. */
export const saving = signal<ReadonlySet<string>>(new Set());
/** The last failed write or load, shown in the page's alert region. */
export const orderError = signal<{ message: string; problems: string[] } | null>(null);
export const ordersReady = signal(false);

export const pickedOrder = computed(() => orders.value.find((o) => o.id === picked.value?.orderId));
export const pickedStage = computed(() =>
  pickedOrder.value?.stages.find((s) => s.id === picked.value?.stageId),
);

/** The picked stage's photos in the store. */
export const stagePhotos = computed(() => {
  const p = picked.value;
  if (!p) return new Map<string, PhotoRecord>();
  const out = new Map<string, PhotoRecord>();
  for (const [sha, r] of storePhotos.value)
    if (r.orderId === p.orderId && r.stageId === p.stageId) out.set(sha, r);
  return out;
});

const nearIndex = computed(() =>
  createNearIndex([...storePhotos.value.values()], settings.value.thresholds.nearDuplicateBits),
);

export const checklist = computed(() => {
  const order = pickedOrder.value;
  const stage = pickedStage.value;
  if (!order || !stage) return null;
  const photos = [...stagePhotos.value.values()];
  return buildChecklist({
    order,
    stage,
    photos,
    history: nearIndex.value.nearAll(photos),
    thresholds: settings.value.thresholds,
    today: todayLocal(),
    orders: orders.value,
  });
});

/**
 * The batch's photos with what the picked stage's checklist found of those assigned to it (reused from
 * an earlier delivery or another order: the store knows, the batch does not), so a card never calls
 * "good" a photo the checklist asks again for, as the mail panel's badges do.
 */
export const checkedViews = computed<CheckView[]>(() => {
  const found = checklist.value?.findings ?? {};
  return views.value.map((v) => {
    const sha = v.report?.sha256;
    const reused = (sha && found[sha]?.filter((f) => f.code === 'reused')) || [];
    if (!reused.length) return v;
    const findings = [...v.findings, ...reused];
    return { ...v, findings, verdict: verdictOf(findings, v.report?.error) };
  });
});

const blobUrls = createBlobUrls();
/** Filed photos' thumbnails are read when drawn, not with the records (utils/store: schema v4). */
const thumbnails = createLazyThumbnails(async (ids) => getThumbnails(await getStore(), ids));
export const recordUrl = (p: PhotoRecord) => thumbnails.url(p);
export const referenceUrl = (id: string) => blobUrls.url(references.value.get(id)?.blob);

let store: Store | undefined;
let photosRead = 0;

/**
 * Read the stage's photos (the order's, by its index) and their near copies: the checklist's reuse
 * history is every photo near one of the stage's, as the index over every photo found them. The latest
 * read wins.
 */
async function readStagePhotos(s: Store, orderId: string, stageId: string): Promise<void> {
  const n = ++photosRead;
  const own = await photosForOrder(s, orderId);
  const hashes = [...new Set(own.flatMap((p) => (p.stageId === stageId ? (indexedHash(p) ?? []) : [])))];
  const near = await photosNearDHash(s, hashes, settings.value.thresholds.nearDuplicateBits, own);
  if (n !== photosRead) return;
  thumbnails.reset();
  storePhotos.value = new Map([...own, ...near.map((x) => x.photo)].map((p) => [p.sha256, p]));
}

function fail(e: unknown) {
  orderError.value = explainError(e);
}

async function getStore(): Promise<Store> {
  if (!store || store.closed) store = await openStore();
  return store;
}

const byStatus = (o: Order) => (o.status === 'open' ? 0 : o.status === 'on-hold' ? 1 : 2);

/** Orders and what the checklist needs; then the order and stage from `?order=…&stage=…`, if any. */
export async function loadOrders(search = location.search): Promise<void> {
  if (await refreshOrders()) {
    const params = new URLSearchParams(search);
    const orderId = params.get('order');
    if (orderId) await pick(orderId, params.get('stage') ?? undefined);
    // No order yet: the reuse index read ahead of the buyer's pick (0.5-1 s at 200,000 photos).
    else void warmReuseIndex(await getStore()).catch(() => {});
  }
}

/**
 * Read orders, settings, references (and photos, once an order was picked) again, keeping the pick:
 * the options page or the mail panel may have changed them in another tab.
 */
export async function refreshOrders(): Promise<boolean> {
  try {
    const s = await getStore();
    const [ord, sup, set, refs] = await Promise.all([
      listOrders(s),
      listSuppliers(s),
      getSettings(s),
      listReferencePhotos(s),
    ]);
    orders.value = [...ord].sort((a, b) => byStatus(a) - byStatus(b));
    suppliers.value = new Map(sup.map((x) => [x.id, x]));
    settings.value = set;
    applyUiLanguage(set.uiLanguage);
    references.value = new Map(refs.map((r) => [r.id, r]));
    const p = picked.value;
    const order = p && orders.value.find((o) => o.id === p.orderId);
    if (p && !order?.stages.some((st) => st.id === p.stageId)) picked.value = null;
    else if (p) await readStagePhotos(s, p.orderId, p.stageId);
    ordersReady.value = true;
    return true;
  } catch (e) {
    fail(e);
    return false;
  }
}

/** Pick an order (its current stage unless one is named), or none with an empty id. */
export async function pick(orderId: string, stageId?: string): Promise<void> {
  const order = orders.value.find((o) => o.id === orderId);
  if (!order) {
    picked.value = null;
    return;
  }
  const stage =
    order.stages.find((s) => s.id === stageId) ??
    order.stages.find((s) => s.id === order.currentStageId) ??
    order.stages[0];
  if (stage)
    try {
      await readStagePhotos(await getStore(), order.id, stage.id);
    } catch (e) {
      fail(e);
      return;
    }
  picked.value = stage ? { orderId: order.id, stageId: stage.id } : null;
}

function putAll(records: PhotoRecord[]) {
  const next = new Map(storePhotos.value);
  for (const r of records) next.set(r.sha256, r);
  storePhotos.value = next;
}

async function write(sha256: string, fn: (s: Store) => Promise<PhotoRecord>): Promise<void> {
  saving.value = new Set([...saving.value, sha256]);
  try {
    putAll([await fn(await getStore())]);
    orderError.value = null;
  } catch (e) {
    fail(e);
  } finally {
    const next = new Set(saving.value);
    next.delete(sha256);
    saving.value = next;
  }
}

/** The last path segment: a zip or folder name says nothing about the shot. */
const baseName = (name: string) => name.split('/').pop() ?? name;

// Per stage and name: cards re-render every frame while a batch is analysed.
const suggestionCache = new WeakMap<Stage, Map<string, string[]>>();

export function suggestionsFor(view: CheckView): string[] {
  const stage = pickedStage.value;
  if (!stage) return [];
  const cache = suggestionCache.get(stage) ?? new Map<string, string[]>();
  suggestionCache.set(stage, cache);
  const ids = cache.get(view.name) ?? suggestShots(baseName(view.name), stage.shots).map((s) => s.shotId);
  cache.set(view.name, ids);
  return ids;
}

/** Whether a checked photo can be saved: it was read whole (its SHA-256 is its identity). */
export const canAssign = (view: CheckView) =>
  Boolean(view.report?.sha256) && view.verdict !== 'pending' && !view.report?.error;

/**
 * Assign a checked photo to a shot of the picked stage (saved as a photo record), or take it out of the
 * stage with an empty shot id.
 */
export async function assignView(view: CheckView, shotId: string): Promise<void> {
  const p = picked.value;
  const sha256 = view.report?.sha256;
  if (!p || !sha256 || !view.report || !canAssign(view)) return;
  const metrics = view.report.pixels?.ok ? view.report.pixels.metrics : undefined;
  // The reuse check of this one photo: a photo filed for another order, or a near copy of one (the same
  // picture resized or re-sent through WeChat), is not among those read for this stage, and the checklist
  // calls a photo reused only from the records it holds (if the store cannot be read, the write below
  // says why). Taken out of the stage, only its record is needed.
  const reuse = await reuseOfPhoto(
    await getStore(),
    { sha256, ...(metrics && shotId ? { dHash: metrics.dHash } : {}) },
    settings.value.thresholds.nearDuplicateBits,
  ).catch(() => undefined);
  if (reuse?.near.length) putAll(reuse.near.map((n) => n.photo));
  const existing = storePhotos.value.get(sha256) ?? reuse?.filed;
  if (!shotId) {
    if (existing?.orderId === p.orderId && existing.stageId === p.stageId)
      await write(sha256, (s) => setPhotoAssignment(s, sha256, null));
    return;
  }
  // The same file dropped again for the same order is the same sighting, not a reused photo.
  const origin: PhotoOrigin = existing?.origins.find(
    (o) => o.source === 'dropped' && o.fileName === view.name && o.orderId === p.orderId,
  ) ?? {
    source: 'dropped',
    fileName: view.name,
    receivedAt: view.addedAt ?? new Date().toISOString(),
    orderId: p.orderId,
  };
  // A decision was about the old shot: moved to another, the photo waits for a new look.
  const moved = existing?.shotId !== undefined && existing.shotId !== shotId;
  await write(sha256, (s) =>
    savePhoto(s, {
      sha256,
      ...(metrics ? { dHash: metrics.dHash } : {}),
      report: view.report!,
      origins: [origin],
      orderId: p.orderId,
      stageId: p.stageId,
      shotId,
      ...(view.thumbnailBlob ? { thumbnail: view.thumbnailBlob } : {}),
      ...(moved ? { status: { state: 'pending' as const } } : {}),
    }),
  );
}

export async function assignRecord(record: PhotoRecord, shotId: string): Promise<void> {
  const p = picked.value;
  if (!p) return;
  await write(record.sha256, (s) => setPhotoAssignment(s, record.sha256, { ...p, shotId }));
}

export async function decide(sha256: string, status: PhotoStatusInput): Promise<void> {
  await write(sha256, (s) => setPhotoStatus(s, sha256, status));
}

/** The record of a checked photo in the picked stage, if it was assigned there. */
export function recordOf(view: CheckView): PhotoRecord | undefined {
  const sha = view.report?.sha256;
  return sha ? stagePhotos.value.get(sha) : undefined;
}

/** Assign every unassigned photo whose name suggests a shot to its best suggestion. */
export async function assignSuggested(views: CheckView[]): Promise<number> {
  let n = 0;
  for (const v of views) {
    if (!canAssign(v) || recordOf(v)?.shotId) continue;
    const best = suggestionsFor(v)[0];
    if (!best) continue;
    await assignView(v, best);
    n++;
  }
  return n;
}
