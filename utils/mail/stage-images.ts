// The images of a stage view travel apart from its checklist, keyed, each once per message. Reference
// previews come with the view, only those the tab does not hold yet; the records carry no thumbnail (the
// store never joins them: schema v4), and the panel asks for the pictures it shows by photo id
// (components/mail/message-pictures.ts), so the same picture is never encoded, copied and decoded again
// on the mail page's main thread for each refresh.
import type { PhotoRecord } from '@/utils/store/types';
import type { Checklist } from '@/utils/triage/checklist';

/** The stage view as it crosses the RPC: records without thumbnails, and the reference previews not held. */
export interface StageViewReply {
  checklist: Checklist;
  /** Reference previews by `ref:<id>`: only those the tab did not hold. */
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

/** Background side: the checklist as it is, and the reference previews (those the tab lacks) by key. */
export function stageViewReply(checklist: Checklist, references: Record<string, Blob>): StageViewReply {
  const images: Record<string, Blob> = {};
  for (const [id, blob] of Object.entries(references)) images[refKey(id)] = blob;
  return { checklist, images };
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
