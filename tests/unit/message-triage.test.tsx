import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessagePanel } from '@/components/mail/MessagePanel';
import { MessageTriage } from '@/components/mail/message-triage';
import { applyUiLanguage, uiLanguage } from '@/utils/i18n';
import type { MailMessage } from '@/utils/mail/adapter';
import type { MessageContext } from '@/utils/mail/service';
import type { PhotoReport } from '@/utils/photo/types';
import { StoreError } from '@/utils/store/errors';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';

const report: PhotoReport = {
  format: 'jpeg',
  width: 3000,
  height: 2250,
  bytes: 1,
  bytesRead: 1,
  findings: [],
  verdict: 'ok',
  sha256: 'aa',
};

function message(names = ['front.jpg']): MailMessage {
  const el = document.createElement('div');
  const attachments = names.map((name, i) => ({
    key: `att:0.${i + 1}`,
    name,
    kind: 'image' as const,
    badgeAnchor: el,
    fetchUrl: 'https://mail.google.com/x',
    byteStrategy: 'gmail-download-url' as const,
  }));
  return {
    client: 'gmail',
    id: 'msg-1',
    threadId: 't-1',
    element: el,
    sender: { email: 'amy@factory.cn' },
    subject: 'photos',
    bodyText: () => '',
    attachments,
    inlineImages: [],
    driveLinks: [],
    signal: new AbortController().signal,
  };
}

function fakes(settings = DEFAULT_SETTINGS) {
  const calls: string[] = [];
  const requests: string[] = [];
  const recorded: string[] = [];
  const photosSent: object[] = [];
  const storage = { full: false };
  const thumbnailCalls: string[][] = [];
  const context = (orderId?: string) =>
    ({
      supplier: { id: 's', company: 'Factory' },
      ignored: false,
      order: orderId
        ? {
            id: orderId,
            poNumbers: ['PO-1'],
            stages: [{ id: 'st', name: { en: 'Sample' } }],
            currentStageId: 'st',
          }
        : undefined,
      stage: orderId ? { id: 'st', name: { en: 'Sample' } } : undefined,
      orderReason: orderId ? 'remembered' : 'ask',
      candidates: [],
      settings,
    }) as unknown as MessageContext;
  const rpc = {
    messageContext: async (input: { orderId?: string }) => {
      calls.push('messageContext');
      return context(input.orderId);
    },
    photosOfMessage: async () => {
      calls.push('photosOfMessage');
      return [];
    },
    recordPhotos: async (input: { photos: { fileName: string }[]; orderId?: string }) => {
      calls.push('recordPhotos');
      if (storage.full) throw new StoreError('quota');
      photosSent.push(...input.photos);
      recorded.push(
        `${input.photos.map((p) => p.fileName).join('+')}${input.orderId ? ` @${input.orderId}` : ''}`,
      );
      return input.photos.length;
    },
    rememberThreadOrder: async () => {
      calls.push('rememberThreadOrder');
    },
    openRequests: async () => [],
    thumbnails: async (ids: string[]) => {
      thumbnailCalls.push(ids);
      return Object.fromEntries(ids.map((id) => [id, new Blob([id], { type: 'image/jpeg' })]));
    },
    stageView: async () => {
      calls.push('stageView');
      return { checklist: { shots: [], unassigned: [], reused: [], findings: {} }, images: {} };
    },
  };
  const sent: { key: string; url?: string; kind: string; name: string; file?: object }[] = [];
  /** Files read in the page, by request key: their bytes go after the request, not in it. */
  const bytes = new Map<string, Blob>();
  const channel = {
    request: (req: { key: string; url?: string; kind: string; name: string; file?: object }) => {
      requests.push(req.key);
      sent.push(req);
    },
    cancel: () => {},
    sendBytes: async (key: string, blob: Blob) => {
      bytes.set(key, blob);
    },
  };
  const adapter = { findReplyBox: () => null, openReply: async () => null };
  return {
    calls,
    requests,
    recorded,
    photosSent,
    storage,
    thumbnailCalls,
    sent,
    bytes,
    rpc,
    channel,
    adapter,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('MessageTriage', () => {
  it('a refused zip attachment is one verdict on its badge (unreadable), not "zip · 1 photo"', () => {
    const f = fakes();
    const m = message(['photos.zip']);
    m.attachments[0] = { ...m.attachments[0], kind: 'zip' };
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(m, f.rpc as any, f.channel, f.adapter);
    const refused: PhotoReport = {
      format: 'unknown',
      width: 0,
      height: 0,
      bytesRead: 0,
      findings: [{ code: 'unreadable', severity: 'fail', measured: 'zip-refused' }],
      verdict: 'error',
      error: { code: 'zip-refused', message: 'bomb', zip: { limit: 'ratio', ratio: 1000, max: 100 } },
    };
    triage.onFound('msg-1/att:0.1', [{ key: 'msg-1/att:0.1', name: 'photos.zip', report: refused }]);
    expect(triage.badgeState(m.attachments[0])).toEqual({
      phase: 'full',
      report: refused,
      findings: refused.findings,
    });
  });

  it('picking the order files the photos under it without analysing the message again', async () => {
    const f = fakes();
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(message(), f.rpc as any, f.channel, f.adapter);
    await triage.start();
    expect(f.requests).toEqual(['msg-1/att:0.1']);
    triage.onFound('msg-1/att:0.1', [{ key: 'msg-1/att:0.1', name: 'front.jpg' }]);
    triage.onReport('msg-1/att:0.1', report);
    triage.onDone('msg-1/att:0.1');
    await new Promise((r) => setTimeout(r, 0));

    await triage.chooseOrder('order-1');
    expect(f.requests).toEqual(['msg-1/att:0.1']); // not downloaded again
    expect(triage.photos.value.map((p) => p.key)).toEqual(['msg-1/att:0.1']); // not listed twice
    expect(triage.findings.value['msg-1/att:0.1']).toEqual([]); // not its own duplicate
    expect(f.calls.filter((c) => c === 'recordPhotos')).toHaveLength(2); // at the end, then under the order
    expect(triage.context.value.status === 'ready' && triage.context.value.context.order?.id).toBe('order-1');
  });

  it('a Gmail card still scanning waits (checking), then is measured once it loads in place', async () => {
    const f = fakes();
    const loaded = message(['good-3000.jpg', 'dark-2400.jpg']);
    const scanning: MailMessage = {
      ...loaded,
      attachments: loaded.attachments.map((a, i) =>
        i === 0 ? { ...a, fetchUrl: undefined, byteStrategy: 'gmail-scanning' as const } : a,
      ),
    };
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(scanning, f.rpc as any, f.channel, f.adapter);
    await triage.start();
    expect(f.requests).toEqual(['msg-1/att:0.2']);
    expect(triage.badgeState(scanning.attachments[0])).toEqual({
      phase: 'displayed',
      displayedSize: undefined,
    });
    triage.update(loaded);
    expect(f.requests).toEqual(['msg-1/att:0.2', 'msg-1/att:0.1']); // only the one that became fetchable
    triage.update(loaded);
    expect(f.requests).toHaveLength(2); // the same again: nothing more
  });

  it('a picture Outlook holds as a page blob: measured when its size is the attachment’s, else preview only', async () => {
    const m = message();
    const picture = (name: string) => ({
      key: `inline:${name}`,
      name,
      kind: 'image' as const,
      badgeAnchor: m.element,
      byteStrategy: 'outlook-inline-blob' as const,
      pageUrl: `blob:https://outlook.live.com/${name}`,
      displayedSize: Math.round(1.7 * 1024 * 1024),
      displayedSizeText: '1.7 MB',
      previewSize: { width: 640, height: 480 },
    });
    const outlook: MailMessage = {
      ...m,
      client: 'outlook',
      attachments: [],
      inlineImages: [picture('original.jpg'), picture('rendering.jpg')],
    };
    const sizes: Record<string, number> = { original: 1_779_895, rendering: 43_084 };
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      const size = sizes[/\/(\w+)\.jpg$/.exec(String(url))![1]];
      return new Response(new Uint8Array(size));
    });
    const f = fakes();
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(outlook, f.rpc as any, f.channel, f.adapter);
    await triage.start();
    await vi.waitFor(() => expect(f.requests).toEqual(['msg-1/inline:original.jpg']));
    expect(f.sent[0].url).toBeUndefined();
    expect(f.bytes.get('msg-1/inline:original.jpg')?.size).toBe(1_779_895);
    expect(triage.badgeState(outlook.inlineImages[1])).toMatchObject({ phase: 'preview', width: 640 });
  });

  describe("Outlook files given only to the buyer's download", () => {
    function outlookMessage(): MailMessage {
      const m = message();
      const tile = (name: string, extra = {}) => ({
        key: `att:${name}`,
        name,
        kind: 'image' as const,
        badgeAnchor: m.element,
        byteStrategy: 'outlook-download-capture' as const,
        ...extra,
      });
      return {
        ...m,
        client: 'outlook',
        attachments: [
          tile('dark.jpg'),
          tile('blurry.jpg'),
          tile('front.jpg', {
            fetchUrl: 'https://outlook.office.com/x',
            byteStrategy: 'outlook-download-url',
          }),
        ],
      };
    }

    async function started() {
      const f = fakes();
      const m = outlookMessage();
      // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
      const triage = new MessageTriage(m, f.rpc as any, f.channel, f.adapter);
      await triage.start();
      return { f, m, triage };
    }

    it('wait for the download, then are measured from the captured URL or the file itself', async () => {
      const { f, m, triage } = await started();
      expect(f.requests).toEqual(['msg-1/att:front.jpg']); // only the one with a URL
      expect(triage.badgeState(m.attachments[0])).toEqual({
        phase: 'not-measurable',
        reason: 'download-to-check',
      });

      const url = 'https://attachments.office.net/owa/x/service.svc/s/GetFileAttachment?id=1&token=t';
      await triage.analyzeCaptured({ attachment: m.attachments[0] }, { url });
      await triage.analyzeCaptured(
        { attachment: m.attachments[1] },
        { blob: new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }), name: 'blurry.jpg' },
      );
      expect(f.sent.slice(1).map((r) => [r.key, r.url?.slice(0, 30)])).toEqual([
        ['msg-1/att:dark.jpg', url.slice(0, 30)],
        ['msg-1/att:blurry.jpg', undefined],
      ]);
      expect([...f.bytes.keys()]).toEqual(['msg-1/att:blurry.jpg']);
      triage.onFound('msg-1/att:dark.jpg', [{ key: 'msg-1/att:dark.jpg', name: 'dark.jpg' }]);
      triage.onReport('msg-1/att:dark.jpg', report);
      triage.onDone('msg-1/att:dark.jpg');
      expect(triage.badgeState(m.attachments[0]).phase).toBe('full');
      expect(triage.isCaptured(m.attachments[0])).toBe(true);
      expect(triage.isCaptured(m.attachments[2])).toBe(false);

      // Downloading a file again (or one measured another way) sends nothing more.
      await triage.analyzeCaptured({ attachment: m.attachments[0] }, { url });
      await triage.analyzeCaptured({ attachment: m.attachments[2] }, { url });
      expect(f.sent).toHaveLength(3);
    });

    it('"Download all": the zip stands in for the waiting tiles only, matched by name', async () => {
      const { f, m, triage } = await started();
      await triage.analyzeCaptured(
        { all: m.attachments },
        { blob: new Blob([new Uint8Array(4)], { type: 'application/zip' }), name: 'Attachments.zip' },
      );
      const all = f.sent.at(-1)!;
      expect([all.key, all.kind, all.name]).toEqual(['msg-1/download-all', 'zip', 'Attachments.zip']);
      triage.onFound(all.key, [
        { key: 'z/0', name: 'photos/dark.jpg' },
        { key: 'z/1', name: 'photos/front.jpg' }, // measured already: not listed again
      ]);
      triage.onReport('z/0', report);
      triage.onDone(all.key);
      expect(triage.photos.value.map((p) => p.key)).toEqual(['z/0']);
      expect(triage.badgeState(m.attachments[0]).phase).toBe('full');
      expect(triage.badgeState(m.attachments[1]).phase).toBe('not-measurable');
      expect(triage.isCaptured(m.attachments[0])).toBe(true);
    });

    it('a file too large for one message is refused with a clear failure', async () => {
      const { f, m, triage } = await started();
      const big = { size: 41 * 1024 * 1024 } as Blob;
      await triage.analyzeCaptured({ attachment: m.attachments[0] }, { blob: big });
      expect(f.sent).toHaveLength(1);
      const state = triage.badgeState(m.attachments[0]);
      expect(state.phase === 'failed' && state.failure.code).toBe('too-large');
    });
  });

  it('a download that hangs does not hold back the others: each is filed, and the checklist loads, as it is done', async () => {
    const f = fakes();
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(message(['front.jpg', 'back.jpg']), f.rpc as any, f.channel, f.adapter);
    await triage.start();
    await triage.chooseOrder('order-1');
    f.recorded.length = 0;
    expect(f.requests).toEqual(['msg-1/att:0.1', 'msg-1/att:0.2']);
    triage.onFound('msg-1/att:0.1', [{ key: 'msg-1/att:0.1', name: 'front.jpg' }]);
    triage.onReport('msg-1/att:0.1', report);
    triage.onDone('msg-1/att:0.1');
    await new Promise((r) => setTimeout(r, 0));
    // back.jpg is still downloading: front.jpg is filed under the order and the stage view is there.
    expect(triage.pending.value.has('msg-1/att:0.2')).toBe(true);
    expect(f.recorded).toEqual(['front.jpg @order-1']);
    expect(triage.stageView.value).toBeDefined();

    // back.jpg's header came, then its download broke: it is failed, and not listed as "checking".
    triage.onFound('msg-1/att:0.2', [{ key: 'msg-1/att:0.2', name: 'back.jpg' }]);
    triage.onHeader('msg-1/att:0.2', report);
    triage.onFailed('msg-1/att:0.2', { code: 'timeout', message: 'The download took too long.' });
    triage.onDone('msg-1/att:0.2');
    await new Promise((r) => setTimeout(r, 0));
    expect(triage.photos.value.map((p) => p.name)).toEqual(['front.jpg']);
    expect(f.recorded).toEqual(['front.jpg @order-1']); // not filed twice

    // The retry brings it: only back.jpg is filed now.
    triage.analyze(triage.message.attachments[1]!);
    triage.onFound('msg-1/att:0.2', [{ key: 'msg-1/att:0.2', name: 'back.jpg' }]);
    triage.onReport('msg-1/att:0.2', { ...report, sha256: 'bb' });
    triage.onDone('msg-1/att:0.2');
    await new Promise((r) => setTimeout(r, 0));
    expect(f.recorded).toEqual(['front.jpg @order-1', 'back.jpg @order-1']);
    expect(triage.failures.value).toEqual({});
  });

  it('storage full when filing: the panel says so and what to do, and the photos are filed on the next try', async () => {
    const f = fakes();
    let full = true;
    const rpc = {
      ...f.rpc,
      recordPhotos: async (input: { photos: { fileName: string }[]; orderId?: string }) => {
        if (full) throw new StoreError('quota');
        return f.rpc.recordPhotos(input);
      },
    };
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(message(['front.jpg', 'back.jpg']), rpc as any, f.channel, f.adapter);
    await triage.start();
    triage.onFound('msg-1/att:0.1', [{ key: 'msg-1/att:0.1', name: 'front.jpg' }]);
    triage.onReport('msg-1/att:0.1', report);
    triage.onDone('msg-1/att:0.1');
    await new Promise((r) => setTimeout(r, 0));
    expect(triage.storeError.value).toMatch(/storage for Photo Triage is full.*Export a backup/);
    expect(triage.photos.value[0]?.report).toBe(report); // still on screen

    full = false;
    triage.onFound('msg-1/att:0.2', [{ key: 'msg-1/att:0.2', name: 'back.jpg' }]);
    triage.onReport('msg-1/att:0.2', { ...report, sha256: 'bb' });
    triage.onDone('msg-1/att:0.2');
    await new Promise((r) => setTimeout(r, 0));
    expect(f.recorded).toEqual(['front.jpg+back.jpg']); // the first one was not lost
    expect(triage.storeError.value).toBeUndefined(); // the message goes once it is saved
  });
});

describe('photos filed by the background where they are measured', () => {
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const start = async (names = ['front.jpg', 'back.jpg']) => {
    const f = fakes();
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(message(names), f.rpc as any, f.channel, f.adapter);
    await triage.start();
    return { f, triage };
  };
  const measured = (triage: MessageTriage, i: number, filing?: Parameters<MessageTriage['onReport']>[2]) => {
    const key = `msg-1/att:0.${i + 1}`;
    const name = triage.message.attachments[i]!.name;
    triage.onFound(key, [{ key, name }]);
    triage.onReport(key, { ...report, sha256: `${i}`.repeat(64) }, filing);
    triage.onDone(key);
  };

  it('each request says where to file; a photo filed there is not sent back, the checklist is read', async () => {
    const { f, triage } = await start();
    await triage.chooseOrder('order-1');
    triage.analyze(triage.message.attachments[0]!);
    expect(f.sent.at(-1)?.file).toEqual({
      client: 'gmail',
      messageId: 'msg-1',
      threadId: 't-1',
      sender: 'amy@factory.cn',
      receivedAt: expect.any(String),
      orderId: 'order-1',
      stageId: 'st',
    });
    f.calls.length = 0;
    measured(triage, 0, { ok: true, orderId: 'order-1' });
    await tick();
    expect(f.calls).toEqual(['stageView']);
    expect(f.photosSent).toEqual([]);
    expect(triage.photos.value[0]?.filed).toBe(true);
  });

  it('the order picked while a photo downloaded: the photo filed without one is put under it', async () => {
    const { f, triage } = await start();
    expect(f.sent[0]?.file).toMatchObject({ messageId: 'msg-1' });
    expect((f.sent[0]!.file as { orderId?: string }).orderId).toBeUndefined();
    await triage.chooseOrder('order-1');
    f.recorded.length = 0;
    measured(triage, 1, { ok: true }); // filed by the background with no order
    await tick();
    expect(f.recorded).toEqual(['back.jpg @order-1']);
  });

  it('storage full while the background files: the panel says so, and the report is filed on the next try', async () => {
    const { f, triage } = await start();
    const full = new StoreError('quota').message;
    f.storage.full = true;
    measured(triage, 0, { ok: false, message: full });
    await tick();
    expect(triage.storeError.value).toBe(full);
    expect(triage.storeError.value).toMatch(/storage for Photo Triage is full/);
    expect(triage.photos.value[0]?.report?.sha256).toBe('0'.repeat(64)); // still on screen
    f.storage.full = false;
    measured(triage, 1, { ok: true });
    await tick();
    // Only the one that failed, as a report (its thumbnail stayed in the background).
    expect(f.recorded).toEqual(['front.jpg']);
    expect(f.photosSent).toEqual([{ fileName: 'front.jpg', report: { ...report, sha256: '0'.repeat(64) } }]);
    expect(triage.storeError.value).toBeUndefined();
  });

  it('a picture is asked for by photo id when it is shown, the ones shown together in one call, each once', async () => {
    const { f, triage } = await start(['front.jpg', 'back.jpg', 'side.jpg']);
    measured(triage, 0, { ok: true });
    measured(triage, 1, { ok: true });
    f.storage.full = true;
    measured(triage, 2, { ok: false, message: 'full' });
    await tick();
    const [front, back, side] = triage.photos.value;
    for (const p of [front!, back!, side!, front!]) triage.wantPicture(p);
    await tick();
    expect(f.thumbnailCalls).toEqual([['0'.repeat(64), '1'.repeat(64)]]); // not the photo that was not filed
    expect(await triage.pictureOf(back!)?.text()).toBe('1'.repeat(64));
    triage.wantPicture(back!);
    await tick();
    expect(f.thumbnailCalls).toHaveLength(1);
  });
});

describe('the panel in the buyer’s interface language', () => {
  afterEach(() => applyUiLanguage('en'));

  it('takes the language from the settings that come with the message context, and says it in Chinese', async () => {
    applyUiLanguage('en');
    const f = fakes({ ...DEFAULT_SETTINGS, uiLanguage: 'zh-CN' });
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(message(), f.rpc as any, f.channel, f.adapter);
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<MessagePanel triage={triage} />, root);
      await triage.start();
    });
    expect(uiLanguage.value).toBe('zh-CN');
    const live = () => [...root.querySelectorAll('[aria-live], [role=status]')];
    expect(root.querySelector('[data-live]')?.textContent).toBe('Photo Triage 正在检查这封邮件里的照片。');

    await act(async () => {
      triage.onFound('msg-1/att:0.1', [{ key: 'msg-1/att:0.1', name: 'front.jpg' }]);
      triage.onReport('msg-1/att:0.1', report);
      triage.onDone('msg-1/att:0.1');
      await new Promise((r) => setTimeout(r, 50));
    });
    const section = root.querySelector('section')!;
    expect(section.getAttribute('aria-label')).toBe('Photo Triage：Factory');
    expect(section.textContent).toContain('订单');
    expect(section.textContent).toContain('3000×2250 · 1 B ✓');
    expect(section.textContent).not.toMatch(/Order|Pick the order|photo/);
    // One live region for the message, saying what the check found once every photo is in.
    expect(root.querySelectorAll('[data-live]')).toHaveLength(1);
    expect(root.querySelector('[data-live]')?.getAttribute('aria-live')).toBe('polite');
    expect(root.querySelector('[data-live]')?.textContent).toBe(
      'Photo Triage 已检查 1 张照片：0 张需补发，0 张待确认，1 张合格。',
    );
    expect(live().length).toBeLessThanOrEqual(2); // the announcer, and the reply note's status line if shown
    act(() => render(null, root));
    root.remove();
  });
});
