// The orders list's counts: the near-duplicate index finds exactly what a full comparison finds, the
// summaries equal buildChecklist over the whole store, and 500 orders with 20 000 photos stay fast.
import { describe, expect, it } from 'vitest';
import { createNearIndex } from '@/components/desk/near-index';
import { summarizeOrder, summaryContext } from '@/components/desk/summary';
import { filterRows, orderRows } from '@/components/options/order-rows';
import { hammingDistance } from '@/utils/photo/pixel-metrics';
import type { Order, PhotoRecord, Supplier } from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { prng } from './helpers/fixtures';

const hex16 = (rand: () => number) =>
  Array.from({ length: 16 }, () => Math.floor(rand() * 16).toString(16)).join('');

/** Flip `bits` distinct bits of a 16-hex-digit hash. */
function flip(hash: string, bits: number, rand: () => number): string {
  let v = BigInt(`0x${hash}`);
  const used = new Set<number>();
  while (used.size < bits) used.add(Math.floor(rand() * 64));
  for (const b of used) v ^= 1n << BigInt(b);
  return v.toString(16).padStart(16, '0');
}

const at = (day: number) => new Date(Date.UTC(2026, 9, 1) + day * 86_400_000).toISOString();

function photo(sha: number, dHash: string, over: Partial<PhotoRecord> = {}): PhotoRecord {
  return {
    sha256: sha.toString(16).padStart(64, '0'),
    dHash,
    report: {
      format: 'jpeg',
      width: 4000,
      height: 3000,
      bytes: 3e6,
      bytesRead: 16_000,
      findings: [],
      verdict: 'ok',
    },
    origins: [
      { source: 'gmail', fileName: `IMG_${sha}.jpg`, receivedAt: at(sha % 50), messageId: `m${sha}` },
    ],
    status: { state: 'pending' },
    createdAt: at(sha % 50),
    updatedAt: at(sha % 50),
    ...over,
  };
}

describe('near-duplicate index', () => {
  it('finds every photo within the distance, and only those, like a full comparison', () => {
    const rand = prng(7);
    const photos: PhotoRecord[] = [];
    for (let i = 0; i < 400; i++) photos.push(photo(i, hex16(rand)));
    // Near copies at every distance up to 12 bits from a few originals.
    for (let i = 0; i < 120; i++) photos.push(photo(1000 + i, flip(photos[i % 10]!.dHash!, i % 13, rand)));
    for (const bits of [0, 3, 8, 10]) {
      const index = createNearIndex(photos, bits);
      for (const p of photos.slice(0, 30).concat(photos.slice(400, 430))) {
        const expected = photos
          .filter((q) => hammingDistance(q.dHash!, p.dHash!) <= bits)
          .map((q) => q.sha256)
          .sort();
        expect(
          index
            .near(p)
            .map((q) => q.sha256)
            .sort(),
        ).toEqual(expected);
      }
    }
  });

  it('uses the pixel stage dHash when the record has none, and ignores photos without one', () => {
    const base = photo(1, 'ffff0000ffff0000');
    const fromPixels = photo(2, '', {
      report: {
        ...base.report,
        pixels: {
          ok: true,
          metrics: {
            sampleWidth: 1,
            sampleHeight: 1,
            sharpness: 1,
            meanLuminance: 1,
            clippedDark: 0,
            clippedBright: 0,
            dHash: 'ffff0000ffff0001',
          },
        },
      },
    });
    delete fromPixels.dHash;
    const none = photo(3, '');
    delete none.dHash;
    const index = createNearIndex([base, fromPixels, none], 8);
    expect(index.near(base).map((p) => p.sha256)).toEqual([base.sha256, fromPixels.sha256]);
    expect(index.near(none)).toEqual([]);
  });
});

// ---- a synthetic desk: 500 orders, 20 000 photos ----

const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'pre-shipment')!;
const sample = BUILT_IN_TEMPLATES.find((t) => t.kind === 'sample')!;

function desk(orderCount: number, photoCount: number) {
  const rand = prng(42);
  const suppliers: Supplier[] = Array.from({ length: 20 }, (_, i) => ({
    id: `s${i}`,
    company: `Factory ${i}`,
    emails: [],
    domains: [],
    replyLanguages: ['en'],
    createdAt: at(0),
    updatedAt: at(0),
  }));
  let nextShot = 0;
  const orders: Order[] = Array.from({ length: orderCount }, (_, i) => {
    const stages = [
      stageFromTemplate(sample, { id: `o${i}-sample`, dueDate: '2026-10-20' }, () => `sh${nextShot++}`),
      stageFromTemplate(
        template,
        { id: `o${i}-psi`, gateDueDate: `2026-12-${String((i % 28) + 1).padStart(2, '0')}` },
        () => `sh${nextShot++}`,
      ),
    ];
    return {
      id: `o${i}`,
      poNumbers: [`PO-2026-${String(i).padStart(4, '0')}`],
      supplierId: `s${i % 20}`,
      product: `Product ${i}`,
      stages,
      currentStageId: stages[1]!.id,
      status: i % 10 === 0 ? 'shipped' : 'open',
      createdAt: at(0),
      updatedAt: at(0),
    };
  });
  const originals: string[] = [];
  const photos: PhotoRecord[] = [];
  for (let i = 0; i < photoCount; i++) {
    const order = orders[i % orderCount]!;
    const stage = order.stages[(i >> 3) % 2]!;
    const shot = stage.shots[i % stage.shots.length]!;
    // One in fifty is a resized copy of an earlier photo (reused), the rest are new pictures.
    const dHash = i % 50 === 49 ? flip(originals[i - 40]!, 3, rand) : hex16(rand);
    originals.push(dHash);
    photos.push(
      photo(i + 1, dHash, {
        orderId: order.id,
        stageId: stage.id,
        shotId: shot.id,
        origins: [
          {
            source: 'gmail',
            fileName: `IMG_${i}.jpg`,
            receivedAt: at(i % 50),
            messageId: `m${i >> 2}`,
            orderId: order.id,
          },
        ],
        status: i % 7 === 0 ? { state: 'accepted', at: at(60) } : { state: 'pending' },
      }),
    );
  }
  return { suppliers, orders, photos };
}

describe('order summaries', () => {
  it('equal buildChecklist with the whole store as history', () => {
    const { orders, photos } = desk(40, 2000);
    const ctx = summaryContext({ photos, orders, thresholds: DEFAULT_THRESHOLDS, today: '2026-11-26' });
    let reused = 0;
    for (const order of orders) {
      const summary = summarizeOrder(order, ctx);
      for (const { stage, checklist } of summary.stages) {
        const full = buildChecklist({
          order,
          stage,
          photos: photos.filter((p) => p.orderId === order.id && p.stageId === stage.id),
          history: photos,
          thresholds: DEFAULT_THRESHOLDS,
          today: '2026-11-26',
          orders,
        });
        expect(checklist.counts).toEqual(full.counts);
        expect(checklist.findings).toEqual(full.findings);
        expect(checklist.gate).toEqual(full.gate);
        reused += checklist.reused.length;
      }
      expect(summary.current?.stage.id).toBe(order.currentStageId);
    }
    // The synthetic store has reused photos, so the comparison covered reuse detection too.
    expect(reused).toBeGreaterThan(10);
  });

  it('the next gate is the soonest stage not cleared', () => {
    const { orders, photos } = desk(3, 0);
    const ctx = summaryContext({ photos, orders, thresholds: DEFAULT_THRESHOLDS, today: '2026-11-26' });
    const s = summarizeOrder(orders[0]!, ctx);
    // The sample stage was due 2026-10-20 (overdue), the pre-shipment gate 2026-12-01.
    expect(s.nextDue?.stage.id).toBe('o0-sample');
    expect(s.nextDue?.checklist.gate.overdue).toBe(true);
  });

  // How fast this is belongs to `npm run bench`, not here: timed tests wobble on shared machines.
  it('500 orders and 20 000 photos: every order summarised, search finds by PO', () => {
    const { suppliers, orders, photos } = desk(500, 20_000);
    const ctx = summaryContext({ photos, orders, thresholds: DEFAULT_THRESHOLDS, today: '2026-11-26' });
    const rows = orderRows(
      orders.map((o) => summarizeOrder(o, ctx)),
      new Map(suppliers.map((s) => [s.id, s])),
    );
    expect(rows).toHaveLength(500);
    expect(filterRows(rows, 'po-2026-0049', 'all').map((r) => r.id)).toEqual(['o49']);
  });
});
