import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OWN_UI_ATTRIBUTE } from '@/utils/mail/adapter';
import { injectIntoOpenTabs } from '@/utils/mail/inject';
import { claimPage } from '@/utils/mail/instance';

describe('claimPage', () => {
  it('removes the elements an earlier instance left behind, and nothing of the page', () => {
    document.body.innerHTML = '<div id="mail"><span id="card"></span></div>';
    for (const tag of ['photo-triage-badge', 'photo-triage-panel']) {
      const el = document.createElement(tag);
      el.setAttribute(OWN_UI_ATTRIBUTE, 'old');
      document.getElementById('card')!.after(el);
    }
    const mark = claimPage(document);
    expect(document.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`)).toHaveLength(0);
    expect(document.getElementById('card')).not.toBeNull();
    expect(mark).toMatch(/^\w+$/);
    expect(claimPage(document)).not.toBe(mark);
  });
});

describe('ContentScriptContext (WXT), which the handover relies on', () => {
  it('invalidates the running instance of a content script, synchronously, when a new one starts', () => {
    const old = new ContentScriptContext('gmail');
    const stopped = vi.fn();
    old.onInvalidated(stopped);
    const other = new ContentScriptContext('outlook');
    expect(old.isValid).toBe(true); // another content script leaves it alone
    const next = new ContentScriptContext('gmail');
    expect(stopped).toHaveBeenCalledOnce();
    expect(old.isValid).toBe(false);
    expect(next.isValid).toBe(true);
    expect(other.isValid).toBe(true);
  });
});

describe('injectIntoOpenTabs', () => {
  const manifest = {
    content_scripts: [
      { matches: ['https://mail.google.com/*'], js: ['content-scripts/gmail.js'] },
      {
        matches: ['https://outlook.office.com/mail/*'],
        js: ['content-scripts/outlook-download-hook.js'],
        world: 'MAIN',
      },
      {
        matches: ['https://outlook.office.com/mail/*'],
        js: ['content-scripts/outlook.js'],
        all_frames: false,
      },
    ],
  };
  const tabs: Record<string, { id?: number; discarded?: boolean }[]> = {
    'https://mail.google.com/*': [{ id: 1 }, { id: 2, discarded: true }, {}],
    'https://outlook.office.com/mail/*': [{ id: 3 }, { id: 4 }],
  };

  it("starts each content script in the open tabs its matches cover, from the manifest's own paths", async () => {
    const executeScript = vi.fn(async (injection: { target: { tabId: number } }) => {
      if (injection.target.tabId === 4) throw new Error('Frame with ID 0 is showing error page');
    });
    const query = vi.fn(async ({ url }: { url: string[] }) => tabs[url[0]]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = { runtime: { getManifest: () => manifest }, tabs: { query }, scripting: { executeScript } };
    const injected = await injectIntoOpenTabs(api as unknown as Parameters<typeof injectIntoOpenTabs>[0]);
    expect(query.mock.calls.map(([q]) => q.url)).toEqual([
      ['https://mail.google.com/*'],
      ['https://outlook.office.com/mail/*'],
      ['https://outlook.office.com/mail/*'],
    ]);
    // Not the discarded tab (the browser runs the scripts when it reloads) nor one without an id.
    expect(executeScript.mock.calls.map(([i]) => i)).toEqual([
      { target: { tabId: 1, allFrames: undefined }, files: ['content-scripts/gmail.js'], world: 'ISOLATED' },
      {
        target: { tabId: 3, allFrames: undefined },
        files: ['content-scripts/outlook-download-hook.js'],
        world: 'MAIN',
      },
      {
        target: { tabId: 4, allFrames: undefined },
        files: ['content-scripts/outlook-download-hook.js'],
        world: 'MAIN',
      },
      { target: { tabId: 3, allFrames: false }, files: ['content-scripts/outlook.js'], world: 'ISOLATED' },
      { target: { tabId: 4, allFrames: false }, files: ['content-scripts/outlook.js'], world: 'ISOLATED' },
    ]);
    expect(injected).toBe(3); // the error page's failures are logged, the others still run
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
