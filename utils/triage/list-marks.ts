// What a message-list row says about a supplier thread, from what the store already knows of it: pure.
// Nothing is downloaded for the list; a thread nobody opened yet is just "supplier photos".
import type { PhotoRecord, RequestLogEntry, Supplier, ThreadOrder } from '@/utils/store/types';
import { assess } from './assess';
import { chooseOrder, type OrderRef } from './match';
import type { Thresholds } from './thresholds';

export type ListMarkState =
  /** Photos (or a zip) from a known supplier, not checked yet. */
  | 'unchecked'
  /** Checked: something must be asked for again. */
  | 'retake'
  /** A re-request went out and no answer has come yet. */
  | 'awaiting'
  /** Checked, nothing to ask for. */
  | 'good';

export interface ListMark {
  threadId: string;
  state: ListMarkState;
  /** Photos judged fine (accepted, or good by the rules and not rejected). */
  good: number;
  /** Photos to ask for again (rejected, or failing the rules and not accepted). */
  retake: number;
  /** Photos worth a look (warnings), neither accepted nor rejected. */
  check: number;
  /** The order's PO when known (the thread's remembered order, or a PO in the subject). */
  po?: string;
  /** The oldest re-request of the thread still unanswered. */
  awaitingSince?: string;
}

export interface ListMarkInput {
  threadId: string;
  photos: Pick<PhotoRecord, 'report' | 'status' | 'origins'>[];
  openRequests: Pick<RequestLogEntry, 'askedAt'>[];
  po?: string;
  thresholds: Thresholds;
}

export function listMark(input: ListMarkInput): ListMark {
  let good = 0;
  let retake = 0;
  let check = 0;
  for (const photo of input.photos) {
    if (photo.status.state === 'accepted') good++;
    else if (photo.status.state === 'rejected') retake++;
    else {
      const { verdict } = assess(photo.report, input.thresholds, {
        receivedAt: photo.origins[0]?.receivedAt,
      });
      if (verdict === 'ok') good++;
      else if (verdict === 'warn') check++;
      else retake++;
    }
  }
  const awaitingSince = input.openRequests.map((r) => r.askedAt).sort()[0];
  const state: ListMarkState = awaitingSince
    ? 'awaiting'
    : input.photos.length === 0
      ? 'unchecked'
      : retake > 0
        ? 'retake'
        : 'good';
  return { threadId: input.threadId, state, good, retake, check, po: input.po, awaitingSince };
}

/** What the store knows of a thread (utils/store/list-threads findingsOfThreads). */
export interface ThreadKnowledge {
  photos: ListMarkInput['photos'];
  openRequests: ListMarkInput['openRequests'];
  order?: Pick<ThreadOrder, 'orderId'>;
}

/**
 * The mark of a supplier's thread: its PO from the order remembered for the thread, else a PO in the
 * subject among the supplier's orders (never a guess from the supplier's only order: the list says less,
 * not something wrong).
 */
export function markThread(input: {
  threadId: string;
  subject: string;
  supplier: Supplier;
  known?: ThreadKnowledge;
  /** Whole orders or list rows: only their ids, suppliers, statuses and PO numbers are read. */
  orders: OrderRef[];
  thresholds: Thresholds;
}): ListMark {
  const { threadId, subject, supplier, known, orders, thresholds } = input;
  const choice = chooseOrder({ subject, body: '', supplier, orders, remembered: known?.order?.orderId });
  const named = choice.reason === 'remembered' || choice.reason === 'po';
  return listMark({
    threadId,
    photos: known?.photos ?? [],
    openRequests: known?.openRequests ?? [],
    po: named ? choice.order?.poNumbers[0] : undefined,
    thresholds,
  });
}
