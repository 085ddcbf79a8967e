// Thumbnails live apart from the photo records (schema v4): a page holds the small records of every
// photo and reads a thumbnail only when a picture asks for it. The pictures rendered in one frame are
// read together in one transaction; a component reading url() re-renders when its thumbnail arrives.
import { signal } from '@preact/signals';
import type { PhotoRecord } from '@/utils/store/types';
import { createBlobUrls } from './blob-urls';

export interface LazyThumbnails {
  /** The picture's object URL; undefined until read (or when the photo has none). */
  url(photo: PhotoRecord): string | undefined;
  /** Forget what was read (the records were read again: a thumbnail may be new or gone). */
  reset(): void;
}

export function createLazyThumbnails(
  load: (sha256s: string[]) => Promise<Map<string, Blob>>,
  onError: (e: unknown) => void = () => {},
): LazyThumbnails {
  const urls = createBlobUrls();
  /** sha256 → its Blob, or null: read, and it has none. */
  const read = signal<ReadonlyMap<string, Blob | null>>(new Map());
  let wanted = new Set<string>();
  let asked = new Set<string>();
  let generation = 0;

  const flush = async () => {
    const ids = [...wanted];
    wanted = new Set();
    const gen = generation;
    try {
      const found = await load(ids);
      if (gen !== generation) return;
      const next = new Map(read.value);
      for (const id of ids) next.set(id, found.get(id) ?? null);
      read.value = next;
    } catch (e) {
      for (const id of ids) asked.delete(id);
      onError(e);
    }
  };

  return {
    url(photo) {
      if (photo.thumbnail) return urls.url(photo.thumbnail);
      const blob = read.value.get(photo.sha256);
      if (blob === undefined && !asked.has(photo.sha256)) {
        asked.add(photo.sha256);
        if (!wanted.size) queueMicrotask(() => void flush());
        wanted.add(photo.sha256);
      }
      return urls.url(blob ?? undefined);
    },
    reset() {
      generation++;
      urls.revokeAll();
      asked = new Set();
      wanted = new Set();
      read.value = new Map();
    },
  };
}
