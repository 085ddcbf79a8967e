// The background's part of loading the message UI (components/mail/message-ui-handoff.ts): the bundle goes
// into the frame that asked, in the extension's isolated world, as a file of the extension (never a
// web-accessible one). Chrome and Edge through `scripting`; Firefox's MV2 through `tabs.executeScript`
// (its manifest asks for no "scripting" permission).
import type { browser } from 'wxt/browser';

type Api = Pick<typeof browser, 'scripting' | 'tabs'>;

const FILE = '/message-ui.js';

/** Injects the message UI into one frame; true when the content script there took it. */
export async function injectMessageUi(
  api: Api,
  target: { tabId: number; frameId: number },
  firefox: boolean,
): Promise<boolean> {
  if (firefox) {
    const results = await api.tabs.executeScript(target.tabId, { file: FILE, frameId: target.frameId });
    return results?.[0] === true;
  }
  const results = await api.scripting.executeScript({
    target: { tabId: target.tabId, frameIds: [target.frameId] },
    files: [FILE],
  });
  return results?.[0]?.result === true;
}
