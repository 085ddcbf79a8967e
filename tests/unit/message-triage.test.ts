import { describe, expect, it } from 'vitest';
import { MessageTriage } from '@/components/mail/message-triage';
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

function fakes() {
  const calls: string[] = [];
  const requests: string[] = [];
  const recorded: string[] = [];
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
      settings: DEFAULT_SETTINGS,
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
      recorded.push(
        `${input.photos.map((p) => p.fileName).join('+')}${input.orderId ? ` @${input.orderId}` : ''}`,
      );
      return [];
    },
    rememberThreadOrder: async () => {
      calls.push('rememberThreadOrder');
    },
    openRequests: async () => [],
    stageView: async () => {
      calls.push('stageView');
      return { checklist: { shots: [], unassigned: [], findings: {} } };
    },
  };
  const channel = { request: (req: { key: string }) => requests.push(req.key), cancel: () => {} };
  const adapter = { findReplyBox: () => null, openReply: async () => null };
  return { calls, requests, recorded, rpc, channel, adapter };
}

describe('MessageTriage', () => {
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
