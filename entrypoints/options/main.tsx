import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { text } from '@/components/options/text';
import { followUiLanguage } from '@/components/orders/page-language';
import '@/components/theme.css';
import '@/components/checklist/checklist.css';
import '@/components/options/options.css';

followUiLanguage(() => text().pageTitle);
render(<OptionsApp />, document.getElementById('app')!);
