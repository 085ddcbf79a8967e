import { startMessageList } from '@/components/mail/list-marks';
import { loadMessageUiOnOpen } from '@/components/mail/message-ui-handoff';
import { createGmailAdapter } from '@/utils/mail/gmail/adapter';
import { createGmailListReader } from '@/utils/mail/gmail/list';
import { pageFetch } from '@/utils/mail/page-fetch';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // Styles are passed to each shadow root as text: no CSS file for the page to load or fingerprint.
  cssInjectionMode: 'manual',
  // WXT's legacy window.postMessage at start is readable by the page's scripts; the stand-down of an
  // older instance uses WXT's DOM event, which is kept.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The message list: supplier rows marked before anything is opened.
    startMessageList(createGmailListReader(document), ctx.signal);
    // The message UI is loaded when a message opens (entrypoints/message-ui.ts): the list page stays light.
    loadMessageUiOnOpen(ctx, createGmailAdapter(document, pageFetch));
  },
});
