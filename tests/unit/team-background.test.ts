// The background's team sync (utils/sync/background.ts): turning sync off while a pass is running leaves
// the status "off", not what the pass ended with (seen in Firefox, where opening Settings starts a pass).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Store } from '@/utils/store/db';
import { startTeamSync } from '@/utils/sync/background';
import { CONFIG_KEY, STATUS_KEY } from '@/utils/sync/config';
import { syncPass } from '@/utils/sync/engine';

vi.mock('@/utils/sync/engine', () => ({ syncPass: vi.fn() }));
vi.mock('@/utils/sync/pouch', () => ({
  openMirror: () => ({ close: async () => {} }),
  openRemote: () => ({ close: async () => {} }),
}));

const on = { enabled: true, server: 'https://couch.example.com', database: 'po', name: 'Li Wei' };
const status = async () => (await fakeBrowser.storage.local.get(STATUS_KEY))[STATUS_KEY];

describe('team sync in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    // Not in the fake browser: no page holds a port in this test.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  });

  it('a pass that ends after sync was turned off leaves the status off', async () => {
    let finish: (result: unknown) => void = () => {};
    vi.mocked(syncPass).mockImplementation(() => new Promise((r) => (finish = r)) as never);
    await fakeBrowser.storage.local.set({ [CONFIG_KEY]: on });
    startTeamSync(async () => ({}) as Store);
    await vi.waitFor(() => expect(syncPass).toHaveBeenCalled());
    expect(await status()).toMatchObject({ state: 'syncing' });

    await fakeBrowser.storage.local.set({ [CONFIG_KEY]: { ...on, enabled: false } });
    await vi.waitFor(async () => expect(await status()).toEqual({ state: 'off' }));
    finish({ mirrored: 0, pushed: 1, pulled: 0, applied: 0, resolved: 0, refused: [] });
    await new Promise((r) => setTimeout(r, 50));
    expect(await status()).toEqual({ state: 'off' });
  });
});
