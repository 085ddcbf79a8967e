import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  diagnosticsText,
  type MailAttachment,
  type MailMessage,
  OWN_UI_ATTRIBUTE,
} from '@/utils/mail/adapter';
import {
  type AttachmentFetcher,
  createOutlookAdapter,
  type DownloadIntent,
  onDownloadIntent,
} from '@/utils/mail/outlook/adapter';
import { outlookPath } from '@/utils/mail/outlook/read';
import { OUTLOOK } from '@/utils/mail/outlook/selectors';
import { queryAll } from '@/utils/mail/selectors';
import { blob, fixturePages, heldFetcher, local, recorder, wait } from './helpers/mail-dom';
import { trustedClick } from './helpers/trusted-click';

const FIXTURES = resolve(__dirname, '../fixtures/outlook');
const GENERATED_PHOTOS = resolve(__dirname, '../fixtures/photos/generated');
const ATT_PREFIX = 'AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAAB';
const attId = (name: string) => ATT_PREFIX + Buffer.from(name).toString('base64');
const downloadUrl = (name: string, host = 'outlook.office.com') =>
  `https://${host}/owa/service.svc/s/GetFileAttachment?id=${encodeURIComponent(attId(name))}&X-OWA-CANARY=x&isImagePreview=False`;

const CONVID = 'AAQkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NAAQAKx7h5M0nUxKqK3D1sL2fVY=';
const ITEM_ID = 'AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAABDb250YWluZXJMb2FkaW5nAAA=';
const READING_URL = `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(CONVID)}`;
const FULL_PAGE_URL = `https://outlook.office.com/mail/deeplink/read/${encodeURIComponent(ITEM_ID)}`;

const { fixture, load, closeAll } = fixturePages(FIXTURES, READING_URL);
afterEach(async () => {
  await closeAll();
  vi.restoreAllMocks();
});

function open(
  name: string,
  fetcher: AttachmentFetcher = async () => blob(),
  options = {},
  url = READING_URL,
) {
  const { win, doc } = load(name, { url });
  const adapter = createOutlookAdapter(doc, fetcher, {
    debounceMs: 20,
    maxWaitMs: 200,
    replyTimeoutMs: 200,
    ...options,
  });
  return { win, doc, adapter };
}

/** What the rest of the extension reads from a message, without elements and functions. */
function summary(m: MailMessage) {
  const a = (x: MailAttachment) => ({
    key: x.key,
    name: x.name,
    displayedSize: x.displayedSize,
    displayedSizeText: x.displayedSizeText,
    kind: x.kind,
    byteStrategy: x.byteStrategy,
    fetchUrl: x.fetchUrl,
    previewSize: x.previewSize,
    sourceId: x.source?.id,
  });
  return {
    id: m.id,
    threadId: m.threadId,
    sender: m.sender,
    subject: m.subject,
    date: m.date,
    body: m.bodyText(),
    attachments: m.attachments.map(a),
    inlineImages: m.inlineImages.map(a),
  };
}

/** Gives a preview picture the natural size a browser would report once it loaded (happy-dom loads none). */
function loaded(img: Element, width: number, height: number) {
  Object.defineProperty(img, 'naturalWidth', { value: width, configurable: true });
  Object.defineProperty(img, 'naturalHeight', { value: height, configurable: true });
}

const EIGHT_AND_ZIP = [
  'good-3000.jpg',
  'near-duplicate-1600.jpg',
  'chat-recompressed-1280.jpg',
  'email-downsized-640.jpg',
  'dark-2400.jpg',
  'blurry-2400.jpg',
  'duplicate-of-good-3000.jpg',
  'screenshot-1170x2532.png',
  'supplier-photos.zip',
];

describe('reading open messages', () => {
  it('one message in the reading pane: ids, sender, subject, date, eight photos and a zip', () => {
    const { adapter } = open('reading-pane-en.html');
    const messages = adapter.messages();
    expect(messages).toHaveLength(1); // the message list's rows (also role=option) are not attachments
    const [m] = messages;
    expect(m).toMatchObject({
      client: 'outlook',
      id: 'QAGp7xK0QAA',
      threadId: CONVID,
      sender: { email: 'amy@ningbo-bright.cn', name: 'Amy Chen' },
      subject: 'PO-2026-0417 ceramic mugs – during-production photos 生产中照片', // not "… Summarize"
      date: local(2026, 11, 26, 8, 41),
    });
    expect(m.element.getAttribute('aria-label')).toBe('Email message');
    expect(m.attachments.map((a) => a.name)).toEqual(EIGHT_AND_ZIP);
    for (const name of EIGHT_AND_ZIP) expect(readdirSync(GENERATED_PHOTOS)).toContain(name);
    expect(m.attachments.map((a) => a.kind)).toEqual([...Array(8).fill('image'), 'zip']);
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
    expect(m.attachments[3]).toMatchObject({
      key: `att:${attId('email-downsized-640.jpg')}`,
      displayedSize: 42 * 1024,
    });
    expect(new Set(m.attachments.map((a) => a.key)).size).toBe(9);
    for (const a of m.attachments) {
      expect(a.byteStrategy).toBe('outlook-download-url');
      expect(a.fetchUrl).toBe(downloadUrl(a.name));
      expect(a.previewSize).toBeUndefined();
      expect(a.badgeAnchor.getAttribute('role')).toBe('option'); // Outlook's own tile
      expect(a.source).toMatchObject({ name: a.name, sizeHint: a.displayedSize, date: m.date });
      expect(a.source?.id).toBe(`outlook:${m.id}/${a.key}`);
    }
    expect(m.inlineImages).toEqual([]);
    expect(m.driveLinks).toEqual([]);
    expect(m.bodyText()).toMatch(/^Hi Tom,\nProduction update for PO-2026-0417 /);
  });

  it('download links are relative to the page: served as outlook.live.com, they point there', () => {
    const { adapter } = open(
      'reading-pane-en.html',
      undefined,
      {},
      'https://outlook.live.com/mail/0/inbox/id/x',
    );
    const [m] = adapter.messages();
    expect(m.attachments[0].fetchUrl).toBe(downloadUrl('good-3000.jpg', 'outlook.live.com'));
  });

  it('reading a source calls the fetcher with the download URL and the message signal', async () => {
    const fetcher = vi.fn<AttachmentFetcher>(async () => blob());
    const { adapter } = open('reading-pane-en.html', fetcher);
    const [m] = adapter.messages();
    expect(await m.attachments[8].source!.read()).toBeInstanceOf(Blob);
    expect(fetcher).toHaveBeenCalledWith(downloadUrl('supplier-photos.zip'), m.signal);
  });

  it('the Chinese interface reads exactly as the English one', () => {
    const en = open('reading-pane-en.html').adapter;
    const zh = open('reading-pane-zh.html').adapter;
    expect(zh.messages().map(summary)).toEqual(en.messages().map(summary));
    expect(zh.health().matched).toEqual(en.health().matched);
    expect(zh.health().ok).toBe(true);
  });

  it('a conversation: the expanded messages (the collapsed one skipped), each with its photos', () => {
    const { adapter } = open('conversation-two-messages.html');
    const messages = adapter.messages();
    expect(messages.map((m) => m.id)).toEqual(['QAGp7xK1QAA', 'QAGp7xK2QAA']);
    for (const m of messages) {
      expect(m.threadId).toBe(
        'AAQkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NAAQAE0NDEyTGFtcFNoaXBtZW50MDE=',
      );
      expect(m.subject).toBe('Re: PO-2026-0412 LED desk lamp – pre-shipment photos / 出货前照片');
      // "Name<address>" in the first header, the name with the address in a title in the second.
      expect(m.sender).toEqual({ email: 'amy@ningbo-bright.cn', name: 'Amy Chen' });
    }
    expect(messages.map((m) => m.date)).toEqual([local(2026, 11, 24, 9, 14), local(2026, 11, 25, 16, 2)]);
    expect(messages[0].attachments.map((a) => [a.name, a.displayedSize])).toEqual([
      ['lamp-front.jpg', Math.round(2.8 * 1024 * 1024)],
      ['carton-label.jpg', 68 * 1024],
    ]);
    expect(messages[1].attachments.map((a) => a.name)).toEqual([
      'carton-label-original.jpg',
      'pallet-wrapped.jpg',
    ]);
    expect(messages[0].inlineImages).toEqual([]);
    expect(messages[1].inlineImages.map((a) => [a.name, a.byteStrategy, a.fetchUrl])).toEqual([
      ['pallet-closeup.jpg', 'outlook-inline', downloadUrl('pallet-closeup.jpg')],
    ]);
    expect(messages[1].bodyText()).toContain('原图已补发');
  });

  it('a message opened full-page: id from the route, sender from its label, URLs from the thumbnails', () => {
    const { adapter } = open('full-page-message.html', undefined, {}, FULL_PAGE_URL);
    const [m] = adapter.messages();
    expect(m).toMatchObject({
      id: ITEM_ID,
      threadId: undefined,
      sender: { email: 'amy@ningbo-bright.cn', name: 'Amy Chen' },
      subject: 'PO-2026-0417 container loading photos / 装柜照片',
      date: local(2026, 11, 26, 10, 5),
    });
    expect(m.attachments.map((a) => [a.name, a.byteStrategy])).toEqual([
      ['container-empty.jpg', 'outlook-download-url'],
      ['container-half.jpg', 'outlook-download-url'],
      ['seal.jpg', 'outlook-download-url'],
    ]);
    const url = new URL(m.attachments[2].fetchUrl!);
    expect(url.pathname).toBe('/owa/service.svc/s/GetFileAttachment');
    expect(url.searchParams.get('id')).toBe(attId('seal.jpg'));
    expect(url.searchParams.get('X-OWA-CANARY')).toBe('x');
    expect(url.searchParams.has('thumbnailType')).toBe(false);
    expect(adapter.health()).toMatchObject({
      ok: true,
      path: '/mail/deeplink/read/…',
      matched: { readingPane: 'app-section-mail-read-compose', sender: 'aria-label-from-prefix' },
    });
  });

  it('pictures in the body: message parts are photos, remote and Safe Links pictures are not', async () => {
    const fetcher = vi.fn<AttachmentFetcher>(async () => blob());
    const { adapter } = open('inline-and-remote.html', fetcher);
    const [m] = adapter.messages();
    expect(m.attachments).toEqual([]);
    expect(m.inlineImages.map((a) => [a.key, a.name, a.kind, a.byteStrategy])).toEqual([
      [`inline:${attId('IMG_20261120_101522.jpg')}`, 'IMG_20261120_101522.jpg', 'image', 'outlook-inline'],
      [`inline:${attId('image002.jpg')}`, 'inline image 2', 'image', 'outlook-inline'],
    ]);
    expect(m.inlineImages.every((a) => a.badgeAnchor.tagName === 'IMG')).toBe(true);
    const anchors = m.inlineImages.map((a) => a.badgeAnchor.getAttribute('src') ?? '');
    expect(anchors.some((src) => /safelinks|ningbo-bright\.cn/.test(src))).toBe(false);
    // Served by the endpoint as a preview: the file instead. Not yet resolved (a placeholder): by its id.
    expect(m.inlineImages[0].fetchUrl).toBe(downloadUrl('IMG_20261120_101522.jpg'));
    expect(m.inlineImages[1].fetchUrl).toBe(
      `https://outlook.office.com/owa/service.svc/s/GetFileAttachment?id=${encodeURIComponent(attId('image002.jpg'))}&isImagePreview=False`,
    );
    await m.inlineImages[0].source!.read();
    expect(fetcher).toHaveBeenCalledWith(downloadUrl('IMG_20261120_101522.jpg'), m.signal);
  });

  it('an inline picture served as a token thumbnail downloads whole from the token host', () => {
    const { doc } = load('inline-and-remote.html');
    const img = doc.querySelector('img[data-imagetype="AttachmentByCid"]')!;
    img.setAttribute(
      'src',
      `https://attachments.office.net/owa/tom.baker%40brightlight-home.com/service.svc/s/GetAttachmentThumbnail?id=${encodeURIComponent(attId('IMG_20261120_101522.jpg'))}&thumbnailType=2&token=eyJ0.e30.c2ln`,
    );
    const [m] = createOutlookAdapter(doc, async () => blob()).messages();
    const url = new URL(m.inlineImages[0].fetchUrl!);
    expect([url.hostname, url.searchParams.get('token'), url.searchParams.has('thumbnailType')]).toEqual([
      'attachments.office.net',
      'eyJ0.e30.c2ln',
      false,
    ]);
  });

  it('an inline picture also shown as a tile is measured once, as the tile', () => {
    const { doc } = load('reading-pane-en.html');
    const img = doc.createElement('img');
    img.setAttribute('data-imagetype', 'AttachmentByCid');
    img.setAttribute('data-custom', encodeURIComponent(attId('good-3000.jpg')));
    img.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    doc.querySelector('[role="document"] [dir="ltr"]')!.appendChild(img);
    const [m] = createOutlookAdapter(doc, async () => blob()).messages();
    expect(m.inlineImages).toEqual([]);
    expect(m.attachments).toHaveLength(9);
  });

  it('an unknown sender whose header shows the name only, the address in a title', () => {
    const { adapter } = open('unknown-sender.html');
    const [m] = adapter.messages();
    expect(m.sender).toEqual({ email: 'zhangwei8812@qq.com', name: '张伟' });
    expect(m.subject).toBe('📷 样品照片 – 不锈钢保温杯 sample photos');
    expect(m.date).toBe(local(2026, 11, 25, 15, 40));
    expect(m.attachments.map((a) => [a.name, a.kind, a.displayedSize, a.byteStrategy])).toEqual([
      ['微信图片_20261125154012.jpg', 'image', 68 * 1024, 'outlook-download-url'],
      ['微信图片_20261125154020.jpg', 'image', 71 * 1024, 'outlook-download-url'],
      ['IMG_4471.HEIC', 'image', Math.round(2.1 * 1024 * 1024), 'outlook-download-url'],
    ]);
    expect(m.bodyText()).toContain('永康市恒达杯业');
  });

  it('the name alone when no address is anywhere in the From field', () => {
    const { doc } = load('unknown-sender.html', {
      edit: (h) => h.replace('<button type="button" title="zhangwei8812@qq.com">', '<button type="button">'),
    });
    const [m] = createOutlookAdapter(doc, async () => blob()).messages();
    expect(m.sender).toEqual({ name: '张伟' });
    expect(m.sender.email).toBeUndefined();
  });

  it('a message without attachments; its body text keeps line breaks for PO detection', () => {
    const [m] = open('no-attachments.html').adapter.messages();
    expect([m.attachments, m.inlineImages, m.driveLinks]).toEqual([[], [], []]);
    const text = m.bodyText();
    expect(text).toMatch(/^Dear Tom,\n/);
    expect(text).toContain('The container for PO-2026-0412 is booked');
    expect(text).toContain('\nPO-2026-0412 已订舱');
  });

  it('preview only: no URL anywhere; the open preview gives the natural size, the rest wait for a download', () => {
    const { doc, adapter } = open('preview-only.html');
    const strategies = () =>
      adapter.messages()[0].attachments.map((a) => [a.name, a.byteStrategy, a.previewSize]);
    // Not loaded yet (a browser reports 0 × 0 until then): nothing measured.
    expect(strategies()).toEqual([
      ['dark-2400.jpg', 'outlook-download-capture', undefined],
      ['blurry-2400.jpg', 'outlook-download-capture', undefined],
      ['QC-report-PO-2026-0417.pdf', 'none', undefined],
    ]);
    loaded(doc.querySelector('[role="dialog"] img')!, 2400, 1800);
    expect(strategies()).toEqual([
      ['dark-2400.jpg', 'outlook-preview', { width: 2400, height: 1800 }],
      ['blurry-2400.jpg', 'outlook-download-capture', undefined],
      ['QC-report-PO-2026-0417.pdf', 'none', undefined],
    ]);
    const [dark] = adapter.messages()[0].attachments;
    expect([dark.fetchUrl, dark.source, dark.displayedSize]).toEqual([undefined, undefined, 502 * 1024]);
  });

  it('a preview served by the attachment endpoint gives a download URL as well', () => {
    const { doc, adapter } = open('preview-only.html');
    const img = doc.querySelector('[role="dialog"] img')!;
    img.setAttribute(
      'src',
      `/owa/service.svc/s/GetFileAttachment?id=${encodeURIComponent(attId('dark-2400.jpg'))}&X-OWA-CANARY=x&isImagePreview=True`,
    );
    loaded(img, 2400, 1800);
    const [dark] = adapter.messages()[0].attachments;
    expect(dark).toMatchObject({
      byteStrategy: 'outlook-download-url',
      fetchUrl: downloadUrl('dark-2400.jpg'),
      previewSize: { width: 2400, height: 1800 },
      key: `att:${attId('dark-2400.jpg')}`,
    });
  });

  it('a malformed link on a tile is skipped, not fatal', () => {
    const { doc } = load('reading-pane-en.html');
    doc
      .querySelector('[role="option"] a[download]')!
      .setAttribute('href', 'https://[broken/GetFileAttachment');
    const [m] = createOutlookAdapter(doc, async () => blob()).messages();
    expect(m.attachments).toHaveLength(9);
    expect(m.attachments[0]).toMatchObject({ byteStrategy: 'outlook-download-capture', fetchUrl: undefined });
  });

  it('interface languages missing from the label list: found by structure', () => {
    const relabel = (h: string) => h.replaceAll('aria-label="Email message"', 'aria-label="Courriel reçu"');
    const single = load('reading-pane-en.html', { edit: relabel }).doc;
    const a = createOutlookAdapter(single, async () => blob());
    expect(a.messages().map((m) => [m.id, m.attachments.length])).toEqual([['QAGp7xK0QAA', 9]]);
    expect(a.health()).toMatchObject({ ok: true, matched: { message: 'card-tabindex-with-body' } });
    const thread = load('conversation-two-messages.html', { edit: relabel }).doc;
    const b = createOutlookAdapter(thread, async () => blob());
    expect(b.messages().map((m) => m.id)).toEqual(['QAGp7xK1QAA', 'QAGp7xK2QAA']);
    expect(b.health()).toMatchObject({ ok: true, matched: { message: 'role-listitem-with-body' } });
  });

  it("never reads the extension's own elements as tiles", () => {
    const { doc } = load('reading-pane-en.html');
    const badge = doc.createElement('div');
    badge.setAttribute(OWN_UI_ATTRIBUTE, 'badge');
    badge.setAttribute('role', 'option');
    badge.textContent = 'good-3000.jpg 1.7 MB';
    const list = doc.querySelector('[role="listbox"][aria-label="file attachments"]')!;
    list.querySelector('[role="option"]')!.after(badge);
    expect(queryAll(list, OUTLOOK.attachmentItem)).toHaveLength(9);
    expect(createOutlookAdapter(doc, async () => blob()).messages()[0].attachments).toHaveLength(9);
  });
});

describe('health check', () => {
  it.each([
    'reading-pane-en.html',
    'reading-pane-zh.html',
    'conversation-two-messages.html',
    'inline-and-remote.html',
    'unknown-sender.html',
    'no-attachments.html',
    'preview-only.html',
  ])('%s is recognised', (name) => {
    const report = open(name).adapter.health();
    expect(report).toMatchObject({ ok: true, client: 'outlook', conversationOpen: true, missing: [] });
    expect(report.openMessages).toBeGreaterThan(0);
    expect(report.matched).toMatchObject({
      readingPane: 'role-main-labelled',
      threadSignal: 'app-section-conversation',
      message: 'aria-label-email-message',
      body: 'role-document',
      subject: 'heading-level-2',
      sender: 'msg-from-id',
      date: 'testid-sent-received',
    });
    expect(report.outline).toBeUndefined();
  });

  it('a changed layout fails with a specific list and a text-free outline', () => {
    const report = open('unrecognised-layout.html').adapter.health();
    expect(report).toMatchObject({
      ok: false,
      conversationOpen: true,
      openMessages: 0,
      missing: ['message'],
    });
    expect(report.matched).toEqual({
      readingPane: 'role-main-labelled',
      threadSignal: 'selected-conversation-row',
      message: null,
    });
    expect(report.outline).toContain('div[role=main][aria-label]');
    expect(report.outline).toContain('div[data-app-section=ThreadView]');
    expect(report.outline).toContain('section[data-item-key]');
    expect(report.outline).toContain('span[data-persona]');
  });

  it('names the part that stopped matching: the From field', () => {
    const { doc } = load('reading-pane-en.html', {
      edit: (h) => h.replace(' id="MSG_QAGp7xK0QAA_FROM"', '').replace('aria-label="From: Amy Chen"', ''),
    });
    const adapter = createOutlookAdapter(doc, async () => blob());
    const report = adapter.health();
    expect(report).toMatchObject({ ok: false, missing: ['sender'], openMessages: 1 });
    expect(report.matched.sender).toBeNull();
    expect(adapter.messages()[0].sender).toEqual({});
  });

  it('names the part that stopped matching: tiles that say no name', () => {
    const { doc } = load('reading-pane-en.html', {
      edit: (h) =>
        h
          .replace(/ aria-label="[^"]* Open [^"]*"/g, '')
          .replace(/<div title="[^"]*">[^<]*<\/div>/g, '<div></div>'),
    });
    const report = createOutlookAdapter(doc, async () => blob()).health();
    expect(report).toMatchObject({ ok: false, missing: ['attachmentName'] });
    expect(report.matched).toMatchObject({ attachmentItem: 'role-option', attachmentName: null });
  });

  it('names the part that stopped matching: messages found, no body readable', () => {
    const { doc } = load('no-attachments.html', {
      edit: (h) =>
        h
          .replace('<div role="document">', '<div data-part="body">')
          .replace('id="UniqueMessageBody_1"', '')
          .replace('aria-label="Message body"', ''),
    });
    const adapter = createOutlookAdapter(doc, async () => blob());
    expect(adapter.messages()).toEqual([]);
    expect(adapter.health()).toMatchObject({ ok: false, missing: ['body'], openMessages: 0 });
  });

  it('nothing open (the inbox, no conversation selected) is healthy and quiet', () => {
    const { doc } = load('reading-pane-en.html', { url: 'https://outlook.office.com/mail/inbox' });
    doc.querySelector('#ConversationReadingPaneContainer')!.remove();
    doc.querySelector('[aria-selected="true"][data-convid]')!.setAttribute('aria-selected', 'false');
    const report = createOutlookAdapter(doc, async () => blob()).health();
    expect(report).toMatchObject({ ok: true, conversationOpen: false, openMessages: 0, missing: [] });
  });

  it('the path keeps the route, never ids, mailbox addresses or folder names', () => {
    const at = (url: string) => outlookPath(new URL(url) as unknown as Location);
    expect(at(READING_URL)).toBe('/mail/inbox/id/…');
    expect(at('https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM%3D')).toBe('/mail/0/inbox/id/…');
    expect(at(FULL_PAGE_URL)).toBe('/mail/deeplink/read/…');
    expect(at('https://outlook.office.com/mail/sales@brightlight-home.com/inbox/id/AAQk')).toBe(
      '/mail/…/inbox/id/…',
    );
    expect(at('https://outlook.office.com/mail/AAMkAGI2Ningbo%20Bright/id/AAQk?q=amy')).toBe('/mail/…/id/…');
    expect(at('https://outlook.cloud.microsoft/mail/')).toBe('/mail/');
  });

  it('diagnostics contain no address, name, subject or id, even from a shared mailbox URL', () => {
    const url = `https://outlook.office.com/mail/sales@brightlight-home.com/inbox/id/${encodeURIComponent(CONVID)}`;
    for (const name of [
      'unrecognised-layout.html',
      'conversation-two-messages.html',
      'unknown-sender.html',
    ]) {
      const { doc } = load(name, { url });
      const text = diagnosticsText(createOutlookAdapter(doc, async () => blob()).health(), {
        extensionVersion: '0.1.0',
        browser: 'Chromium 156',
      });
      expect(text).toContain('client: outlook');
      expect(text).toContain('page: /mail/…/inbox/id/…');
      for (const secret of [
        '@',
        'amy',
        'Amy',
        'ningbo',
        'PO-2026',
        '张伟',
        'Tom',
        'sales',
        'photos',
        '照片',
        'AAQk',
        'QAGp',
      ])
        expect(text).not.toContain(secret);
    }
  });
});

describe('layouts of real Outlook captures (issue 11)', () => {
  const CONV_2024 = 'AAQkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NAAQAFVubGFiZWxsZWQyMDI0MDAwMDE=';

  it('the 2024 conversation of unlabelled cards: each message, its own photos, sender from the persona', () => {
    const { adapter } = open('conversation-2024-unlabelled.html');
    const messages = adapter.messages();
    expect(messages.map((m) => m.attachments.map((a) => a.name))).toEqual([
      ['lamp-front.jpg', 'carton-label.jpg'],
      ['carton-label-original.jpg', 'pallet-wrapped.jpg'],
    ]);
    for (const m of messages) {
      expect(m.sender).toEqual({ email: 'amy@ningbo-bright.cn', name: 'Amy Chen' });
      expect(m.threadId).toBe(CONV_2024);
      expect(m.subject).toBe('Re: PO-2026-0412 LED desk lamp – pre-shipment photos / 出货前照片');
      expect(m.attachments.every((a) => a.byteStrategy === 'outlook-download-url')).toBe(true);
    }
    expect(messages[0].bodyText()).toContain('lamp front and carton label');
    expect(messages[0].bodyText()).not.toContain('原图已补发');
    expect(messages[1].bodyText()).toContain('原图已补发');
    expect(adapter.health()).toMatchObject({
      ok: true,
      openMessages: 2,
      missing: [],
      matched: { message: 'card-tabindex-with-body', body: 'role-document', sender: 'persona-button' },
    });
  });

  it('the persona label in another interface language (German): the same sender', () => {
    const { doc } = load('conversation-2024-unlabelled.html', {
      edit: (h) => h.replaceAll('aria-label="Opens card for ', 'aria-label="Öffnet die Karte für '),
    });
    const messages = createOutlookAdapter(doc, async () => blob()).messages();
    expect(messages.map((m) => m.sender)).toEqual([
      { email: 'amy@ningbo-bright.cn', name: 'Amy Chen' },
      { email: 'amy@ningbo-bright.cn', name: 'Amy Chen' },
    ]);
  });

  it('a reading pane showing more message bodies than messages found is a layout not recognised', () => {
    // Cards no longer focusable: only the whole pane holds the bodies, as one "message".
    const { doc } = load('conversation-2024-unlabelled.html', {
      edit: (h) => h.replaceAll('      <div tabindex="-1">', '      <div>'),
    });
    const report = createOutlookAdapter(doc, async () => blob()).health();
    expect(report.ok).toBe(false);
    expect(report.missing).toContain('bodiesInMessages');
    expect(report.matched.bodiesInMessages).toBeNull();
  });

  it('older builds: the body is div[role=region][aria-label="Message body"]', () => {
    const [m, ...rest] = open('region-body-older.html').adapter.messages();
    expect(rest).toEqual([]);
    expect(m.attachments.map((a) => a.name)).toEqual(['packing-1.jpg', 'packing-2.jpg']);
    expect(m.sender).toEqual({ email: 'amy@ningbo-bright.cn', name: 'Amy Chen' });
    expect(m.bodyText()).toContain('包装照片见附件');
  });

  it('a 2024 build: the body is div[tabindex=0][aria-label="Message body"]#UniqueMessageBody_N, no role', () => {
    const { doc } = load('region-body-older.html', {
      edit: (h) =>
        h.replace(
          '<div role="region" aria-label="Message body">',
          '<div tabindex="0" aria-label="Message body" id="UniqueMessageBody_3">',
        ),
    });
    const adapter = createOutlookAdapter(doc, async () => blob());
    const [m] = adapter.messages();
    expect(m.attachments.map((a) => a.name)).toEqual(['packing-1.jpg', 'packing-2.jpg']);
    expect(adapter.health()).toMatchObject({ ok: true, matched: { body: 'id-unique-message-body' } });
  });

  it('message ids come from Outlook (conversation id and date), the same after a re-render and a reload', async () => {
    const first = open('conversation-2024-unlabelled.html');
    const ids = first.adapter.messages().map((m) => m.id);
    expect(ids).toEqual([
      `${CONV_2024}/${local(2026, 11, 24, 9, 14)}`,
      `${CONV_2024}/${local(2026, 11, 25, 16, 2)}`,
    ]);
    // Outlook re-renders the conversation (new nodes, same messages): the ids stay.
    const container = first.doc.querySelector('[data-app-section="ConversationContainer"]')!;
    container.replaceWith(container.cloneNode(true));
    expect(first.adapter.messages().map((m) => m.id)).toEqual(ids);
    // Opened again in a new page: the same ids.
    expect(
      open('conversation-2024-unlabelled.html')
        .adapter.messages()
        .map((m) => m.id),
    ).toEqual(ids);
  });

  it('without a date, the place in the conversation; without any Outlook id, dom-<n>', () => {
    const { doc } = load('conversation-2024-unlabelled.html', {
      edit: (h) => h.replace(/<div data-testid="SentReceivedSavedTime">[^<]*<\/div>/g, ''),
    });
    expect(
      createOutlookAdapter(doc, async () => blob())
        .messages()
        .map((m) => m.id),
    ).toEqual([`${CONV_2024}/#1`, `${CONV_2024}/#2`]);
    const bare = load('conversation-2024-unlabelled.html', {
      edit: (h) => h.replace(/ data-convid="[^"]*"/g, ''),
      url: 'https://outlook.office.com/mail/inbox',
    }).doc;
    expect(
      createOutlookAdapter(bare, async () => blob())
        .messages()
        .map((m) => m.id),
    ).toEqual(['dom-1', 'dom-2']);
  });
});

describe('pictures Outlook holds as page blobs (issue 11, Outlook 4)', () => {
  it('read from the page, with the tile’s size to compare and the natural size once loaded', () => {
    const { doc } = load('inline-blob.html', { url: 'https://outlook.live.com/mail/inbox' });
    const [lamp] = Array.from(doc.querySelectorAll('img[alt]'));
    loaded(lamp, 3000, 2250);
    Object.defineProperty(lamp, 'complete', { value: true, configurable: true });
    const [m] = createOutlookAdapter(doc, async () => blob()).messages();
    expect(
      m.inlineImages.map((a) => [a.name, a.byteStrategy, a.fetchUrl, a.displayedSizeText, a.previewSize]),
    ).toEqual([
      ['lamp-front.jpg', 'outlook-inline-blob', undefined, '1.7 MB', { width: 3000, height: 2250 }],
      ['pallet-corner.jpg', 'outlook-inline-blob', undefined, '1.7 MB', undefined],
    ]);
    expect(m.inlineImages[0].pageUrl).toBe(
      'blob:https://outlook.live.com/5a0f8f1e-2d3c-4b5a-9e8f-0a1b2c3d4e5f',
    );
    expect(m.inlineImages[0].source).toBeUndefined(); // never handed to the background: it cannot read it
  });

  it('a tile of the same name with a download link measures the file instead', () => {
    const { doc } = load('inline-blob.html', {
      url: 'https://outlook.live.com/mail/inbox',
      edit: (h) =>
        h.replace(
          '<div title="lamp-front.jpg">lamp-front.jpg</div>',
          `<div title="lamp-front.jpg">lamp-front.jpg</div><a href="${downloadUrl('lamp-front.jpg', 'outlook.live.com')}" download>⤓</a>`,
        ),
    });
    const [m] = createOutlookAdapter(doc, async () => blob()).messages();
    expect(m.attachments[0].byteStrategy).toBe('outlook-download-url');
    expect(m.inlineImages.map((a) => a.name)).toEqual(['pallet-corner.jpg']);
  });
});

describe('spoofed senders (issue 19, item 1)', () => {
  it("a display name holding a supplier's address is a name: the address is the one after it", () => {
    const [m] = open('spoofed-sender.html').adapter.messages();
    expect(m.sender.email).toBe('attacker@evil.example');
    expect(m.sender.name).toBe('Amy Chen <amy@ningbo-bright.cn>');
  });

  it.each([
    [
      'a name that looks like an address, shown by name only',
      '<span title="amy@ningbo-bright.cn">amy@ningbo-bright.cn</span>',
      'From: amy@ningbo-bright.cn',
    ],
    [
      'a name holding "<address>", shown by name only',
      '<span>Amy Chen &lt;amy@ningbo-bright.cn&gt;</span>',
      'From: Amy Chen &lt;amy@ningbo-bright.cn&gt;',
    ],
    [
      'a name that is just "<address>"',
      '<span>&lt;amy@ningbo-bright.cn&gt;</span>',
      'From: &lt;amy@ningbo-bright.cn&gt;',
    ],
    [
      'flat text with two addresses',
      'Amy Chen &lt;amy@ningbo-bright.cn&gt; &lt;attacker@evil.example&gt;',
      'From: Amy Chen',
    ],
  ])('%s: the sender is unknown', (_, inner, label) => {
    const { doc } = load('spoofed-sender.html', {
      edit: (h) =>
        h.replace(
          /<span aria-label="From: [^"]*" tabindex="0">.*?<\/span><\/span><\/span>/,
          `<span aria-label="${label}" tabindex="0">${inner}</span></span>`,
        ),
    });
    const [m] = createOutlookAdapter(doc, async () => blob()).messages();
    expect(m.sender.email).toBeUndefined();
  });

  it("a persona button written into the body is the sender's markup, never the sender", () => {
    const { doc } = load('conversation-2024-unlabelled.html', {
      edit: (h) =>
        h
          .replace(
            /<div role="button" tabindex="0" aria-label="Opens card for Amy Chen"[^>]*>.*?<\/div>\s*<span><span>Amy Chen<\/span><span>&lt;amy@ningbo-bright.cn&gt;<\/span><\/span>/g,
            '',
          )
          .replaceAll(
            '<div dir="ltr">',
            '<div dir="ltr"><div role="button" aria-label="Opens card for Amy Chen" title="amy@ningbo-bright.cn">Amy</div>',
          ),
    });
    const adapter = createOutlookAdapter(doc, async () => blob());
    const messages = adapter.messages();
    expect(messages.map((m) => m.sender.email)).toEqual([undefined, undefined]);
  });

  it('an address Outlook shows stays read: after the name, in a title, in a "name <address>" label', () => {
    expect(open('reading-pane-en.html').adapter.messages()[0].sender.email).toBe('amy@ningbo-bright.cn');
    expect(open('unknown-sender.html').adapter.messages()[0].sender.email).toBe('zhangwei8812@qq.com');
    expect(
      open('full-page-message.html', undefined, {}, FULL_PAGE_URL).adapter.messages()[0].sender.email,
    ).toBe('amy@ningbo-bright.cn');
  });
});

describe('watch', () => {
  /** Waits past the debounce. */
  const settle = () => wait(80);
  const ids = (messages: MailMessage[]) => messages.map((m) => m.id);

  it('calls back when messages open and close, once per burst of changes, and stops on abort', async () => {
    const { win, doc, adapter } = open('conversation-two-messages.html');
    const { calls, onChange } = recorder();
    const stop = new AbortController();
    const disconnect = vi.spyOn(win.MutationObserver.prototype, 'disconnect');
    adapter.watch(onChange, stop.signal);
    await settle();
    expect(calls).toHaveLength(1);
    expect(ids(calls[0].messages)).toEqual(['QAGp7xK1QAA', 'QAGp7xK2QAA']);
    expect(calls[0].health.ok).toBe(true);
    const [first, second] = calls[0].messages;

    // A burst: the second message closes while other parts of the page change.
    const secondItem = doc.querySelectorAll('[role="listitem"]')[2];
    secondItem.remove();
    for (let i = 0; i < 5; i++) doc.body.appendChild(doc.createElement('div'));
    await settle();
    expect(calls).toHaveLength(2);
    expect(ids(calls[1].messages)).toEqual(['QAGp7xK1QAA']);
    expect(second.signal.aborted).toBe(true);
    expect(first.signal.aborted).toBe(false);

    doc.querySelector('[role="list"]')!.appendChild(secondItem);
    await settle();
    expect(calls).toHaveLength(3);
    expect(ids(calls[2].messages)).toHaveLength(2);

    // The extension's own badges change nothing; neither do changes that leave the messages as they were.
    const badge = doc.createElement('span');
    badge.setAttribute(OWN_UI_ATTRIBUTE, 'badge');
    calls[2].messages[0].attachments[0].badgeAnchor.after(badge);
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
    const { doc, adapter } = open('conversation-two-messages.html', undefined, {
      debounceMs: 40,
      maxWaitMs: 1000,
    });
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
    expect(ids(calls[1].messages)).toEqual(['QAGp7xK1QAA']);
  });

  it('stays silent while nothing is open, then reports the conversation that opens', async () => {
    const fetcher = vi.fn<AttachmentFetcher>(async () => blob());
    const { win, doc } = load('reading-pane-en.html', { url: 'https://outlook.office.com/mail/inbox' });
    doc.querySelector('#ConversationReadingPaneContainer')!.remove();
    doc.querySelector('[aria-selected="true"][data-convid]')!.setAttribute('aria-selected', 'false');
    const adapter = createOutlookAdapter(doc, fetcher, { debounceMs: 20 });
    const { calls, onChange } = recorder();
    adapter.watch(onChange, new AbortController().signal);
    for (let i = 0; i < 3; i++) {
      doc.body.appendChild(doc.createElement('div'));
      await wait(30);
    }
    await settle();
    expect(calls).toHaveLength(0);
    expect(fetcher).not.toHaveBeenCalled();

    // The buyer opens a conversation: Outlook renders it into the reading pane.
    const page = new win.DOMParser().parseFromString(fixture('no-attachments.html'), 'text/html');
    doc
      .querySelector('[role="main"]')!
      .appendChild(doc.importNode(page.querySelector('#ConversationReadingPaneContainer') as never, true));
    await settle();
    expect(calls).toHaveLength(1);
    expect(ids(calls[0].messages)).toEqual(['QAGp7xK5QAA']);
  });

  it('a preview that finishes loading is reported, though the DOM did not change', async () => {
    const { win, doc, adapter } = open('preview-only.html');
    const { calls, onChange } = recorder();
    adapter.watch(onChange, new AbortController().signal);
    await settle();
    expect(calls[0].messages[0].attachments[0].byteStrategy).toBe('outlook-download-capture');
    const img = doc.querySelector('[role="dialog"] img')!;
    loaded(img, 2400, 1800);
    img.dispatchEvent(new win.Event('load') as unknown as Event);
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1].messages[0].attachments[0]).toMatchObject({
      byteStrategy: 'outlook-preview',
      previewSize: { width: 2400, height: 1800 },
    });
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
    const { win, adapter } = open('conversation-two-messages.html');
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
    const { adapter } = open('reading-pane-en.html', held.fetcher, { maxConcurrentFetches: 3 });
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
    const { doc, adapter } = open('reading-pane-en.html', held.fetcher, { maxConcurrentFetches: 2 });
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
    doc.querySelector('#ConversationReadingPaneContainer')!.remove(); // the buyer moves on
    const outcomes = await Promise.all(reads);
    expect(outcomes.every((o) => o === 'AbortError')).toBe(true);
    expect(held.fetcher).toHaveBeenCalledTimes(2); // the queued ones never started
    expect(m.signal.aborted).toBe(true);
  });
});

describe('reply box', () => {
  /** Outlook's behaviour, simulated: clicking Reply renders the reply editor at the top of the conversation. */
  function simulateOutlookReply(doc: Document, button: Element, seen: string[], label = 'Message body') {
    for (const type of ['mousedown', 'mouseup', 'click'])
      button.addEventListener(type, () => seen.push(type));
    button.addEventListener('click', () => {
      setTimeout(() => {
        const editor = doc.createElement('div');
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('contenteditable', 'true');
        editor.setAttribute('aria-multiline', 'true');
        editor.setAttribute('aria-label', label);
        const where =
          doc.querySelector('[data-app-section="ConversationContainer"]') ??
          doc.querySelector('[role="main"]');
        where!.prepend(editor);
      }, 10);
    });
  }

  it('finds no reply box before one is open; openReply clicks Reply and resolves with the editor', async () => {
    const { doc, adapter } = open('conversation-two-messages.html');
    const [first, second] = adapter.messages();
    expect(adapter.findReplyBox(second)).toBeNull();
    const button = second.element.querySelector('[aria-label="Reply"]')!;
    const seen: string[] = [];
    simulateOutlookReply(doc, button, seen);
    const editor = await adapter.openReply(second);
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
    expect(editor?.getAttribute('contenteditable')).toBe('true');
    expect(adapter.findReplyBox(second)).toBe(editor);
    expect(adapter.findReplyBox(first)).toBe(editor); // one reply editor per conversation
  });

  it('clicks Reply in the interface language, never "Reply all"', async () => {
    const { doc, adapter } = open('reading-pane-zh.html');
    const [m] = adapter.messages();
    const replyAll = m.element.querySelector('[aria-label="全部答复"]')!;
    const pressedAll = vi.fn();
    replyAll.addEventListener('click', pressedAll);
    const seen: string[] = [];
    simulateOutlookReply(doc, m.element.querySelector('[aria-label="答复"]')!, seen, '邮件正文');
    expect(await adapter.openReply(m)).not.toBeNull();
    expect(seen).toContain('click');
    expect(pressedAll).not.toHaveBeenCalled();
  });

  it('a message opened full-page has its own Reply', async () => {
    const { doc, adapter } = open('full-page-message.html', undefined, {}, FULL_PAGE_URL);
    const [m] = adapter.messages();
    const seen: string[] = [];
    simulateOutlookReply(doc, m.element.querySelector('[aria-label="Reply"]')!, seen);
    expect(await adapter.openReply(m)).not.toBeNull();
  });

  it('an already open reply is returned without clicking anything', async () => {
    const { doc, adapter } = open('reading-pane-en.html');
    const [m] = adapter.messages();
    const editor = doc.createElement('div');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('aria-label', 'Message body');
    doc.querySelector('[data-app-section="ConversationContainer"]')!.appendChild(editor);
    const pressed = vi.fn();
    m.element.querySelector('[aria-label="Reply"]')!.addEventListener('click', pressed);
    expect(adapter.findReplyBox(m)).toBe(editor);
    expect(await adapter.openReply(m)).toBe(editor);
    expect(pressed).not.toHaveBeenCalled();
  });

  it("never clicks another message's Reply; resolves null without one, or when no editor appears", async () => {
    const { doc, adapter } = open('conversation-two-messages.html');
    const [first, second] = adapter.messages();
    const others = vi.fn();
    second.element.querySelector('[aria-label="Reply"]')!.addEventListener('click', others);
    first.element.querySelector('[aria-label="Reply"]')!.remove();
    expect(await adapter.openReply(first)).toBeNull();
    expect(others).not.toHaveBeenCalled();
    expect(await adapter.openReply(second)).toBeNull(); // clicked, nothing appeared within the timeout
    expect(others).toHaveBeenCalledTimes(1);
    expect(doc.querySelector('[contenteditable="true"]')).toBeNull();
  });

  it('stops waiting when its signal aborts', async () => {
    const { adapter } = open('no-attachments.html', undefined, { replyTimeoutMs: 5000 });
    const [m] = adapter.messages();
    const stop = new AbortController();
    const started = Date.now();
    const pending = adapter.openReply(m, stop.signal);
    setTimeout(() => stop.abort(), 20);
    expect(await pending).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('download intent (the capture strategy, detection half)', () => {
  function listen(m: MailMessage, signal?: AbortSignal) {
    const intents: DownloadIntent[] = [];
    const stop = onDownloadIntent(m, (i) => intents.push(i), signal);
    const names = () => intents.map((i) => [i.attachments.map((a) => a.name), i.all]);
    return { intents, stop, names };
  }
  const click = (el: Element) => {
    el.addEventListener('click', (e) => e.preventDefault()); // no navigation in the test window
    trustedClick(el); // the buyer's click: the page's own untrusted clicks never count
  };

  it("the tile's own Download link, and Download all", () => {
    const { adapter, doc } = open('reading-pane-en.html');
    const [m] = adapter.messages();
    const { intents, names } = listen(m);
    click(m.attachments[3].badgeAnchor.querySelector('a[download]')!);
    click(doc.querySelector('[aria-label="Download all"]')!);
    expect(names()).toEqual([
      [['email-downsized-640.jpg'], false],
      [EIGHT_AND_ZIP, true],
    ]);
    expect(intents[0].message).toBe(m);
    expect(typeof intents[0].at).toBe('number');
  });

  it('"Download" in the menu the tile\'s More actions opened (Chinese interface)', () => {
    const { adapter, doc } = open('reading-pane-zh.html');
    const [m] = adapter.messages();
    const { names } = listen(m);
    const menu = doc.createElement('div');
    menu.setAttribute('role', 'menu');
    menu.innerHTML = '<button role="menuitem">预览</button><button role="menuitem">下载</button>';
    const item = menu.querySelectorAll('button')[1];
    click(item); // no tile named yet: nothing
    click(m.attachments[5].badgeAnchor.querySelector('[aria-label="更多操作"]')!);
    doc.body.appendChild(menu);
    click(item);
    expect(names()).toEqual([[['blurry-2400.jpg'], false]]);
  });

  it("the preview overlay's Download names the file it shows; opening a tile is no download", () => {
    const { adapter, doc } = open('preview-only.html');
    const [m] = adapter.messages();
    const { names } = listen(m);
    click(m.attachments[1].badgeAnchor);
    click(doc.querySelector('[role="dialog"] [aria-label="Download"]')!);
    expect(names()).toEqual([[['dark-2400.jpg'], false]]);
  });

  it('stops on its signal and when the message closes', () => {
    const { adapter, doc } = open('reading-pane-en.html');
    const [m] = adapter.messages();
    const stop = new AbortController();
    const { names } = listen(m, stop.signal);
    stop.abort();
    click(doc.querySelector('[aria-label="Download all"]')!);
    expect(names()).toEqual([]);

    const watched = new AbortController();
    let latest: MailMessage[] = [];
    adapter.watch((list) => {
      latest = list;
    }, watched.signal);
    return wait(80).then(() => {
      const again = listen(latest[0]);
      watched.abort(); // the message's own signal aborts with the watch
      click(doc.querySelector('[aria-label="Download all"]')!);
      expect(again.names()).toEqual([]);
    });
  });
});
