import { describe, expect, it } from 'vitest';
import {
  attachmentIdFromUrl,
  classifyUrl,
  downloadUrlForId,
  downloadUrlFrom,
  nameFromContentId,
  parseTileLabel,
  readTileText,
  unwrapSafelink,
} from '@/utils/mail/outlook/attachments';

const PAGE = 'https://outlook.office.com/mail/inbox/id/AAQkAGNiZmFh%3D';
const ID = 'AAMkAGNiZmFhMWQ0LTA0MTctNGI2Ny1iNzFhLWM1ZmY0ZDEwMjE4NABGAAAAAABZ29vZC0zMDAwLmpwZw==';
const ENC = encodeURIComponent(ID);
const OWA = `https://outlook.office.com/owa/service.svc/s/GetFileAttachment?id=${ENC}&X-OWA-CANARY=x&isImagePreview=True`;
const TOKEN_THUMB = `https://attachments.office.net/owa/tom.baker%40brightlight-home.com/service.svc/s/GetAttachmentThumbnail?id=${ENC}&thumbnailType=2&token=eyJhbGciOiJSUzI1NiJ9.e30.sig`;
const SAFELINK =
  'https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ningbo-bright.cn%2Fqc%2FPO-2026-0421-front.jpg&data=05%7C02&reserved=0';

describe('classifyUrl', () => {
  it.each([
    [OWA, 'attachment'],
    [`/owa/service.svc/s/GetFileAttachment?id=${ENC}&X-OWA-CANARY=x`, 'attachment'], // relative to the page
    [
      `https://attachments.office.net/owa/a%40b.com/service.svc/s/GetFileAttachment?id=${ENC}&token=t`,
      'attachment',
    ],
    [
      `https://attachment.outlook.live.net/owa/x%40outlook.com/service.svc/s/GetFileAttachment?id=${ENC}&token=t`,
      'attachment',
    ],
    [TOKEN_THUMB, 'thumbnail'],
    ['cid:IMG_20261120_101522.jpg@01DB3F2A.5C9E1B20', 'inline'],
    ['blob:https://outlook.live.com/6c931e53-e607-4ce9', 'inline'],
    ['blob:https://evil.example/6c931e53', 'other'],
    [SAFELINK, 'safelinks'],
    ['https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2Fa.png', 'safelinks'],
    ['https://www.ningbo-bright.cn/images/logo-2026.png', 'remote'],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', 'other'],
    ['https://outlook.office.com/mail/inbox', 'other'],
    ['javascript:alert(1)', 'other'],
    ['https://[broken', 'other'],
  ])('%s → %s', (url, kind) => {
    expect(classifyUrl(url, PAGE)).toBe(kind);
  });

  it('trusts the attachment path only on Outlook hosts: elsewhere it is a remote picture', () => {
    const lookalike = `https://evil.example/owa/service.svc/s/GetFileAttachment?id=${ENC}`;
    expect(classifyUrl(lookalike, PAGE)).toBe('remote');
    expect(downloadUrlFrom(lookalike, PAGE)).toBeUndefined();
    // The page's own host counts (the e2e server, a test): its links are Outlook's links.
    expect(classifyUrl('/owa/service.svc/s/GetFileAttachment?id=x', 'https://127.0.0.1:8443/mail/')).toBe(
      'attachment',
    );
  });
});

describe('attachment ids and download URLs', () => {
  it('reads the id, decoded', () => {
    expect(attachmentIdFromUrl(OWA)).toBe(ID);
    expect(attachmentIdFromUrl(TOKEN_THUMB)).toBe(ID);
    expect(attachmentIdFromUrl('https://www.ningbo-bright.cn/a.jpg?id=1')).toBeUndefined();
  });

  it('asks for the file, not a preview rendering', () => {
    expect(downloadUrlFrom(OWA)).toBe(
      `https://outlook.office.com/owa/service.svc/s/GetFileAttachment?id=${ENC}&X-OWA-CANARY=x&isImagePreview=False`,
    );
    const relative = `/owa/service.svc/s/GetFileAttachment?id=${ENC}&X-OWA-CANARY=x&isImagePreview=False`;
    expect(downloadUrlFrom(relative, 'https://outlook.live.com/mail/0/inbox/id/x')).toBe(
      `https://outlook.live.com${relative}`,
    );
  });

  it('turns a thumbnail into the file, keeping its id and token', () => {
    const url = new URL(downloadUrlFrom(TOKEN_THUMB)!);
    expect(url.hostname).toBe('attachments.office.net');
    expect(url.pathname).toBe('/owa/tom.baker%40brightlight-home.com/service.svc/s/GetFileAttachment');
    expect(url.searchParams.get('id')).toBe(ID);
    expect(url.searchParams.get('token')).toBe('eyJhbGciOiJSUzI1NiJ9.e30.sig');
    expect(url.searchParams.has('thumbnailType')).toBe(false);
  });

  it('refuses what has no id or is not the endpoint', () => {
    expect(downloadUrlFrom('https://outlook.office.com/owa/service.svc/s/GetFileAttachment')).toBeUndefined();
    expect(downloadUrlFrom(SAFELINK)).toBeUndefined();
    expect(downloadUrlFrom('cid:a.jpg')).toBeUndefined();
  });

  it('builds a URL for an id alone: like another attachment of the message, or on the page origin', () => {
    const other = `/owa/service.svc/s/GetFileAttachment?id=OTHER&X-OWA-CANARY=c4n4ry&isImagePreview=False`;
    const like = new URL(downloadUrlForId(ID, PAGE, other)!);
    expect(like.searchParams.get('id')).toBe(ID);
    expect(like.searchParams.get('X-OWA-CANARY')).toBe('c4n4ry');
    expect(downloadUrlForId(ID, PAGE)).toBe(
      `https://outlook.office.com/owa/service.svc/s/GetFileAttachment?id=${ENC}&isImagePreview=False`,
    );
    expect(downloadUrlForId('', PAGE)).toBeUndefined();
  });

  it('unwraps Safe Links to the remote address they stand for', () => {
    expect(unwrapSafelink(SAFELINK)).toBe('https://www.ningbo-bright.cn/qc/PO-2026-0421-front.jpg');
    expect(unwrapSafelink('https://www.ningbo-bright.cn/a.jpg')).toBeUndefined();
  });

  it('names an inline picture from a content id that is a file name, not from image001.png', () => {
    expect(nameFromContentId('cid:IMG_20261120_101522.jpg@01DB3F2A.5C9E1B20')).toBe(
      'IMG_20261120_101522.jpg',
    );
    expect(nameFromContentId('cid:image002.jpg@01DB3F2A.5C9E1B20')).toBeUndefined();
    expect(nameFromContentId('cid:ii_mspz4gaw0')).toBeUndefined();
    expect(nameFromContentId(null)).toBeUndefined();
  });
});

describe('what a tile says', () => {
  const MB = 1024 * 1024;
  it.each([
    ['IMG_2034.jpg 2.3 MB', 'IMG_2034.jpg', '2.3 MB', Math.round(2.3 * MB)],
    ['good-3000.jpg (1.7 MB)', 'good-3000.jpg', '1.7 MB', Math.round(1.7 * MB)],
    ['document.pdf Open 205 KB', 'document.pdf', '205 KB', 205 * 1024],
    ['good-3000.jpg 打开 1.7 MB', 'good-3000.jpg', '1.7 MB', Math.round(1.7 * MB)],
    ['photo usine.jpg Ouvrir 1,2 Mo', 'photo usine.jpg', '1,2 Mo', Math.round(1.2 * MB)],
    ['Werkfoto.jpg Öffnen 68 KB', 'Werkfoto.jpg', '68 KB', 68 * 1024],
    ['v1.2 photo.jpg Abrir 2 MB', 'v1.2 photo.jpg', '2 MB', 2 * MB],
    ['微信图片_20261125154012.jpg，68 KB', '微信图片_20261125154012.jpg', '68 KB', 68 * 1024],
    ['supplier-photos.zip 2.3\u00a0MB', 'supplier-photos.zip', '2.3 MB', Math.round(2.3 * MB)],
  ])('%s', (label, name, sizeText, size) => {
    expect(parseTileLabel(label)).toEqual({ name, sizeText, size });
  });

  it('a label without a size still names the file; nothing from nothing', () => {
    expect(parseTileLabel('good-3000.jpg')).toEqual({ name: 'good-3000.jpg' });
    expect(parseTileLabel('Report final.abc Open')).toEqual({ name: 'Report final.abc' });
    // A size alone (icons after it): no file called "1.7".
    expect(parseTileLabel('1.7 MB \ue8e5 ⤓ ⌄')).toEqual({ sizeText: '1.7 MB', size: Math.round(1.7 * MB) });
    expect(parseTileLabel('archive.7z 12 MB')).toEqual({
      name: 'archive.7z',
      sizeText: '12 MB',
      size: 12 * 1024 * 1024,
    });
    expect(parseTileLabel('')).toEqual({});
    expect(parseTileLabel(null)).toEqual({});
  });

  it('prefers the title attributes, then the aria-label, then the text', () => {
    expect(
      readTileText({
        titles: ['Download', 'dark-2400.jpg', '502 KB'],
        label: 'x.jpg Open 1 MB',
        text: 'y.jpg 2 MB',
      }),
    ).toEqual({ name: 'dark-2400.jpg', sizeText: '502 KB', size: 502 * 1024 });
    expect(
      readTileText({ titles: ['Download'], label: 'seal.jpg Open 42 KB', text: 'seal.jpg42 KB⤓' }),
    ).toEqual({ name: 'seal.jpg', sizeText: '42 KB', size: 42 * 1024 });
    expect(readTileText({ titles: [], label: null, text: ' seal.jpg (42 KB) ' })).toEqual({
      name: 'seal.jpg',
      sizeText: '42 KB',
      size: 42 * 1024,
    });
    expect(readTileText({ titles: [], label: '', text: '⤓⌄' })).toEqual({
      name: undefined,
      sizeText: undefined,
      size: undefined,
    });
  });
});
