// Opens a supplier thread from the popup's "Photos to check": in the mail tab it was seen in when that tab
// still shows the list (its row is clicked there), else that tab or a new one at the thread's address.
import type { browser } from 'wxt/browser';
import { GMAIL_HOSTS, matchPatterns, OUTLOOK_HOSTS } from '@/utils/mail/hosts';
import { REVEAL_THREAD } from '@/utils/mail/list';
import type { ListThread } from '@/utils/store/types';

export type OpenedHow = 'row' | 'address' | 'tab' | 'new-tab';

/**
 * Gmail opens a thread from its legacy hex id in the route; Outlook has no address for a conversation id,
 * so its mail page opens (and the row is clicked when the list shows it).
 */
export function threadAddress(thread: Pick<ListThread, 'client' | 'pageUrl' | 'threadId'>): string {
  return thread.client === 'gmail'
    ? `${thread.pageUrl}#all/${encodeURIComponent(thread.threadId)}`
    : thread.pageUrl;
}

export async function openThread(
  thread: ListThread,
  api: Pick<typeof browser, 'tabs' | 'windows'>,
): Promise<OpenedHow> {
  const hosts = thread.client === 'gmail' ? GMAIL_HOSTS.pages : OUTLOOK_HOSTS.pages;
  const tabs = await api.tabs.query({ url: matchPatterns(hosts) });
  const tab = tabs.find((t) => t.url?.startsWith(thread.pageUrl)) ?? tabs[0];
  if (tab?.id === undefined) {
    await api.tabs.create({ url: threadAddress(thread) });
    return 'new-tab';
  }
  const shown = await api.tabs
    .sendMessage(tab.id, { kind: REVEAL_THREAD, threadId: thread.threadId })
    .catch(() => false);
  let how: OpenedHow = 'row';
  if (shown !== true) {
    how = thread.client === 'gmail' ? 'address' : 'tab';
    if (how === 'address') await api.tabs.update(tab.id, { url: threadAddress(thread) });
  }
  await api.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await api.windows.update(tab.windowId, { focused: true }).catch(() => {});
  return how;
}
