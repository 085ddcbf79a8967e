// The mail page's content script loads the message UI only when a message opens, and starts it with its
// own context and adapter; the background injects the bundle into the frame that asked.
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  handOverMessageUi,
  isLoadMessageUi,
  LOAD_MESSAGE_UI,
  loadMessageUiOnOpen,
} from '@/components/mail/message-ui-handoff';
import type { HealthReport, MailAdapter, MailMessage } from '@/utils/mail/adapter';
import { injectMessageUi, injectMessageUiFirefox } from '@/utils/mail/inject-message-ui';

type OnChange = (messages: MailMessage[], health: HealthReport) => void;

const ok = { ok: true, conversationOpen: false, openMessages: 0 } as unknown as HealthReport;
const broken = { ok: false, conversationOpen: true, openMessages: 1 } as unknown as HealthReport;
const message = { id: 'msg-1' } as MailMessage;

/** An adapter whose watch the test drives; `watching` tells whether the watch still runs. */
function fakeAdapter() {
  const state = { onChange: undefined as OnChange | undefined, watching: 0 };
  const adapter = {
    watch(onChange: OnChange, signal: AbortSignal) {
      state.onChange = onChange;
      state.watching++;
      signal.addEventListener('abort', () => state.watching--);
    },
  } as unknown as MailAdapter;
  return { adapter, state };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadMessageUiOnOpen', () => {
  it('asks for the message UI only once a message is open, once, and starts it with its context and adapter', async () => {
    const ctx = new ContentScriptContext('handoff-test');
    const { adapter, state } = fakeAdapter();
    const global = {};
    const request = vi.fn(async () => true);
    const loader = loadMessageUiOnOpen(ctx, adapter, request, global);
    state.onChange!([], ok); // the list alone: nothing loaded
    expect(request).not.toHaveBeenCalled();
    state.onChange!([message], ok);
    state.onChange!([message], ok); // a second change while the bundle is on its way
    expect(request).toHaveBeenCalledOnce();
    const start = vi.fn();
    expect(handOverMessageUi(start, global)).toBe(true);
    expect(start).toHaveBeenCalledWith(ctx, adapter);
    expect(loader.started).toBe(true);
    expect(state.watching).toBe(0); // the message UI's own watch takes over
    handOverMessageUi(start, global); // injected twice: started once
    expect(start).toHaveBeenCalledOnce();
  });

  it('loads the UI for a layout it cannot read, so its notice can show', () => {
    const ctx = new ContentScriptContext('handoff-test');
    const { adapter, state } = fakeAdapter();
    const request = vi.fn(async () => true);
    loadMessageUiOnOpen(ctx, adapter, request, {});
    state.onChange!([], broken);
    expect(request).toHaveBeenCalledOnce();
  });

  it('asks again at the next change when the background could not inject', async () => {
    const ctx = new ContentScriptContext('handoff-test');
    const { adapter, state } = fakeAdapter();
    const request = vi.fn().mockRejectedValueOnce(new Error('no background')).mockResolvedValue(true);
    loadMessageUiOnOpen(ctx, adapter, request, {});
    state.onChange!([message], ok);
    await settle();
    state.onChange!([message], ok);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('a stopped instance starts nothing and stops watching; the newest instance receives the bundle', () => {
    const global = {};
    const old = new ContentScriptContext('handoff-test-2');
    const first = fakeAdapter();
    loadMessageUiOnOpen(old, first.adapter, async () => true, global);
    const next = new ContentScriptContext('handoff-test-2'); // an update's new instance: the old one stops
    expect(old.isValid).toBe(false);
    expect(first.state.watching).toBe(0);
    const second = fakeAdapter();
    loadMessageUiOnOpen(next, second.adapter, async () => true, global);
    const start = vi.fn();
    handOverMessageUi(start, global);
    expect(start).toHaveBeenCalledWith(next, second.adapter);
    next.abort();
    expect(handOverMessageUi(vi.fn(), global)).toBe(false); // nobody left to start it
  });

  it('recognises only its own request', () => {
    expect(isLoadMessageUi({ kind: LOAD_MESSAGE_UI })).toBe(true);
    expect(isLoadMessageUi({ kind: 'other' })).toBe(false);
    expect(isLoadMessageUi(undefined)).toBe(false);
  });
});

describe('injectMessageUi', () => {
  it('Chrome: scripting into the asking frame, true when the content script took the bundle', async () => {
    const executeScript = vi.fn(async () => [{ frameId: 3, result: true }]);
    const api = { scripting: { executeScript } } as never;
    expect(await injectMessageUi(api, { tabId: 7, frameId: 3 })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: ['/message-ui.js'],
    });
    executeScript.mockResolvedValueOnce([{ frameId: 3, result: false }] as never);
    expect(await injectMessageUi(api, { tabId: 7, frameId: 3 })).toBe(false);
  });

  it('Firefox MV2: tabs.executeScript (no scripting permission there)', async () => {
    const executeScript = vi.fn(async () => [true]);
    const api = { tabs: { executeScript } } as never;
    expect(await injectMessageUiFirefox(api, { tabId: 7, frameId: 0 })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith(7, { file: '/message-ui.js', frameId: 0 });
  });
});
