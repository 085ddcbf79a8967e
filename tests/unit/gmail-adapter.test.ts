import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagnosticsText, type HealthReport, type MailMessage, OWN_UI_ATTRIBUTE } from '@/utils/mail/adapter';
import { type AttachmentFetcher, createGmailAdapter, gmailPath } from '@/utils/mail/gmail/adapter';
import { GMAIL } from '@/utils/mail/gmail/selectors';
import {
  cls,
  defineSelectors,
  MatchLog,
  query,
  queryAll,
  queryOrFail,
  SelectorMissError,
} from '@/utils/mail/selectors';
import { blob, fixturePages, heldFetcher, local, recorder, wait } from './helpers/mail-dom';

const FIXTURES = resolve(__dirname, '../fixtures/gmail');
const GENERATED_PHOTOS = resolve(__dirname, '../fixtures/photos/generated');
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmhHrMtvVqJnvQdRtFGZ';

const { fixture, load, closeAll } = fixturePages(FIXTURES, THREAD_URL);
afterEach(async () => {
  await closeAll();
  vi.restoreAllMocks();
});

function open(name: string, fetcher: AttachmentFetcher = async () => blob(), options = {}) {
  const { win, doc } = load(name);
  const adapter = createGmailAdapter(doc, fetcher, {
    debounceMs: 20,
    maxWaitMs: 200,
    replyTimeoutMs: 200,
    ...options,
  });
  return { win, doc, adapter };
}

describe('reading open messages', () => {
  it('a thread with two expanded messages (and a collapsed one, skipped)', () => {
    const { adapter } = open('thread-two-messages.html');
    const messages = adapter.messages();
    expect(messages.map((m) => m.id)).toEqual(['msg-f:1790000000000000011', 'msg-f:1790000000000000012']);
    expect(messages.map((m) => m.legacyId)).toEqual(['18c0a1b2c3d4e5f6', '18c0a1b2c3d4e5f7']);
    for (const m of messages) {
      expect(m.client).toBe('gmail');
      expect(m.threadId).toBe('18c0a1b2c3d4e5f6');
      expect(m.sender).toEqual({ email: 'amy@ningbo-bright.cn', name: 'Amy Chen' });
      expect(m.subject).toBe('Re: PO-2026-0412 LED desk lamp – pre-shipment photos / 出货前照片');
      expect(m.element.getAttribute('data-message-id')).toBe(`#${m.id}`);
    }
    expect(messages[0].date).toBe(local(2026, 11, 24, 9, 14));
    expect(messages[1].date).toBe(local(2026, 11, 25, 16, 2));
    expect(messages[0].attachments.map((a) => [a.name, a.displayedSizeText, a.displayedSize])).toEqual([
      ['lamp-front.jpg', '2.8 MB', Math.round(2.8 * 1024 * 1024)],
      ['carton-label.jpg', '68 KB', 68 * 1024],
    ]);
    expect(messages[1].attachments.map((a) => [a.name, a.kind])).toEqual([
      ['carton-label-original.jpg', 'image'],
      ['pallet-wrapped.jpg', 'image'],
      ['装箱照片-PO-2026-0412.zip', 'zip'],
    ]);
  });

  it('eight photos and a zip: names, kinds, displayed sizes, where badges go, how bytes are read', () => {
    const { adapter } = open('eight-photos-and-zip.html');
    const [m] = adapter.messages();
    expect(m.subject).toMatch(/PO-2026-0417/);
    const names = m.attachments.map((a) => a.name);
    expect(names).toEqual([
      'good-3000.jpg',
      'near-duplicate-1600.jpg',
      'chat-recompressed-1280.jpg',
      'email-downsized-640.jpg',
      'dark-2400.jpg',
      'blurry-2400.jpg',
      'duplicate-of-good-3000.jpg',
      'screenshot-1170x2532.png',
      'supplier-photos.zip',
    ]);
    for (const name of names) expect(readdirSync(GENERATED_PHOTOS)).toContain(name);
    expect(m.attachments.map((a) => a.kind)).toEqual([...Array(8).fill('image'), 'zip']);
    expect(m.attachments.map((a) => a.mime)).toEqual([
      ...Array(7).fill('image/jpeg'),
      'image/png',
      'application/zip',
    ]);
    expect(new Set(m.attachments.map((a) => a.key)).size).toBe(9);
    expect(m.attachments[3]).toMatchObject({
      key: 'att:0.4',
      displayedSizeText: '42 KB',
      displayedSize: 42 * 1024,
    });
    for (const a of m.attachments) {
      expect(a.byteStrategy).toBe('gmail-download-url');
      expect(a.badgeAnchor.parentElement?.classList.contains('aQH')).toBe(true); // Gmail's own card
      expect(a.source).toMatchObject({ name: a.name, sizeHint: a.displayedSize, date: m.date });
      expect(a.source?.id).toBe(`gmail:${m.id}/${a.key}`);
    }
    expect(m.inlineImages).toEqual([]);
    expect(m.driveLinks).toEqual([]);
  });

  it('reading a source calls the fetcher with the download URL, colons and all, and the message signal', async () => {
    const fetcher = vi.fn<AttachmentFetcher>(async () => blob());
    const { adapter } = open('eight-photos-and-zip.html', fetcher);
    const [m] = adapter.messages();
    const bytes = await m.attachments[0].source!.read();
    expect(bytes).toBeInstanceOf(Blob);
    expect(fetcher).toHaveBeenCalledTimes(1);
    const [url, signal] = fetcher.mock.calls[0];
    expect(url).toBe(
      'https://mail.google.com/mail/u/0/?ui=2&ik=abc123&attid=0.1&permmsgid=msg-f:1790000000000000001&th=18c0000000000001&view=att&disp=safe&realattid=f_abc1&zw',
    );
    expect(signal).toBe(m.signal);
  });

  it('without download_url (Firefox), the card link is used with disp=safe', async () => {
    const fetcher = vi.fn<AttachmentFetcher>(async () => blob());
    const { doc } = load('eight-photos-and-zip.html', {
      edit: (h) => h.replace(/ download_url="[^"]*"/g, ''),
    });
    const [m] = createGmailAdapter(doc, fetcher).messages();
    expect(m.attachments).toHaveLength(9);
    expect(m.attachments.every((a) => a.byteStrategy === 'gmail-card-link')).toBe(true);
    expect(m.attachments[8]).toMatchObject({ name: 'supplier-photos.zip', kind: 'zip', mime: undefined });
    await m.attachments[1].source!.read();
    const url = new URL(fetcher.mock.calls[0][0]);
    expect(url.searchParams.get('disp')).toBe('safe');
    expect(url.searchParams.get('attid')).toBe('0.2');
  });

  it('an unknown sender, Chinese interface, emoji in the subject, sizes without download_url', () => {
    const { adapter } = open('unknown-sender.html');
    const [m] = adapter.messages();
    expect(m.sender).toEqual({ email: 'zhangwei8812@qq.com', name: '张伟' });
    expect(m.subject).toBe('📷 样品照片 – 不锈钢保温杯 sample photos');
    expect(m.date).toBe(local(2026, 11, 25, 15, 40));
    expect(m.attachments.map((a) => [a.name, a.kind, a.displayedSize, a.byteStrategy])).toEqual([
      ['微信图片_20261125154012.jpg', 'image', 68 * 1024, 'gmail-card-link'],
      ['微信图片_20261125154020.jpg', 'image', 71 * 1024, 'gmail-card-link'],
      ['IMG_4471.HEIC', 'image', Math.round(2.1 * 1024 * 1024), 'gmail-card-link'],
    ]);
    expect(m.bodyText()).toContain('永康市恒达杯业');
  });

  it('inline pictures are photos, the proxied remote picture is not, Drive files are listed without bytes', async () => {
    const fetcher = vi.fn<AttachmentFetcher>(async () => blob());
    const { adapter } = open('inline-and-drive.html', fetcher);
    const [m] = adapter.messages();
    expect(m.attachments).toEqual([]); // the only card is a Drive file
    expect(m.inlineImages.map((a) => [a.key, a.name, a.kind, a.byteStrategy])).toEqual([
      ['inline:0.1', 'IMG_20261120_101522.jpg', 'image', 'gmail-inline'],
      ['inline:0.2', 'inline image 2', 'image', 'gmail-inline'],
    ]);
    expect(m.inlineImages.every((a) => a.badgeAnchor.tagName === 'IMG')).toBe(true);
    const anchors = m.inlineImages.map((a) => a.badgeAnchor.getAttribute('src'));
    expect(anchors.some((src) => src?.includes('googleusercontent.com'))).toBe(false);
    expect(m.driveLinks.map((d) => [d.name, d.url])).toEqual([
      [
        'QC report PO-2026-0421.pdf',
        'https://drive.google.com/file/d/1ZyXwVuTsRqPoNmLkJiHgFeDcBa987654/view?usp=drive_web',
      ],
      [
        'PO-2026-0421 samples full size.zip',
        'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view?usp=drive_web',
      ],
    ]);
    await m.inlineImages[1].source!.read();
    const url = new URL(fetcher.mock.calls[0][0]);
    expect(url.searchParams.get('view')).toBe('att');
    expect(url.searchParams.get('disp')).toBe('safe');
    expect(url.searchParams.has('sz')).toBe(false);
    expect(url.searchParams.get('attid')).toBe('0.2');
  });

  it('a malformed link in the body is skipped, not fatal', () => {
    const { doc } = load('inline-and-drive.html');
    const bad = doc.createElement('a');
    bad.setAttribute('href', 'https://drive.google.com[/broken');
    doc.querySelector('.a3s')!.appendChild(bad);
    const [m] = createGmailAdapter(doc, async () => blob()).messages();
    expect(m.driveLinks).toHaveLength(2);
  });

  it('an inline picture also shown as a card is measured once, as the card', () => {
    const { doc } = load('eight-photos-and-zip.html');
    const body = doc.querySelector('.a3s')!;
    const img = doc.createElement('img');
    img.setAttribute(
      'src',
      'https://mail.google.com/mail/u/0/?ui=2&ik=abc123&attid=0.2&permmsgid=msg-f:1790000000000000001&th=18c0000000000001&view=fimg&sz=s0-l75-ft&disp=emb&realattid=ii_x',
    );
    body.appendChild(img);
    const [m] = createGmailAdapter(doc, async () => blob()).messages();
    expect(m.inlineImages).toEqual([]);
    expect(m.attachments).toHaveLength(9);
  });

  it('a message without attachments; its body text keeps line breaks for PO detection', () => {
    const { adapter } = open('no-attachments.html');
    const [m] = adapter.messages();
    expect(m.attachments).toEqual([]);
    expect(m.inlineImages).toEqual([]);
    expect(m.driveLinks).toEqual([]);
    const text = m.bodyText();
    expect(text).toContain('The container for PO-2026-0412 is booked');
    expect(text).toContain('PO-2026-0412 已订舱');
    expect(text).toMatch(/^Dear Tom,\n/);
  });

  it('the preview pane: the open message, not the inbox rows above it', () => {
    const { adapter } = open('preview-pane.html');
    const messages = adapter.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0].sender.email).toBe('sales@hengda-cups.com');
    expect(messages[0].attachments.map((a) => a.name)).toEqual([
      'container-empty.jpg',
      'container-half.jpg',
      'seal.jpg',
    ]);
  });

  it("tolerates Gmail's hashed class tokens (Ht → Ht-<hash>)", () => {
    const hashed = (html: string) =>
      html.replace(
        /class="([^"]*)"/g,
        (_, list: string) =>
          `class="${list
            .split(' ')
            .map((t) =>
              ['hq', 'aQH', 'aV3', 'SaH2Ve', 'a3s', 'hP', 'gD', 'g3'].includes(t) ? `${t}-x7Kq2` : t,
            )
            .join(' ')}"`,
      );
    const { doc } = load('eight-photos-and-zip.html', { edit: hashed });
    expect(doc.querySelector('.aQH')).toBeNull();
    const adapter = createGmailAdapter(doc, async () => blob());
    const [m] = adapter.messages();
    expect(m.attachments.map((a) => a.displayedSizeText)).toEqual([
      '1.7 MB',
      '359 KB',
      '119 KB',
      '42 KB',
      '502 KB',
      '231 KB',
      '1.7 MB',
      '3.3 MB',
      '2.3 MB',
    ]);
    expect(m.attachments[0].name).toBe('good-3000.jpg');
    const health = adapter.health();
    expect(health.ok).toBe(true);
    expect(health.matched.attachmentCard).toBe('class-aQH-span');
  });
});

describe('cards that finish loading late (issue 11, Gmail 1)', () => {
  /** Gmail's component finishing the card: the loaded card's attributes and children, or the card itself. */
  const finish = (doc: Document, n: number, how: 'in-place' | 'replaced') => {
    const template = doc.getElementById(`loaded-card-${n}`) as HTMLTemplateElement;
    const done = template.content.firstElementChild!.cloneNode(true) as Element;
    const card = doc.querySelectorAll('.aQH > span.aZo')[n - 1];
    if (how === 'replaced') return card.replaceWith(done);
    for (const { name, value } of Array.from(done.attributes)) card.setAttribute(name, value);
    card.replaceChildren(...Array.from(done.childNodes));
  };

  it('while Gmail scans: waiting, keyed by its part, nothing to fetch — the w1600 preview is never a source', () => {
    const fetcher = vi.fn<AttachmentFetcher>(async () => blob());
    const [m] = open('late-loading-card.html', fetcher).adapter.messages();
    expect(m.attachments.map((a) => [a.key, a.name, a.byteStrategy, a.fetchUrl, a.source])).toEqual([
      ['att:0.1', 'good-3000.jpg', 'gmail-scanning', undefined, undefined],
      ['att:0.2', 'dark-2400.jpg', 'gmail-scanning', undefined, undefined],
    ]);
  });

  it.each(['in-place', 'replaced'] as const)(
    'updated %s: the same key, the original file to fetch',
    (how) => {
      const { doc, adapter } = open('late-loading-card.html');
      finish(doc, 1, how);
      finish(doc, 2, how);
      const [m] = adapter.messages();
      expect(m.attachments.map((a) => [a.key, a.byteStrategy])).toEqual([
        ['att:0.1', 'gmail-download-url'],
        ['att:0.2', 'gmail-download-url'],
      ]);
      for (const a of m.attachments) {
        const url = new URL(a.fetchUrl!);
        expect(url.searchParams.get('view')).toBe('att');
        expect(url.searchParams.has('sz')).toBe(false);
      }
    },
  );

  it('the watch reports the change, though the message element stayed', async () => {
    const { doc, adapter } = open('late-loading-card.html');
    const { calls, onChange } = recorder();
    const stop = new AbortController();
    adapter.watch(onChange, stop.signal);
    await wait(80);
    finish(doc, 1, 'in-place');
    await wait(80);
    stop.abort();
    expect(calls.map((c) => c.messages[0].attachments[0].byteStrategy)).toEqual([
      'gmail-scanning',
      'gmail-download-url',
    ]);
    expect(calls[0].messages[0].element).toBe(calls[1].messages[0].element);
  });

  it('a loaded card without download_url (Firefox) whose link is the preview: the part downloaded whole', () => {
    const { doc } = load('late-loading-card.html');
    const card = doc.querySelector('.aQH > span.aZo')!;
    card.querySelector('[aria-disabled="true"]')!.removeAttribute('aria-disabled');
    const [a] = createGmailAdapter(doc, async () => blob()).messages()[0].attachments;
    expect(a.byteStrategy).toBe('gmail-card-link');
    const url = new URL(a.fetchUrl!);
    expect([url.searchParams.get('view'), url.searchParams.get('disp'), url.searchParams.has('sz')]).toEqual([
      'att',
      'safe',
      false,
    ]);
  });
});

describe('spoofed senders (issue 19, item 1)', () => {
  it("a display name holding a supplier's address: Gmail's span[email] has the real address", () => {
    const { doc } = load('unknown-sender.html');
    const sender = doc.querySelector('h3 span[email]')!;
    sender.setAttribute('email', 'attacker@evil.example');
    sender.setAttribute('name', 'Amy Chen <amy@ningbo-bright.cn>');
    sender.textContent = 'Amy Chen <amy@ningbo-bright.cn>';
    const [m] = createGmailAdapter(doc, async () => blob()).messages();
    expect(m.sender).toEqual({ email: 'attacker@evil.example', name: 'Amy Chen <amy@ningbo-bright.cn>' });
  });
});

describe('health check', () => {
  it.each([
    'thread-two-messages.html',
    'eight-photos-and-zip.html',
    'inline-and-drive.html',
    'unknown-sender.html',
    'no-attachments.html',
    'preview-pane.html',
  ])('%s is recognised', (name) => {
    const report = open(name).adapter.health();
    expect(report).toMatchObject({ ok: true, client: 'gmail', conversationOpen: true, missing: [] });
    expect(report.openMessages).toBeGreaterThan(0);
    expect(report.matched).toMatchObject({
      message: 'attr-data-message-id',
      sender: 'h3-span-email',
      body: 'class-a3s',
    });
    expect(report.outline).toBeUndefined();
  });

  it('a changed layout fails with a specific list and a text-free outline', () => {
    const report = open('unrecognised-layout.html').adapter.health();
    expect(report.ok).toBe(false);
    expect(report.conversationOpen).toBe(true);
    expect(report.openMessages).toBe(0);
    expect(report.missing).toEqual(['message']);
    expect(report.matched).toEqual({ threadSignal: 'attr-thread-perm-id', message: null });
    expect(report.outline).toContain('article.Ms7-k2Lq[data-msg-key]');
    expect(report.outline).toContain('span.Xc0-k2Lq[download_url]');
  });

  it('falls back to an older alternative, then names the part that stopped matching: attachment names', () => {
    const noAV3 = (h: string) => h.replaceAll('class="aV3 zzV0ie"', 'class="zzV0ie"');
    const fallback = createGmailAdapter(load('eight-photos-and-zip.html', { edit: noAV3 }).doc, async () =>
      blob(),
    );
    expect(fallback.health()).toMatchObject({ ok: true, matched: { attachmentName: 'class-aQA-span' } });
    expect(fallback.messages()[0].attachments[0].name).toBe('good-3000.jpg');

    const { doc } = load('eight-photos-and-zip.html', {
      edit: (h) => noAV3(h).replaceAll('class="aQA"', 'class="Qx9"'),
    });
    const report = createGmailAdapter(doc, async () => blob()).health();
    expect(report.ok).toBe(false);
    expect(report.missing).toEqual(['attachmentName']);
    expect(report.matched.attachmentName).toBeNull();
    expect(report.matched.attachmentCard).toBe('class-aQH-span');
  });

  it('names the part that stopped matching: messages found, no body readable', () => {
    const { doc } = load('no-attachments.html', {
      edit: (h) => h.replace('class="ii gt"', 'class="Qz1"').replace('class="a3s aiL "', 'class="Qz2"'),
    });
    const adapter = createGmailAdapter(doc, async () => blob());
    expect(adapter.messages()).toEqual([]);
    expect(adapter.health()).toMatchObject({ ok: false, missing: ['body'], openMessages: 0 });
  });

  it('nothing open (the inbox) is healthy and quiet', () => {
    const { doc } = load('preview-pane.html', {
      url: 'https://mail.google.com/mail/u/0/#inbox',
      edit: (h) =>
        h.replace(/<div class="nH aqK">[\s\S]*<\/div>\s*<\/div>\s*<\/div>\s*<\/div>\s*<\/div>\s*<\/div>/, ''),
    });
    expect(doc.querySelector('.aqK')).toBeNull();
    const report = createGmailAdapter(doc, async () => blob()).health();
    expect(report).toMatchObject({ ok: true, conversationOpen: false, openMessages: 0, missing: [] });
  });

  it('the path keeps the route, never ids, labels or search terms', () => {
    const at = (url: string) => gmailPath(new URL(url) as unknown as Location);
    expect(at('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWD')).toBe('/mail/u/0/#inbox/…');
    expect(at('https://mail.google.com/mail/u/1/#search/amy%40ningbo-bright.cn+PO-2026-0412/FMfcgz')).toBe(
      '/mail/u/1/#search/…',
    );
    expect(at('https://mail.google.com/mail/u/0/#label/Ningbo+Bright/FMfcgz')).toBe('/mail/u/0/#label/…');
    expect(at('https://mail.google.com/mail/u/0/?ik=abc#Secret-Project/FMfcgz')).toBe('/mail/u/0/#…/…');
    expect(at('https://mail.google.com/mail/u/0/')).toBe('/mail/u/0/');
  });

  it('diagnostics contain no address, name, subject or body text, even after a search for them', () => {
    const searchUrl =
      'https://mail.google.com/mail/u/0/#search/amy%40ningbo-bright.cn+PO-2026-0412/FMfcgzQXJWDsKmhH';
    for (const name of ['unrecognised-layout.html', 'thread-two-messages.html', 'unknown-sender.html']) {
      const { doc } = load(name, { url: searchUrl });
      const text = diagnosticsText(createGmailAdapter(doc, async () => blob()).health(), {
        extensionVersion: '0.1.0',
        browser: 'Chromium 156',
      });
      expect(text).toContain('client: gmail');
      expect(text).toContain('page: /mail/u/0/#search/…');
      for (const secret of [
        '@',
        'amy',
        'Amy',
        'ningbo',
        'PO-2026',
        '张伟',
        'Tom',
        'photos',
        '照片',
        'packing',
      ]) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('diagnostics scrub anything shaped like an address, whatever put it there', () => {
    const report: HealthReport = {
      ok: false,
      client: 'gmail',
      checkedAt: '2026-11-26T10:00:00.000Z',
      path: '/mail/u/0/#inbox/…',
      conversationOpen: true,
      openMessages: 0,
      matched: { message: null },
      missing: ['message'],
      outline: 'div[role=main]\n  span.x amy@ningbo-bright.cn',
    };
    const text = diagnosticsText(report);
    expect(text).toContain('layout NOT recognised');
    expect(text).toContain('message: no alternative matched');
    expect(text).not.toContain('amy@ningbo-bright.cn');
  });
});

describe('watch', () => {
  /** Waits past the debounce. */
  const settle = () => wait(80);
  const ids = (messages: MailMessage[]) => messages.map((m) => m.id);

  it('calls back when messages open and close, once per burst of changes, and stops on abort', async () => {
    const { win, doc, adapter } = open('thread-two-messages.html');
    const { calls, onChange } = recorder();
    const stop = new AbortController();
    const disconnect = vi.spyOn(win.MutationObserver.prototype, 'disconnect');
    adapter.watch(onChange, stop.signal);
    await settle();
    expect(calls).toHaveLength(1);
    expect(ids(calls[0].messages)).toEqual(['msg-f:1790000000000000011', 'msg-f:1790000000000000012']);
    expect(calls[0].health.ok).toBe(true);
    const [first, second] = calls[0].messages;

    // A burst: the second message closes while other parts of the page change.
    const items = doc.querySelectorAll('[role="listitem"]');
    const secondItem = items[2];
    secondItem.remove();
    for (let i = 0; i < 5; i++) doc.body.appendChild(doc.createElement('div'));
    await settle();
    expect(calls).toHaveLength(2);
    expect(ids(calls[1].messages)).toEqual(['msg-f:1790000000000000011']);
    expect(second.signal.aborted).toBe(true); // its work is cancelled
    expect(first.signal.aborted).toBe(false);

    // It opens again.
    doc.querySelector('[role="list"]')!.appendChild(secondItem);
    await settle();
    expect(calls).toHaveLength(3);
    expect(ids(calls[2].messages)).toHaveLength(2);

    // The extension's own badges change nothing.
    const badge = doc.createElement('span');
    badge.setAttribute(OWN_UI_ATTRIBUTE, 'badge');
    calls[2].messages[0].attachments[0].badgeAnchor.after(badge);
    await settle();
    expect(calls).toHaveLength(3);

    // Changes that leave the same messages readable the same way: no callback.
    doc.body.appendChild(doc.createElement('div'));
    await settle();
    expect(calls).toHaveLength(3);

    stop.abort();
    expect(disconnect).toHaveBeenCalled();
    expect(calls[2].messages.every((m) => m.signal.aborted)).toBe(true);
    doc.querySelector('[role="list"]')!.remove();
    await settle();
    expect(calls).toHaveLength(3);
  });

  it('debounces: many changes in quick succession give one callback', async () => {
    const { doc, adapter } = open('thread-two-messages.html', undefined, { debounceMs: 40, maxWaitMs: 1000 });
    const { calls, onChange } = recorder();
    adapter.watch(onChange, new AbortController().signal);
    await wait(120);
    expect(calls).toHaveLength(1);
    const list = doc.querySelector('[role="list"]')!;
    const items = Array.from(doc.querySelectorAll('[role="listitem"]'));
    for (let i = 0; i < 6; i++) {
      items[1].remove();
      await wait(5);
      list.insertBefore(items[1], items[2]);
      await wait(5);
    }
    items[2].remove();
    await wait(120);
    expect(calls).toHaveLength(2);
    expect(ids(calls[1].messages)).toEqual(['msg-f:1790000000000000011']);
  });

  it('stays silent while nothing is open, then reports the conversation that opens', async () => {
    const fetcher = vi.fn<AttachmentFetcher>(async () => blob());
    const { doc: inbox, win } = load('preview-pane.html', {
      url: 'https://mail.google.com/mail/u/0/#inbox',
      edit: (h) =>
        h.replace(/<div class="nH aqK">[\s\S]*<\/div>\s*<\/div>\s*<\/div>\s*<\/div>\s*<\/div>\s*<\/div>/, ''),
    });
    const adapter = createGmailAdapter(inbox, fetcher, { debounceMs: 20 });
    const { calls, onChange } = recorder();
    adapter.watch(onChange, new AbortController().signal);
    for (let i = 0; i < 3; i++) {
      inbox.body.appendChild(inbox.createElement('div'));
      await wait(30);
    }
    await settle();
    expect(calls).toHaveLength(0);
    expect(fetcher).not.toHaveBeenCalled();

    // The buyer opens a conversation: Gmail renders it into the main area.
    const page = new win.DOMParser().parseFromString(fixture('no-attachments.html'), 'text/html');
    inbox
      .querySelector('[role="main"]')!
      .appendChild(inbox.importNode(page.querySelector('.a98') as never, true));
    await settle();
    expect(calls).toHaveLength(1);
    expect(ids(calls[0].messages)).toEqual(['msg-f:1790000000000000051']);
  });

  it('reports an unrecognised layout, with no messages', async () => {
    const { adapter } = open('unrecognised-layout.html');
    const { calls, onChange } = recorder();
    adapter.watch(onChange, new AbortController().signal);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0].messages).toEqual([]);
    expect(calls[0].health).toMatchObject({ ok: false, missing: ['message'] });
  });

  it('an aborted signal starts nothing', async () => {
    const { win, adapter } = open('thread-two-messages.html');
    const observe = vi.spyOn(win.MutationObserver.prototype, 'observe');
    const stop = new AbortController();
    stop.abort();
    const { calls, onChange } = recorder();
    adapter.watch(onChange, stop.signal);
    await settle();
    expect(observe).not.toHaveBeenCalled();
    expect(calls).toHaveLength(0);
  });
});

describe('fetching photo bytes', () => {
  it('runs at most a few fetches at once', async () => {
    const held = heldFetcher();
    const { adapter } = open('eight-photos-and-zip.html', held.fetcher, { maxConcurrentFetches: 3 });
    const [m] = adapter.messages();
    const reads = m.attachments.map((a) => a.source!.read());
    await wait(10);
    expect(held.fetcher).toHaveBeenCalledTimes(3);
    while (held.pending.length) {
      held.pending.shift()!.release();
      await wait(5);
    }
    await Promise.all(reads);
    expect(held.fetcher).toHaveBeenCalledTimes(9);
    expect(held.peak()).toBe(3);
  });

  it('cancels running and queued fetches when the message closes', async () => {
    const held = heldFetcher();
    const { doc, adapter } = open('eight-photos-and-zip.html', held.fetcher, { maxConcurrentFetches: 2 });
    let latest: MailMessage[] = [];
    adapter.watch((messages) => {
      latest = messages;
    }, new AbortController().signal);
    await wait(80);
    const [m] = latest;
    const reads = m.attachments.map((a) =>
      a.source!.read().then(
        () => 'read',
        (e: unknown) => (e as Error).name,
      ),
    );
    await wait(10);
    expect(held.fetcher).toHaveBeenCalledTimes(2);
    doc.querySelector('[role="listitem"]')!.remove(); // the buyer moves on
    const outcomes = await Promise.all(reads);
    expect(outcomes.every((o) => o === 'AbortError')).toBe(true);
    expect(held.fetcher).toHaveBeenCalledTimes(2); // the queued ones never started
    expect(m.signal.aborted).toBe(true);
  });
});

describe('reply box', () => {
  /** Gmail's behaviour, simulated: pressing Reply renders the inline reply with its editor. */
  function simulateGmailReply(doc: Document, button: Element, seen: string[]) {
    for (const type of ['mousedown', 'mouseup', 'click'])
      button.addEventListener(type, () => seen.push(type));
    button.addEventListener('mouseup', () => {
      setTimeout(() => {
        const area = doc.querySelectorAll('.ip')[doc.querySelectorAll('.ip').length - 1];
        area.classList.add('adB');
        const editor = doc.createElement('div');
        editor.className = 'Am aiL Al editable LW-avf';
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('g_editable', 'true');
        editor.setAttribute('contenteditable', 'true');
        area.appendChild(editor);
      }, 10);
    });
  }

  it('finds no reply box before one is open; openReply presses Reply and resolves with the editor', async () => {
    const { doc, adapter } = open('thread-two-messages.html');
    const [first, second] = adapter.messages();
    expect(adapter.findReplyBox(second)).toBeNull();
    const button = second.element.querySelector('[data-tooltip="Reply"]')!;
    const seen: string[] = [];
    simulateGmailReply(doc, button, seen);
    const editor = await adapter.openReply(second);
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(editor?.getAttribute('g_editable')).toBe('true');
    expect(adapter.findReplyBox(second)).toBe(editor);
    // Gmail shows the reply under the last message: replying to the first finds it too.
    expect(adapter.findReplyBox(first)).toBe(editor);
  });

  it('presses Reply, never "Reply all", in the interface language', async () => {
    const { doc, adapter } = open('unknown-sender.html');
    const [m] = adapter.messages();
    const replyAll = doc.createElement('div');
    replyAll.setAttribute('role', 'button');
    replyAll.setAttribute('data-tooltip', '全部回复');
    const pressedAll = vi.fn();
    replyAll.addEventListener('click', pressedAll);
    const reply = m.element.querySelector('[data-tooltip="回复"]')!;
    reply.before(replyAll);
    const seen: string[] = [];
    simulateGmailReply(doc, reply, seen);
    expect(await adapter.openReply(m)).not.toBeNull();
    expect(seen).toContain('click');
    expect(pressedAll).not.toHaveBeenCalled();
  });

  it('an already open reply is returned without pressing anything', async () => {
    const { doc, adapter } = open('preview-pane.html');
    const [m] = adapter.messages();
    const editor = doc.querySelector('[g_editable="true"]');
    expect(adapter.findReplyBox(m)).toBe(editor);
    const pressed = vi.fn();
    m.element.querySelector('[data-tooltip="Reply"]')!.addEventListener('mousedown', pressed);
    expect(await adapter.openReply(m)).toBe(editor);
    expect(pressed).not.toHaveBeenCalled();
  });

  it('resolves null when there is no Reply button, or Gmail never shows the editor', async () => {
    const { doc, adapter } = open('no-attachments.html');
    const [m] = adapter.messages();
    expect(await adapter.openReply(m)).toBeNull(); // pressed, nothing appeared within the timeout
    m.element.querySelector('[data-tooltip="Reply"]')!.remove();
    expect(await adapter.openReply(m)).toBeNull();
    expect(doc.querySelector('[g_editable]')).toBeNull();
  });
});

describe('selector alternatives', () => {
  const S = defineSelectors({
    card: {
      scope: 'attachment-area',
      where: 'test',
      required: true,
      alternatives: [
        { id: 'broken', css: 'span:::nonsense', seen: '2026-11-26', source: 'test' },
        { id: 'new-attr', css: 'span[data-card]', seen: '2026-11-26', source: 'test' },
        { id: 'class', css: `${cls('aQH')} > span`, seen: '2018-01-01', source: 'test' },
      ],
    },
  });

  it('tries alternatives in order, skips one the engine cannot parse, and records which matched', () => {
    const { doc } = load('eight-photos-and-zip.html');
    const log = new MatchLog();
    expect(queryAll(doc, S.card, log)).toHaveLength(9);
    expect(log.matched).toEqual({ card: 'class' });
    doc.querySelector('.aQH > span')!.setAttribute('data-card', '');
    expect(query(doc, S.card, log)?.hasAttribute('data-card')).toBe(true);
    expect(log.matched).toEqual({ card: 'class' }); // the first hit is kept
    expect(log.missed).toEqual([]);
  });

  it('a miss of every alternative is a typed error naming them', () => {
    const { doc } = load('no-attachments.html');
    const log = new MatchLog();
    expect(() => queryOrFail(doc, S.card, log)).toThrow(SelectorMissError);
    try {
      queryOrFail(doc, S.card);
    } catch (e) {
      expect(e).toMatchObject({
        name: 'SelectorMissError',
        selector: 'card',
        tried: ['broken', 'new-attr', 'class'],
      });
    }
    expect(log.matched).toEqual({ card: null });
    expect(log.missed).toEqual(['card']);
  });

  it('class alternatives match plain and hashed tokens, first or later in the list', () => {
    const { doc } = load('no-attachments.html');
    const host = doc.body.appendChild(doc.createElement('div'));
    for (const c of ['aQH', 'aQH-3fA9', 'x aQH-3fA9', 'aQHx', 'xaQH-1']) {
      const el = host.appendChild(doc.createElement('div'));
      el.className = c;
    }
    expect(Array.from(host.querySelectorAll(cls('aQH'))).map((el) => el.className)).toEqual([
      'aQH',
      'aQH-3fA9',
      'x aQH-3fA9',
    ]);
  });

  it("never matches the extension's own elements", () => {
    const { doc } = load('eight-photos-and-zip.html');
    const badge = doc.createElement('span');
    badge.setAttribute(OWN_UI_ATTRIBUTE, 'badge');
    doc.querySelector('.aQH > span')!.after(badge);
    expect(queryAll(doc, GMAIL.attachmentCard)).toHaveLength(9);
    expect(createGmailAdapter(doc, async () => blob()).messages()[0].attachments).toHaveLength(9);
  });
});
