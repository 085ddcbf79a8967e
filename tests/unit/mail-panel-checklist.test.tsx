// Issue 14, item 2: the mail panel draws its shot list with the shared checklist, so a shot reads the same
// there as on the orders desk and Check photos (it said "received" and "!" where they said "To review" and
// "✗"), and its pictures are drawn from Blobs, with no URL the mail page could fetch.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistView } from '@/components/checklist/ChecklistView';
import { MessagePanel } from '@/components/mail/MessagePanel';
import { applyUiLanguage } from '@/utils/i18n';
import type { StageView } from '@/utils/mail/service';
import type { Finding } from '@/utils/photo/types';
import type { Order, PhotoRecord, Stage } from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { panelTriage } from './helpers/panel-triage';
import { report } from './helpers/report';

const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'pre-shipment')!;
const stage: Stage = stageFromTemplate(template, { id: 'psi' });
const [front, back] = stage.shots;
const at = '2026-11-20T02:00:00.000Z';
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
stage.shots[0] = { ...front!, referencePhotoIds: ['ref-1'] };

function photo(name: string, shotId: string, findings: Finding[] = []): PhotoRecord {
  return {
    sha256: name.padEnd(64, '0'),
    report: report({ findings, verdict: findings.length ? 'fail' : 'ok' }),
    origins: [{ source: 'gmail', fileName: name, receivedAt: at, messageId: 'm', orderId: 'o1' }],
    orderId: 'o1',
    stageId: 'psi',
    shotId,
    status: { state: 'pending' },
    thumbnail: new Blob(['x'], { type: 'image/jpeg' }),
    createdAt: at,
    updatedAt: at,
  } as PhotoRecord;
}

const tooSmall: Finding = { code: 'too-small', severity: 'fail', measured: 1280, threshold: 1600 };
const checklist = buildChecklist({
  order,
  stage,
  photos: [photo('front.jpg', front!.id), photo('back.jpg', back!.id, [tooSmall])],
  history: [],
  thresholds: DEFAULT_THRESHOLDS,
  today: '2026-11-25',
});
const view: StageView = { checklist, references: { 'ref-1': new Blob(['r'], { type: 'image/jpeg' }) } };

/** Each shot's status pill, as a reader sees it. */
const pills = (root: Element) =>
  Array.from(root.querySelectorAll('[data-shot-id]'), (li) => [
    li.getAttribute('data-shot-status'),
    li.querySelector('.cl-pill')?.textContent,
  ]);

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) act(() => render(null, root));
  applyUiLanguage('en');
});

function mount(node: preact.ComponentChildren): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => render(node, root));
  return root;
}

describe('one checklist view', () => {
  it('the mail panel shows each shot with the same marks and words as the orders desk', () => {
    applyUiLanguage('en');
    const panel = mount(<MessagePanel triage={panelTriage(order, stage, view)} />);
    const desk = mount(<ChecklistView checklist={checklist} stage={stage} photoUrl={() => undefined} />);
    const seen = pills(panel);
    expect(seen.slice(0, 2)).toEqual([
      ['pending', '• To review'],
      ['poor', '✗ Poor — retake'],
    ]);
    expect(seen).toEqual(pills(desk));
  });

  it('in Chinese too', () => {
    applyUiLanguage('zh-CN');
    const panel = mount(<MessagePanel triage={panelTriage(order, stage, view)} />);
    expect(pills(panel)[0]).toEqual(['pending', '• 待审核']);
  });

  it('draws the photos and references into canvases: no img, no URL', () => {
    const panel = mount(<MessagePanel triage={panelTriage(order, stage, view)} />);
    const shot = panel.querySelector(`[data-shot-id="${front!.id}"]`)!;
    expect(shot.querySelectorAll('.cl-photo canvas')).toHaveLength(1);
    expect(shot.querySelector('[data-reference-id="ref-1"] canvas')?.getAttribute('aria-label')).toMatch(
      /^Reference 1 for /,
    );
    expect(panel.querySelectorAll('img')).toHaveLength(0);
  });
});
