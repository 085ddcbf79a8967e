// The desk's sidebar says where the data is: in this browser while team sync is off; with it on, the one
// server it goes to and the status, updated as the background writes it; the team port held meanwhile.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamMailStatus, TeamNote } from '@/components/options/TeamNote';
import { CONFIG_KEY, STATUS_KEY, TEAM_PORT } from '@/utils/sync/config';

const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

describe('<TeamNote>', () => {
  let host: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('says everything stays here while sync is off, and holds no port', async () => {
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect');
    render(<TeamNote offText="Everything stays in this browser." />, host);
    await settle();
    expect(host.textContent).toBe('Everything stays in this browser.');
    expect(connect).not.toHaveBeenCalled();
  });

  it('names the server and the status when sync is on, follows the status, and holds the team port', async () => {
    const disconnect = vi.fn();
    const connect = vi
      .spyOn(fakeBrowser.runtime, 'connect')
      .mockImplementation((() => ({ disconnect })) as never);
    await fakeBrowser.storage.local.set({
      [CONFIG_KEY]: { enabled: true, server: 'https://couch.example.com:6984', database: 'po' },
      [STATUS_KEY]: { state: 'syncing', pending: 2 },
    });
    render(<TeamNote offText="Everything stays in this browser." />, host);
    await settle();
    expect(host.textContent).toContain('go to couch.example.com:6984; nothing else leaves this browser');
    expect(host.textContent).toContain('Team sync: syncing 2 kinds of change');
    expect(connect).toHaveBeenCalledWith({ name: TEAM_PORT });

    await act(async () => {
      await fakeBrowser.storage.local.set({ [STATUS_KEY]: { state: 'error', problem: 'unauthorized' } });
    });
    await settle();
    expect(host.querySelector('[role=status]')?.textContent).not.toContain('syncing');

    await act(async () => {
      await fakeBrowser.storage.local.set({ [CONFIG_KEY]: { enabled: false, server: '' } });
    });
    await settle();
    expect(host.textContent).toBe('Everything stays in this browser.');
    expect(disconnect).toHaveBeenCalled();
  });

  it('the mail panel: nothing while sync is off; the status and the team port while it is on, never the settings', async () => {
    const disconnect = vi.fn();
    const connect = vi
      .spyOn(fakeBrowser.runtime, 'connect')
      .mockImplementation((() => ({ disconnect })) as never);
    connect.mockClear(); // spied on by the tests above too
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ [STATUS_KEY]: { state: 'off' } });
    render(<TeamMailStatus />, host);
    await settle();
    expect(host.textContent).toBe('');
    expect(connect).not.toHaveBeenCalled();

    await act(async () => {
      await fakeBrowser.storage.local.set({
        [STATUS_KEY]: { state: 'offline', since: '2026-12-05T10:42:00.000Z' },
      });
    });
    await settle();
    expect(host.textContent).toMatch(/^Team sync: offline since .+ Changes are kept here/);
    expect(connect).toHaveBeenCalledWith({ name: TEAM_PORT });
    // The content script reads the status only: the settings hold the password.
    expect(get.mock.calls.flat()).not.toContain(CONFIG_KEY);

    await act(async () => {
      await fakeBrowser.storage.local.set({ [STATUS_KEY]: { state: 'off' } });
    });
    await settle();
    expect(host.textContent).toBe('');
    expect(disconnect).toHaveBeenCalled();
  });
});
