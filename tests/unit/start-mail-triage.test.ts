// The content script's lifecycle on a page: what a stopped instance (extension updated or reloaded, or a
// newer instance started) leaves behind — nothing — and the handover to the next one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startMailTriage } from '@/components/mail/start-mail-triage';
import type { HealthReport, MailAdapter, MailMessage } from '@/utils/mail/adapter';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';

const health: HealthReport = { ok: true, conversationOpen: true, openMessages: 1 } as unknown as HealthReport;

function page() {
  document.body.innerHTML = '<div id="msg"><span id="card">front.jpg</span></div>';
  const element = document.getElementById('msg')!;
  const message: MailMessage = {
    client: 'gmail',
    id: 'msg-1',
    threadId: 't-1',
    element,
    sender: { email: 'amy@factory.cn' },
    subject: 'photos',
    bodyText: () => '',
    attachments: [
      {
        key: 'att:0.1',
        name: 'front.jpg',
        kind: 'image',
        badgeAnchor: document.getElementById('card')!,
        fetchUrl: 'https://mail.google.com/x',
        byteStrategy: 'gmail-download-url',
      },
    ],
    inlineImages: [],
    driveLinks: [],
    signal: new AbortController().signal,
  } as MailMessage;
  return message;
}

/** An adapter whose watch reports `message` once and remembers whether it was stopped. */
function adapter(message: MailMessage) {
  const state = { watching: false };
  const a = {
    watch(onChange: (m: MailMessage[], h: HealthReport) => void, signal: AbortSignal) {
      state.watching = true;
      signal.addEventListener('abort', () => {
        state.watching = false;
      });
      queueMicrotask(() => onChange([message], health));
    },
  } as unknown as MailAdapter;
  return { adapter: a, state };
}

/** The background: a supplier's message, no photos on file; the analyze port records what it is told. */
function background() {
  const posted: unknown[] = [];
  const disconnect = vi.fn();
  const onDisconnect: (() => void)[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: { method: string }) => {
    if (request.method === 'messageContext')
      return {
        ok: true,
        value: {
          supplier: { id: 's', company: 'Factory', emails: [], domains: [] },
          ignored: false,
          orderReason: 'ask',
          candidates: [],
          settings: DEFAULT_SETTINGS,
        },
      };
    return { ok: true, value: [] };
  }) as never);
  const port = {
    postMessage: (m: unknown) => posted.push(m),
    disconnect,
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
  };
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation((() => port) as never);
  return { posted, disconnect, onDisconnect };
}

const ours = () => [...document.querySelectorAll('[data-photo-triage]')];
const settle = () => new Promise((r) => setTimeout(r, 50));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('startMailTriage lifecycle', () => {
  it('a newer instance makes the running one stand down: its UI, watch and downloads all stop', async () => {
    const bg = background();
    const message = page();
    const first = adapter(message);
    const old = new ContentScriptContext('gmail');
    startMailTriage(old, first.adapter);
    await vi.waitFor(() => expect(document.querySelectorAll('photo-triage-badge')).toHaveLength(1));
    expect(document.querySelectorAll('photo-triage-panel')).toHaveLength(1);
    const oldMark = ours()[0].getAttribute('data-photo-triage');
    expect(bg.posted).toContainEqual(expect.objectContaining({ type: 'analyze' }));

    const second = adapter(message);
    const next = new ContentScriptContext('gmail');
    expect(old.isValid).toBe(false);
    expect(ours()).toHaveLength(0); // gone at once, before the new instance mounts anything
    expect(first.state.watching).toBe(false);
    expect(bg.disconnect).toHaveBeenCalled(); // the background cancels the old port's downloads

    startMailTriage(next, second.adapter);
    await vi.waitFor(() => expect(document.querySelectorAll('photo-triage-badge')).toHaveLength(1));
    await settle();
    expect(document.querySelectorAll('photo-triage-panel')).toHaveLength(1);
    const marks = new Set(ours().map((e) => e.getAttribute('data-photo-triage')));
    expect(marks.size).toBe(1);
    expect(marks.has(oldMark)).toBe(false);
  });

  it('UI still being created when the instance stops never appears', async () => {
    background();
    page();
    const ctx = new ContentScriptContext('gmail');
    // A layout it cannot read: the notice is mounted on the page, its shadow root created asynchronously.
    const broken = { ...health, ok: false, openMessages: 0, missing: ['attachments'] } as HealthReport;
    const a = {
      watch: (onChange: (m: MailMessage[], h: HealthReport) => void) => onChange([], broken),
    } as unknown as MailAdapter;
    startMailTriage(ctx, a);
    ctx.notifyInvalidated(); // stopped while the notice is being created
    await settle();
    expect(ours()).toHaveLength(0);
  });

  it('stops by itself when the extension is gone (runtime id undefined) and the port drops', async () => {
    const bg = background();
    const message = page();
    const ctx = new ContentScriptContext('gmail');
    const { adapter: a, state } = adapter(message);
    startMailTriage(ctx, a);
    await vi.waitFor(() => expect(document.querySelectorAll('photo-triage-badge')).toHaveLength(1));
    // The extension is reloaded: its runtime goes away and the background's end of the port with it.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    for (const listener of bg.onDisconnect) listener();
    expect(ours()).toHaveLength(0);
    expect(ctx.signal.aborted).toBe(true);
    expect(state.watching).toBe(false);
  });

  it('messages opened and closed all day leave no listener on the context (their UI can be collected)', async () => {
    background();
    const message = page();
    const ctx = new ContentScriptContext('gmail');
    let live = 0;
    const add = ctx.signal.addEventListener.bind(ctx.signal);
    const remove = ctx.signal.removeEventListener.bind(ctx.signal);
    vi.spyOn(ctx.signal, 'addEventListener').mockImplementation((...args: Parameters<typeof add>) => {
      live++;
      add(...args);
    });
    vi.spyOn(ctx.signal, 'removeEventListener').mockImplementation((...args: Parameters<typeof remove>) => {
      live--;
      remove(...args);
    });
    let report: (m: MailMessage[], h: HealthReport) => void = () => {};
    const a = {
      watch: (onChange: typeof report) => {
        report = onChange;
      },
    } as unknown as MailAdapter;
    startMailTriage(ctx, a);
    const base = live;
    for (let i = 0; i < 5; i++) {
      report([{ ...message, id: `msg-${i}` }], health);
      await vi.waitFor(() => expect(document.querySelectorAll('photo-triage-badge')).toHaveLength(1));
      await settle();
      report([], health); // the buyer moves on
      await settle();
      expect(document.querySelectorAll('photo-triage-badge, photo-triage-panel')).toHaveLength(0);
    }
    expect(live).toBe(base);
    // And the UI still goes when the instance stops.
    report([message], health);
    await vi.waitFor(() => expect(document.querySelectorAll('photo-triage-badge')).toHaveLength(1));
    ctx.notifyInvalidated();
    expect(ours()).toHaveLength(0);
  });
});
