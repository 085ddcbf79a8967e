// The images of a stage view — reference photos and received photos' thumbnails — travel from the
// background to a mail tab as data URLs, and the panel asks again each time a photo is filed. Sent whole
// every time, the same images were encoded, copied and decoded again and again on the mail page's main
// thread (and a record shown twice in the checklist travelled twice). So images travel apart from the
// checklist, keyed, each once per message: the tab says what it holds, the background sends the rest.
import type { PhotoRecord } from '@/utils/store/types';
import type { Checklist } from '@/utils/triage/checklist';

/** The stage view as it crosses the RPC: records without thumbnails, and only the images not yet held. */
export interface StageViewReply {
  checklist: Checklist;
  /** Reference photos by id, and thumbnails by `thumb:<sha256>`: only those the tab did not hold. */
  images: Record<string, Blob>;
}

export const refKey = (id: string) => `ref:${id}`;
export const thumbKey = (sha256: string) => `thumb:${sha256}`;

/** Apply `fn` to every photo record of a checklist, keeping the structure (and shared records shared). */
function mapRecords(checklist: Checklist, fn: (r: PhotoRecord) => PhotoRecord): Checklist {
  const seen = new Map<PhotoRecord, PhotoRecord>();
  const map = (r: PhotoRecord) => {
    let out = seen.get(r);
    if (!out) {
      out = fn(r);
      seen.set(r, out);
    }
    return out;
  };
  return {
    ...checklist,
    shots: checklist.shots.map((s) => ({ ...s, photos: s.photos.map(map), best: s.best && map(s.best) })),
    unassigned: checklist.unassigned.map(map),
    reused: checklist.reused.map((u) => ({ ...u, photo: map(u.photo) })),
  };
}

/** Every photo the checklist shows (each once): the thumbnails the panel asks for. */
export function photoIdsOf(checklist: Checklist): string[] {
  const ids = new Set<string>();
  mapRecords(checklist, (r) => {
    ids.add(r.sha256);
    return r;
  });
  return [...ids];
}

/** Background side: strip the checklist's thumbnails and send only the images not in `held`. */
export function detachImages(
  checklist: Checklist,
  references: Record<string, Blob>,
  held: ReadonlySet<string>,
): StageViewReply {
  const images: Record<string, Blob> = {};
  for (const [id, blob] of Object.entries(references)) if (!held.has(refKey(id))) images[refKey(id)] = blob;
  const stripped = mapRecords(checklist, (r) => {
    if (!r.thumbnail) return r;
    const key = thumbKey(r.sha256);
    if (!held.has(key)) images[key] = r.thumbnail;
    const { thumbnail: _, ...rest } = r;
    return rest;
  });
  return { checklist: stripped, images };
}

/**
 * Mail tab side: keep the new images in `cache` and put every known image back, the same Blob object
 * each time (so one decode per image in components/mail/BlobPicture, however often the view refreshes).
 */
export function attachImages(
  reply: StageViewReply,
  cache: Map<string, Blob>,
): { checklist: Checklist; references: Record<string, Blob> } {
  for (const [key, blob] of Object.entries(reply.images)) cache.set(key, blob);
  const checklist = mapRecords(reply.checklist, (r) => {
    const thumbnail = cache.get(thumbKey(r.sha256));
    return thumbnail ? { ...r, thumbnail } : r;
  });
  const references: Record<string, Blob> = {};
  for (const id of checklist.shots.flatMap((s) => s.shot.referencePhotoIds)) {
    const blob = cache.get(refKey(id));
    if (blob) references[id] = blob;
  }
  return { checklist, references };
}
