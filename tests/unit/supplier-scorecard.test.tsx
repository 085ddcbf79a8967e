// The supplier page's scorecard (issue 18): its figures come from the supplier's summary, and every figure
// opens the photos (or stages) behind it, the same ones the pure scorecard names over the records, even
// before the orders desk has loaded its photos.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import * as desk from '@/components/options/data';
import { SupplierScorecard } from '@/components/record/SupplierScorecard';
import {
  addOrder,
  addSupplier,
  listOrders,
  listPhotos,
  logRequest,
  markAnswered,
  openStore,
  savePhoto,
  setPhotoStatus,
} from '@/utils/store';
import type { PhotoInput } from '@/utils/store/photos';
import type { Stage } from '@/utils/store/types';
import { computeScorecard } from '@/utils/triage/scorecard';
import { scorecardInput } from '@/utils/triage/scorecard-input';
import { shot, text } from './helpers/shots';

const stage = (id: string, due: string): Stage => ({
  id,
  kind: 'custom',
  name: text(id.toUpperCase()),
  gate: { label: text('g'), dueDate: due },
  shots: [shot('front'), shot('label')],
});
const SHA = (n: number) => n.toString(16).padStart(64, '0');
const report = (
  findings: { code: 'too-small' | 'blurry' | 'chat-recompressed'; severity: 'fail' | 'warn' }[],
) => ({
  format: 'jpeg' as const,
  width: 4000,
  height: 3000,
  bytes: 3e6,
  bytesRead: 16_000,
  findings,
  verdict: findings.some((f) => f.severity === 'fail') ? ('fail' as const) : ('ok' as const),
});
const photo = (n: number, day: string, over: Partial<PhotoInput>): PhotoInput => ({
  sha256: SHA(n),
  report: report([]),
  origins: [
    { source: 'gmail', fileName: `IMG_${n}.jpg`, receivedAt: `${day}T03:00:00.000Z`, messageId: `m${n}` },
  ],
  ...over,
});

const until = (fn: () => void) => vi.waitFor(fn, { timeout: 4000, interval: 20 });

describe('supplier scorecard on the supplier page', () => {
  it('shows the figures from the summary and opens what is behind each one', async () => {
    const store = await openStore();
    const supplier = await addSupplier(store, {
      company: 'Ningbo Huamei',
      emails: ['amy@huamei.cn'],
      domains: [],
      replyLanguages: ['en'],
    });
    const order = await addOrder(store, {
      poNumbers: ['PO-7'],
      supplierId: supplier.id,
      product: 'Tote',
      stages: [stage('pp', '2026-11-10'), stage('ps', '2026-11-25')],
    });
    const o = { orderId: order.id };
    // pp: front good then accepted; label too small, then blurry. ps: front a chat-app copy; a loose photo.
    await savePhoto(store, photo(1, '2026-11-02', { ...o, stageId: 'pp', shotId: 'front' }));
    await savePhoto(
      store,
      photo(2, '2026-11-03', {
        ...o,
        stageId: 'pp',
        shotId: 'label',
        report: report([{ code: 'too-small', severity: 'fail' }]),
      }),
    );
    await savePhoto(
      store,
      photo(3, '2026-11-05', {
        ...o,
        stageId: 'pp',
        shotId: 'label',
        report: report([{ code: 'blurry', severity: 'fail' }]),
      }),
    );
    await savePhoto(
      store,
      photo(4, '2026-11-20', {
        ...o,
        stageId: 'ps',
        shotId: 'front',
        report: report([{ code: 'chat-recompressed', severity: 'warn' }]),
      }),
    );
    await savePhoto(store, photo(5, '2026-11-21', { ...o, stageId: 'ps' }));
    await setPhotoStatus(store, SHA(1), { state: 'accepted' });
    const r1 = await logRequest(store, {
      ...o,
      stageId: 'pp',
      channel: 'gmail',
      items: [],
      askedAt: '2026-11-03T08:00:00.000Z',
    });
    await logRequest(store, {
      ...o,
      stageId: 'ps',
      channel: 'gmail',
      items: [],
      askedAt: '2026-11-20T08:00:00.000Z',
    });
    await markAnswered(store, r1.id, '2026-11-05T08:00:00.000Z');
    const card = computeScorecard(
      scorecardInput(await listOrders(store), await listPhotos(store), await store.db.getAll('requests')),
      { from: '2025-11-30', to: '2026-11-30' },
      '2026-11-30',
    );
    store.close();

    // The desk has not loaded its photos (20 000 take seconds): the lists must not depend on them.
    desk.photos.value = [];
    desk.today.value = '2026-11-30';
    const root = document.createElement('div');
    document.body.append(root);
    render(<SupplierScorecard supplierId={supplier.id} />, root);
    const $ = (sel: string) => root.querySelector<HTMLElement>(sel);
    await until(() => expect($('[data-testid=score-received] button')).not.toBeNull());

    expect($('[data-testid=score-received] button')?.textContent).toBe('5');
    expect($('[data-testid=score-first-time] button')?.textContent).toBe('33% (1 of 3 shots)');
    expect($('[data-testid=score-problems]')?.textContent).toBe(
      'Most frequent problemstoo small: 1, blurry: 1, chat-app copies: 1',
    );
    expect($('[data-testid=score-requests] button')?.textContent).toBe('2 · answered in 2 days (median)');
    // pp's gate (10 November) passed with the label not accepted; ps's (25 November) with nothing accepted.
    expect($('[data-testid=score-gates] button')?.textContent).toBe('2');

    const listed = async (button: string) => {
      $(button)?.click();
      await until(() => expect($('[data-testid=scorecard-behind]')?.getAttribute('aria-label')).toBeTruthy());
      const list = $('[data-testid=scorecard-behind]')!;
      return {
        title: list.getAttribute('aria-label'),
        photos: [...list.querySelectorAll('li[data-sha256]')].map((li) => li.getAttribute('data-sha256')),
        items: [...list.querySelectorAll('li')].map((li) => li.textContent),
      };
    };
    const sorted = (a: (string | null)[]) => [...a].sort();

    const received = await listed('[data-testid=score-received] button');
    expect(sorted(received.photos)).toEqual(sorted(card.photosReceived.photos));
    expect(received.photos).toHaveLength(5);
    expect(received.items[0]).toMatch(/IMG_\d\.jpgPO-7/);

    const firstTime = await listed('[data-testid=score-first-time] button');
    expect(firstTime.title).toBe('First photos of a shot that were not good');
    // The label's first photo (too small) and ps's front (a chat-app copy).
    expect(sorted(firstTime.photos)).toEqual([SHA(2), SHA(4)]);

    for (const [problem, sha] of [
      ['too-small', SHA(2)],
      ['blurry', SHA(3)],
      ['chat-app', SHA(4)],
    ] as const) {
      const behind = await listed(`[data-testid=score-problems] button[data-problem=${problem}]`);
      expect(behind.photos, problem).toEqual([sha]);
    }

    const requests = await listed('[data-testid=score-requests] button');
    expect(requests.items).toEqual(['PO-7 · PP', 'PO-7 · PS']);
    const gates = await listed('[data-testid=score-gates] button');
    expect(gates.items).toEqual(['PO-7 · PP', 'PO-7 · PS']);
    expect(gates.title).toBe('Gates passed without the required photos');
    render(null, root);
    root.remove();
  });
});
