// @vitest-environment node
// The weakest-link note's reads (utils/record/history readRecentSupplierHistory): the supplier's latest
// orders, one by one, until three stages with photos are found. Given list rows (id and date only), it
// reads whole only the orders it needs: the popup's cost at 5,000 orders.
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, expect, it, vi } from 'vitest';
import { readRecentSupplierHistory } from '@/utils/record/history';
import { addOrder, deleteOrder } from '@/utils/store/orders';
import { savePhoto } from '@/utils/store/photos';
import { addSupplier } from '@/utils/store/suppliers';
import type { Order, Stage } from '@/utils/store/types';
import { freshStores } from './helpers/fresh-stores';
import { shot, text } from './helpers/shots';

const { open } = freshStores();
afterEach(() => vi.restoreAllMocks());

const stages: Stage[] = ['a', 'b', 'c'].map((id) => ({
  id,
  kind: 'during-production',
  name: text(id),
  shots: [shot(`${id}-shot`)],
}));
const report = {
  format: 'jpeg' as const,
  width: 4000,
  height: 3000,
  bytes: 3e6,
  bytesRead: 16384,
  findings: [],
  verdict: 'ok' as const,
};
let n = 0;
const photo = (orderId: string, stageId: string) => ({
  sha256: (++n).toString(16).padStart(64, '0'),
  report,
  origins: [
    {
      source: 'gmail' as const,
      fileName: `${n}.jpg`,
      receivedAt: '2026-11-20T02:31:00.000Z',
      messageId: `m${n}`,
    },
  ],
  orderId,
  stageId,
});

it('reads whole only the orders it needs, newest first, and passes over one deleted since', async () => {
  const store = await open();
  const supplierId = (
    await addSupplier(store, { company: 'Huamei', emails: [], domains: [], replyLanguages: ['en'] })
  ).id;
  const orders: Order[] = [];
  for (let i = 0; i < 6; i++)
    orders.push(await addOrder(store, { poNumbers: [`PO-${i}`], supplierId, product: 'Tote', stages }));
  // Oldest to newest by updatedAt: each order's photos in one stage; the newest was deleted since.
  for (const o of orders.slice(0, 5)) await savePhoto(store, photo(o.id, 'a'));
  const refs = orders.map((o, i) => ({ id: o.id, updatedAt: `2026-11-0${i + 1}T00:00:00.000Z` }));
  await deleteOrder(store, orders[5]!.id);
  const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
  const orderReads = () => gets.mock.contexts.filter((os) => (os as IDBObjectStore).name === 'orders').length;

  const h = await readRecentSupplierHistory(store, refs, 3, 10);
  // The deleted one, then three orders with one stage each: four read, the three kept, newest first.
  expect(h.orders.map((o) => o.poNumbers[0])).toEqual(['PO-4', 'PO-3', 'PO-2']);
  expect(h.photos).toHaveLength(3);
  expect(orderReads()).toBe(4);

  // Whole orders given: none read again.
  gets.mockClear();
  const whole = await readRecentSupplierHistory(store, orders.slice(0, 5), 3, 10);
  expect(whole.orders).toHaveLength(3);
  expect(orderReads()).toBe(0);
});
