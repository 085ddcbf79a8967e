import { describe, expect, it } from 'vitest';
import { attachmentKind } from '@/utils/mail/adapter';
import {
  attachmentPartId,
  classifyUrl,
  fetchUrlFromCardLink,
  fetchUrlFromInlineImage,
  parseDownloadUrl,
  threadIdFromUrl,
} from '@/utils/mail/gmail/attachments';

const ATT =
  'https://mail.google.com/mail/u/0/?ui=2&ik=abc123&attid=0.1&permmsgid=msg-f:1790000000000000001&th=18c0000000000001&view=att&disp=safe&realattid=f_abc1&zw';
const FIMG =
  'https://mail.google.com/mail/u/0/?ui=2&ik=abc123&attid=0.2&permmsgid=msg-f:1790000000000000031&th=18c0000000000003&view=fimg&fur=ip&sz=s0-l75-ft&attbid=ANGjdJ9&disp=emb&realattid=ii_m3x1a2&zw';

describe('parseDownloadUrl', () => {
  it('splits mime:filename:url at the ":https://" before the URL, keeping the colons inside the URL', () => {
    expect(parseDownloadUrl(`image/jpeg:good-3000.jpg:${ATT}`)).toEqual({
      mime: 'image/jpeg',
      filename: 'good-3000.jpg',
      url: ATT,
    });
  });

  it('keeps a colon inside the file name', () => {
    const parsed = parseDownloadUrl(`image/png:PO:0417 front.png:${ATT}`);
    expect(parsed?.filename).toBe('PO:0417 front.png');
    expect(parsed?.url).toBe(ATT);
  });

  it('a file name holding ":https://" stays the name: the sender cannot point the download elsewhere', () => {
    const name = `x" onerror=a:https://canary.invalid/steal?.jpg`;
    const parsed = parseDownloadUrl(`image/jpeg:${name}:${ATT}`);
    expect(parsed?.filename).toBe(name);
    expect(parsed?.url).toBe(ATT);
  });

  it('refuses what is not mime:filename:https-url', () => {
    expect(parseDownloadUrl(null)).toBeUndefined();
    expect(parseDownloadUrl('')).toBeUndefined();
    expect(parseDownloadUrl('image/jpeg:x.jpg')).toBeUndefined();
    expect(parseDownloadUrl('image/jpeg:x.jpg:http://mail.google.com/mail/u/0/?view=att')).toBeUndefined();
    expect(parseDownloadUrl(`:https://mail.google.com/`)).toBeUndefined();
  });
});

describe('classifyUrl', () => {
  it.each([
    [ATT, 'gmail-attachment'],
    [
      'https://mail-attachment.googleusercontent.com/attachment/u/0/?ui=2&ik=abc&view=att&th=18c&disp=safe',
      'gmail-attachment',
    ],
    [FIMG, 'gmail-inline'],
    [
      'https://mail.google.com/mail/u/1/?ui=2&ik=854270588e&view=att&th=1475ea0582aa9ca9&attid=0.0.1&disp=emb&zw',
      'gmail-inline',
    ],
    [
      'https://ci3.googleusercontent.com/proxy/Xy9_abc=s0-d-e1-ft#https://www.example.cn/logo.png',
      'remote-proxy',
    ],
    [
      'https://ci3.googleusercontent.com/meips/ADKq_NZr1x8=s0-d-e1-ft#https://www.ningbo-bright.cn/logo.png',
      'remote-proxy',
    ],
    ['https://drive.google.com/file/d/1AbC/view?usp=drive_web', 'drive'],
    ['https://docs.google.com/spreadsheets/d/1AbC/edit', 'drive'],
    ['https://drive.usercontent.google.com/download?id=1AbC', 'drive'],
    ['https://lh3.googleusercontent.com/d/1AbC=w1000', 'drive'],
    ['https://mail.google.com/mail/u/0/#inbox', 'other'],
    ['https://www.ningbo-bright.cn/catalogue.pdf', 'other'],
    ['javascript:alert(1)', 'other'],
    ['not a url at all', 'other'],
  ])('%s → %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind);
  });

  it('resolves a relative Gmail URL against the page', () => {
    expect(
      classifyUrl('?ui=2&ik=abc&view=att&th=18c&attid=0.1&disp=safe', 'https://mail.google.com/mail/u/0/'),
    ).toBe('gmail-attachment');
  });
});

describe('fetch URLs', () => {
  it('turns a card link (disp=inline) into a download (disp=safe), everything else unchanged', () => {
    const link = ATT.replace('disp=safe', 'disp=inline');
    const url = fetchUrlFromCardLink(link);
    expect(url).toContain('disp=safe');
    expect(url).not.toContain('disp=inline');
    expect(new URL(url!).searchParams.get('permmsgid')).toBe('msg-f:1790000000000000001');
    expect(new URL(url!).searchParams.get('attid')).toBe('0.1');
    expect(fetchUrlFromCardLink('https://drive.google.com/file/d/1AbC/view')).toBeUndefined();
  });

  it('fetches an inline picture whole (view=att), not Gmail re-encoded preview (sz=…-l75)', () => {
    const url = new URL(fetchUrlFromInlineImage(FIMG)!);
    expect(url.searchParams.get('view')).toBe('att');
    expect(url.searchParams.get('disp')).toBe('safe');
    expect(url.searchParams.has('sz')).toBe(false);
    expect(url.searchParams.get('attid')).toBe('0.2');
    expect(url.searchParams.get('permmsgid')).toBe('msg-f:1790000000000000031');
    expect(fetchUrlFromInlineImage('https://ci3.googleusercontent.com/meips/x=s0')).toBeUndefined();
    expect(fetchUrlFromInlineImage(ATT)).toBeUndefined();
  });

  it('reads the part id (attid, the same for a card and an inline picture) and the thread id', () => {
    expect(attachmentPartId(ATT)).toBe('0.1');
    expect(attachmentPartId(FIMG)).toBe('0.2');
    expect(attachmentPartId('https://drive.google.com/file/d/1AbC/view')).toBeUndefined();
    expect(threadIdFromUrl(ATT)).toBe('18c0000000000001');
  });
});

describe('attachmentKind', () => {
  it.each([
    ['good-3000.jpg', undefined, 'image'],
    ['IMG_4471.HEIC', 'image/heic', 'image'],
    ['screenshot-1170x2532.png', 'image/png', 'image'],
    ['微信图片_20261125154012.jpg', undefined, 'image'],
    ['supplier-photos.zip', 'application/zip', 'zip'],
    ['photos.ZIP', 'application/octet-stream', 'zip'],
    ['scan', 'image/jpeg', 'image'],
    ['archive', 'application/x-zip-compressed', 'zip'],
    ['QC report.pdf', 'application/pdf', 'other'],
    ['notes.txt', undefined, 'other'],
  ] as const)('%s (%s) → %s', (name, mime, kind) => {
    expect(attachmentKind(name, mime)).toBe(kind);
  });
});
