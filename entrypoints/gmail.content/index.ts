import { startMailTriage } from '@/components/mail/start-mail-triage';
import { createGmailAdapter } from '@/utils/mail/gmail/adapter';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // Styles are passed to each shadow root as text: no CSS file for the page to load or fingerprint.
  cssInjectionMode: 'manual',
  main(ctx) {
    // Photos are downloaded and analysed by the background (host permission, off Gmail's main thread);
    // the adapter's own fetcher is the same-origin path, kept for the adapter's other users.
    const adapter = createGmailAdapter(document, async (url, signal) => {
      const response = await fetch(url, { credentials: 'include', signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.blob();
    });
    startMailTriage(ctx, adapter);
  },
});
