// The mail panel keeps one picture cache: a thumbnail asked for while the stage view is being read is
// not asked for again, and shows in the message's photos and in the checklist alike. The background sends
// the stage view's records without thumbnails (and only the reference previews the tab lacks): the panel
// asks for its photos' pictures in one call, once each, and a picture the store does not have is not
// asked for on every refresh.
import { describe, expect, it } from 'vitest';
import { MessageTriage } from '@/components/mail/message-triage';
import type { MailMessage } from '@/utils/mail/adapter';
import type { MessageContext } from '@/utils/mail/service';
import { refKey } from '@/utils/mail/stage-images';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { report } from './helpers/report';

const SHA = '7'.repeat(64);

function message(): MailMessage {
  const el = document.createElement('div');
  return {
    client: 'gmail',
    id: 'msg-1',
    threadId: 't-1',
    element: el,
    sender: { email: 'amy@factory.cn' },
    subject: 'photos',
    bodyText: () => '',
    attachments: [
      {
        key: 'att:0.1',
        name: 'front.jpg',
        kind: 'image',
        badgeAnchor: el,
        fetchUrl: 'https://mail.google.com/x',
        byteStrategy: 'gmail-download-url',
      },
    ],
    inlineImages: [],
    driveLinks: [],
    signal: new AbortController().signal,
  };
}

function fakes() {
  const held: string[][] = [];
  const asked: string[][] = [];
  let release: () => void = () => {};
  const context = {
    supplier: { id: 's', company: 'Factory' },
    ignored: false,
    order: {
      id: 'o1',
      poNumbers: ['PO-1'],
      stages: [{ id: 'st', name: { en: 'Sample' } }],
      currentStageId: 'st',
    },
    stage: { id: 'st', name: { en: 'Sample' } },
    orderReason: 'remembered',
    candidates: [],
    settings: DEFAULT_SETTINGS,
  } as unknown as MessageContext;
  const photo = { sha256: SHA, report: report({ sha256: SHA }), origins: [], status: { state: 'pending' } };
  const rpc = {
    messageContext: async () => context,
    photosOfMessage: async () => [],
    recordPhotos: async (input: { photos: unknown[] }) => input.photos.length,
    rememberThreadOrder: async () => {},
    openRequests: async () => [],
    // Held until released: the stage view is read while the picture is on its way.
    thumbnails: async (ids: string[]) => {
      asked.push(ids);
      await new Promise<void>((r) => {
        release = r;
      });
      return Object.fromEntries(ids.map((id) => [id, new Blob([id], { type: 'image/jpeg' })]));
    },
    // A reference preview with the first view only: the tab holds it after.
    stageView: async (_o: string, _s: string, h: string[] = []) => {
      held.push(h);
      const images: Record<string, Blob> = h.includes(refKey('r1'))
        ? {}
        : { [refKey('r1')]: new Blob(['ref']) };
      return {
        checklist: { shots: [], unassigned: [photo], reused: [], findings: {} },
        images,
      };
    },
  };
  return { rpc, held, asked, release: () => release() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('mail panel: one picture cache', () => {
  it('a picture asked for while the stage view is read is asked for once, and shows in both places', async () => {
    const f = fakes();
    const channel = { request: () => {}, cancel: () => {}, sendBytes: async () => {} };
    const adapter = { findReplyBox: () => null, openReply: async () => null };
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(message(), f.rpc as any, channel as any, adapter);
    await triage.start();
    const key = 'msg-1/att:0.1';
    triage.onFound(key, [{ key, name: 'front.jpg' }]);
    triage.onReport(key, report({ sha256: SHA }), { ok: true, orderId: 'o1' });
    triage.onDone(key);
    await tick();
    const shown = triage.photos.value[0]!;
    expect(shown.filed).toBe(true);

    triage.wantPicture(shown);
    await tick();
    expect(f.asked).toEqual([[SHA]]);
    // The stage view is read again while the thumbnail is on its way: it is not asked for a second time,
    // and the view is told of the reference preview it sent before, nothing else.
    await triage.refreshStage();
    await tick();
    expect(f.asked).toEqual([[SHA]]);
    expect(f.held.at(-1)).toEqual([refKey('r1')]);
    f.release();
    await tick();
    const blob = triage.pictureOf(shown);
    expect(blob?.size).toBe(SHA.length);
    // The checklist shows the same picture, from the same cache.
    expect(triage.stageView.value?.checklist.unassigned[0]?.thumbnail).toBe(blob);
    // Asked for again (the picture scrolled back into view): nothing travels.
    triage.wantPicture(shown);
    await tick();
    expect(f.asked).toHaveLength(1);
    triage.stop();
  });

  it("a stage view's photos: their thumbnails asked for in one call, shown in the checklist, an absent one not asked again", async () => {
    const f = fakes();
    const other = '8'.repeat(64);
    const gone = '9'.repeat(64);
    const photoOf = (sha: string) => ({
      sha256: sha,
      report: report({ sha256: sha }),
      origins: [],
      status: { state: 'pending' },
    });
    f.rpc.stageView = async (_o: string, _s: string, h: string[] = []) => {
      f.held.push(h);
      return {
        checklist: {
          shots: [],
          unassigned: [photoOf(SHA), photoOf(other), photoOf(gone)],
          reused: [],
          findings: {},
        },
        images: {},
      };
    };
    const thumbnails = f.rpc.thumbnails;
    // The store has no picture of `gone` (dropped to save space).
    f.rpc.thumbnails = async (ids: string[]) => {
      const found = await thumbnails(ids);
      delete found[gone];
      return found;
    };
    const channel = { request: () => {}, cancel: () => {}, sendBytes: async () => {} };
    const adapter = { findReplyBox: () => null, openReply: async () => null };
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(message(), f.rpc as any, channel as any, adapter);
    await triage.start();
    await triage.refreshStage();
    await tick();
    expect(f.asked).toEqual([[SHA, other, gone]]);
    // Read again while they are on their way: not asked a second time.
    await triage.refreshStage();
    await tick();
    expect(f.asked).toHaveLength(1);
    f.release();
    await tick();
    const shown = triage.stageView.value!.checklist.unassigned;
    expect(shown.map((p) => p.thumbnail?.size)).toEqual([SHA.length, other.length, undefined]);
    // The next refresh (a photo filed) asks for nothing: two are held, one is not in the store.
    await triage.refreshStage();
    await tick();
    expect(f.asked).toHaveLength(1);
    expect(triage.stageView.value!.checklist.unassigned[0]!.thumbnail?.size).toBe(SHA.length);
    triage.stop();
  });
});
