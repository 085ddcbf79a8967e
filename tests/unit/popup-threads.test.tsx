// The popup's "Photos to check": which seen threads are listed, how a row reads, and how a thread is opened
// (in the mail tab it was seen in, its row clicked there; else its address; else a new tab).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { threadsToCheck } from '@/components/popup/attention';
import { openThread, threadAddress } from '@/components/popup/open-thread';
import { PopupView } from '@/components/popup/PopupView';
import { REVEAL_THREAD } from '@/utils/mail/list';
import type { ListThread, Supplier } from '@/utils/store/types';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';

const supplier: Supplier = {
  id: 'sup-1',
  company: 'Ningbo Bright Lighting',
  emails: ['amy@ningbo-bright.cn'],
  domains: [],
  replyLanguages: ['en'],
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};
const thread = (threadId: string, client: ListThread['client'] = 'gmail'): ListThread => ({
  threadId,
  client,
  supplierId: 'sup-1',
  subject: `Photos ${threadId}`,
  attachmentNames: ['front.jpg'],
  pageUrl: client === 'gmail' ? 'https://mail.google.com/mail/u/1/' : 'https://outlook.office.com/mail/',
  firstSeenAt: '2026-12-01T00:00:00.000Z',
  lastSeenAt: '2026-12-01T00:00:00.000Z',
});
const origins = [{ source: 'gmail' as const, fileName: 'a.jpg', receivedAt: '2026-12-01T00:00:00.000Z' }];
const good = {
  report: {
    format: 'jpeg' as const,
    width: 4000,
    height: 3000,
    bytes: 3_000_000,
    bytesRead: 1,
    findings: [],
    verdict: 'ok' as const,
    exif: { make: 'x', model: 'y', orientation: 1, hasGps: false },
    jpeg: { quality: 92, progressive: false },
  },
  status: { state: 'pending' as const },
  origins,
};

describe('threadsToCheck', () => {
  it('lists unchecked, to re-request and awaiting threads; checked-and-good ones and unknown suppliers drop out', () => {
    const known = new Map([
      ['good', { photos: [good], openRequests: [] }],
      [
        'bad',
        {
          photos: [{ ...good, status: { state: 'rejected' as const, at: 'x', reason: 'dark' } }],
          openRequests: [],
        },
      ],
      ['asked', { photos: [good], openRequests: [{ askedAt: '2026-12-02T00:00:00.000Z' }] }],
    ]);
    const listed = threadsToCheck(
      [
        thread('new'),
        thread('good'),
        thread('bad'),
        thread('asked'),
        { ...thread('gone'), supplierId: 'sup-x' },
      ],
      known,
      new Map([['sup-1', supplier]]),
      [],
      DEFAULT_THRESHOLDS,
    );
    expect(listed.map((t) => [t.thread.threadId, t.mark.state])).toEqual([
      ['new', 'unchecked'],
      ['bad', 'retake'],
      ['asked', 'awaiting'],
    ]);
  });
});

describe('openThread', () => {
  function api(tabs: { id: number; url: string; windowId: number }[], shown: boolean | Error) {
    const calls: unknown[][] = [];
    /** Records each call and answers `answer`. */
    const record =
      (name: string, answer: unknown = {}) =>
      async (...args: unknown[]) => {
        calls.push([name, ...args]);
        if (answer instanceof Error) throw answer;
        return answer;
      };
    return {
      calls,
      api: {
        tabs: {
          query: record('query', tabs),
          sendMessage: record('sendMessage', shown),
          update: record('update'),
          create: record('create'),
        },
        windows: { update: record('window') },
      } as never,
    };
  }

  it('in the tab it was seen in, the row is clicked there and the tab comes forward', async () => {
    const { api: a, calls } = api(
      [
        { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox', windowId: 9 },
        { id: 2, url: 'https://mail.google.com/mail/u/1/#inbox', windowId: 9 },
      ],
      true,
    );
    expect(await openThread(thread('18c1'), a)).toBe('row');
    expect(calls).toEqual([
      ['query', { url: ['https://mail.google.com/*'] }],
      ['sendMessage', 2, { kind: REVEAL_THREAD, threadId: '18c1' }],
      ['update', 2, { active: true }],
      ['window', 9, { focused: true }],
    ]);
  });

  it("Gmail without the row on screen: the thread's address; Outlook: its mail page comes forward", async () => {
    const gmail = api([{ id: 3, url: 'https://mail.google.com/mail/u/1/#settings', windowId: 1 }], false);
    expect(await openThread(thread('18c1'), gmail.api)).toBe('address');
    expect(gmail.calls).toContainEqual(['update', 3, { url: 'https://mail.google.com/mail/u/1/#all/18c1' }]);
    const outlook = api(
      [{ id: 4, url: 'https://outlook.office.com/mail/inbox', windowId: 1 }],
      new Error('no receiver'),
    );
    expect(await openThread(thread('AAQk=', 'outlook'), outlook.api)).toBe('tab');
    expect(outlook.calls.filter((c) => c[0] === 'update')).toEqual([['update', 4, { active: true }]]);
  });

  it('no mail tab: a new one at the address', async () => {
    const { api: a, calls } = api([], true);
    expect(await openThread(thread('18c1'), a)).toBe('new-tab');
    expect(calls.at(-1)).toEqual(['create', { url: threadAddress(thread('18c1')) }]);
  });
});

describe('the popup section', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  it('each thread reads as PO, subject, supplier and what it needs; a click opens it', () => {
    const open = vi.fn();
    const items = threadsToCheck(
      [thread('new'), thread('bad')],
      new Map([
        [
          'bad',
          {
            photos: [{ ...good, status: { state: 'rejected' as const, at: 'x', reason: 'dark' } }],
            openRequests: [],
          },
        ],
      ]),
      new Map([['sup-1', supplier]]),
      [],
      DEFAULT_THRESHOLDS,
    );
    act(() =>
      render(
        <PopupView
          attention={{ openOrders: 1, stages: [], gates: [], requests: [] }}
          threads={items}
          openThread={open}
          orderCount={1}
          now={new Date()}
          open={() => {}}
        />,
        root,
      ),
    );
    expect(root.querySelector('h2')?.textContent).toContain('Photos to check');
    const rows = Array.from(root.querySelectorAll<HTMLButtonElement>('.pp-thread'));
    expect(rows.map((r) => r.textContent)).toEqual([
      'Photos newNingbo Bright Lighting · Gmailnot checked yet',
      'Photos badNingbo Bright Lighting · Gmail✗ 1 to re-request',
    ]);
    expect(root.querySelector('[data-testid=all-clear]')).toBeNull();
    act(() => rows[1].click());
    expect(open).toHaveBeenCalledWith(items[1].thread);
  });
});
