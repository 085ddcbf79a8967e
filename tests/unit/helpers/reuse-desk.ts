// A small desk with reuse across orders, for the tests that check a screen reads only what it needs
// (an order's photos, a stage's, their near copies) and still builds the checklist a read of every photo
// builds: four orders of one supplier, two stages each, photos filed round them.
import type { Store } from '@/utils/store/db';
import { addOrder } from '@/utils/store/orders';
import { type PhotoInput, savePhoto } from '@/utils/store/photos';
import { addSupplier } from '@/utils/store/suppliers';
import type { Order, Stage } from '@/utils/store/types';
import { prng } from './fixtures';
import { report } from './report';
import { shot, text } from './shots';

const stages = (): Stage[] => [
  { id: 'pp', kind: 'pre-production', name: text('PP'), shots: [shot('fabric'), shot('label')] },
  { id: 'dp', kind: 'during-production', name: text('DP'), shots: [shot('seam')], dueDate: '2026-12-01' },
];

/**
 * `photos` photos filed round the orders and stages: every third too small (a fail), every fourth from
 * the second on accepted, every fifth from the fifth on a near copy (3 bits off) of one filed three
 * before for another order. `photo` changes a photo before it is filed (its source, a thumbnail).
 */
export async function seedReuseDesk(
  store: Store,
  {
    photos,
    seed,
    photo = (_, input) => input,
  }: {
    photos: number;
    seed: number;
    photo?: (n: number, input: PhotoInput) => PhotoInput;
  },
): Promise<Order[]> {
  const rand = prng(seed);
  const hex16 = () => Array.from({ length: 16 }, () => Math.floor(rand() * 16).toString(16)).join('');
  const supplier = await addSupplier(store, {
    company: 'F',
    emails: [],
    domains: [],
    replyLanguages: ['en'],
  });
  const orders: Order[] = [];
  for (let i = 0; i < 4; i++)
    orders.push(
      await addOrder(store, {
        poNumbers: [`PO-${i}`],
        supplierId: supplier.id,
        product: 'Tote',
        stages: stages(),
      }),
    );
  const hashes: string[] = [];
  for (let n = 0; n < photos; n++) {
    const o = orders[n % 4]!;
    const st = o.stages[n % 2]!;
    const dHash =
      n >= 5 && n % 5 === 0
        ? (BigInt(`0x${hashes[n - 3]}`) ^ 0x10204n).toString(16).padStart(16, '0')
        : hex16();
    hashes.push(dHash);
    const sha256 = n.toString(16).padStart(64, '0');
    await savePhoto(
      store,
      photo(n, {
        sha256,
        dHash,
        report: report(n % 3 ? { sha256 } : { sha256, width: 640, height: 480, verdict: 'fail' }),
        origins: [
          {
            source: 'gmail',
            fileName: `IMG_${n}.jpg`,
            receivedAt: `2026-11-${10 + (n % 15)}T02:00:00.000Z`,
            messageId: `m${n}`,
            orderId: o.id,
          },
        ],
        orderId: o.id,
        stageId: st.id,
        shotId: st.shots[n % st.shots.length]!.id,
        ...(n % 4 === 1 && { status: { state: 'accepted', at: '2026-11-30T00:00:00.000Z' } }),
      }),
    );
  }
  return orders;
}
