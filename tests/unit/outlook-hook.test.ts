// The page-world hook's service half (entrypoints/outlook-download-hook.content.ts), run in this test's
// window as it runs in Outlook's: it reads Outlook's own GetItem answers (fetch here; XHR in the e2e,
// tests/e2e/outlook-service.e2e.mjs, whose second message Outlook asks for with XHR) and reports the
// attachments; asked for one, it calls GetAttachment with the headers Outlook used, its bearer token
// among them — and the token is in no message it posts. Outlook's own calls pass through unchanged.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SERVICE_GET_ATTACHMENT } from '@/utils/mail/outlook/byte-ways';
import { SERVICE_SOURCE } from '@/utils/mail/outlook/service-protocol';

const TOKEN = 'Bearer eyJ0eXAiOiJKV1QifQ.unit-test-token';
const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const calls: { url: string; headers: Record<string, string> }[] = [];
let getAttachmentStatus = 200;
/** While set, GetAttachment calls wait for it (or their signal): how many run at once, and cancels. */
let hold: Promise<void> | undefined;
const signals: AbortSignal[] = [];
const outlookFetch = vi.fn(async function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
  // As a browser's fetch: called on anything but the window (or unbound) it throws.
  if (this !== undefined && this !== window && this !== globalThis) throw new TypeError('Illegal invocation');
  const url = String(input instanceof Request ? input.url : input);
  const headers = Object.fromEntries(new Headers(init?.headers));
  calls.push({ url, headers });
  if (headers.authorization !== TOKEN) return new Response('', { status: 401 });
  if (/action=GetItem/.test(url))
    return answer({
      Body: {
        ResponseMessages: {
          Items: [
            {
              Items: [
                {
                  Attachments: [
                    {
                      __type: 'FileAttachment:#Exchange',
                      AttachmentId: { Id: 'AAMk-photo' },
                      Name: 'photo.jpg',
                      ContentType: 'image/jpeg',
                      Size: PHOTO.length,
                      IsInline: false,
                    },
                    {
                      __type: 'FileAttachment:#Exchange',
                      AttachmentId: { Id: 'AAMk-pdf' },
                      Name: 'QC.pdf',
                      ContentType: 'application/pdf',
                      Size: 9,
                      IsInline: false,
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    });
  if (/action=GetAttachment/.test(url)) {
    if (hold) {
      const signal = init?.signal as AbortSignal;
      signals.push(signal);
      await Promise.race([
        hold,
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      ]);
    }
    if (getAttachmentStatus !== 200) return new Response('', { status: getAttachmentStatus });
    const id = JSON.parse(decodeURIComponent(headers['x-owa-urlpostdata'])).Body.AttachmentIds[0].Id;
    return answer({
      Body: {
        ResponseMessages: {
          Items: [
            { Attachments: [{ AttachmentId: { Id: id }, Content: Buffer.from(PHOTO).toString('base64') }] },
          ],
        },
      },
    });
  }
  return answer({});
});

/** Everything the hook posts to the window, as text (Blobs by size). */
const posted: unknown[] = [];
const text = (v: unknown) => JSON.stringify(v, (_k, x) => (x instanceof Blob ? `[Blob ${x.size}]` : x));

beforeAll(async () => {
  window.fetch = outlookFetch as unknown as typeof fetch;
  const post = window.postMessage.bind(window);
  vi.spyOn(window, 'postMessage').mockImplementation(((data: unknown, ...rest: unknown[]) => {
    posted.push(data);
    return (post as (...a: unknown[]) => void)(data, ...rest);
  }) as typeof window.postMessage);
  const { default: hook } = await import('@/entrypoints/outlook-download-hook.content');
  (hook as unknown as { main: () => void }).main();
});

/** Asks the hook for one attachment, as the content script does (utils/mail/outlook/service-bytes). */
function ask(id: string, cancel?: (send: () => void) => void): Promise<unknown> {
  return new Promise((resolve) => {
    const port1 = { onmessage: null as ((e: { data: unknown }) => void) | null };
    const port2 = {
      onmessage: null as ((e: { data: unknown }) => void) | null,
      postMessage: (data: unknown) => port1.onmessage?.({ data }),
      close() {},
    };
    port1.onmessage = (e) => resolve(e.data);
    cancel?.(() => port2.onmessage?.({ data: { type: 'cancel' } }));
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: SERVICE_SOURCE, type: 'fetch', id },
        source: window,
        ports: [port2 as unknown as MessagePort],
      }),
    );
  });
}

describe('the page-world hook and Outlook’s service', () => {
  it('passes Outlook’s GetItem through unchanged and reports the attachments it lists, without any header', async () => {
    const response = await fetch('/owa/service.svc?action=GetItem&app=Mail', {
      method: 'POST',
      headers: { action: 'GetItem', authorization: TOKEN, 'x-owa-urlpostdata': '%7B%7D' },
    });
    expect((await response.json()).Body.ResponseMessages.Items).toHaveLength(1); // Outlook reads its own answer
    await vi.waitFor(() => expect(posted.some((p) => (p as { type?: string }).type === 'seen')).toBe(true));
    const seen = posted.find((p) => (p as { type?: string }).type === 'seen') as { attachments: unknown[] };
    expect(seen.attachments).toEqual([
      expect.objectContaining({ id: 'AAMk-photo', name: 'photo.jpg', size: PHOTO.length }),
      expect.objectContaining({ id: 'AAMk-pdf', name: 'QC.pdf' }),
    ]);
  });

  it('posts again what it saw when the content script starts after Outlook’s answer (document_idle)', () => {
    const seenCount = () => posted.filter((p) => (p as { type?: string }).type === 'seen').length;
    const before = seenCount();
    window.dispatchEvent(
      new MessageEvent('message', { data: { source: SERVICE_SOURCE, type: 'hello' }, source: window }),
    );
    expect(seenCount()).toBe(before + 1);
    expect(text(posted)).not.toContain('unit-test-token');
  });

  it('fetches a listed picture with Outlook’s own headers; the token is in no message it posts', async () => {
    const got = (await ask('AAMk-photo')) as { type: string; blob: Blob; way: string };
    expect(got.type).toBe('bytes');
    expect(got.way).toBe(SERVICE_GET_ATTACHMENT.id);
    expect(Array.from(new Uint8Array(await got.blob.arrayBuffer()))).toEqual(Array.from(PHOTO));
    const call = calls.find((c) => /action=GetAttachment/.test(c.url));
    expect(call?.headers.authorization).toBe(TOKEN);
    expect(call?.headers.action).toBe('GetAttachment');
    expect(JSON.parse(decodeURIComponent(call!.headers['x-owa-urlpostdata'])).Body.AttachmentIds[0].Id).toBe(
      'AAMk-photo',
    );
    expect(text(posted)).not.toContain('unit-test-token');
    expect(text(got)).not.toContain('unit-test-token');
  });

  it('refuses what Outlook did not list, and what is not a picture or zip; says why on errors', async () => {
    const before = calls.length;
    expect(await ask('AAMk-never-listed')).toEqual({ type: 'failed', reason: 'unknown-attachment' });
    expect(await ask('AAMk-pdf')).toEqual({ type: 'failed', reason: 'unknown-attachment' });
    expect(calls.length).toBe(before); // nothing was requested
    getAttachmentStatus = 500;
    expect(await ask('AAMk-photo')).toMatchObject({ type: 'failed', reason: 'http', status: 500 });
    getAttachmentStatus = 200;
  });

  it('runs at most three GetAttachment calls at once, and a cancel (the message closed) aborts its call', async () => {
    let release = () => {};
    hold = new Promise((r) => {
      release = r;
    });
    signals.length = 0;
    const before = calls.length;
    let cancelFirst = () => {};
    const answers = [
      ask('AAMk-photo', (send) => {
        cancelFirst = send;
      }),
      ...Array.from({ length: 4 }, () => ask('AAMk-photo')),
    ];
    await vi.waitFor(() => expect(signals).toHaveLength(3));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.length - before).toBe(3); // the other two wait for a slot
    cancelFirst();
    expect(await answers[0]).toMatchObject({ type: 'failed', reason: 'aborted' });
    expect(signals[0].aborted).toBe(true);
    await vi.waitFor(() => expect(signals).toHaveLength(4)); // its slot went to the next
    release();
    hold = undefined;
    for (const a of await Promise.all(answers.slice(1))) expect(a).toMatchObject({ type: 'bytes' });
    expect(calls.length - before).toBe(5);
  });
});
