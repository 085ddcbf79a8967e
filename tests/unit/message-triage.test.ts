import { describe, expect, it } from 'vitest';
import { MessageTriage } from '@/components/mail/message-triage';
import type { MailMessage } from '@/utils/mail/adapter';
import type { MessageContext } from '@/utils/mail/service';
import type { PhotoReport } from '@/utils/photo/types';
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

function message(): MailMessage {
  const el = document.createElement('div');
  const attachment = {
    key: 'att:0.1',
    name: 'front.jpg',
    kind: 'image' as const,
    badgeAnchor: el,
    fetchUrl: 'https://mail.google.com/x',
    byteStrategy: 'gmail-download-url' as const,
  };
  return {
    client: 'gmail',
    id: 'msg-1',
    threadId: 't-1',
    element: el,
    sender: { email: 'amy@factory.cn' },
    subject: 'photos',
    bodyText: () => '',
    attachments: [attachment],
    inlineImages: [],
    driveLinks: [],
    signal: new AbortController().signal,
  };
}

function fakes() {
  const calls: string[] = [];
  const requests: string[] = [];
  const context = (orderId?: string) =>
    ({
      supplier: { id: 's', company: 'Factory' },
      ignored: false,
      order: orderId ? { id: orderId, poNumbers: ['PO-1'], stages: [], currentStageId: '' } : undefined,
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
    recordPhotos: async () => {
      calls.push('recordPhotos');
      return [];
    },
    rememberThreadOrder: async () => {
      calls.push('rememberThreadOrder');
    },
    openRequests: async () => [],
    stageView: async () => undefined,
  };
  const channel = { request: (req: { key: string }) => requests.push(req.key), cancel: () => {} };
  const adapter = { findReplyBox: () => null, openReply: async () => null };
  return { calls, requests, rpc, channel, adapter };
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
});
