import { effect } from '@preact/signals';
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { htmlLang, uiLanguage } from '@/utils/i18n';
import '@/components/theme.css';
import '@/components/popup/popup.css';

// Screen readers and CJK font choice follow <html lang>: keep it on the interface language.
effect(() => {
  document.documentElement.lang = htmlLang(uiLanguage.value);
});
render(<PopupApp />, document.getElementById('app')!);
