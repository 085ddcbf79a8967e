// Re-requests sent to suppliers, so the next email can be compared with what was asked.
import type { Store } from './db';
import { validationError } from './errors';
import { countRequest } from './summaries';
import { assertValid, newId, notFound, now, read, type Tx, write } from './tx';
import type { RequestLogEntry, Timestamp } from './types';
import { assignmentProblems, validateRequest } from './validate';

export type RequestDraft = Omit<RequestLogEntry, 'id' | 'askedAt' | 'answeredAt'> & { askedAt?: Timestamp };

async function checkOrder(tx: Tx<['requests', 'orders', 'summaries'], 'readwrite'>, entry: RequestLogEntry) {
  const order = await tx.objectStore('orders').get(entry.orderId);
  const problems = assignmentProblems(entry, 'request', {
    hasSupplier: () => true,
    hasReferencePhoto: () => true,
    order: () => order,
  });
  if (problems.length) throw validationError('Request not logged', problems);
}

export async function logRequest(store: Store, draft: RequestDraft): Promise<RequestLogEntry> {
  const entry: RequestLogEntry = { ...draft, id: newId(), askedAt: draft.askedAt ?? now() };
  assertValid(validateRequest, entry, 'request', 'Request not logged');
  return write(store, ['requests', 'orders', 'summaries'], async (tx) => {
    await checkOrder(tx, entry);
    await tx.objectStore('requests').put(entry);
    await countRequest(tx, entry, 1);
    return entry;
  });
}

const oldestFirst = (a: RequestLogEntry, b: RequestLogEntry) => Date.parse(a.askedAt) - Date.parse(b.askedAt);

export async function requestsForOrder(store: Store, orderId: string): Promise<RequestLogEntry[]> {
  const all = await read(store, ['requests'], (tx) =>
    tx.objectStore('requests').index('orderId').getAll(orderId),
  );
  return all.sort(oldestFirst);
}

/** Requests the supplier has not answered yet, oldest first; for one order or all. */
export async function openRequests(store: Store, orderId?: string): Promise<RequestLogEntry[]> {
  const all = await read(store, ['requests'], (tx) => {
    const requests = tx.objectStore('requests');
    return orderId === undefined ? requests.getAll() : requests.index('orderId').getAll(orderId);
  });
  return all.filter((r) => r.answeredAt === undefined).sort(oldestFirst);
}

export function markAnswered(store: Store, id: string, at: Timestamp = now()): Promise<RequestLogEntry> {
  return write(store, ['requests', 'orders', 'summaries'], async (tx) => {
    const old = await tx.objectStore('requests').get(id);
    if (!old) throw notFound('Request', id);
    const next = { ...old, answeredAt: old.answeredAt ?? at };
    assertValid(validateRequest, next, 'request', 'Request not updated');
    await tx.objectStore('requests').put(next);
    // The supplier's answered count and days to the answer, in the same transaction.
    if (!old.answeredAt) {
      await countRequest(tx, old, -1);
      await countRequest(tx, next, 1);
    }
    return next;
  });
}
