import { startMessageList } from '@/components/mail/list-marks';
import { startMailTriage } from '@/components/mail/start-mail-triage';
import { createGmailAdapter } from '@/utils/mail/gmail/adapter';
import { createGmailListReader } from '@/utils/mail/gmail/list';
import { pageFetch } from '@/utils/mail/page-fetch';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // Styles are passed to each shadow root as text: no CSS file for the page to load or fingerprint.
  cssInjectionMode: 'manual',
  main(ctx) {
    const adapter = createGmailAdapter(document, pageFetch);
    startMailTriage(ctx, adapter);
    // The message list: supplier rows marked before anything is opened.
    startMessageList(createGmailListReader(document), ctx.signal);
  },
});
