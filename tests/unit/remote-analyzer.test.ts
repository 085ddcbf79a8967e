import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blobToDataUrl } from '@/utils/data-url';
import { postInSlices } from '@/utils/photo/page-bytes';
import { createRemoteAnalyzer } from '@/utils/photo/remote-analyzer';
import { BYTES_SLICE, type RemoteBytes, type RemoteEvent } from '@/utils/photo/remote-protocol';
import { photo } from './helpers/fixtures';
import { buildZip } from './helpers/zip-builder';

const allowed = (host: string) =>
  host === 'mail.google.com' || host === 'mail-attachment.googleusercontent.com';

type Filer = NonNullable<Parameters<typeof createRemoteAnalyzer>[1]['file']>;

function harness(fetchImpl: typeof fetch, file?: Filer) {
  const events: RemoteEvent[] = [];
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  const analyzer = createRemoteAnalyzer(
    (e) => {
      events.push(e);
      if (e.type === 'done') resolveDone();
    },
    { allowedHosts: allowed, fetch: fetchImpl, timeoutMs: 300, file },
  );
  return { events, done, analyzer };
}

const respond = (body: BodyInit | null, init: ResponseInit & { url?: string } = {}) => {
  const r = new Response(body, init);
  if (init.url) Object.defineProperty(r, 'url', { value: init.url });
  return r;
};

const request = (over: Record<string, unknown> = {}) => ({
  type: 'analyze' as const,
  key: 'm1/0.1',
  url: 'https://mail.google.com/mail/u/0/?view=att&attid=0.1',
  name: 'good-3000.jpg',
  kind: 'image' as const,
  receivedAt: '2026-11-21T02:00:00Z',
  ...over,
});

describe('remote analyzer (background side of the analyze port)', () => {
  it('downloads from the mail host, sends the header report first, then the full one, then done', async () => {
    const bytes = photo('generated/good-3000.jpg');
    const calls: string[] = [];
    const { events, done, analyzer } = harness(async (url) => {
      calls.push(String(url));
      return respond(new Blob([bytes]), {
        url: 'https://mail-attachment.googleusercontent.com/attachment/u/0/x',
      });
    });
    analyzer.handle(request());
    await done;
    expect(calls).toEqual(['https://mail.google.com/mail/u/0/?view=att&attid=0.1']);
    expect(events.map((e) => e.type)).toEqual(['found', 'header', 'report', 'done']);
    const header = events[1];
    const full = events[2];
    expect(header.type === 'header' && [header.report.width, header.report.height]).toEqual([3000, 2250]);
    expect(full.type === 'report' && full.report.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses hosts that are not the mail site, before and after redirects', async () => {
    let fetched = 0;
    const a = harness(async () => {
      fetched++;
      return respond('x');
    });
    a.analyzer.handle(request({ url: 'https://evil.example/steal' }));
    await a.done;
    expect(fetched).toBe(0);
    expect(a.events[0]).toMatchObject({ type: 'failed', failure: { code: 'blocked-host' } });

    const b = harness(async () => respond('x', { url: 'https://evil.example/after-redirect' }));
    b.analyzer.handle(request());
    await b.done;
    expect(b.events[0]).toMatchObject({ type: 'failed', failure: { code: 'blocked-host' } });
  });

  it('turns 401/404, network errors and timeouts into a failure the badge can show', async () => {
    for (const status of [401, 404]) {
      const h = harness(async () => respond('no', { status }));
      h.analyzer.handle(request());
      await h.done;
      expect(h.events[0]).toMatchObject({ type: 'failed', failure: { code: 'http', status } });
    }
    const net = harness(async () => {
      throw new TypeError('Failed to fetch (redirect loop)');
    });
    net.analyzer.handle(request());
    await net.done;
    expect(net.events[0]).toMatchObject({ type: 'failed', failure: { code: 'network' } });

    const slow = harness(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    );
    slow.analyzer.handle(request());
    await slow.done;
    expect(slow.events[0]).toMatchObject({ type: 'failed', failure: { code: 'timeout' } });
  });

  /** A body that sends `bytes` in chunks of `chunk` every `everyMs`, then (after `stallAfter` bytes) stalls or errors. */
  function trickle(
    bytes: Uint8Array,
    opts: { chunk: number; everyMs: number; stallAfter?: number; ending?: 'stall' | 'error' },
    signal?: AbortSignal | null,
  ): ReadableStream<Uint8Array> {
    let offset = 0;
    let aborted = false;
    return new ReadableStream({
      start(controller) {
        // As a real fetch body: aborting the request's signal errors the body.
        signal?.addEventListener('abort', () => {
          aborted = true;
          controller.error(signal.reason);
        });
      },
      async pull(controller) {
        if (aborted) return;
        await new Promise((r) => setTimeout(r, opts.everyMs));
        if (opts.stallAfter !== undefined && offset >= opts.stallAfter) {
          if (opts.ending === 'error') {
            controller.error(new TypeError('network error'));
            return;
          }
          // Never another byte: only the abort ends it.
          await new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve()));
          return;
        }
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        if (aborted) return;
        controller.enqueue(bytes.slice(offset, offset + opts.chunk));
        offset += opts.chunk;
      },
    });
  }

  it('a photo whose body stops arriving after the header is a download failure with a retry, not "unreadable"', async () => {
    const bytes = photo('generated/good-3000.jpg');
    const h = harness(async (_url, init) =>
      respond(
        trickle(
          bytes,
          { chunk: 16 * 1024, everyMs: 1, stallAfter: 64 * 1024, ending: 'stall' },
          init?.signal,
        ),
      ),
    );
    h.analyzer.handle(request());
    await h.done;
    expect(h.events.filter((e) => e.type === 'report')).toEqual([]);
    expect(h.events.find((e) => e.type === 'failed')).toMatchObject({ failure: { code: 'timeout' } });
    expect(h.events.at(-1)?.type).toBe('done');
  });

  it('a connection dropped mid-body is a download failure', async () => {
    const bytes = photo('generated/good-3000.jpg');
    const h = harness(async () =>
      respond(trickle(bytes, { chunk: 16 * 1024, everyMs: 1, stallAfter: 64 * 1024, ending: 'error' })),
    );
    h.analyzer.handle(request());
    await h.done;
    expect(h.events.filter((e) => e.type === 'report')).toEqual([]);
    expect(h.events.find((e) => e.type === 'failed')).toMatchObject({ failure: { code: 'network' } });
  });

  it('a zip whose body stalls fails with a timeout and ends (the badge is not left "checking")', async () => {
    const bytes = photo('generated/supplier-photos.zip');
    const h = harness(async (_url, init) =>
      respond(
        trickle(
          bytes,
          { chunk: 64 * 1024, everyMs: 1, stallAfter: 128 * 1024, ending: 'stall' },
          init?.signal,
        ),
      ),
    );
    h.analyzer.handle(request({ name: 'supplier-photos.zip', kind: 'zip' }));
    await h.done;
    expect(h.events.map((e) => e.type)).toEqual(['failed', 'done']);
    expect(h.events[0]).toMatchObject({ failure: { code: 'timeout' } });
  });

  it('a slow download that keeps arriving is not cut off: the timeout is for silence, not length', async () => {
    const bytes = photo('generated/good-3000.jpg');
    // 300 ms of silence allowed; the whole body takes far longer than that, a chunk every 40 ms.
    const h = harness(async (_url, init) =>
      respond(trickle(bytes, { chunk: 64 * 1024, everyMs: 40 }, init?.signal)),
    );
    const started = Date.now();
    h.analyzer.handle(request());
    await h.done;
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(h.events.map((e) => e.type)).toEqual(['found', 'header', 'report', 'done']);
    const report = h.events.find((e) => e.type === 'report');
    expect(report?.type === 'report' && report.report.error).toBeUndefined();
    expect(report?.type === 'report' && report.report.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a zip attachment is expanded into its photos', async () => {
    const { events, done, analyzer } = harness(async () =>
      respond(new Blob([photo('generated/supplier-photos.zip')])),
    );
    analyzer.handle(request({ name: 'supplier-photos.zip', kind: 'zip' }));
    await done;
    const found = events.find((e) => e.type === 'found');
    expect(found?.type === 'found' && found.photos.map((p) => p.name)).toHaveLength(4);
    expect(events.filter((e) => e.type === 'report')).toHaveLength(4);
  });

  it('a zip of zips attached (54 400 photos declared, issue 19) is one refused photo sent to the mail page', async () => {
    // 64 inner zips of 850 entries each declaring 1 MiB of zeros (one ~1 KB deflated body shared).
    const zeros = deflateSync(new Uint8Array(1024 * 1024), { level: 9 });
    const inner = buildZip(
      Array.from({ length: 850 }, (_, i) => ({
        name: `IMG_${i}.jpg`,
        data: new Uint8Array(0),
        compressed: zeros,
        declaredSize: 1024 * 1024,
      })),
    );
    const deflated = deflateSync(inner, { level: 9 });
    const bomb = buildZip(
      Array.from({ length: 64 }, (_, i) => ({
        name: `part-${i}.zip`,
        data: new Uint8Array(0),
        compressed: deflated,
        declaredSize: inner.length,
      })),
    );
    const { events, done, analyzer } = harness(async () => respond(new Blob([bomb])));
    analyzer.handle(request({ name: 'photos.zip', kind: 'zip' }));
    await done;
    expect(events.map((e) => e.type)).toEqual(['found', 'done']);
    const found = events[0];
    expect(found.type === 'found' && found.photos).toHaveLength(1);
    expect(found.type === 'found' && found.photos[0]).toMatchObject({
      key: 'm1/0.1',
      name: 'photos.zip',
      report: { verdict: 'error', error: { code: 'zip-refused', zip: { limit: 'ratio' } } },
    });
  });

  it('cancel stops the work: no report, no done', async () => {
    const { events, analyzer } = harness(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
        ),
    );
    analyzer.handle(request());
    analyzer.handle({ type: 'cancel', key: 'm1/0.1' });
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([]);
  });

  // The thumbnail itself is drawn by the pixel stage, which Node has not: the e2e sees it filed and shown.
  it('files each measured photo where it is measured, then reports it without the thumbnail', async () => {
    const target = {
      client: 'gmail' as const,
      messageId: 'm1',
      receivedAt: '2026-11-21T02:00:00Z',
      orderId: 'o1',
    };
    const filed: { name: string; sha256?: string }[] = [];
    let sent = 0;
    const { events, done, analyzer } = harness(
      async () => respond(new Blob([photo('generated/good-3000.jpg')])),
      async (t, p) => {
        expect(t).toEqual(target);
        // Filed before the mail page hears of it: the stage view it asks for next holds the photo.
        sent = events.length;
        filed.push({ name: p.name, sha256: p.report.sha256 });
        return { ok: true, orderId: 'o1' };
      },
    );
    analyzer.handle(request({ file: target }));
    await done;
    expect(filed).toHaveLength(1);
    expect(filed[0]!.name).toBe('good-3000.jpg');
    expect(filed[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(events.slice(sent).map((e) => e.type)).toEqual(['report', 'done']);
    const full = events.find((e) => e.type === 'report');
    expect(full?.type === 'report' && full.filing).toEqual({ ok: true, orderId: 'o1' });
    // Small reports only: no picture travels to the mail page.
    expect(JSON.stringify(full).length).toBeLessThan(8_000);
    expect(full).not.toHaveProperty('thumbnail');
  });

  it('files nothing without a target, only the named entries of a "Download all" zip, and says why it could not', async () => {
    const names: string[] = [];
    const file: Filer = async (_t, p) => {
      names.push(p.name);
      return { ok: false, message: 'The storage for Photo Triage is full.' };
    };
    const zip = async () => respond(new Blob([photo('generated/supplier-photos.zip')]));
    const bare = harness(zip, file);
    bare.analyzer.handle(request({ name: 'supplier-photos.zip', kind: 'zip' }));
    await bare.done;
    expect(names).toEqual([]);
    expect(bare.events.filter((e) => e.type === 'report' && e.filing)).toEqual([]);

    const { events, done, analyzer } = harness(zip, file);
    const found = bare.events.find((e) => e.type === 'found');
    const entries = found?.type === 'found' ? found.photos.map((p) => p.name) : [];
    const wanted = entries[1]!.split('/').pop()!.toLowerCase();
    analyzer.handle(
      request({
        name: 'supplier-photos.zip',
        kind: 'zip',
        file: { client: 'outlook', messageId: 'm1', receivedAt: '2026-11-21T02:00:00Z', onlyNames: [wanted] },
      }),
    );
    await done;
    expect(names).toEqual([entries[1]]);
    const reports = events.filter((e) => e.type === 'report');
    expect(reports.filter((e) => e.type === 'report' && e.filing)).toEqual([
      expect.objectContaining({ filing: { ok: false, message: 'The storage for Photo Triage is full.' } }),
    ]);
  });

  it('encodes thumbnails as data URLs without FileReader', async () => {
    expect(await blobToDataUrl(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }))).toBe(
      'data:image/jpeg;base64,AQID',
    );
  });
});

describe('a file read in the mail page, sent after its request in slices', () => {
  it('is measured from the slices, never fetched, and no slice is larger than BYTES_SLICE', async () => {
    const bytes = photo('generated/blurry-2400.jpg');
    const { events, done, analyzer } = harness(async () => {
      throw new Error('must not fetch');
    });
    const slices: RemoteBytes[] = [];
    analyzer.handle(request({ url: undefined, name: 'blurry-2400.jpg' }));
    await postInSlices(
      'm1/0.1',
      new Blob([bytes], { type: 'image/jpeg' }),
      (slice) => {
        slices.push(slice);
        analyzer.handle(slice);
      },
      () => true,
    );
    await done;
    expect(slices.length).toBe(Math.ceil(bytes.length / BYTES_SLICE));
    expect(slices.map((s) => s.last)).toEqual(slices.map((_, i) => i === slices.length - 1));
    expect(Math.max(...slices.map((s) => s.base64.length))).toBeLessThanOrEqual((BYTES_SLICE / 3) * 4 + 4);
    const full = events.find((e) => e.type === 'report');
    expect(full?.type === 'report' && [full.report.width, full.report.bytes]).toEqual([2400, bytes.length]);
  });

  it('stops sending when the request is no longer wanted (the message closed)', async () => {
    const sent: RemoteBytes[] = [];
    let wanted = true;
    await postInSlices(
      'k',
      new Blob([new Uint8Array(BYTES_SLICE * 5)]),
      (slice) => {
        sent.push(slice);
        if (sent.length === 2) wanted = false;
      },
      () => wanted,
    );
    expect(sent.map((s) => s.last)).toEqual([false, false]);
  });

  it('slices for a request never made, or cancelled, are dropped', async () => {
    const { events, done, analyzer } = harness(async () => {
      throw new Error('must not fetch');
    });
    analyzer.handle({ type: 'bytes', key: 'nobody', base64: 'AQID', last: true });
    analyzer.handle(request({ url: undefined }));
    analyzer.handle({ type: 'cancel', key: 'm1/0.1' });
    analyzer.handle({ type: 'bytes', key: 'm1/0.1', base64: 'AQID', last: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([]);
    void done;
  });

  it('other schemes are refused, data: URLs too (page bytes come only as slices)', async () => {
    for (const url of [
      'http://mail.google.com/x',
      'javascript:alert(1)',
      'blob:https://mail.google.com/x',
      'data:image/jpeg;base64,AQID',
    ]) {
      const { events, done, analyzer } = harness(async () => {
        throw new Error('must not fetch');
      });
      analyzer.handle(request({ url }));
      await done;
      expect(events[0]).toMatchObject({ type: 'failed', failure: { code: 'blocked-host' } });
    }
  });
});
