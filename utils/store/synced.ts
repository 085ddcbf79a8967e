// Records another browser of the team wrote (utils/sync), written here with the id they already have.
// An existing record goes through the store's own update functions (its revision raised, summaries
// kept, open pages told); only a record new to this browser is put here, with the same checks and the
// same summary upkeep as the store's add functions.
import type { Store } from './db';
import { deleteOrder, updateOrder } from './orders';
import { type PhotoRefused, savePhoto, savePhotos, setPhotoAssignment } from './photos';
import { deleteReferencePhoto } from './references';
import { nextRev } from './revision';
import { toStoredOrder } from './stored';
import { countRequest, refreshOrder } from './summaries';
import { deleteSupplier, updateSupplier } from './suppliers';
import { deleteTemplate, updateTemplate } from './templates';
import { assertValid, write } from './tx';
import type {
  Order,
  PhotoRecord,
  ReferencePhoto,
  RequestLogEntry,
  ShotListTemplate,
  Supplier,
} from './types';
import {
  validateOrder,
  validateReferencePhoto,
  validateRequest,
  validateShotListTemplate,
  validateSupplier,
} from './validate';

export interface SyncedRecords {
  supplier: Supplier;
  order: Order;
  template: ShotListTemplate;
  reference: ReferencePhoto;
  photo: PhotoRecord;
  request: RequestLogEntry;
}

const strip = <T extends object>(r: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))) as Partial<T>;

/** Writes a record pulled from the team's database over (or as) this browser's. */
export async function putSyncedRecord<K extends keyof SyncedRecords>(
  store: Store,
  kind: K,
  record: SyncedRecords[K],
  /** The record as stored here now (undefined: new here). */
  current: SyncedRecords[K] | undefined,
): Promise<void> {
  switch (kind) {
    case 'supplier': {
      const s = record as Supplier;
      if (current) await updateSupplier(store, s.id, strip(s, 'id', 'createdAt', 'updatedAt', 'rev'));
      else {
        const next = { ...s, rev: nextRev(undefined) };
        assertValid(validateSupplier, next, 'supplier', 'Supplier not saved');
        await write(store, ['suppliers'], (tx) => tx.objectStore('suppliers').put(next));
      }
      return;
    }
    case 'order': {
      const o = record as Order;
      if (current) await updateOrder(store, o.id, strip(o, 'id', 'createdAt', 'updatedAt', 'rev'));
      else {
        const next = { ...o, rev: nextRev(undefined) };
        assertValid(validateOrder, next, 'order', 'Order not saved');
        await write(store, ['orders', 'photos', 'summaries'], async (tx) => {
          await tx.objectStore('orders').put(toStoredOrder(next));
          await refreshOrder(tx, next.id);
        });
      }
      return;
    }
    case 'template': {
      const t = record as ShotListTemplate;
      if (current) await updateTemplate(store, t.id, strip(t, 'id', 'builtIn', 'rev'));
      else {
        const next = { ...t, builtIn: false, rev: nextRev(undefined) };
        assertValid(validateShotListTemplate, next, 'template', 'Template not saved');
        await write(store, ['templates'], (tx) => tx.objectStore('templates').put(next));
      }
      return;
    }
    case 'reference': {
      // A reference photo never changes once added: only new ones are put.
      const r = record as ReferencePhoto;
      assertValid(validateReferencePhoto, r, 'referencePhoto', 'Reference photo not saved');
      await write(store, ['referencePhotos'], (tx) => tx.objectStore('referencePhotos').put(r));
      return;
    }
    case 'photo': {
      const p = record as PhotoRecord;
      await savePhoto(store, p);
      // savePhoto keeps an assignment a call does not set: a photo unfiled elsewhere is unfiled here.
      const c = current as PhotoRecord | undefined;
      if (p.orderId === undefined && c?.orderId !== undefined)
        await setPhotoAssignment(store, p.sha256, null);
      return;
    }
    case 'request': {
      const r = record as RequestLogEntry;
      assertValid(validateRequest, r, 'request', 'Request not logged');
      await write(store, ['requests', 'orders', 'summaries'], async (tx) => {
        await tx.objectStore('requests').put(r);
        // Answered elsewhere: its old self counted off and the new one on, as markAnswered does.
        if (current) await countRequest(tx, current as RequestLogEntry, -1);
        await countRequest(tx, r, 1);
      });
      return;
    }
  }
}

/**
 * Photos pulled from the team, a batch at a time (one transaction, counts and the reuse index written
 * once): each saved with the assignment it has there. Those refused are returned with why.
 */
export const putSyncedPhotos = (store: Store, photos: readonly PhotoRecord[]): Promise<PhotoRefused[]> =>
  savePhotos(store, photos);

/** Deletes a record another browser of the team deleted (the store's own delete: photos unfiled, counts kept). */
export async function deleteSyncedRecord(store: Store, kind: keyof SyncedRecords, id: string): Promise<void> {
  switch (kind) {
    case 'supplier':
      await deleteSupplier(store, id);
      return;
    case 'order':
      await deleteOrder(store, id);
      return;
    case 'template':
      await deleteTemplate(store, id);
      return;
    case 'reference':
      await deleteReferencePhoto(store, id);
      return;
    default:
      // Photos and requests are not deleted by a team member: their deletion (storage clean-up) stays local.
      return;
  }
}
