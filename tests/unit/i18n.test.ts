import { afterEach, describe, expect, it } from 'vitest';
import { applyUiLanguage, browserUiLanguage, catalog, uiLanguage } from '@/utils/i18n';

describe('interface language', () => {
  afterEach(() => applyUiLanguage('en'));

  it('follows the first Chinese or English browser preference', () => {
    expect(browserUiLanguage(['zh-TW', 'en'])).toBe('zh-CN');
    expect(browserUiLanguage(['zh'])).toBe('zh-CN');
    expect(browserUiLanguage(['de-DE', 'en-GB', 'zh-CN'])).toBe('en');
    expect(browserUiLanguage(['fr', 'zh-Hans-CN'])).toBe('zh-CN');
    expect(browserUiLanguage(['fr'])).toBe('en');
    expect(browserUiLanguage([])).toBe('en');
  });

  it('a catalog answers in the chosen language and follows a switch', () => {
    const text = catalog({
      en: { retry: 'retry', photos: (n: number) => (n === 1 ? '1 photo' : `${n} photos`) },
      'zh-CN': { retry: '重试', photos: (n: number) => `${n} 张照片` },
    });
    applyUiLanguage('en');
    expect(text().retry).toBe('retry');
    expect(text().photos(1)).toBe('1 photo');
    applyUiLanguage('zh-CN');
    expect(uiLanguage.value).toBe('zh-CN');
    expect(text().retry).toBe('重试');
    expect(text().photos(3)).toBe('3 张照片');
  });
});
