// Records as they sit in IndexedDB: the contract types plus fields derived for indexes. Derived fields
// are added on every write and stripped on every read, so callers only ever see the contract types.
import type { Thresholds } from '@/utils/triage/thresholds';
import type { BuyerDetails, Order, PhotoRecord, Settings } from './types';

export interface StoredOrder extends Order {
  /** Normalised PO numbers (see poKey), indexed multiEntry. */
  poKeys: string[];
}

export interface StoredPhoto extends PhotoRecord {
  /** Message ids of all origins, indexed multiEntry. */
  messageIds: string[];
}

/** Only what the buyer changed: defaults are merged on read, so improved defaults reach everyone. */
export type StoredSettings = {
  [K in Exclude<keyof Settings, 'thresholds' | 'buyer'>]?: Settings[K];
} & { thresholds?: Partial<Thresholds>; buyer?: Partial<BuyerDetails> };

export const SETTINGS_KEY = 'settings';

/**
 * `PO-2026-0412`, `po 2026 0412`, `PO#２０２６/0412` and `2026-0412` all become `20260412`: suppliers
 * rewrite PO numbers freely (full-width digits from Chinese input methods, dropped prefixes).
 */
export function poKey(text: string): string {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return compact.replace(/^PO(?:NO|NUMBER)?(?=\d)/, '');
}

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
  return { ...photo, messageIds: unique(ids) };
}

export function fromStoredPhoto(stored: StoredPhoto): PhotoRecord {
  const { messageIds: _, ...photo } = stored;
  return photo;
}
