// The background's part of loading the message UI (components/mail/message-ui-handoff.ts): the bundle goes
// into the frame that asked, in the extension's isolated world, as a file of the extension (never a
// web-accessible one). Chrome and Edge through `scripting`; Firefox's MV2 through `tabs.executeScript`
// (its manifest asks for no "scripting" permission). Two functions, so each build keeps only its own.
import type { browser } from 'wxt/browser';

const FILE = '/message-ui.js';

interface Target {
  tabId: number;
  frameId: number;
}

/** Chrome and Edge: injects the message UI into one frame; true when the content script there took it. */
export async function injectMessageUi(
  api: Pick<typeof browser, 'scripting'>,
  target: Target,
): Promise<boolean> {
  const results = await api.scripting.executeScript({
    target: { tabId: target.tabId, frameIds: [target.frameId] },
    files: [FILE],
  });
  return results?.[0]?.result === true;
}

/** Firefox MV2: the same through `tabs.executeScript`. */
export async function injectMessageUiFirefox(
  api: Pick<typeof browser, 'tabs'>,
  target: Target,
): Promise<boolean> {
  const results = await api.tabs.executeScript(target.tabId, { file: FILE, frameId: target.frameId });
  return results?.[0] === true;
}
