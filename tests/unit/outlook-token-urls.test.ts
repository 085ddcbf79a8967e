// Outlook's token-host URLs (attachments.office.net …&token=<JWT>): a token that has run out is never
// sent; the tile goes on to Outlook's service, then to the download; the details and diagnostics say so.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageTriage } from '@/components/mail/message-triage';
import type { MailMessage } from '@/utils/mail/adapter';
import { createOutlookAdapter } from '@/utils/mail/outlook/adapter';
import { OFFICE_NET_TOKEN } from '@/utils/mail/outlook/byte-ways';
import type { ServiceBytes } from '@/utils/mail/outlook/service-bytes';
import type { ServiceAttachment } from '@/utils/mail/outlook/service-protocol';
import { isTokenHostUrl, TOKEN_MARGIN_MS, tokenExpiry, tokenState } from '@/utils/mail/outlook/token-urls';
import { blob, fixturePages, recorder } from './helpers/mail-dom';

const FIXTURES = resolve(__dirname, '../fixtures/outlook');
const READING_URL = 'https://outlook.office.com/mail/inbox/id/AAQkAGNi';
const { load, closeAll } = fixturePages(FIXTURES, READING_URL);
afterEach(() => closeAll());

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** A token shaped as the public captures show it (claims only; the signature is not checked by anyone here). */
const token = (nbfSeconds: number, lifetime = 600) =>
  `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({
    origin: 'https://outlook.office.com',
    ver: 'Exchange.Callback.V1',
    appctx: '{"msexchprot":"owa","scope":"OwaDownload"}',
    nbf: nbfSeconds,
    exp: nbfSeconds + lifetime,
    aud: '00000002-0000-0ff1-ce00-000000000000/attachments.office.net@tenant',
  })}.c2lnbmF0dXJl`;

const NOW = Date.UTC(2026, 11, 5, 1, 30);
const ATT = 'AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAAB';
const thumb = (name: string, tok: string, host = 'attachments.office.net') =>
  `https://${host}/owa/tom.baker%40brightlight-home.com/service.svc/s/GetAttachmentThumbnail?id=${encodeURIComponent(ATT + btoa(name))}&thumbnailType=2&token=${tok}&X-OWA-CANARY=c`;

describe('token-host URLs (pure)', () => {
  it('reads when the token runs out from its exp claim, and nothing from what is not a JWT', () => {
    const nbf = NOW / 1000 - 60;
    expect(tokenExpiry(thumb('a.jpg', token(nbf)))).toBe((nbf + 600) * 1000);
    for (const t of ['eyJ0.e30.c2ln', 'fixture-token', 'a.%%%.b', `${b64url({})}.${b64url([1])}.x`, ''])
      expect(tokenExpiry(thumb('a.jpg', t))).toBeUndefined();
    expect(tokenExpiry('not a url')).toBeUndefined();
  });

  it('fresh until a minute before exp; unreadable tokens are tried', () => {
    const nbf = NOW / 1000;
    const url = thumb('a.jpg', token(nbf));
    expect(tokenState(url, NOW)).toBe('fresh');
    expect(tokenState(url, NOW + 600_000 - TOKEN_MARGIN_MS - 1)).toBe('fresh');
    expect(tokenState(url, NOW + 600_000 - TOKEN_MARGIN_MS)).toBe('expired');
    expect(tokenState(url, NOW + 3_600_000)).toBe('expired');
    expect(tokenState(thumb('a.jpg', 'eyJ0.e30.c2ln'), NOW)).toBe('unreadable');
  });

  it('knows Outlook’s token hosts only', () => {
    expect(isTokenHostUrl(thumb('a.jpg', 't'))).toBe(true);
    expect(isTokenHostUrl(thumb('a.jpg', 't', 'attachment.outlook.live.net'))).toBe(true);
    expect(isTokenHostUrl(thumb('a.jpg', 't', 'outlook.office.com'))).toBe(false);
    expect(isTokenHostUrl(thumb('a.jpg', 't', 'attachments.office.net.example'))).toBe(false);
    expect(isTokenHostUrl(thumb('a.jpg', 't').replace('https:', 'http:'))).toBe(false);
    expect(isTokenHostUrl(undefined)).toBe(false);
  });
});

/** A service that lists the given files by name (any size) and reads nothing. */
function listing(names: string[]): ServiceBytes {
  const attachments: ServiceAttachment[] = names.map((name) => ({
    id: `AAMk-${name}`,
    name,
    size: 1,
    isInline: false,
  }));
  return {
    match: (name, _size, taken) => {
      const a = attachments.find((x) => x.name === name && !taken.has(x.id));
      if (a) taken.add(a.id);
      return a;
    },
    failed: () => false,
    read: async () => blob(),
    onChange: () => () => {},
    ways: () => ({}),
    stop: () => {},
  };
}

/** download-only.html with Outlook's tile pictures on its token host, as `tokens` says per file. */
function page(tokens: Record<string, string>) {
  const { doc } = load('download-only.html');
  for (const [name, tok] of Object.entries(tokens)) {
    const tile = doc.querySelector(`[role="option"][aria-label^="${name} "]`)!;
    const img = doc.createElement('img');
    img.setAttribute('src', thumb(name, tok));
    tile.querySelector('[draggable]')!.prepend(img);
  }
  return doc;
}

const ways = (m: MailMessage) =>
  m.attachments.map((a) => [a.name, a.byteStrategy, a.fetchUrl ? new URL(a.fetchUrl).hostname : undefined]);

describe('the Outlook adapter with token-host URLs', () => {
  it('a fresh token is fetched from the token host; a run-out one goes to the service, else waits for the download', () => {
    const nbf = NOW / 1000 - 60;
    const doc = page({ 'dark-2400.jpg': token(nbf), 'blurry-2400.jpg': token(nbf - 3600) });
    const fresh = createOutlookAdapter(doc, async () => blob(), { now: () => NOW }).messages()[0];
    expect(ways(fresh).slice(0, 2)).toEqual([
      ['dark-2400.jpg', 'outlook-token-url', 'attachments.office.net'],
      ['blurry-2400.jpg', 'outlook-download-capture', undefined],
    ]);
    const u = new URL(fresh.attachments[0].fetchUrl!);
    expect(u.pathname).toMatch(/\/GetFileAttachment$/);
    const service = listing(['blurry-2400.jpg']);
    const viaService = createOutlookAdapter(doc, async () => blob(), {
      now: () => NOW,
      service,
    }).messages()[0];
    expect(ways(viaService).slice(0, 2)).toEqual([
      ['dark-2400.jpg', 'outlook-token-url', 'attachments.office.net'],
      ['blurry-2400.jpg', 'outlook-service', undefined],
    ]);
    // Ten minutes later both have run out: the same keys, so nothing measured before is measured again.
    const later = createOutlookAdapter(doc, async () => blob(), {
      now: () => NOW + 600_000,
      service,
    }).messages()[0];
    expect(ways(later).slice(0, 2)).toEqual([
      ['dark-2400.jpg', 'outlook-download-capture', undefined],
      ['blurry-2400.jpg', 'outlook-service', undefined],
    ]);
    expect(later.attachments.slice(0, 2).map((a) => a.key)).toEqual(
      viaService.attachments.slice(0, 2).map((a) => a.key),
    );
  });

  it('diagnostics say whether fresh token links were offered, with no id, name or token', () => {
    const nbf = NOW / 1000 - 60;
    const fresh = createOutlookAdapter(page({ 'dark-2400.jpg': token(nbf) }), async () => blob(), {
      now: () => NOW,
    });
    fresh.messages();
    const report = fresh.health();
    expect(report.matched[`byteWay:${OFFICE_NET_TOKEN.id}`]).toBe('offered');
    expect(JSON.stringify(report)).not.toMatch(/AAMk|dark-2400|eyJ|token=/);
    const old = createOutlookAdapter(page({ 'dark-2400.jpg': token(nbf - 3600) }), async () => blob(), {
      now: () => NOW,
    });
    old.messages();
    expect(old.health().matched[`byteWay:${OFFICE_NET_TOKEN.id}`]).toBe('expired');
  });
});

describe('a fresh-looking token the host refuses (403/401)', () => {
  const nbf = NOW / 1000 - 60;

  it('the adapter reads the tile again without that URL: the service, else the download; the watch re-reads', async () => {
    const doc = page({ 'dark-2400.jpg': token(nbf), 'blurry-2400.jpg': token(nbf) });
    const adapter = createOutlookAdapter(doc, async () => blob(), {
      now: () => NOW,
      service: listing(['dark-2400.jpg']),
      debounceMs: 5,
      maxWaitMs: 20,
    });
    const calls = recorder();
    const stop = new AbortController();
    adapter.watch(calls.onChange, stop.signal);
    await vi.waitFor(() => expect(calls.calls).toHaveLength(1));
    const before = adapter.messages()[0];
    expect(ways(before).slice(0, 2)).toEqual([
      ['dark-2400.jpg', 'outlook-token-url', 'attachments.office.net'],
      ['blurry-2400.jpg', 'outlook-token-url', 'attachments.office.net'],
    ]);
    // Only a token-host URL has another way behind it.
    expect(adapter.refuseUrl?.('https://outlook.office.com/owa/service.svc/s/GetFileAttachment?id=x')).toBe(
      false,
    );
    for (const a of before.attachments.slice(0, 2)) expect(adapter.refuseUrl?.(a.fetchUrl!)).toBe(true);
    await vi.waitFor(() => expect(calls.calls).toHaveLength(2));
    const after = calls.calls[1].messages[0];
    expect(ways(after).slice(0, 2)).toEqual([
      ['dark-2400.jpg', 'outlook-service', undefined],
      ['blurry-2400.jpg', 'outlook-download-capture', undefined],
    ]);
    expect(after.attachments.map((a) => a.key)).toEqual(before.attachments.map((a) => a.key));
    const report = adapter.health();
    expect(report.matched[`byteWay:${OFFICE_NET_TOKEN.id}`]).toBe('refused');
    expect(JSON.stringify(report)).not.toMatch(/AAMk|dark-2400|eyJ|token=/);
    stop.abort();
  });

  it('the triage shows no failure and measures the tile the next way (fails without the fall-through)', async () => {
    const doc = page({ 'dark-2400.jpg': token(nbf) });
    const adapter = createOutlookAdapter(doc, async () => blob(), {
      now: () => NOW,
      service: listing(['dark-2400.jpg']),
    });
    const requested: { key: string; url?: string }[] = [];
    const bytes: string[] = [];
    const channel = {
      request: (req: { key: string; url?: string }) => requested.push(req),
      cancel: () => {},
      sendBytes: async (key: string) => {
        bytes.push(key);
      },
    };
    const rpc = {
      messageContext: async () => ({ supplier: { id: 's' }, ignored: false, candidates: [], settings: {} }),
      photosOfMessage: async () => [],
      recordPhotos: async () => 0,
      openRequests: async () => [],
    };
    const first = adapter.messages()[0];
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const triage = new MessageTriage(first, rpc as any, channel, adapter);
    await triage.start();
    const dark = first.attachments[0];
    const key = triage.requestKey(dark);
    expect(requested.find((r) => r.key === key)?.url).toMatch(/^https:\/\/attachments\.office\.net\//);
    triage.onFailed(key, { code: 'http', status: 403, message: 'The mail server answered 403.' });
    triage.onDone(key);
    expect(triage.badgeState(dark).phase).not.toBe('failed');
    triage.update(adapter.messages()[0]);
    await vi.waitFor(() => expect(bytes).toContain(key));
    expect(triage.badgeState(triage.message.attachments[0]).phase).not.toBe('failed');
    // Another failure of the token host (a network error) is not a refusal: it stands, with its retry.
    const other = createOutlookAdapter(page({ 'dark-2400.jpg': token(nbf) }), async () => blob(), {
      now: () => NOW,
    });
    const m = other.messages()[0];
    // biome-ignore lint/suspicious/noExplicitAny: a partial fake of the RPC client
    const t2 = new MessageTriage(m, rpc as any, channel, other);
    t2.onFailed(t2.requestKey(m.attachments[0]), { code: 'network', message: 'offline' });
    expect(t2.badgeState(m.attachments[0]).phase).toBe('failed');
  });
});
