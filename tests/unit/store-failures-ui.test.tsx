// A save that the store refuses — storage full, an upgrade blocked by another tab, a record that fails
// validation — is said in the form in plain words, with what to do, and the buyer's typing is still there
// to save again. The supplier form on the options page, against the real store (fake-indexeddb); the
// store's addSupplier is made to fail the way IndexedDB fails.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SuppliersPage } from '@/components/options/SuppliersPage';
import { applyUiLanguage } from '@/utils/i18n';
import * as store from '@/utils/store';
import { StoreError, toStoreError } from '@/utils/store/errors';

vi.mock('@/utils/store', async (original) => {
  const real = await original<typeof import('@/utils/store')>();
  return { ...real, addSupplier: vi.fn(real.addSupplier) };
});
const realAddSupplier = (await vi.importActual<typeof import('@/utils/store')>('@/utils/store')).addSupplier;

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.mocked(store.addSupplier).mockImplementation(realAddSupplier);
});

const flush = async () => {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

function type(name: string, value: string) {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name=${name}]`)!;
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const fieldValue = (name: string) =>
  root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name=${name}]`)!.value;

async function fillAndSave() {
  act(() => render(<SuppliersPage />, root));
  type('company', 'Ningbo Bright Lighting');
  type('contactName', 'Amy Chen');
  type('emails', 'amy@ningbo-bright.cn');
  type('domains', 'ningbo-bright.cn');
  act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush();
  return root.querySelector('[data-testid=form-error]')?.textContent ?? '';
}

function expectFormKept() {
  expect(fieldValue('company')).toBe('Ningbo Bright Lighting');
  expect(fieldValue('contactName')).toBe('Amy Chen');
  expect(fieldValue('emails')).toBe('amy@ningbo-bright.cn');
  expect(fieldValue('domains')).toBe('ningbo-bright.cn');
}

describe('a refused save, in the supplier form', () => {
  it('storage full: says so and what to do; the form stays filled; saving again works once there is room', async () => {
    // What IndexedDB throws when the origin's quota is used up, mapped as the store maps it.
    const quota = toStoreError(new DOMException('quota', 'QuotaExceededError'));
    vi.mocked(store.addSupplier).mockRejectedValueOnce(quota);
    const message = await fillAndSave();
    expect(message).toMatch(/storage for Photo Triage is full/);
    expect(message).toMatch(/Export a backup/);
    expectFormKept();

    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    expect(root.querySelector('[data-testid=form-error]')).toBeNull();
    const saved = await store.listSuppliers(await store.openStore());
    expect(saved.map((s) => s.company)).toContain('Ningbo Bright Lighting');
  });

  it('an upgrade blocked by an old tab: says which tabs to close; the form stays filled', async () => {
    vi.mocked(store.addSupplier).mockRejectedValueOnce(new StoreError('blocked'));
    const message = await fillAndSave();
    expect(message).toMatch(/another tab still uses the old version/);
    expect(message).toMatch(/Close the other Photo Triage tabs/);
    expectFormKept();
  });

  it('a record that fails validation: names the field; the form stays filled', async () => {
    // The real store's own validation: a free-mail domain is not a supplier's domain.
    act(() => render(<SuppliersPage />, root));
    type('company', 'Zhang Wei');
    type('emails', 'zhangwei8812@qq.com');
    type('domains', 'qq.com');
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    const message = root.querySelector('[data-testid=form-error]')?.textContent ?? '';
    expect(message).toMatch(/nothing was saved|not valid|Domains/i);
    expect(message).toMatch(/qq\.com/);
    expect(fieldValue('company')).toBe('Zhang Wei');
    expect(fieldValue('domains')).toBe('qq.com');
  });

  it("a public suffix or an invisible character: said in the buyer's language, naming the field; nothing saved", async () => {
    const attempt = (emails: string, domains: string) => {
      act(() => render(<SuppliersPage />, root));
      type('company', 'Wide Trading');
      type('emails', emails);
      type('domains', domains);
      act(() => {
        root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      return flush().then(() => root.querySelector('[data-testid=form-error]')?.textContent ?? '');
    };
    try {
      expect(await attempt('', 'com.cn')).toMatch(/com\.cn is shared by every company registered under it/);
      expect(await attempt('amy@fac\u200Btory.cn', '')).toMatch(
        /amy@fac⟨U\+200B⟩tory\.cn contains invisible/,
      );
      expect(fieldValue('emails')).toBe('amy@fac\u200Btory.cn');
      applyUiLanguage('zh-CN');
      expect(await attempt('', 'ＣＯ.ＵＫ')).toMatch(/co\.uk 是公共后缀/);
      expect(await attempt('', 'factory\u202E.cn')).toMatch(/factory⟨U\+202E⟩\.cn 含有看不见的字符/);
    } finally {
      applyUiLanguage('en');
    }
    const saved = await store.listSuppliers(await store.openStore());
    expect(saved.map((s) => s.company)).not.toContain('Wide Trading');
  });
});
