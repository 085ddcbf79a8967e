import { render } from 'preact';
import { CheckPage } from '@/components/check/CheckPage';
import { setAnalyzer } from '@/components/check/state';
import { tellMailTabs } from '@/utils/mail/store-changes';
import { createWorkerAnalyzer } from '@/utils/photo/analyzer-client';
import { forwardChanges } from '@/utils/store/changes';
import '@/components/theme.css';
import '@/components/check/check.css';

// Decoding and measuring run in a worker so the page stays responsive with a hundred photos.
setAnalyzer(
  createWorkerAnalyzer(
    new Worker(new URL('../../utils/photo/analyzer.worker.ts', import.meta.url), { type: 'module' }),
  ),
);
// The mail panels show the photos assigned and decided here.
forwardChanges((stores) => void tellMailTabs(browser, stores));
render(<CheckPage />, document.getElementById('app')!);
