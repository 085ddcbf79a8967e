// The extension's own interface language: English or Simplified Chinese, following the browser
// unless the buyer picked one in options (Settings.uiLanguage). Reply drafts have their own
// languages (Settings.replyLanguages); this is only what the buyer's side of the UI reads.
//
// Each area keeps its words in a small catalog next to its components (`en` and `zh-CN` of the same
// type, so a missing Chinese text fails the type check). Entries are strings, or functions when a
// text takes numbers or names — plural rules and word order then live with the language.

import { signal } from '@preact/signals';
import type { Language } from '@/utils/store/types';

/** The first Chinese or English entry in the browser's preferred languages; English otherwise. */
export function browserUiLanguage(preferred: readonly string[] = browserPreferences()): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

function browserPreferences(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** Read inside a component's render, it re-renders that component when the language changes. */
export const uiLanguage = signal<Language>(browserUiLanguage());

/** Apply the buyer's choice; `undefined` follows the browser. */
export function applyUiLanguage(choice: Language | undefined): void {
  const next = choice ?? browserUiLanguage();
  if (uiLanguage.peek() !== next) uiLanguage.value = next;
}

export type Catalog<T> = Record<Language, T>;

/**
 * `const text = catalog({ en, 'zh-CN': zh })`, then `text().retry` in a render or any call.
 * Reading the catalog reads the language signal, so components using it follow a switch.
 */
export function catalog<T>(texts: Catalog<T>): () => T {
  return () => texts[uiLanguage.value];
}

/** `lang` attribute value for the current interface language. */
export function htmlLang(language: Language = uiLanguage.value): string {
  return language === 'zh-CN' ? 'zh-CN' : 'en';
}
