import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { tellMailTabs } from '@/utils/mail/store-changes';
import { forwardChanges } from '@/utils/store/changes';
import '@/components/theme.css';
import '@/components/checklist/checklist.css';
import '@/components/options/options.css';

// The mail panels show orders and decisions made here.
forwardChanges((stores) => void tellMailTabs(browser, stores));
render(<OptionsApp />, document.getElementById('app')!);
