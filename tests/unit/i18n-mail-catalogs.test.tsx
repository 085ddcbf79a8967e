// The mail, popup and photo-facts catalogs: the same keys in both languages, every text non-empty, the
// Chinese really Chinese; and the badges, their details and the popup rendered in Chinese.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { factsCatalogs } from '@/components/facts-text';
import { describeFinding, VERDICT_LABEL } from '@/components/finding-text';
import { badgeView } from '@/components/mail/badge-model';
import { PhotoBadge } from '@/components/mail/PhotoBadge';
import { mailCatalogs } from '@/components/mail/text';
import { PopupView } from '@/components/popup/PopupView';
import { popupCatalogs } from '@/components/popup/text';
import { agoText, daysLeftText, sharedCatalogs } from '@/components/shared-text';
import { applyUiLanguage } from '@/utils/i18n';
import type { Finding } from '@/utils/photo/types';
import { DEFAULT_THRESHOLDS as T } from '@/utils/triage/thresholds';
import { report } from './helpers/report';

const CATALOGS = { mail: mailCatalogs, popup: popupCatalogs, facts: factsCatalogs, shared: sharedCatalogs };

const finding: Finding = {
  code: 'too-small',
  severity: 'fail',
  measured: 640,
  threshold: 1600,
  other: 'a.jpg',
};

/** Every leaf as [path, text], functions called with sample arguments (numbers read as any parameter). */
function leaves(node: unknown, path: string[] = []): [string, unknown][] {
  if (typeof node === 'string') return [[path.join('.'), node]];
  if (typeof node === 'function') {
    const out = path[0] === 'findings' ? node(finding) : node(...[3, 2, 1, 0, 5].slice(0, node.length));
    if (typeof out === 'object') return leaves(out, path);
    return [[`${path.join('.')}()`, out]];
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}

// Names and joins of other texts, the same in Chinese: the product's name, "file：summary", "PO：…".
const SAME_IN_CHINESE = new Set([
  'mail.panel.region',
  'mail.panel.regionFor()',
  'mail.badge.name()',
  'popup.title',
  'facts.facts.gps',
]);

describe('interface catalogs', () => {
  for (const [area, { en, 'zh-CN': zh }] of Object.entries(CATALOGS)) {
    it(`${area}: the same keys in English and Chinese, every text non-empty, the Chinese in Chinese`, () => {
      const enLeaves = leaves(en);
      const zhLeaves = leaves(zh);
      expect(zhLeaves.map(([p]) => p)).toEqual(enLeaves.map(([p]) => p));
      for (const [path, text] of [...enLeaves, ...zhLeaves]) {
        expect(typeof text, path).toBe('string');
        expect((text as string).trim(), path).not.toBe('');
      }
      for (const [path, text] of zhLeaves) {
        if (SAME_IN_CHINESE.has(`${area}.${path}`)) continue;
        expect(text as string, `${area}.${path} has no Chinese`).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('every finding code has Chinese words, with its numbers kept as they are', () => {
    applyUiLanguage('zh-CN');
    const small = describeFinding({
      code: 'small-file',
      severity: 'fail',
      measured: 68 * 1024,
      threshold: 100 * 1024,
    });
    expect(small.short).toBe('文件太小');
    expect(small.detail).toContain('68 KB');
    expect(small.detail).toContain('100 KB');
    expect(describeFinding({ code: 'chat-recompressed', severity: 'warn', measured: 1280 }).ask).toContain(
      '原图',
    );
    expect(VERDICT_LABEL.fail).toBe('需补发');
    applyUiLanguage('en');
    expect(VERDICT_LABEL.fail).toBe('Re-request');
  });

  it('days and waits read naturally in both languages', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    applyUiLanguage('en');
    expect(daysLeftText(-1)).toBe('1 day overdue');
    expect(agoText('2026-11-23T12:00:00Z', now)).toBe('3 days ago');
    applyUiLanguage('zh-CN');
    expect(daysLeftText(-6)).toBe('已逾期 6 天');
    expect(daysLeftText(0)).toBe('今天到期');
    expect(agoText('2026-11-26T07:00:00Z', now)).toBe('5 小时前');
  });
});

/** A 640 × 480 photo that fails the size check. */
const small = report({ width: 640, height: 480, bytes: 42 * 1024, verdict: 'fail' });
const tooSmall: Finding = { code: 'too-small', severity: 'fail', measured: 640, threshold: 1600 };

describe('badge in Chinese and English', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"></div>';
    root = document.getElementById('app')!;
  });
  afterEach(() => {
    render(null, root);
    applyUiLanguage('en');
  });

  it('says the file, its numbers and its verdict in words, as its accessible name', () => {
    applyUiLanguage('en');
    const view = badgeView({ phase: 'full', report: small, findings: [tooSmall] }, T);
    expect(view.text).toBe('640×480 · 42 KB ✗ too small');
    act(() => render(<PhotoBadge name="photo.jpg" view={view} report={small} how="" />, root));
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('photo.jpg: 640×480, 42 KB — too small');
    const good = badgeView(
      {
        phase: 'full',
        report: report({ bytes: 3.1 * 1024 * 1024 }),
        findings: [],
      },
      T,
    );
    expect(good.spoken).toBe('4032×3024, 3.1 MB — good');
  });

  it('in Chinese: the badge, its name and its details, numbers unchanged', () => {
    applyUiLanguage('zh-CN');
    const view = badgeView({ phase: 'full', report: small, findings: [tooSmall] }, T);
    expect(view.text).toBe('640×480 · 42 KB ✗ 分辨率太低');
    act(() =>
      render(
        <PhotoBadge name="photo.jpg" view={view} report={small} how="由 Photo Triage 下载附件后检测。" />,
        root,
      ),
    );
    const button = root.querySelector<HTMLButtonElement>('button.badge')!;
    expect(button.getAttribute('aria-label')).toBe('photo.jpg：640×480, 42 KB — 分辨率太低');
    act(() => button.click());
    const dialog = root.querySelector<HTMLElement>('[role=dialog]')!;
    expect(dialog.getAttribute('aria-label')).toBe('photo.jpg 的详细信息');
    expect(dialog.textContent).toContain('分辨率');
    expect(dialog.textContent).toContain('需补发');
    expect(dialog.textContent).toContain('补发要求：请发相机拍的原图');
    expect(dialog.textContent).not.toMatch(/Verdict|Dimensions|Ask for/);
  });

  it('details take focus on opening, close on Escape and give focus back to the badge', () => {
    const view = badgeView({ phase: 'full', report: small, findings: [tooSmall] }, T);
    act(() => render(<PhotoBadge name="photo.jpg" view={view} report={small} how="" />, root));
    const button = root.querySelector<HTMLButtonElement>('button.badge')!;
    button.focus();
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const dialog = root.querySelector<HTMLElement>('[role=dialog]')!;
    expect(document.activeElement).toBe(dialog);
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[role=dialog]')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('the popup in Chinese', () => {
    applyUiLanguage('zh-CN');
    const open = vi.fn();
    act(() =>
      render(
        <PopupView
          attention={{
            openOrders: 2,
            stages: [
              {
                orderId: 'o1',
                po: 'PO-1',
                product: 'Lamp',
                supplier: 'Ningbo',
                stage: { en: 'Pre-shipment', zh: '出货前' },
                missing: 3,
                poor: 1,
                toReview: 0,
              },
            ],
            gates: [
              {
                orderId: 'o1',
                stageId: 's1',
                po: 'PO-1',
                stage: { en: 'Pre-shipment', zh: '出货前' },
                gate: { en: 'packing', zh: '包装' },
                dueDate: '2026-11-20',
                days: -6,
                overdue: true,
                open: 4,
              },
            ],
            requests: [],
          }}
          orderCount={2}
          now={new Date('2026-11-26T12:00:00Z')}
          open={open}
        />,
        root,
      ),
    );
    const text = root.textContent!;
    expect(text).toContain('检查照片');
    expect(text).toContain('需要补充照片');
    expect(text).toContain('出货前');
    expect(text).toContain('包装前');
    expect(text).toContain('已逾期 6 天');
    expect(text).toContain('缺 3 项');
    expect(text).not.toMatch(/Needs photos|missing|overdue|Orders desk/);
  });
});
