// The order a Gmail/Outlook thread belongs to, as the buyer picked it: remembered per thread so the
// next message in the thread is matched without asking again. Deleting the order forgets it (orders.ts).
import type { Store } from './db';
import { validationError } from './errors';
import { assertValid, now, read, write } from './tx';
import type { ThreadOrder } from './types';
import { threadRefProblems, validateThread } from './validate';

export type ThreadOrderDraft = Omit<ThreadOrder, 'updatedAt'>;

/** Remember (or change) the order of a thread. Refused ('validation') if the order does not exist. */
export async function rememberThreadOrder(store: Store, draft: ThreadOrderDraft): Promise<ThreadOrder> {
  const entry: ThreadOrder = { ...draft, updatedAt: now() };
  assertValid(validateThread, entry, 'thread', 'Thread not remembered');
  return write(store, ['threads', 'orders'], async (tx) => {
    const order = await tx.objectStore('orders').get(entry.orderId);
    const problems = threadRefProblems(entry, 'thread', {
      hasSupplier: () => true,
      hasReferencePhoto: () => true,
      order: () => order,
    });
    if (problems.length) throw validationError('Thread not remembered', problems);
    await tx.objectStore('threads').put(entry);
    return entry;
  });
}

/** The order remembered for the thread, if any. */
export function threadOrder(store: Store, threadId: string): Promise<ThreadOrder | undefined> {
  return read(store, ['threads'], (tx) => tx.objectStore('threads').get(threadId));
}

/** Forget the thread's order (the buyer picked "not this order"); false if nothing was remembered. */
export function forgetThread(store: Store, threadId: string): Promise<boolean> {
  return write(store, ['threads'], async (tx) => {
    const existed = (await tx.objectStore('threads').getKey(threadId)) !== undefined;
    await tx.objectStore('threads').delete(threadId);
    return existed;
  });
}
