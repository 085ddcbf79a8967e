// The shared checklist and the shot-list editor, rendered in happy-dom from plain data (no store).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChecklistView } from '@/components/checklist/ChecklistView';
import { ShotListEditor } from '@/components/options/ShotListEditor';
import { StageEditor } from '@/components/options/StageEditor';
import type { Finding } from '@/utils/photo/types';
import type { Order, PhotoRecord, PhotoStatus, Shot, Stage } from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { report } from './helpers/report';

const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'pre-shipment')!;
const ids = template.shots.map((s) => s.id);
let next = 0;
const base = stageFromTemplate(
  template,
  { id: 'psi', gateDueDate: '2026-12-01' },
  () => ids[next++ % ids.length]!,
);
// The front shot has a reference photo.
const stage: Stage = {
  ...base,
  shots: base.shots.map((s) => (s.id === 'ps-front' ? { ...s, referencePhotoIds: ['ref-1'] } : s)),
};
const at = '2026-11-20T08:00:00.000Z';
const order: Order = {
  id: 'o1',
  poNumbers: ['PO-2026-0412'],
  supplierId: 's1',
  product: 'Tote',
  stages: [stage],
  currentStageId: 'psi',
  status: 'open',
  createdAt: at,
  updatedAt: at,
};

function photo(
  n: number,
  fileName: string,
  shotId: string | undefined,
  status: PhotoStatus,
  findings: Finding[] = [],
) {
  const record: PhotoRecord = {
    sha256: n.toString(16).padStart(64, '0'),
    report: report({ findings, verdict: findings.some((f) => f.severity === 'fail') ? 'fail' : 'ok' }),
    origins: [{ source: 'dropped', fileName, receivedAt: at, orderId: 'o1' }],
    orderId: 'o1',
    stageId: 'psi',
    ...(shotId ? { shotId } : {}),
    status,
    createdAt: at,
    updatedAt: at,
  };
  return record;
}

const photos = [
  photo(1, 'front.jpg', 'ps-front', { state: 'accepted', at }),
  photo(2, 'back.jpg', 'ps-back', { state: 'pending' }, [
    { code: 'blurry', severity: 'fail', measured: 9, threshold: 20 },
  ]),
  photo(3, 'label.jpg', 'ps-labels', { state: 'rejected', at, reason: 'Wrong label' }),
  photo(4, '<img src=x onerror=alert(1)> 唛头.jpg', undefined, { state: 'pending' }),
];
const checklist = buildChecklist({
  order,
  stage,
  photos,
  history: [],
  thresholds: DEFAULT_THRESHOLDS,
  today: '2026-11-26',
});

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});
afterEach(() => render(null, root));

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<ChecklistView>', () => {
  const handlers = () => ({
    onAccept: vi.fn(),
    onReject: vi.fn(),
    onUndo: vi.fn(),
    onAssign: vi.fn(),
    onAddReferences: vi.fn(),
    onRemoveReference: vi.fn(),
    onEditShot: vi.fn(),
  });

  function show(h: ReturnType<typeof handlers>) {
    act(() => {
      render(
        <ChecklistView
          checklist={checklist}
          stage={stage}
          photoUrl={(p) => `blob:thumb-${p.sha256.slice(-1)}`}
          referenceUrl={(id) => `blob:${id}`}
          {...h}
        />,
        root,
      );
    });
  }

  const rowOf = (id: string) => root.querySelector<HTMLElement>(`[data-shot-id="${id}"]`)!;

  it('shows each shot with its status, the gate and the counts', () => {
    show(handlers());
    const statuses = Object.fromEntries(
      [...root.querySelectorAll<HTMLElement>('[data-shot-status]')].map((r) => [
        r.dataset.shotId,
        r.dataset.shotStatus,
      ]),
    );
    expect(statuses).toMatchObject({
      'ps-front': 'accepted',
      'ps-back': 'poor',
      'ps-labels': 'rejected',
      'ps-inner': 'missing',
    });
    expect(root.querySelector('[data-testid=gate-line]')?.textContent).toMatch(
      /Before packing and shipping · 装箱出货前 · due 2026-12-01 · 5 days left/,
    );
    expect(root.querySelector('[data-testid=checklist-summary]')?.textContent).toMatch(
      /1 of 9 required accepted/,
    );
    // Labels in both languages; the poor photo says why.
    expect(rowOf('ps-front').textContent).toContain('产品正面');
    expect(rowOf('ps-back').textContent).toContain('blurry');
    expect(rowOf('ps-labels').textContent).toContain('Rejected: Wrong label');
  });

  it('accepts at once, and asks why before rejecting (Enter rejects, Escape cancels)', () => {
    const h = handlers();
    show(h);
    act(() => rowOf('ps-back').querySelector<HTMLButtonElement>('[aria-label="Accept back.jpg"]')!.click());
    expect(h.onAccept).toHaveBeenCalledWith(photos[1]);

    act(() => rowOf('ps-back').querySelector<HTMLButtonElement>('[aria-label="Reject back.jpg"]')!.click());
    const reason = rowOf('ps-back').querySelector<HTMLInputElement>(
      '[aria-label="Reason for rejecting back.jpg"]',
    )!;
    expect(reason).not.toBeNull();
    // No reason, no rejection.
    act(() => {
      reason.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(h.onReject).not.toHaveBeenCalled();
    act(() => type(reason, 'Out of focus'));
    act(() => {
      reason.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(h.onReject).toHaveBeenCalledWith(photos[1], 'Out of focus');
    expect(rowOf('ps-back').querySelector('[aria-label^="Reason for rejecting"]')).toBeNull();

    act(() => rowOf('ps-back').querySelector<HTMLButtonElement>('[aria-label="Reject back.jpg"]')!.click());
    const again = rowOf('ps-back').querySelector<HTMLInputElement>(
      '[aria-label="Reason for rejecting back.jpg"]',
    )!;
    act(() => {
      again.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(rowOf('ps-back').querySelector('[aria-label^="Reason for rejecting"]')).toBeNull();
    expect(h.onReject).toHaveBeenCalledTimes(1);

    // A decided photo can go back to review.
    act(() =>
      rowOf('ps-front')
        .querySelector<HTMLButtonElement>('[aria-label="Undo the decision on front.jpg"]')!
        .click(),
    );
    expect(h.onUndo).toHaveBeenCalledWith(photos[0]);
  });

  it('shows reference photos and takes new ones from the picker', () => {
    const h = handlers();
    show(h);
    expect(
      rowOf('ps-front')
        .querySelector<HTMLImageElement>('[data-reference-id="ref-1"] img')
        ?.getAttribute('src'),
    ).toBe('blob:ref-1');
    const input = rowOf('ps-back').querySelector<HTMLInputElement>(
      'input[aria-label="Add reference photos for Product back"]',
    )!;
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'approved-back.jpg', { type: 'image/jpeg' });
    const notPhoto = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file, notPhoto], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(h.onAddReferences).toHaveBeenCalledWith(expect.objectContaining({ id: 'ps-back' }), [file]);
    act(() =>
      rowOf('ps-front')
        .querySelector<HTMLButtonElement>('[aria-label="Remove reference 1 for Product front"]')!
        .click(),
    );
    expect(h.onRemoveReference).toHaveBeenCalledWith(expect.objectContaining({ id: 'ps-front' }), 'ref-1');
  });

  it('lists unassigned photos with the shot their name suggests, names as text', () => {
    const h = handlers();
    show(h);
    const item = root.querySelector<HTMLElement>('.cl-unassigned-item')!;
    expect(item.querySelector('.cl-photo-name')?.textContent).toBe('<img src=x onerror=alert(1)> 唛头.jpg');
    expect(root.querySelector('img[src=x]')).toBeNull();
    expect(item.textContent).toContain('Looks like: Shipping marks close-up');
    const select = item.querySelector<HTMLSelectElement>('select')!;
    expect(select.querySelector('optgroup')?.getAttribute('label')).toMatch(/Suggested/);
    select.value = 'ps-shipping-mark';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(h.onAssign).toHaveBeenCalledWith(photos[3], 'ps-shipping-mark');
  });

  it('without callbacks it is read-only: no buttons, no reference picker, no unassigned list', () => {
    act(() => {
      render(<ChecklistView checklist={checklist} stage={stage} photoUrl={() => undefined} compact />, root);
    });
    expect(root.querySelectorAll('button:not(.cl-thumb)')).toHaveLength(0);
    expect(root.querySelector('input[type=file]')).toBeNull();
    expect(root.querySelector('.cl-unassigned')).toBeNull();
    expect(root.querySelector('details.cl-instructions')).not.toBeNull();
  });
});

describe('<ShotListEditor>', () => {
  function Harness({ initial, onShots }: { initial: Shot[]; onShots: (s: Shot[]) => void }) {
    const [shots, setShots] = useState(initial);
    return (
      <ShotListEditor
        shots={shots}
        onChange={(s) => {
          setShots(s);
          onShots(s);
        }}
      />
    );
  }
  const two = stage.shots.slice(0, 2);

  it('adds a shot and focuses its label, edits, moves and removes', async () => {
    let latest: Shot[] = two;
    act(() => render(<Harness initial={two} onShots={(s) => (latest = s)} />, root));
    const labels = () => latest.map((s) => s.label.en);

    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Add shot'))!.click());
    await act(async () => {});
    expect(latest).toHaveLength(3);
    const added = root.querySelector<HTMLElement>(`[data-shot-id="${latest[2]!.id}"]`)!;
    const label = added.querySelector<HTMLInputElement>('[data-field=label-en]')!;
    expect(document.activeElement).toBe(label);
    act(() => type(label, 'Colour against the approved swatch'));
    expect(latest[2]).toMatchObject({
      label: { en: 'Colour against the approved swatch', zh: '' },
      required: true,
    });

    act(() =>
      root
        .querySelector<HTMLButtonElement>('[aria-label="Move Colour against the approved swatch up"]')!
        .click(),
    );
    expect(labels()).toEqual(['Product front', 'Colour against the approved swatch', 'Product back']);
    act(() => root.querySelector<HTMLButtonElement>('[aria-label="Remove Product front"]')!.click());
    expect(labels()).toEqual(['Colour against the approved swatch', 'Product back']);
    // The first can go no higher.
    expect(
      root.querySelector<HTMLButtonElement>('[aria-label="Move Colour against the approved swatch up"]')!
        .disabled,
    ).toBe(true);
  });

  it('a blank minimum long edge means the default', () => {
    let latest: Shot[] = two;
    act(() => render(<Harness initial={two} onShots={(s) => (latest = s)} />, root));
    const min = root
      .querySelector<HTMLElement>(`[data-shot-id="${two[0]!.id}"]`)!
      .querySelectorAll('input')[3]!;
    act(() => type(min as HTMLInputElement, '2400'));
    expect(latest[0]!.minLongEdge).toBe(2400);
    act(() => type(min as HTMLInputElement, ''));
    expect('minLongEdge' in latest[0]!).toBe(false);
  });
});

describe('<StageEditor>', () => {
  it("renames the gate in both languages and keeps its due date; the gate's name is optional", async () => {
    const saved: Stage[] = [];
    const gated: Stage = {
      ...stage,
      gate: { label: { en: 'before packing', zh: '包装前' }, dueDate: '2026-12-01' },
    };
    act(() =>
      render(
        <StageEditor
          stage={gated}
          photoCounts={new Map()}
          canRemove={false}
          onSave={async (s) => {
            saved.push(s);
            return true;
          }}
          onCancel={() => {}}
          onRemove={() => {}}
        />,
        root,
      ),
    );
    const field = (label: string) =>
      [...root.querySelectorAll('label.field')]
        .find((l) => l.querySelector('span')?.textContent === label)!
        .querySelector('input')!;
    const en = field('Gate: before… (English)');
    expect(en.required).toBe(false);
    expect(en.placeholder).toBe('cutting fabric');
    act(() => type(en, 'before sewing'));
    act(() => type(field('Gate: …前 (中文)'), '缝制前'));
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(saved.at(-1)?.gate).toEqual({
      label: { en: 'before sewing', zh: '缝制前' },
      dueDate: '2026-12-01',
    });
  });
});
