// Records as they sit in IndexedDB: the contract types plus fields derived for indexes. Derived fields
// are added on every write and stripped on every read, so callers only ever see the contract types.
import { poKey } from '@/utils/triage/match';
import type { Thresholds } from '@/utils/triage/thresholds';
import type { BuyerDetails, Order, PhotoRecord, Settings } from './types';

export interface StoredOrder extends Order {
  /** Normalised PO numbers (utils/triage/match poKey), indexed multiEntry. */
  poKeys: string[];
}

/** A photo record without its thumbnail (kept in the thumbnails store since schema v4). */
export interface StoredPhoto extends Omit<PhotoRecord, 'thumbnail'> {
  /** Message ids of all origins, indexed multiEntry. */
  messageIds: string[];
  /** Thread ids of all origins, indexed multiEntry (the message list asks by thread). */
  threadIds: string[];
}

export interface StoredThumbnail {
  sha256: string;
  blob: Blob;
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

/** The record as stored: derived index fields added, the thumbnail left out (it has its own store). */
export function toStoredPhoto(photo: PhotoRecord): StoredPhoto {
  const { thumbnail: _, ...rest } = photo;
  const ids = photo.origins.map((o) => o.messageId).filter((m): m is string => !!m);
  return { ...rest, messageIds: unique(ids), threadIds: threadIdsOf(photo) };
}

export function threadIdsOf(photo: Pick<PhotoRecord, 'origins'>): string[] {
  return unique(photo.origins.map((o) => o.threadId).filter((t): t is string => !!t));
}

export function fromStoredPhoto(stored: StoredPhoto): PhotoRecord {
  const { messageIds: _, threadIds: __, ...photo } = stored;
  return photo;
}
