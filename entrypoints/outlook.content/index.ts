import { startMessageList } from '@/components/mail/list-marks';
import { startMailTriage } from '@/components/mail/start-mail-triage';
import { matchPatterns, OUTLOOK_HOSTS } from '@/utils/mail/hosts';
import { createOutlookAdapter } from '@/utils/mail/outlook/adapter';
import { createOutlookListReader } from '@/utils/mail/outlook/list';
import { pageFetch } from '@/utils/mail/page-fetch';

export default defineContentScript({
  // Mail paths only: Outlook's calendar and people pages have nothing for Photo Triage.
  matches: matchPatterns(OUTLOOK_HOSTS.pages, '/mail/*'),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    const adapter = createOutlookAdapter(document, pageFetch);
    startMailTriage(ctx, adapter);
    // The message list: supplier rows marked before anything is opened.
    startMessageList(createOutlookListReader(document), ctx.signal);
  },
});
