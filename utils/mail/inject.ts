// Chrome and Edge run content scripts only in pages loaded after the extension: after an install, an
// update or a reload, mail tabs already open would have no Photo Triage (or a stopped one) until the
// buyer reloads them. The background starts the manifest's content scripts in them instead. Firefox does
// this itself, so the background calls this only for Chromium builds.
import type { browser } from 'wxt/browser';

type Api = Pick<typeof browser, 'runtime' | 'tabs' | 'scripting'>;

/** Injects each content script into the open tabs its `matches` cover; returns how many injections ran. */
export async function injectIntoOpenTabs(api: Api): Promise<number> {
  let injected = 0;
  for (const script of api.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    // With host permissions for these hosts, `url` filters work without the "tabs" permission.
    const tabs = await api.tabs.query({ url: script.matches });
    await Promise.all(
      tabs
        // A discarded tab reloads when shown, and the browser runs the scripts then.
        .filter((tab) => tab.id !== undefined && !tab.discarded)
        .map((tab) =>
          api.scripting
            // The manifest's own paths (WXT types `files` as the literal paths it knows of).
            .executeScript({
              target: { tabId: tab.id!, allFrames: script.all_frames },
              files: script.js as never,
              // The Outlook download hook belongs in the page's own world, as in the manifest.
              world: (script as { world?: 'MAIN' | 'ISOLATED' }).world ?? 'ISOLATED',
            })
            .then(() => injected++)
            // An error page or a tab closed meanwhile: nothing to start there.
            .catch((error: unknown) => console.warn(`Photo Triage: not started in tab ${tab.id}`, error)),
        ),
    );
  }
  return injected;
}
