import { startMailTriage } from '@/components/mail/start-mail-triage';
import { createOutlookAdapter } from '@/utils/mail/outlook/adapter';
import { pageFetch } from '@/utils/mail/page-fetch';

export default defineContentScript({
  // Mail paths only: Outlook's calendar and people pages have nothing for Photo Triage.
  matches: [
    'https://outlook.office.com/mail/*',
    'https://outlook.office365.com/mail/*',
    'https://outlook.live.com/mail/*',
    'https://outlook.cloud.microsoft/mail/*',
  ],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    const adapter = createOutlookAdapter(document, pageFetch);
    startMailTriage(ctx, adapter);
  },
});
