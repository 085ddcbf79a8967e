// The mail panels hear of writes made elsewhere: every extension context passes its writes on to the
// open mail tabs (utils/mail/store-changes), only when they touch what a panel shows.
import { describe, expect, it, vi } from 'vitest';
import { isStoreChanged, STORE_CHANGED, tellMailTabs } from '@/utils/mail/store-changes';

function api(tabs: { id?: number; discarded?: boolean }[]) {
  return {
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://mail.google.com/*'], js: ['a.js'] },
          { matches: ['https://outlook.office.com/*', 'https://mail.google.com/*'], js: ['b.js'] },
        ],
      }),
    },
    tabs: {
      query: vi.fn(async () => tabs),
      sendMessage: vi.fn(async (_id: number, _message: unknown) => undefined),
    },
  };
}

describe('tellMailTabs', () => {
  it('sends the change to every live mail tab, asking for the content scripts’ hosts once each', async () => {
    const a = api([{ id: 1 }, { id: 2, discarded: true }, { id: 3 }]);
    await tellMailTabs(a as never, ['orders']);
    expect(a.tabs.query).toHaveBeenCalledWith({
      url: ['https://mail.google.com/*', 'https://outlook.office.com/*'],
    });
    expect(a.tabs.sendMessage.mock.calls).toEqual([
      [1, { type: STORE_CHANGED, stores: ['orders'] }],
      [3, { type: STORE_CHANGED, stores: ['orders'] }],
    ]);
    expect(isStoreChanged(a.tabs.sendMessage.mock.calls[0]![1])).toBe(true);
  });

  it('says nothing of what no panel shows (templates, thread memory), and never throws', async () => {
    const a = api([{ id: 1 }]);
    await tellMailTabs(a as never, ['templates', 'threads']);
    expect(a.tabs.query).not.toHaveBeenCalled();
    a.tabs.query.mockRejectedValueOnce(new Error('gone'));
    await expect(tellMailTabs(a as never, ['photos'])).resolves.toBeUndefined();
  });
});
