// The interface in English and Simplified Chinese: every catalog has the same texts in both languages,
// components render in Chinese, and the Settings choice switches the open page at once and is kept.

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCatalogs } from '@/components/check/text';
import { ChecklistView } from '@/components/checklist/ChecklistView';
import { checklistCatalogs } from '@/components/checklist/text';
import { explainError } from '@/components/desk/errors';
import { ordersCatalogs } from '@/components/desk/text';
import * as desk from '@/components/options/data';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OrdersPage } from '@/components/options/OrdersPage';
import { PAGE_SIZE } from '@/components/options/order-rows';
import { optionsCatalogs } from '@/components/options/text';
import { daysLeftText } from '@/components/shared-text';
import { applyUiLanguage, uiLanguage } from '@/utils/i18n';
import { getSettings, openStore, StoreError, updateSettings } from '@/utils/store';
import { listRowOf } from '@/utils/store/list-rows';
import type { Order, Supplier } from '@/utils/store/types';
import { buildChecklist } from '@/utils/triage/checklist';
import { BUILT_IN_TEMPLATES, stageFromTemplate } from '@/utils/triage/shot-list-templates';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';

/** Every leaf as `path: kind` (string, function, or a list's length), for comparing the two languages. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}: string`];
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (value === undefined) return [`${path}: undefined`];
  if (Array.isArray(value)) return value.flatMap((v, i) => shape(v, `${path}[${i}]`));
  return Object.entries(value as object)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
}

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
}

const CATALOGS = {
  options: optionsCatalogs,
  check: checkCatalogs,
  checklist: checklistCatalogs,
  orders: ordersCatalogs,
};

// The same in both languages on purpose: product and site names, units and signs.
const SAME_IN_BOTH = new Set([
  '.settings.language.en',
  '.settings.language.zh',
  '.newOrder.poPlaceholder',
  '.photo.sources.gmail',
  '.photo.sources.outlook',
  '.suppliers.languageShort.en',
  '.suppliers.languageShort.zh-CN',
  '.settings.fields.failBelowBytes[1]',
  '.settings.fields.warnBelowBytes[1]',
  '.settings.fields.failBelowLuminance[1]',
  '.settings.fields.warnBelowLuminance[1]',
  '.settings.fields.warnAboveLuminance[1]',
]);

describe('catalogs', () => {
  for (const [area, { en, 'zh-CN': zh }] of Object.entries(CATALOGS)) {
    it(`${area}: the same texts in English and Chinese`, () => {
      expect(shape(zh)).toEqual(shape(en));
      const enStrings = new Map(strings(en));
      const untranslated = strings(zh)
        .filter(
          ([path, text]) =>
            text === enStrings.get(path) && !SAME_IN_BOTH.has(path.replace(/\.(\d)$/, '[$1]')),
        )
        .map(([path]) => path);
      expect(untranslated).toEqual([]);
    });
  }

  it('texts with numbers say them in each language', () => {
    applyUiLanguage('en');
    expect(daysLeftText(1)).toBe('1 day left');
    expect(daysLeftText(-3)).toBe('3 days overdue');
    applyUiLanguage('zh-CN');
    expect(daysLeftText(1)).toBe('还剩 1 天');
    expect(daysLeftText(-3)).toBe('已逾期 3 天');
    expect(daysLeftText(0)).toBe('今天到期');
  });

  it('store errors: the standard sentence and the field names in Chinese', () => {
    applyUiLanguage('zh-CN');
    expect(explainError(new StoreError('quota')).message).toContain('存储空间已满');
    const invalid = explainError(
      new StoreError('validation', 'Supplier not saved: x', {
        problems: ['supplier.domains[0]: gmail.com is a public mail domain'],
      }),
    );
    expect(invalid.message).toBe('未保存，原因如下：');
    expect(invalid.problems).toEqual(['域名: gmail.com is a public mail domain']);
  });
});

const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'pre-shipment')!;
const at = '2026-11-20T08:00:00.000Z';
const stage = stageFromTemplate(template, { id: 'psi', gateDueDate: '2026-12-01' });
const supplier: Supplier = {
  id: 's1',
  company: 'Ningbo Huamei',
  emails: ['amy@huamei.cn'],
  domains: [],
  replyLanguages: ['en', 'zh-CN'],
  createdAt: at,
  updatedAt: at,
};
const orderN = (n: number): Order => ({
  id: `o${n}`,
  poNumbers: [`PO-2026-${String(n).padStart(4, '0')}`],
  supplierId: 's1',
  product: n % 2 ? 'Tote' : 'Apron',
  stages: [stage],
  currentStageId: 'psi',
  status: 'open',
  createdAt: at,
  updatedAt: at,
});

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  applyUiLanguage('en');
});

describe('components in Chinese', () => {
  it('the checklist: statuses, gate, counts and shot names from the bilingual templates', () => {
    applyUiLanguage('zh-CN');
    const checklist = buildChecklist({
      order: orderN(1),
      stage,
      photos: [],
      history: [],
      thresholds: DEFAULT_THRESHOLDS,
      today: '2026-11-26',
    });
    render(<ChecklistView checklist={checklist} stage={stage} photoUrl={() => undefined} />, host);
    const text = host.textContent ?? '';
    expect(text).toContain('产品正面'); // the shot's Chinese name first
    expect(text).toContain('缺少');
    expect(text).toContain('截止 2026-12-01');
    expect(text).toMatch(/还有 \d+ 个必拍项未验收/);
    expect(host.querySelector('[data-testid=checklist-summary]')?.textContent).toMatch(/必拍项已验收 0\/\d+/);
    expect(host.querySelector('.cl-root')?.getAttribute('aria-label')).toBe('拍摄清单：出货前验货');
    // The other language beside it, marked as English for screen readers and fonts.
    expect(host.querySelector('.cl-label [lang=en]')?.textContent).toBe('Product front');
  });

  it('the orders list: headers, statuses and stage names; a page of rows; rows wait for the list rows', async () => {
    applyUiLanguage('zh-CN');
    desk.suppliers.value = [supplier];
    const orders = Array.from({ length: 120 }, (_, i) => orderN(i));
    desk.orders.value = orders;
    desk.listRows.value = undefined;
    render(<OrdersPage />, host);
    const table = host.querySelector('[data-testid=orders-table]')!;
    // Before the store's list rows are read: busy, not "no orders yet".
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(0);

    await act(async () => {
      desk.listRows.value = orders.map((o) => listRowOf(o, new Map())); // no photo filed yet: every shot missing
    });
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toContain('当前阶段');
    // Only a page of rows is in the DOM, however many orders there are.
    expect(table.querySelectorAll('tbody tr')).toHaveLength(PAGE_SIZE);
    expect(table.querySelector('tbody tr td:nth-child(4)')?.textContent).toBe('出货前验货');
    expect(table.querySelector('.status-pill')?.textContent).toBe('进行中');
    expect(table.querySelector('[data-col=missing]')?.textContent).toMatch(/^[1-9]\d*$/);
    expect(table.getAttribute('aria-busy')).toBe('false');

    const next = host.querySelector<HTMLButtonElement>('[data-testid=orders-page-next]')!;
    await act(async () => next.click());
    expect(table.getAttribute('data-page')).toBe('1');
    expect(host.querySelector('.pager')?.textContent).toContain('第 2 / 3 页');

    // Searching starts from the first page again, and answers at once (no debounce).
    const search = host.querySelector<HTMLInputElement>('[data-testid=order-search]')!;
    await act(async () => {
      search.value = 'po-2026-0077';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(table.getAttribute('data-page')).toBe('0');
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-order-id'))).toEqual([
      'o77',
    ]);
    expect(host.querySelector('[data-testid=order-count]')?.textContent).toBe('120 个订单中的 1 个');
  });
});

describe('Settings: interface language', () => {
  it('switches the open page at once, sets <html lang> and the title, and is kept for next time', async () => {
    const store = await openStore();
    await updateSettings(store, { uiLanguage: undefined });
    store.close();
    applyUiLanguage(undefined);
    location.hash = '#/settings';
    render(<OptionsApp />, host);
    await act(async () => {
      for (let i = 0; i < 50 && desk.loadState.value !== 'ready'; i++)
        await new Promise((r) => setTimeout(r, 10));
    });
    expect(host.querySelector('h1')?.textContent).toBe('Settings');
    const follow = host.querySelector<HTMLInputElement>('[data-testid=ui-language-browser]')!;
    expect(follow.checked).toBe(true);

    await act(async () => {
      host.querySelector<HTMLInputElement>('[data-testid=ui-language-zh-CN]')!.click();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(uiLanguage.value).toBe('zh-CN');
    expect(host.querySelector('h1')?.textContent).toBe('设置');
    expect(host.querySelector('nav.desk-nav a[href="#/orders"]')?.textContent).toBe('订单');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('Photo Triage — 订单和拍摄清单');
    // The reply languages are a separate setting and stay as they were.
    expect(desk.settings.value.replyLanguages).toEqual(['en', 'zh-CN']);

    const saved = await openStore();
    expect((await getSettings(saved)).uiLanguage).toBe('zh-CN');
    saved.close();

    // Next start: the saved choice is applied before the page renders.
    render(null, host);
    applyUiLanguage('en');
    desk.loadState.value = 'loading';
    render(<OptionsApp />, host);
    await act(async () => {
      for (let i = 0; i < 50 && desk.loadState.value !== 'ready'; i++)
        await new Promise((r) => setTimeout(r, 10));
    });
    expect(host.querySelector('h1')?.textContent).toBe('设置');

    // Back to following the browser (English in happy-dom): saved as "no choice".
    await act(async () => {
      host.querySelector<HTMLInputElement>('[data-testid=ui-language-browser]')!.click();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(host.querySelector('h1')?.textContent).toBe('Settings');
    expect(document.documentElement.lang).toBe('en');
    const after = await openStore();
    expect((await getSettings(after)).uiLanguage).toBeUndefined();
    after.close();
  });
});
