// The reply-template editor of the settings page, rendered in happy-dom from plain props (no store),
// and the sample re-request its preview renders.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_DELAY_MS, ReplyTemplatesEditor } from '@/components/options/ReplyTemplatesEditor';
import { sampleDraft } from '@/components/options/reply-sample';
import { replyTemplatesPatch, shownTemplates } from '@/components/options/settings-fields';
import { renderText } from '@/utils/reply';
import { DEFAULT_TEMPLATES } from '@/utils/reply/reply-template';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import type { Settings } from '@/utils/store/types';

const TODAY = '2026-11-25';
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  buyer: { name: 'Sarah Miller', company: 'Northwind Home', signature: 'Sarah Miller\nNorthwind Home' },
};

describe('the sample re-request', () => {
  it('asks for two photos to retake, by file name and reason, and one missing shot, from Amy Chen', () => {
    const draft = sampleDraft(settings, TODAY);
    expect(draft.contact).toBe('Amy Chen');
    expect(draft.po).toBe('PO-2026-0412');
    expect(draft.items.map((i) => [i.kind, i.shotId, i.fileName])).toEqual([
      ['retake', 'ps-front', 'IMG_0412.jpg'],
      ['retake', 'ps-labels', 'label_closeup.jpg'],
      ['missing', 'ps-shipping-mark', undefined],
    ]);
    expect(draft.items[0]!.codes).toEqual(['too-small', 'small-file', 'chat-recompressed']);
    expect(draft.items[1]!.codes).toEqual(['blurry']);
    // The gate is three days away and blocked by what is asked.
    expect(draft.due?.en).toContain('in 3 days');
    expect(draft.gate).toBeDefined();
    expect(draft.defaults).toEqual({ layout: 'sequential', detail: 'detailed', languages: ['en', 'zh-CN'] });
  });

  it('follows the buyer’s reply settings, and signs with a sample name while theirs is empty', () => {
    const brief = sampleDraft(
      { ...settings, replyLanguages: ['zh-CN'], replyLayout: 'interleaved', replyDetail: 'brief' },
      TODAY,
    );
    expect(brief.defaults).toEqual({ layout: 'interleaved', detail: 'brief', languages: ['zh-CN'] });
    expect(brief.signature).toBe('Sarah Miller\nNorthwind Home');
    const anonymous = sampleDraft(DEFAULT_SETTINGS, TODAY);
    expect(anonymous.buyer).toBe('Sam Taylor');
    expect(renderText(anonymous)).toContain('Sam Taylor');
  });
});

describe('template patches', () => {
  it('stores a template equal to the default as "default", and normalises line endings', () => {
    expect(replyTemplatesPatch({ en: DEFAULT_TEMPLATES.en, zh: 'A\r\n{items}' })).toEqual({
      en: undefined,
      zh: 'A\n{items}',
    });
    expect(replyTemplatesPatch({ zh: undefined })).toEqual({ zh: undefined });
    expect(shownTemplates({ zh: 'Z {items}' })).toEqual({ en: DEFAULT_TEMPLATES.en, zh: 'Z {items}' });
  });
});

describe('<ReplyTemplatesEditor>', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"></div>';
    root = document.getElementById('app')!;
    vi.useFakeTimers();
  });
  afterEach(() => {
    render(null, root);
    vi.useRealTimers();
  });

  function show(saved: Settings['replyTemplates'] = undefined) {
    const onSave = vi.fn(async (_patch: NonNullable<Settings['replyTemplates']>) => true);
    act(() => {
      render(<ReplyTemplatesEditor saved={saved} settings={settings} today={TODAY} onSave={onSave} />, root);
    });
    return onSave;
  }

  const textarea = (lang: 'en' | 'zh') => root.querySelector<HTMLTextAreaElement>(`#reply-template-${lang}`)!;
  const alertOf = (lang: 'en' | 'zh') => root.querySelector<HTMLElement>(`#reply-template-${lang}-error`)!;
  const preview = () => root.querySelector<HTMLElement>('[data-testid="reply-preview"]')!.textContent!;
  const saveButton = () =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Save templates')!;
  const resetButton = (lang: 'en' | 'zh') =>
    textarea(lang).closest('.reply-template-field')!.querySelector<HTMLButtonElement>('button')!;

  /** Types the text; the checks and preview follow once typing pauses (`settle`). */
  function type(lang: 'en' | 'zh', value: string, settle = true) {
    act(() => {
      const t = textarea(lang);
      t.value = value;
      t.dispatchEvent(new Event('input', { bubbles: true }));
    });
    if (settle) pause();
  }

  function pause(ms = PREVIEW_DELAY_MS) {
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  }

  async function click(button: HTMLButtonElement) {
    await act(async () => {
      button.click();
    });
    pause();
  }

  it('shows the default templates, every placeholder with its help, and a preview of the sample', () => {
    show();
    expect(textarea('en').value).toBe(DEFAULT_TEMPLATES.en);
    expect(textarea('zh').value).toBe(DEFAULT_TEMPLATES.zh);
    // The default template (11 lines) fits without scrolling.
    expect(textarea('en').getAttribute('rows')).toBe('12');
    expect(textarea('zh').getAttribute('lang')).toBe('zh-CN');
    const names = [...root.querySelectorAll('.reply-placeholders dt')].map((d) => d.textContent);
    expect(names).toContain('{items}');
    expect(names).toContain('{po}');
    expect(root.querySelector('.reply-placeholders')!.textContent).toContain('Your name (settings)');
    expect(preview()).toBe(renderText(sampleDraft(settings, TODAY)));
    expect(preview()).toContain('Dear Amy Chen,');
    expect(preview()).toContain('IMG_0412.jpg');
    expect(preview()).toContain('Amy Chen，您好！');
    expect(alertOf('en').getAttribute('role')).toBe('alert');
    expect(alertOf('en').textContent).toBe('');
    expect(saveButton().disabled).toBe(false);
    expect(resetButton('en').disabled).toBe(true);
  });

  it('refuses an unknown placeholder as the buyer types it, and will not save', async () => {
    const onSave = show();
    type('en', `${DEFAULT_TEMPLATES.en}\n\nPrice: {price}`);
    expect(alertOf('en').textContent).toMatch(/^Unknown placeholder \{price\}\. Use only \{greeting\}/);
    expect(textarea('en').getAttribute('aria-invalid')).toBe('true');
    expect(alertOf('zh').textContent).toBe('');
    expect(saveButton().disabled).toBe(true);
    expect(root.textContent).toContain('the English template is previewed with the default wording');
    // Submitting anyway (Enter in a field) saves nothing.
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onSave).not.toHaveBeenCalled();
    // Fixed: the message goes, Save comes back.
    type('en', `${DEFAULT_TEMPLATES.en}\n\nPrice: {{price}}`);
    expect(alertOf('en').textContent).toBe('');
    expect(saveButton().disabled).toBe(false);
    expect(preview()).toContain('Price: {price}');
  });

  it('updates the preview as the buyer types a valid template, and saves it', async () => {
    const onSave = show();
    const mine = 'Hi {contact},\n\nFor {po} ({product}) please send again:\n\n{items}\n\nThanks!';
    type('en', mine);
    expect(alertOf('en').textContent).toBe('');
    expect(preview()).toContain(
      'Hi Amy Chen,\n\nFor PO-2026-0412 (LED desk lamp, matte black) please send again:',
    );
    expect(preview()).toContain('1. ');
    expect(preview()).toContain('Thanks!');
    expect(preview()).not.toContain('Dear Amy Chen,');
    // The Chinese half is still the default.
    expect(preview()).toContain('Amy Chen，您好！');
    expect(root.textContent).toContain('Unsaved changes.');
    await click(saveButton());
    expect(onSave).toHaveBeenCalledWith({ en: mine, zh: undefined });
  });

  it('checks and previews once typing pauses, not on every keystroke; Save checks the text as it is', async () => {
    const onSave = show();
    type('en', `${DEFAULT_TEMPLATES.en}\n{price`, false);
    type('en', `${DEFAULT_TEMPLATES.en}\n{price}`, false);
    pause(PREVIEW_DELAY_MS - 1);
    expect(alertOf('en').textContent).toBe('');
    expect(saveButton().disabled).toBe(false);
    // Pressed within the delay: the unknown placeholder is still refused.
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onSave).not.toHaveBeenCalled();
    pause(1);
    expect(alertOf('en').textContent).toMatch(/^Unknown placeholder \{price\}/);
    expect(saveButton().disabled).toBe(true);
  });

  it('shows a missing {items} as a problem of that language', () => {
    show();
    type('zh', '{greeting}\n\n请补发照片。');
    expect(alertOf('zh').textContent).toContain('The template has no {items}');
    expect(saveButton().disabled).toBe(true);
  });

  it('resets one language to the default and saves that', async () => {
    const custom = 'Hello {contact}!\n\n{items}';
    const onSave = show({ en: custom });
    expect(textarea('en').value).toBe(custom);
    expect(preview()).toContain('Hello Amy Chen!');
    expect(resetButton('en').textContent).toBe('Reset to default');
    expect(resetButton('zh').disabled).toBe(true);
    await click(resetButton('en'));
    expect(textarea('en').value).toBe(DEFAULT_TEMPLATES.en);
    expect(onSave).toHaveBeenCalledWith({ en: undefined });
    expect(preview()).toContain('Dear Amy Chen,');
    expect(preview()).not.toContain('Hello Amy Chen!');
  });
});
