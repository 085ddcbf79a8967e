import { render } from 'preact';
import { CheckPage } from '@/components/check/CheckPage';
import { setAnalyzer } from '@/components/check/state';
import { createWorkerAnalyzer } from '@/utils/photo/analyzer-client';
import '@/components/theme.css';
import '@/components/check/check.css';

// Decoding and measuring run in a worker so the page stays responsive with a hundred photos.
setAnalyzer(
  createWorkerAnalyzer(
    new Worker(new URL('../../utils/photo/analyzer.worker.ts', import.meta.url), { type: 'module' }),
  ),
);
render(<CheckPage />, document.getElementById('app')!);
