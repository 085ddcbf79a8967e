// @vitest-environment node
// The photo record from a real (fake-indexeddb) store: hostile names come out as text, the file asks for
// nothing outside itself, the inspection line follows the stage and the setting, and the zip holds the
// HTML and the pictures by shot. Node, as in store.test.ts: happy-dom's Blob does not survive the clone.
import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_CSP } from '@/components/record/record-html';
import { recordCatalogs } from '@/components/record/record-text';
import { escapeHtml, imageDataUrl } from '@/utils/record/escape';
import { safeName } from '@/utils/record/model';
import { makePhotoRecord } from '@/utils/record/produce';
import { openStore, type Store } from '@/utils/store/db';
import { addOrder } from '@/utils/store/orders';
import { savePhoto, setPhotoStatus } from '@/utils/store/photos';
import { addReferencePhoto } from '@/utils/store/references';
import { logRequest, markAnswered } from '@/utils/store/requests';
import { updateSettings } from '@/utils/store/settings';
import { addSupplier } from '@/utils/store/suppliers';
import type { Order } from '@/utils/store/types';

const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '</title><script>fetch("https://evil.example/")</script>';
const JPEG = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n, n, n, 0xff, 0xd9]);

let store: Store;
let order: Order;
beforeEach(async () => {
  store = await openStore({ indexedDB: new IDBFactory(), name: 'record' });
  const supplier = await addSupplier(store, {
    company: `Huamei ${XSS} & Sons "Ltd"`,
    contactName: `Amy ${SCRIPT}`,
    emails: ['amy@huamei-textiles.cn'],
    domains: [],
    replyLanguages: ['en', 'zh-CN'],
  });
  const ref = await addReferencePhoto(store, {
    name: `front ${XSS}.jpg`,
    blob: new Blob([JPEG(1)], { type: 'image/jpeg' }),
  });
  order = await addOrder(store, {
    poNumbers: [`PO-2026-0417 ${SCRIPT}`],
    supplierId: supplier.id,
    product: `Tote ${XSS}`,
    quantity: 1200,
    status: 'open',
    currentStageId: 'ps',
    stages: [
      {
        id: 'ps',
        kind: 'pre-shipment',
        name: { en: 'Pre-shipment', zh: '出货前' },
        gate: { label: { en: 'packing', zh: '包装' }, dueDate: '2026-12-10' },
        shots: [
          {
            id: 'front',
            label: { en: `Front ${XSS}`, zh: '正面' },
            instructions: { en: `Whole bag ${SCRIPT}`, zh: '整个包' },
            required: true,
            referencePhotoIds: [ref.id],
          },
          {
            id: 'label',
            label: { en: 'Care label', zh: '洗标' },
            instructions: { en: 'Close up', zh: '近拍' },
            required: true,
            referencePhotoIds: [],
          },
        ],
      },
      {
        id: 'pp',
        kind: 'pre-production',
        name: { en: 'Pre-production', zh: '产前' },
        shots: [],
      },
    ],
  });
  await savePhoto(store, {
    sha256: 'a'.repeat(64),
    report: {
      format: 'jpeg',
      width: 4032,
      height: 3024,
      bytes: 3_100_000,
      bytesRead: 16384,
      exif: { orientation: 1, hasGps: false, takenAt: '2026-11-30T14:02:11', takenAtOffset: '+08:00' },
      findings: [],
      verdict: 'ok',
    },
    origins: [
      {
        source: 'gmail',
        fileName: `正面 ${XSS}.jpg`,
        receivedAt: '2026-12-01T03:00:00.000Z',
        messageId: 'm1',
        orderId: order.id,
      },
    ],
    orderId: order.id,
    stageId: 'ps',
    shotId: 'front',
    thumbnail: new Blob([JPEG(2)], { type: 'image/jpeg' }),
  });
  await setPhotoStatus(store, 'a'.repeat(64), { state: 'accepted' });
  const r = await logRequest(store, {
    orderId: order.id,
    stageId: 'ps',
    channel: 'gmail',
    askedAt: '2026-11-28T09:00:00.000Z',
    items: [{ shotId: 'label', text: `Care label: missing ${XSS}` }],
  });
  await markAnswered(store, r.id, '2026-12-01T03:00:00.000Z');
});
afterEach(() => store.close());

const make = (over: { stageId?: string; language?: 'en' | 'zh-CN'; zip?: boolean } = {}) =>
  makePhotoRecord(store, {
    orderId: order.id,
    stageId: 'ps',
    language: 'en',
    today: '2026-12-04',
    now: new Date('2026-12-04T22:00:00.000Z'),
    ...over,
  });

/** Every URL-bearing attribute or CSS reference in the file. */
const urlsIn = (html: string) => [
  ...html.matchAll(/\b(?:src|href|action|srcset|poster|data)\s*=\s*"([^"]*)"|url\(([^)]*)\)/gi),
];

describe('photo record HTML', () => {
  it('shows every hostile page value as text, never as markup', async () => {
    const { html } = (await make())!;
    expect(html).not.toContain(XSS);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('</title><');
    expect(html).toContain(escapeHtml(`Huamei ${XSS} & Sons "Ltd"`));
    expect(html).toContain(escapeHtml(`Front ${XSS}`));
    expect(html).toContain(escapeHtml(`正面 ${XSS}.jpg`));
    expect(html).toContain(escapeHtml(`Care label: missing ${XSS}`));
    expect(html).toContain(escapeHtml(`Whole bag ${SCRIPT}`));
    // Exactly the two pictures the model names, both as image data URLs.
    expect(html.match(/<img /g)).toHaveLength(2);
  });

  it('asks for nothing outside itself: a strict CSP and only image data URLs', async () => {
    const { html } = (await make())!;
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(RECORD_CSP)}">`);
    expect(RECORD_CSP).toMatch(/default-src 'none'/);
    const urls = urlsIn(html);
    expect(urls.length).toBe(2);
    for (const m of urls) expect(m[1] ?? m[2]).toMatch(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/);
    // No element that fetches, runs or redirects; the supplier's "https://…" is only escaped text.
    expect(html).not.toMatch(/<(?:script|link|iframe|object|embed|base|form|video|audio|source)\b/i);
    expect(html).not.toMatch(/@import|http-equiv="refresh"/i);
  });

  it('holds the order, the shots, the accepted photo, what is missing and the re-request', async () => {
    const { html } = (await make())!;
    expect(html).toContain('4,032×3,024 · 3.0 MB');
    expect(html).toContain('2026-11-30 14:02:11+08:00');
    expect(html).toContain('✓ Accepted');
    expect(html).toContain(recordCatalogs.en.missing);
    expect(html).toContain('Asked 2026-11-28 09:00 UTC (gmail), answered 2026-12-01 03:00 UTC');
    expect(html).toContain('Front');
    expect(html).toContain('<span class="other" lang="zh-CN">正面</span>');
    expect(html).toContain(recordCatalogs.en.notInspection);
    expect(html).toContain(recordCatalogs.en.noOriginals);
    expect(html).toMatch(/@page \{[^}]*margin/);
  });

  it('names who asked a request team sync brought from another browser, in both languages', async () => {
    await logRequest(store, {
      orderId: order.id,
      stageId: 'ps',
      channel: 'outlook',
      askedAt: '2026-12-02T10:42:00.000Z',
      items: [{ shotId: 'label', text: 'Care label: blurred' }],
      by: 'Li Wei',
    });
    const en = (await make())!.html;
    expect(en).toContain('Asked 2026-12-02 10:42 UTC (outlook) by Li Wei');
    // The request made here names nobody.
    expect(en).toContain('Asked 2026-11-28 09:00 UTC (gmail), answered');
    expect((await make({ language: 'zh-CN' }))!.html).toMatch(/由Li Wei已请求（outlook）/);
  });

  it('says book an inspection on the last stage before shipment only, unless turned off', async () => {
    expect((await make())!.html).toContain(recordCatalogs.en.lastBeforeShipment);
    expect((await make({ stageId: 'pp' }))!.html).not.toContain(recordCatalogs.en.lastBeforeShipment);
    await updateSettings(store, { inspectionNote: false });
    const off = (await make())!.html;
    expect(off).not.toContain(recordCatalogs.en.lastBeforeShipment);
    // The plain line that photos are not an inspection stays.
    expect(off).toContain(recordCatalogs.en.notInspection);
  });

  it('is written in the interface language, with shot names in both', async () => {
    const { html } = (await make({ language: 'zh-CN' }))!;
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(recordCatalogs['zh-CN'].lastBeforeShipment);
    expect(html).toContain(`正面 <span class="other" lang="en">${escapeHtml(`Front ${XSS}`)}</span>`);
  });

  it('an order with no stage named covers every stage', async () => {
    const { model } = (await make({ stageId: undefined }))!;
    expect(model.stages.map((s) => s.id)).toEqual(['ps', 'pp']);
  });
});

describe('photo record zip', () => {
  it('holds the HTML and the pictures the store has, named by stage and shot', async () => {
    const files = (await make({ zip: true }))!;
    const entries = unzipSync(files.zip!);
    const names = Object.keys(entries).sort();
    expect(names).toEqual([
      '01 Pre-shipment/01 Front _img src=x onerror=alert(1)_ - accepted (thumbnail).jpg',
      '01 Pre-shipment/01 Front _img src=x onerror=alert(1)_ - reference 1.jpg',
      `${files.baseName}.html`,
    ]);
    expect(files.baseName).toBe(
      'photo-record PO-2026-0417 _title_script_fetch(_https_evil.example_)_script_ Pre-shipment 2026-12-04',
    );
    expect(strFromU8(entries[`${files.baseName}.html`]!)).toBe(files.html);
    expect([...entries['01 Pre-shipment/01 Front _img src=x onerror=alert(1)_ - reference 1.jpg']!]).toEqual([
      ...JPEG(1),
    ]);
    expect([
      ...entries['01 Pre-shipment/01 Front _img src=x onerror=alert(1)_ - accepted (thumbnail).jpg']!,
    ]).toEqual([...JPEG(2)]);
  });
});

describe('helpers', () => {
  it('safeName keeps names a file system takes', () => {
    expect(safeName('../a/b\\c:d*?"<>|\u202e.jpg')).toBe('_a_b_c_d_.jpg');
    expect(safeName('...')).toBe('_');
  });
  it('imageDataUrl takes base64 image data URLs only', () => {
    expect(imageDataUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(imageDataUrl('data:image/svg+xml;base64,AAAA')).toBeUndefined();
    expect(imageDataUrl('https://evil.example/x.jpg')).toBeUndefined();
    expect(imageDataUrl('data:image/png;base64,AA" onerror="x')).toBeUndefined();
  });
});
