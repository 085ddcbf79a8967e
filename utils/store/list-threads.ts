// The message list's questions to the store: what has been found in these threads (one read for a whole
// list, by the thread indexes), and which supplier threads with photos were seen there, for the popup.
import type { Store } from './db';
import { fromStoredPhoto } from './stored';
import { assertValid, now, read, write } from './tx';
import type { ListThread, PhotoRecord, RequestLogEntry, ThreadOrder, Timestamp } from './types';
import type { Validator } from './validate';

/** What the store knows of one thread: its filed photos, the requests still open, the order picked for it. */
export interface ThreadFindings {
  photos: Pick<PhotoRecord, 'report' | 'status' | 'origins'>[];
  openRequests: Pick<RequestLogEntry, 'id' | 'askedAt' | 'orderId'>[];
  order?: ThreadOrder;
}

/** One read transaction for all of `threadIds`, each answered from the thread indexes, never a scan. */
export function findingsOfThreads(store: Store, threadIds: string[]): Promise<Map<string, ThreadFindings>> {
  const ids = [...new Set(threadIds)];
  return read(store, ['photos', 'requests', 'threads'], async (tx) => {
    const photos = tx.objectStore('photos').index('threadId');
    const requests = tx.objectStore('requests').index('threadId');
    const threads = tx.objectStore('threads');
    const entries = await Promise.all(
      ids.map(async (id) => {
        const [stored, asked, order] = await Promise.all([
          photos.getAll(id),
          requests.getAll(id),
          threads.get(id),
        ]);
        const findings: ThreadFindings = {
          // Only what a mark needs: thumbnails stay in the background.
          photos: stored.map((s) => {
            const { report, status, origins } = fromStoredPhoto(s);
            return { report, status, origins };
          }),
          openRequests: asked
            .filter((r) => r.answeredAt === undefined)
            .map(({ id: requestId, askedAt, orderId }) => ({ id: requestId, askedAt, orderId })),
          order,
        };
        return [id, findings] as const;
      }),
    );
    return new Map(entries);
  });
}

export type ListThreadSighting = Omit<ListThread, 'firstSeenAt' | 'lastSeenAt'>;

const FIELDS: Record<keyof ListThread, (v: unknown) => boolean> = {
  threadId: (v) => typeof v === 'string' && v.length > 0 && v.length <= 200,
  client: (v) => v === 'gmail' || v === 'outlook',
  supplierId: (v) => typeof v === 'string' && v.length > 0,
  subject: (v) => typeof v === 'string' && v.length <= 1000,
  attachmentNames: (v) =>
    Array.isArray(v) && v.length <= 200 && v.every((n) => typeof n === 'string' && n.length <= 500),
  pageUrl: (v) => typeof v === 'string' && /^https:\/\/[^/]+\//.test(v) && v.length <= 500,
  firstSeenAt: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  lastSeenAt: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
};

export const validateListThread: Validator = (value, path) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${path}: not a record`];
  const record = value as Record<string, unknown>;
  const problems = Object.entries(FIELDS)
    .filter(([key, ok]) => !ok(record[key]))
    .map(([key]) => `${path}.${key}: missing or malformed`);
  for (const key of Object.keys(record))
    if (!Object.hasOwn(FIELDS, key)) problems.push(`${path}.${key}: unknown field`);
  return problems;
};

/** Remember supplier threads seen in a list; a thread seen again keeps when it was first seen. */
export function noteListThreads(
  store: Store,
  sightings: ListThreadSighting[],
  at: Timestamp = now(),
): Promise<number> {
  if (sightings.length === 0) return Promise.resolve(0);
  return write(store, ['listThreads'], async (tx) => {
    const os = tx.objectStore('listThreads');
    let changed = 0;
    await Promise.all(
      sightings.map(async (s) => {
        const old = await os.get(s.threadId);
        const next: ListThread = { ...s, firstSeenAt: old?.firstSeenAt ?? at, lastSeenAt: at };
        assertValid(validateListThread, next, 'listThread', 'Thread not remembered');
        await os.put(next);
        changed++;
      }),
    );
    return changed;
  });
}

/** The threads seen most recently, newest first. */
export function recentListThreads(store: Store, limit = 50): Promise<ListThread[]> {
  return read(store, ['listThreads'], async (tx) => {
    const out: ListThread[] = [];
    let cursor = await tx.objectStore('listThreads').index('lastSeenAt').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  });
}
