// Outlook's own service (issue 12): what its answers list and how its bytes come back (pure), the page-world
// hook reusing Outlook's headers without ever posting them, the content script's side matching listed
// attachments to tiles by name and size, and the adapter measuring tiles without links through it.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailMessage } from '@/utils/mail/adapter';
import { createOutlookAdapter } from '@/utils/mail/outlook/adapter';
import { SERVICE_GET_ATTACHMENT, SERVICE_GET_ITEM } from '@/utils/mail/outlook/byte-ways';
import {
  attachmentContent,
  attachmentsIn,
  BASE64_STEP,
  contentOfAnswer,
  decodeBase64,
  decodeBase64InSteps,
  getAttachmentRequest,
  isListingAction,
  isWanted,
  pickHeaders,
  readTextInSteps,
  serviceAction,
  unescapeBase64,
  urlPostData,
} from '@/utils/mail/outlook/service-answers';
import { createServiceBytes, type ServiceBytes } from '@/utils/mail/outlook/service-bytes';
import {
  isServiceFetchAnswer,
  isServiceSeenMessage,
  SERVICE_SOURCE,
  type ServiceAttachment,
} from '@/utils/mail/outlook/service-protocol';
import { blob, fixturePages, recorder, wait } from './helpers/mail-dom';

const FIXTURES = resolve(__dirname, '../fixtures/outlook');
const READING_URL = 'https://outlook.office.com/mail/inbox/id/AAQkAGNi';
const { load, closeAll } = fixturePages(FIXTURES, READING_URL);
afterEach(async () => {
  await closeAll();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const file = (name: string, size: number, id = `AAMk-${name}`): Record<string, unknown> => ({
  __type: 'FileAttachment:#Exchange',
  AttachmentId: { __type: 'AttachmentIdType:#Exchange', Id: id },
  Name: name,
  ContentType: name.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg',
  Size: size,
  IsInline: false,
  ContentId: `${name}@01DB3F2A`,
});

/** A GetItem answer as the fixture server gives it (tests/e2e/outlook-service.mjs). */
const getItemAnswer = (...attachments: Record<string, unknown>[]) => ({
  Body: {
    ResponseMessages: {
      Items: [
        {
          __type: 'ItemInfoResponseMessage:#Exchange',
          ResponseClass: 'Success',
          Items: [{ __type: 'Message:#Exchange', ItemId: { Id: 'AAMk-item' }, Attachments: attachments }],
        },
      ],
    },
  },
});

describe("Outlook's service answers (pure)", () => {
  it('lists the FileAttachments of an answer, wherever nested, once each; item attachments and junk are not files', () => {
    const answer = getItemAnswer(
      file('dark-2400.jpg', 513629),
      { __type: 'ItemAttachment:#Exchange', AttachmentId: { Id: 'AAMk-msg' }, Name: 'fwd.eml', Size: 10 },
      { __type: 'FileAttachment:#Exchange', Name: 'no-id.jpg', Size: 1 },
      { __type: 'FileAttachment:#Exchange', AttachmentId: { Id: 'x' }, Name: 'no-size.jpg' },
      file('dark-2400.jpg', 513629),
      file('QC.pdf', 190000),
    );
    expect(attachmentsIn(answer)).toEqual([
      {
        id: 'AAMk-dark-2400.jpg',
        name: 'dark-2400.jpg',
        contentType: 'image/jpeg',
        size: 513629,
        isInline: false,
        contentId: 'dark-2400.jpg@01DB3F2A',
      },
      expect.objectContaining({ id: 'AAMk-QC.pdf', name: 'QC.pdf' }),
    ]);
    expect(
      attachmentsIn({ value: [{ '@odata.type': '#microsoft.graph.fileAttachment', name: 'a.jpg' }] }),
    ).toEqual([]);
    expect(attachmentsIn(null)).toEqual([]);
    // A pathological answer costs a bounded walk.
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 10_000; i++) node = node.next = {} as Record<string, unknown>;
    expect(attachmentsIn(deep)).toEqual([]);
  });

  it('names the action of a service call, and reads only the calls that list attachments', () => {
    expect(serviceAction('/owa/service.svc?action=GetItem&app=Mail')).toBe('GetItem');
    expect(serviceAction('https://outlook.office.com/owa/service.svc', 'GetConversationItems')).toBe(
      'GetConversationItems',
    );
    expect(serviceAction('/owa/service.svc/s/GetFileAttachment?id=x')).toBeUndefined();
    expect(serviceAction('/owa/other.svc?action=GetItem')).toBeUndefined();
    expect(serviceAction('/owa/service.svc?action=<script>')).toBeUndefined();
    expect(
      ['GetItem', 'GetConversationItems', 'GetAttachment', 'FindConversation'].map(isListingAction),
    ).toEqual([true, true, false, false]);
  });

  it('keeps the credentials and routing of Outlook’s call, not its payload', () => {
    expect(
      pickHeaders([
        ['Authorization', 'Bearer abc'],
        ['X-OWA-CANARY', 'c'],
        ['x-anchormailbox', 'tom@example.com'],
        ['x-owa-urlpostdata', '%7B%7D'],
        ['content-type', 'application/json'],
        ['action', 'GetItem'],
      ]),
    ).toEqual({ authorization: 'Bearer abc', 'x-owa-canary': 'c', 'x-anchormailbox': 'tom@example.com' });
  });

  it('asks for one attachment in x-owa-urlpostdata and reads its base64 Content back, for that id only', () => {
    const request = JSON.parse(decodeURIComponent(urlPostData(getAttachmentRequest('AAMk-1'))));
    expect(request.Body.AttachmentIds).toEqual([{ __type: 'AttachmentIdType:#Exchange', Id: 'AAMk-1' }]);
    const answer = (id: string) => ({
      Body: {
        ResponseMessages: { Items: [{ Attachments: [{ AttachmentId: { Id: id }, Content: 'AQID' }] }] },
      },
    });
    expect(attachmentContent(answer('AAMk-1'), 'AAMk-1')).toBe('AQID');
    expect(attachmentContent(answer('AAMk-2'), 'AAMk-1')).toBeUndefined();
    expect(attachmentContent({ value: [{ contentBytes: 'AQID' }] }, 'AAMk-1')).toBeUndefined();
    expect(attachmentContent(null, 'AAMk-1')).toBeUndefined();
    expect(Array.from(decodeBase64('AQID') ?? [])).toEqual([1, 2, 3]);
    expect(decodeBase64('not base64!')).toBeUndefined();
  });

  it('cuts the Content out of the answer text without parsing it whole, and still checks shape and id', () => {
    const answer = (id: string, content = 'AQ\\/D+A==') =>
      `{"Body":{"ResponseMessages":{"Items":[{"Attachments":[{"AttachmentId":{"Id":"${id}"},"Content":"${content}"}]}]}}}`;
    expect(contentOfAnswer(answer('AAMk-1'), 'AAMk-1')).toBe('AQ/D+A=='); // WCF's escaped slash undone
    expect(contentOfAnswer(answer('AAMk-2'), 'AAMk-1')).toBeUndefined();
    expect(
      contentOfAnswer(answer('AAMk-1').replace('"Content"', '"Content":"x","Content"'), 'AAMk-1'),
    ).toBeUndefined();
    expect(contentOfAnswer('{"value":[{"contentBytes":"AQID"}]}', 'AAMk-1')).toBeUndefined();
    expect(contentOfAnswer('{"Content":"AQID"', 'AAMk-1')).toBeUndefined();
    expect(contentOfAnswer('ErrorInternalServerError', 'AAMk-1')).toBeUndefined();
  });

  it('undoes the escapes serializers put in base64, and leaves any other escape to fail', () => {
    const answer = (content: string, name = 'a.jpg') =>
      `{"Body":{"ResponseMessages":{"Items":[{"Attachments":[{"AttachmentId":{"Id":"AAMk-1"},"Name":"${name}","Content":"${content}"}]}]}}}`;
    // System.Text.Json's default encoder writes `+` as \u002B (and may write / and = as \u002F, \u003D).
    const content = contentOfAnswer(answer('AQ\\u002BD\\u002fA\\u003D\\u003d'), 'AAMk-1');
    expect(content).toBe('AQ+D/A==');
    expect(Array.from(decodeBase64(content!) ?? [])).toEqual([1, 15, 131, 252]);
    // Escapes that are not base64's are kept, and the decoder refuses them.
    for (const hostile of ['AQ\\u0041ID', 'AQ\\nID', 'AQ\\\\/ID', 'AQ\\"ID']) {
      const cut = contentOfAnswer(answer(hostile), 'AAMk-1');
      expect(cut === undefined || decodeBase64(cut) === undefined, hostile).toBe(true);
    }
    // A key named Content inside another string, escaped by JSON, is not the Content value.
    expect(contentOfAnswer(answer('AQID', 'x\\"Content\\":\\"BBBB'), 'AAMk-1')).toBe('AQID');
    // Spaces around the colon: another shape, refused rather than parsed whole.
    expect(contentOfAnswer(answer('AQID').replace('"Content":', '"Content" :'), 'AAMk-1')).toBeUndefined();
    // Content in another place than the attachment's: refused.
    expect(
      contentOfAnswer('{"Body":{"ResponseMessages":{"Items":[]}},"Content":"AQID"}', 'AAMk-1'),
    ).toBeUndefined();
    expect(unescapeBase64('AQID')).toBe('AQID');
  });

  it('decodes megabytes of base64 in steps, handing the thread back between them', async () => {
    const bytes = new Uint8Array(BASE64_STEP * 2).map((_, i) => (i * 7) % 256);
    const text = Buffer.from(bytes).toString('base64');
    const pause = vi.fn(async () => {});
    const out = await decodeBase64InSteps(text, pause);
    expect(Buffer.from(out!).equals(Buffer.from(bytes))).toBe(true);
    expect(pause).toHaveBeenCalledTimes(Math.ceil(text.length / BASE64_STEP) - 1);
    expect(await decodeBase64InSteps(`${text.slice(0, BASE64_STEP)}!!!!`, pause)).toBeUndefined();
  });

  it('reads an answer that has already arrived whole chunk by chunk, handing the thread back after each', async () => {
    const chunks = ['{"Body":', '{"Content":"', 'AQID', '"}}'];
    const order: string[] = [];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
        controller.close();
      },
    });
    const response = new Response(body);
    const text = await readTextInSteps(response, async () => {
      order.push('pause');
    });
    expect(text).toBe(chunks.join(''));
    expect(order).toEqual(chunks.map(() => 'pause'));
  });

  it('fetches pictures and zips only', () => {
    expect(isWanted({ name: 'a.jpg' })).toBe(true);
    expect(isWanted({ name: 'photos.zip' })).toBe(true);
    expect(isWanted({ name: 'scan', contentType: 'image/png' })).toBe(true);
    expect(isWanted({ name: 'QC.pdf', contentType: 'application/pdf' })).toBe(false);
  });

  it('takes nothing malformed from the page', () => {
    const ok = { id: 'a', name: 'a.jpg', size: 1, isInline: false };
    expect(
      isServiceSeenMessage({ source: SERVICE_SOURCE, type: 'seen', action: 'GetItem', attachments: [ok] }),
    ).toBe(true);
    for (const bad of [
      { source: SERVICE_SOURCE, type: 'seen', action: 'GetItem', attachments: [{ ...ok, size: '1' }] },
      { source: SERVICE_SOURCE, type: 'seen', action: 'GetItem', attachments: [{ ...ok, id: '' }] },
      { source: SERVICE_SOURCE, type: 'seen', action: 'GetItem', attachments: 'a.jpg' },
      { source: 'other', type: 'seen', action: 'GetItem', attachments: [] },
      null,
    ])
      expect(isServiceSeenMessage(bad)).toBe(false);
    expect(isServiceFetchAnswer({ type: 'bytes', blob: 'AQID', way: 'x' })).toBe(false);
  });
});

/**
 * A channel that hands messages over as they are (happy-dom's Blob does not survive Node's structured
 * clone): what is tested is what the two sides say, not the browser's cloning.
 */
class LocalChannel {
  port1 = { onmessage: null as ((e: { data: unknown }) => void) | null, postMessage() {}, close() {} };
  port2 = {
    postMessage: (data: unknown) => queueMicrotask(() => this.port1.onmessage?.({ data })),
    close() {},
  };
}

/** The content script's side with the page's window: the hook answers on the request's port. */
function serviceIn(win: Window, answer: (id: string) => unknown) {
  vi.stubGlobal('MessageChannel', LocalChannel);
  const asked: string[] = [];
  vi.spyOn(win, 'postMessage').mockImplementation(((
    data: { id: string; type: string },
    _origin: string,
    ports: MessagePort[],
  ) => {
    if (data.type === 'hello') return; // nothing seen before, in these tests
    asked.push(data.id);
    ports[0].postMessage(answer(data.id));
  }) as typeof win.postMessage);
  const service = createServiceBytes(win);
  const seen = (attachments: ServiceAttachment[], origin = win.location.origin) =>
    win.dispatchEvent(
      new MessageEvent('message', {
        data: { source: SERVICE_SOURCE, type: 'seen', action: 'GetItem', attachments },
        origin,
      }),
    );
  return { service, asked, seen };
}

const listed = (name: string, size: number, id = `AAMk-${name}`): ServiceAttachment => ({
  id,
  name,
  size,
  isInline: false,
});

describe('the content script’s side: listed attachments matched to tiles, bytes asked of the hook', () => {
  it('matches by name and displayed size only; a report from another origin or for no tile on screen gives nothing', () => {
    const { win } = load('download-only.html');
    const { service, seen } = serviceIn(win as unknown as Window, () => ({}));
    seen([listed('dark-2400.jpg', 513629)], 'https://evil.example');
    expect(service.match('dark-2400.jpg', '502 KB', new Set())).toBeUndefined();
    seen([listed('dark-2400.jpg', 513629), listed('pallet-closeup.jpg', 236446)]);
    expect(service.match('DARK-2400.jpg', '502 KB', new Set())?.id).toBe('AAMk-dark-2400.jpg');
    expect(service.match('dark-2400.jpg', '1.7 MB', new Set())).toBeUndefined(); // same name, other size
    expect(service.match('dark-2400.jpg', undefined, new Set())).toBeUndefined();
    const taken = new Set(['AAMk-dark-2400.jpg']);
    expect(service.match('dark-2400.jpg', '502 KB', taken)).toBeUndefined();
    expect(service.ways()).toEqual({ [SERVICE_GET_ITEM.id]: 'working', [SERVICE_GET_ATTACHMENT.id]: null });
    service.stop();
  });

  it('reads the bytes the hook posts back; a failure marks the file, so its tile falls back to the download', async () => {
    const { win } = load('download-only.html');
    const bytes = blob();
    const { service, asked } = serviceIn(win as unknown as Window, (id) =>
      id === 'AAMk-ok'
        ? { type: 'bytes', blob: bytes, way: SERVICE_GET_ATTACHMENT.id }
        : { type: 'failed', reason: 'http', status: 500, way: SERVICE_GET_ATTACHMENT.id },
    );
    const changes = vi.fn();
    service.onChange(changes);
    const got = await service.read('AAMk-ok', new AbortController().signal);
    expect(got.size).toBe(bytes.size);
    expect(service.ways()[SERVICE_GET_ATTACHMENT.id]).toBe('working');
    await expect(service.read('AAMk-500', new AbortController().signal)).rejects.toThrow(/http/);
    expect([service.failed('AAMk-500'), service.failed('AAMk-ok')]).toEqual([true, false]);
    expect(changes).toHaveBeenCalled();
    expect(asked).toEqual(['AAMk-ok', 'AAMk-500']);
    // Aborted before asking: nothing is asked.
    const closed = new AbortController();
    closed.abort();
    await expect(service.read('AAMk-ok', closed.signal)).rejects.toThrow();
    expect(asked).toHaveLength(2);
    service.stop();
  });
});

/** A stand-in for the content script's side, recording what the adapter asks of it. */
function fakeService(
  attachments: ServiceAttachment[],
  state: { failed?: string[]; listing?: 'working' | 'failing' } = {},
) {
  const listeners = new Set<() => void>();
  const reads: [string, AbortSignal][] = [];
  const service: ServiceBytes = {
    match(name, sizeText, taken) {
      const a = attachments.find(
        (x) =>
          !taken.has(x.id) &&
          x.name === name &&
          sizeText &&
          Math.abs(x.size / 1024 - Number.parseFloat(sizeText)) < 1,
      );
      if (a) taken.add(a.id);
      return a;
    },
    failed: (id) => !!state.failed?.includes(id),
    read: async (id, signal) => {
      reads.push([id, signal]);
      return blob();
    },
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    ways: () => ({ [SERVICE_GET_ITEM.id]: state.listing ?? 'working', [SERVICE_GET_ATTACHMENT.id]: null }),
    stop: () => listeners.clear(),
  };
  const changed = () => {
    for (const l of listeners) l();
  };
  return { service, reads, changed };
}

const strategies = (m: MailMessage) =>
  m.attachments.map((a) => [a.name, a.byteStrategy, !!a.source, a.serviceFailed]);

describe('the Outlook adapter with the service: tiles without links measured in place', () => {
  it('a tile the service listed is read through it, with the message’s signal; others wait for the download', async () => {
    const { doc } = load('download-only.html');
    const { service, reads } = fakeService([
      listed('dark-2400.jpg', 513629),
      listed('QC-report-PO-2026-0417.pdf', 190000),
    ]);
    const [m] = createOutlookAdapter(doc, async () => blob(), { service }).messages();
    expect(strategies(m)).toEqual([
      ['dark-2400.jpg', 'outlook-service', true, undefined],
      ['blurry-2400.jpg', 'outlook-download-capture', false, undefined],
      ['QC-report-PO-2026-0417.pdf', 'none', false, undefined], // never fetched: not a photo
    ]);
    expect(m.attachments[0].fetchUrl).toBeUndefined(); // nothing for the background to download
    await m.attachments[0].source!.read();
    expect(reads.map(([id]) => id)).toEqual(['AAMk-dark-2400.jpg']);
    expect(reads[0][1]).toBe(m.signal);
  });

  it('a failed file, or a service whose answers list nothing readable, falls back to the download, marked', () => {
    const { doc } = load('download-only.html');
    const failed = fakeService([listed('dark-2400.jpg', 513629)], { failed: ['AAMk-dark-2400.jpg'] });
    const [m] = createOutlookAdapter(doc, async () => blob(), { service: failed.service }).messages();
    expect(strategies(m).slice(0, 2)).toEqual([
      ['dark-2400.jpg', 'outlook-download-capture', false, true],
      ['blurry-2400.jpg', 'outlook-download-capture', false, undefined],
    ]);
    const changed = fakeService([], { listing: 'failing' });
    const [n] = createOutlookAdapter(doc, async () => blob(), { service: changed.service }).messages();
    expect(strategies(n).slice(0, 2)).toEqual([
      ['dark-2400.jpg', 'outlook-download-capture', false, true],
      ['blurry-2400.jpg', 'outlook-download-capture', false, true],
    ]);
  });

  it('the service’s answer arriving after the message rendered re-reads it; health names the ways seen working', async () => {
    const { doc } = load('download-only.html');
    const attachments: ServiceAttachment[] = [];
    const fake = fakeService(attachments);
    const adapter = createOutlookAdapter(doc, async () => blob(), {
      service: fake.service,
      debounceMs: 20,
      maxWaitMs: 200,
    });
    const { calls, onChange } = recorder();
    const stop = new AbortController();
    adapter.watch(onChange, stop.signal);
    await wait(100);
    expect(strategies(calls.at(-1)!.messages[0])[0][1]).toBe('outlook-download-capture');
    attachments.push(listed('dark-2400.jpg', 513629));
    fake.changed();
    await wait(100);
    expect(strategies(calls.at(-1)!.messages[0])[0][1]).toBe('outlook-service');
    expect(calls.at(-1)!.health.matched[`byteWay:${SERVICE_GET_ITEM.id}`]).toBe('working');
    expect(JSON.stringify(calls.at(-1)!.health)).not.toMatch(/AAMk|dark-2400/);
    stop.abort();
  });
});
