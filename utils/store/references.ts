// The buyer's approved reference photos (blobs), shown beside the supplier's photos per shot.
import type { Store } from './db';
import { putListRow } from './list-rows';
import { assertValid, newId, now, read, write } from './tx';
import type { ReferencePhoto, Shot } from './types';
import { validateReferencePhoto } from './validate';

export type ReferencePhotoDraft = Omit<ReferencePhoto, 'id' | 'addedAt'>;

export async function addReferencePhoto(store: Store, draft: ReferencePhotoDraft): Promise<ReferencePhoto> {
  const photo: ReferencePhoto = { ...draft, id: newId(), addedAt: now() };
  assertValid(validateReferencePhoto, photo, 'referencePhoto', 'Reference photo not saved');
  return write(store, ['referencePhotos'], async (tx) => {
    await tx.objectStore('referencePhotos').put(photo);
    return photo;
  });
}

export const getReferencePhoto = (store: Store, id: string): Promise<ReferencePhoto | undefined> =>
  read(store, ['referencePhotos'], (tx) => tx.objectStore('referencePhotos').get(id));

export const listReferencePhotos = (store: Store): Promise<ReferencePhoto[]> =>
  read(store, ['referencePhotos'], (tx) => tx.objectStore('referencePhotos').getAll());

const without = (shots: Shot[], id: string): Shot[] | undefined =>
  shots.some((s) => s.referencePhotoIds.includes(id))
    ? shots.map((s) => ({ ...s, referencePhotoIds: s.referencePhotoIds.filter((r) => r !== id) }))
    : undefined;

/** Also removes the photo from every shot that shows it, in the same transaction. */
export function deleteReferencePhoto(store: Store, id: string): Promise<boolean> {
  return write(store, ['referencePhotos', 'orders', 'templates', 'summaries'], async (tx) => {
    const existed = (await tx.objectStore('referencePhotos').getKey(id)) !== undefined;
    await tx.objectStore('referencePhotos').delete(id);
    for (const order of await tx.objectStore('orders').getAll()) {
      const stages = order.stages.map((s) => ({ ...s, shots: without(s.shots, id) ?? s.shots }));
      if (stages.some((s, i) => s.shots !== order.stages[i].shots)) {
        await tx.objectStore('orders').put({ ...order, stages, updatedAt: now() });
        // Its list row carries the order's updatedAt.
        await putListRow(tx, order.id);
      }
    }
    for (const template of await tx.objectStore('templates').getAll()) {
      const shots = without(template.shots, id);
      if (shots) await tx.objectStore('templates').put({ ...template, shots });
    }
    return existed;
  });
}
