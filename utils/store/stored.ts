// Records as they sit in IndexedDB: the contract types plus fields derived for indexes. Derived fields
// are added on every write and stripped on every read, so callers only ever see the contract types.
import { poKey } from '@/utils/triage/match';
import type { Thresholds } from '@/utils/triage/thresholds';
import type { BuyerDetails, Order, PhotoRecord, Settings } from './types';

export interface StoredOrder extends Order {
  /** Normalised PO numbers (utils/triage/match poKey), indexed multiEntry. */
  poKeys: string[];
}

export interface StoredPhoto extends PhotoRecord {
  /** Message ids of all origins, indexed multiEntry. */
  messageIds: string[];
  /** Thread ids of all origins, indexed multiEntry (the message list asks by thread). */
  threadIds: string[];
}

/** Only what the buyer changed: defaults are merged on read, so improved defaults reach everyone. */
export type StoredSettings = {
  [K in Exclude<keyof Settings, 'thresholds' | 'buyer'>]?: Settings[K];
} & { thresholds?: Partial<Thresholds>; buyer?: Partial<BuyerDetails> };

export const SETTINGS_KEY = 'settings';

const unique = <T>(xs: T[]) => [...new Set(xs)];

export function toStoredOrder(order: Order): StoredOrder {
  return { ...order, poKeys: unique(order.poNumbers.map(poKey).filter(Boolean)) };
}

export function fromStoredOrder(stored: StoredOrder): Order {
  const { poKeys: _, ...order } = stored;
  return order;
}

export function toStoredPhoto(photo: PhotoRecord): StoredPhoto {
  const ids = photo.origins.map((o) => o.messageId).filter((m): m is string => !!m);
  return { ...photo, messageIds: unique(ids), threadIds: threadIdsOf(photo) };
}

export function threadIdsOf(photo: Pick<PhotoRecord, 'origins'>): string[] {
  return unique(photo.origins.map((o) => o.threadId).filter((t): t is string => !!t));
}

export function fromStoredPhoto(stored: StoredPhoto): PhotoRecord {
  const { messageIds: _, threadIds: __, ...photo } = stored;
  return photo;
}
