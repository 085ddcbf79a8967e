// Settings → Team asks for the team server's permission: exactly that server's origin, from inside the
// click (Firefox grants an optional permission only while the user's input is being handled, so an
// await before the request would make Firefox refuse it), and nothing is saved or sent when refused.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamSettings } from '@/components/options/TeamSettings';
import { CONFIG_KEY } from '@/utils/sync/config';

const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

async function fill(host: HTMLElement, name: string, value: string) {
  const input = host.querySelector<HTMLInputElement>(`[name=${name}]`)!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The person's answer to the browser's prompt (fakeBrowser types request as returning nothing). */
const answer = (allowed: boolean) => (async () => allowed) as never;

const button = (host: HTMLElement, label: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === label)!;

describe('<TeamSettings> permission', () => {
  let host: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation((() => ({ disconnect() {} })) as never);
    host = document.createElement('div');
    document.body.append(host);
    render(<TeamSettings />, host);
    await settle();
    await fill(host, 'team-server', 'https://couch.example.com:6984');
    await fill(host, 'team-database', 'po-team');
    await fill(host, 'team-username', 'li');
    await fill(host, 'team-password', 'secret');
    await fill(host, 'team-name', 'Li Wei');
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    vi.restoreAllMocks();
  });

  it('asks for that one origin during the click, then saves and turns sync on', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(answer(true));
    button(host, 'Save and turn on').click();
    // Synchronously, before any await: still inside the user's input as Firefox counts it.
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.example.com/*'] });
    await settle();
    const saved = (await fakeBrowser.storage.local.get(CONFIG_KEY))[CONFIG_KEY];
    expect(saved).toMatchObject({ enabled: true, server: 'https://couch.example.com:6984', name: 'Li Wei' });
  });

  it('Test connection asks the same way, and sends nothing when refused', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(answer(false));
    const fetch = vi.spyOn(globalThis, 'fetch');
    button(host, 'Test connection').click();
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.example.com/*'] });
    await settle();
    expect(fetch).not.toHaveBeenCalled();
    expect(host.querySelector('[data-testid=team-message]')?.textContent).toContain(
      'was not allowed to reach this server, so nothing was sent',
    );
  });

  it('saves nothing and says why when the person refuses', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(answer(false));
    button(host, 'Save and turn on').click();
    await settle();
    expect(await fakeBrowser.storage.local.get(CONFIG_KEY)).toEqual({});
    expect(host.querySelector('[data-testid=team-message]')?.textContent).toContain(
      'Try again and choose Allow',
    );
  });
});
