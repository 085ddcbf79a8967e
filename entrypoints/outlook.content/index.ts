import { startMessageList } from '@/components/mail/list-marks';
import { loadMessageUiOnOpen } from '@/components/mail/message-ui-handoff';
import { matchPatterns, OUTLOOK_HOSTS } from '@/utils/mail/hosts';
import { createOutlookAdapter } from '@/utils/mail/outlook/adapter';
import { createOutlookListReader } from '@/utils/mail/outlook/list';
import { createServiceBytes } from '@/utils/mail/outlook/service-bytes';
import { pageFetch } from '@/utils/mail/page-fetch';

export default defineContentScript({
  // Mail paths only: Outlook's calendar and people pages have nothing for Photo Triage.
  matches: matchPatterns(OUTLOOK_HOSTS.pages, '/mail/*'),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // As in Gmail: no page-readable postMessage at start.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Outlook's own service, through the page-world hook: bytes for tiles that carry no link.
    const service = createServiceBytes(window);
    ctx.onInvalidated(() => service.stop());
    // The message list: supplier rows marked before anything is opened.
    startMessageList(createOutlookListReader(document), ctx.signal);
    // The message UI is loaded when a message opens (entrypoints/message-ui.ts): the list page stays light.
    loadMessageUiOnOpen(ctx, createOutlookAdapter(document, pageFetch, { service }));
  },
});
