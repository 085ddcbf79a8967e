// The extension pages (options, Check photos) in the interface language: `<html lang>` (fonts, screen
// readers, spell checking) and the tab's title follow the language signal.
import { effect } from '@preact/signals';
import { htmlLang, uiLanguage } from '@/utils/i18n';

/** Returns the unsubscribe. */
export function followUiLanguage(title: () => string): () => void {
  return effect(() => {
    document.documentElement.lang = htmlLang(uiLanguage.value);
    document.title = title();
  });
}
