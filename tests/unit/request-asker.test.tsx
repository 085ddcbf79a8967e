// Issue 17, "who did what": a request team sync brought from another browser names who asked, in the mail
// panel's last-request line, in English and Chinese; a request made here (no `by`) names nobody.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { MessagePanel } from '@/components/mail/MessagePanel';
import { applyUiLanguage } from '@/utils/i18n';
import type { StageView } from '@/utils/mail/service';
import type { Order, RequestLogEntry, Stage } from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { panelTriage } from './helpers/panel-triage';

const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'pre-shipment')!;
const stage: Stage = stageFromTemplate(template, { id: 'psi' });
const at = '2026-12-04T02:00:00.000Z';
const order = {
  id: 'o1',
  poNumbers: ['PO-1'],
  supplierId: 's',
  product: 'Tote',
  stages: [stage],
  currentStageId: 'psi',
  status: 'open',
  createdAt: at,
  updatedAt: at,
} as Order;
const checklist = buildChecklist({
  order,
  stage,
  photos: [],
  history: [],
  thresholds: DEFAULT_THRESHOLDS,
  today: '2026-12-05',
});
const view: StageView = { checklist, references: {} };

const request = (by?: string): RequestLogEntry => ({
  id: 'r1',
  orderId: 'o1',
  stageId: 'psi',
  askedAt: at,
  channel: 'outlook',
  items: [{ shotId: stage.shots[0]!.id, text: 'Front: missing' }],
  ...(by ? { by } : {}),
});

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) act(() => render(null, root));
  applyUiLanguage('en');
});

/** The last-request block's heading row, as a reader sees it. */
function askedLine(last: RequestLogEntry): string {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => render(<MessagePanel triage={panelTriage(order, stage, view, [last])} />, root));
  const block = root.querySelector('[data-last-request="r1"] .row');
  expect(block).not.toBeNull();
  return block!.textContent ?? '';
}

describe('who asked, in the mail panel', () => {
  it('names the team member who made a synced request', () => {
    applyUiLanguage('en');
    expect(askedLine(request('Li Wei'))).toContain('by Outlook · asked by Li Wei');
  });

  it('in Chinese too', () => {
    applyUiLanguage('zh-CN');
    expect(askedLine(request('Li Wei'))).toContain('通过Outlook · 由Li Wei请求');
  });

  it('a request made here names nobody', () => {
    applyUiLanguage('en');
    const line = askedLine(request());
    expect(line).toContain('by Outlook');
    expect(line).not.toContain('asked by');
  });
});
