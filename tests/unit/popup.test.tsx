// The popup: what needs attention across open orders, and how it reads.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarizeOrder, summaryContext } from '@/components/desk/summary';
import { attention } from '@/components/popup/attention';
import { PopupView } from '@/components/popup/PopupView';
import type { Order, OrderStatus, PhotoRecord, RequestLogEntry, Supplier } from '@/utils/store/types';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';

const at = '2026-11-20T08:00:00.000Z';
const template = (kind: string) => BUILT_IN_TEMPLATES.find((t) => t.kind === kind)!;
let n = 0;
const id = () => `id${n++}`;

function order(key: string, status: OrderStatus, gateDueDate: string): Order {
  const stage = stageFromTemplate(template('pre-shipment'), { id: `${key}-psi`, gateDueDate }, id);
  return {
    id: key,
    poNumbers: [`PO-${key}`],
    supplierId: 's1',
    product: `Product ${key}`,
    stages: [stage],
    currentStageId: stage.id,
    status,
    createdAt: at,
    updatedAt: at,
  };
}

const supplier: Supplier = {
  id: 's1',
  company: 'Ningbo Huamei',
  emails: [],
  domains: [],
  replyLanguages: ['en'],
  createdAt: at,
  updatedAt: at,
};

function accepted(o: Order, shotIndex: number, sha: number): PhotoRecord {
  const stage = o.stages[0]!;
  return {
    sha256: sha.toString(16).padStart(64, '0'),
    report: {
      format: 'jpeg',
      width: 4000,
      height: 3000,
      bytes: 3e6,
      bytesRead: 1,
      findings: [],
      verdict: 'ok',
    },
    origins: [{ source: 'dropped', fileName: `${sha}.jpg`, receivedAt: at, orderId: o.id }],
    orderId: o.id,
    stageId: stage.id,
    shotId: stage.shots[shotIndex]!.id,
    status: { state: 'accepted', at },
    createdAt: at,
    updatedAt: at,
  };
}

const soon = order('soon', 'open', '2026-11-28');
const late = order('late', 'open', '2026-11-20');
const held = order('held', 'on-hold', '2026-11-21');
// Every shot of `done` accepted: nothing needs the buyer there.
const done = order('done', 'open', '2026-11-22');
const photos = done.stages[0]!.shots.map((_, i) => accepted(done, i, 100 + i));
const orders = [soon, late, held, done];

const requests: RequestLogEntry[] = [
  {
    id: 'r1',
    orderId: 'soon',
    stageId: 'soon-psi',
    askedAt: '2026-11-23T12:00:00Z',
    channel: 'gmail',
    items: [{ text: 'a' }, { text: 'b' }],
  },
  {
    id: 'r2',
    orderId: 'late',
    stageId: 'late-psi',
    askedAt: '2026-11-26T09:00:00Z',
    channel: 'wechat',
    items: [{ text: 'a' }],
  },
  {
    id: 'r3',
    orderId: 'soon',
    stageId: 'soon-psi',
    askedAt: at,
    channel: 'gmail',
    items: [],
    answeredAt: at,
  },
  { id: 'r4', orderId: 'held', stageId: 'held-psi', askedAt: at, channel: 'gmail', items: [] },
];

function compute() {
  const ctx = summaryContext({ photos, orders, thresholds: DEFAULT_THRESHOLDS, today: '2026-11-26' });
  return attention(
    orders.map((o) => summarizeOrder(o, ctx)),
    new Map([[supplier.id, supplier]]),
    requests,
  );
}

describe('attention', () => {
  it('lists open orders only: stages missing photos, gates soonest first, unanswered requests oldest first', () => {
    const a = compute();
    expect(a.openOrders).toBe(3);
    expect(a.stages.map((s) => s.orderId).sort()).toEqual(['late', 'soon']);
    expect(a.stages[0]).toMatchObject({
      stage: { en: 'Pre-shipment' },
      missing: 11,
      poor: 0,
      supplier: 'Ningbo Huamei',
    });
    // `done` has cleared its gate; `held` is on hold.
    expect(a.gates.map((g) => [g.orderId, g.days, g.overdue])).toEqual([
      ['late', -6, true],
      ['soon', 2, false],
    ]);
    expect(a.gates[0]!.gate?.en).toBe('packing and shipping');
    expect(a.requests.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});

describe('<PopupView>', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"></div>';
    root = document.getElementById('app')!;
  });
  afterEach(() => render(null, root));
  const now = new Date('2026-11-26T12:00:00Z');

  it('welcomes a buyer without orders and offers to add the first', () => {
    const open = vi.fn();
    act(() =>
      render(
        <PopupView
          attention={{ openOrders: 0, stages: [], gates: [], requests: [] }}
          orderCount={0}
          now={now}
          open={open}
        />,
        root,
      ),
    );
    expect(root.textContent).toContain('Welcome');
    act(() =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add your first order')!.click(),
    );
    expect(open).toHaveBeenCalledWith('/options.html#/orders/new');
  });

  it('shows the counts, overdue gates in red, how long requests wait; each line opens its order', () => {
    const open = vi.fn();
    act(() => render(<PopupView attention={compute()} orderCount={4} now={now} open={open} />, root));
    const late = root.querySelector<HTMLElement>('[data-order-id=late][data-missing]')!;
    expect(late.dataset).toMatchObject({ missing: '11', poor: '0' });
    const overdue = root.querySelector('.pp-overdue');
    expect(overdue?.textContent).toBe('6 days overdue');
    expect(root.textContent).toContain('2 items asked by email');
    expect(root.textContent).toContain('1 item asked by WeChat');
    expect(root.textContent).toContain('3 days ago');
    act(() => late.closest('a')!.click());
    expect(open).toHaveBeenCalledWith('/options.html#/orders/late');
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=open-check]')!.click());
    expect(open).toHaveBeenLastCalledWith('/check.html');
  });

  it('says so when nothing needs the buyer', () => {
    act(() =>
      render(
        <PopupView
          attention={{ openOrders: 2, stages: [], gates: [], requests: [] }}
          orderCount={2}
          now={now}
          open={vi.fn()}
        />,
        root,
      ),
    );
    expect(root.querySelector('[data-testid=all-clear]')?.textContent).toMatch(
      /Nothing needs you: 2 open orders/,
    );
  });
});
