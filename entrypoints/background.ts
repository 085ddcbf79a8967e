// The background owns the database and downloads attachments with its host permissions. Content
// scripts reach it through two channels: typed calls (RPC) and the analyze port.

import { isLoadMessageUi } from '@/components/mail/message-ui-handoff';
import { createFiler } from '@/utils/mail/filing';
import { allowedDownloadHost } from '@/utils/mail/hosts';
import { injectIntoOpenTabs } from '@/utils/mail/inject';
import { injectMessageUi, injectMessageUiFirefox } from '@/utils/mail/inject-message-ui';
import { createListService } from '@/utils/mail/list-service';
import { createMailService } from '@/utils/mail/service';
import { tellMailTabs } from '@/utils/mail/store-changes';
import { createRpcHandler, isRpcRequest } from '@/utils/messaging/rpc';
import { createRemoteAnalyzer } from '@/utils/photo/remote-analyzer';
import { ANALYZE_PORT, type RemoteCommand } from '@/utils/photo/remote-protocol';
import { openStore, type Store } from '@/utils/store';
import { forwardChanges } from '@/utils/store/changes';
import { startTeamSync } from '@/utils/sync/background';

export default defineBackground(() => {
  // Mail tabs open before an install or update get the new content script now (Chrome and Edge; Firefox
  // injects into open tabs itself). An older instance there stands down as it starts (utils/mail/instance.ts).
  if (!import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install' || reason === 'update') void injectIntoOpenTabs(browser);
    });
  }

  // What a mail tab saves (photos filed, a decision) shows in the other mail tabs' panels too.
  forwardChanges((stores) => void tellMailTabs(browser, stores));

  let store: Promise<Store> | undefined;
  // One connection, reopened if another page's upgrade (or the browser) closed it.
  const open = async () => {
    const current = await store?.catch(() => undefined);
    if (!current || current.closed) store = openStore();
    return store!;
  };

  // Optional team sync (Settings → Team): nothing runs, and nothing is sent, until it is turned on.
  startTeamSync(open);

  const handleRpc = createRpcHandler({ ...createMailService(open), ...createListService(open) });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own content scripts and pages: never a web page (there is no externally_connectable).
    if (sender.id !== browser.runtime.id || !isRpcRequest(message)) return undefined;
    void handleRpc(message).then(sendResponse);
    return true;
  });

  // A mail tab's first open message: its content script asks for the message UI (message-ui-handoff.ts).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || !isLoadMessageUi(message) || tabId === undefined)
      return undefined;
    const target = { tabId, frameId: sender.frameId ?? 0 };
    (import.meta.env.FIREFOX ? injectMessageUiFirefox(browser, target) : injectMessageUi(browser, target))
      .catch(() => false)
      .then(sendResponse);
    return true;
  });

  // Each mail photo is filed here as soon as it is measured: its thumbnail never goes to the mail page.
  const file = createFiler(open);
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ANALYZE_PORT || port.sender?.id !== browser.runtime.id) return;
    let connected = true;
    const analyzer = createRemoteAnalyzer(
      (event) => {
        if (connected) port.postMessage(event);
      },
      { allowedHosts: allowedDownloadHost, file },
    );
    port.onMessage.addListener((command) => analyzer.handle(command as RemoteCommand));
    port.onDisconnect.addListener(() => {
      connected = false;
      analyzer.cancelAll();
    });
  });
});
