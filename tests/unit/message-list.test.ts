// The message list: reading Gmail's and Outlook's rows (fixtures built on real captures), the mark a thread
// gets from what the store knows, the background's one call per list change, and the marks in the page.

import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIST_MARK, MARKS_PER_FRAME, markText } from '@/components/mail/list-mark-draw';
import { startListMarks } from '@/components/mail/list-marks';
import { applyUiLanguage } from '@/utils/i18n';
import { createGmailListReader } from '@/utils/mail/gmail/list';
import { mayHavePhotos } from '@/utils/mail/list';
import { createListService, type ListMarksInput } from '@/utils/mail/list-service';
import { createOutlookListReader } from '@/utils/mail/outlook/list';
import * as store from '@/utils/store';
import { openStore, type Store } from '@/utils/store';
import { loadSampleData } from '@/utils/store/sample-data';
import { listMark } from '@/utils/triage/list-marks';
import { DEFAULT_THRESHOLDS } from '@/utils/triage/thresholds';
import { fixturePages, wait } from './helpers/mail-dom';
import { report } from './helpers/report';

const gmail = fixturePages(
  resolve(__dirname, '../fixtures/gmail'),
  'https://mail.google.com/mail/u/0/#inbox',
);
const outlook = fixturePages(
  resolve(__dirname, '../fixtures/outlook'),
  'https://outlook.office.com/mail/inbox',
);
afterEach(async () => {
  await gmail.closeAll();
  await outlook.closeAll();
  vi.restoreAllMocks();
});

describe("reading Gmail's thread list", () => {
  it('the default layout: thread ids, senders by address, subjects, file names from the paper clip and chips', () => {
    const { doc } = gmail.load('inbox-list.html');
    const reading = createGmailListReader(doc).read();
    expect(reading.present).toBe(true);
    expect(reading.unreadable).toBe(0);
    expect(reading.container?.tagName).toBe('TABLE');
    const rows = reading.rows.map(({ threadId, senderEmails, subject, attachmentNames, hasAttachments }) => ({
      threadId,
      senderEmails,
      subject,
      attachmentNames,
      hasAttachments,
    }));
    expect(rows).toEqual([
      {
        threadId: '18c0000000000001',
        senderEmails: ['amy@ningbo-bright.cn'],
        subject: 'PO-2026-0417 ceramic mugs – during-production photos 生产中照片',
        attachmentNames: [
          'front.jpg',
          'side.jpg',
          'handle.jpg',
          'glaze-closeup.jpg',
          '装箱照片-PO-2026-0412.zip',
        ],
        hasAttachments: true,
      },
      {
        threadId: '18c0000000000003',
        senderEmails: ['amy@ningbo-bright.cn'],
        subject: 'PO-2026-0421 bamboo trays – sample photos 样品照片',
        attachmentNames: ['tray-sample.jpg'],
        hasAttachments: true,
      },
      {
        threadId: '18c0000000000004',
        senderEmails: ['zhangwei8812@qq.com'],
        subject: '报价和样品照片 quotation and sample photos',
        attachmentNames: ['IMG_0001.jpg', 'IMG_0002.jpg'],
        hasAttachments: true,
      },
      {
        threadId: '18c0000000000005',
        senderEmails: ['amy@ningbo-bright.cn'],
        subject: 'Re: PO-2026-0417 shipping date',
        attachmentNames: [],
        hasAttachments: false,
      },
      {
        threadId: '18c0000000000009',
        senderEmails: ['no-reply@accounts.google.com'],
        subject: 'Security alert',
        attachmentNames: ['google.png', 'profilephoto.png'],
        hasAttachments: true,
      },
    ]);
    // The mark goes in the subject's line; a screen reader reads the row from its aria-labelledby target.
    expect(reading.rows[0].markAnchor.className).toBe('y6');
    expect(reading.rows[0].speechAnchor?.id).toBe(':36');
    expect(reading.log.matched).toMatchObject({
      row: 'class-zA',
      threadId: 'attr-legacy-thread-id',
      sender: 'yW-email',
    });
  });

  it('the vertical preview pane: one thread over several rows', () => {
    const { doc } = gmail.load('inbox-vertical.html');
    const reading = createGmailListReader(doc).read();
    expect(reading.rows.map((r) => [r.threadId, r.senderEmails, r.attachmentNames])).toEqual([
      ['18c0000000000006', ['sales@hengda-cups.com'], ['tumbler-front.jpg', 'carton.jpg']],
      ['18c0000000000007', ['sales@hengda-cups.com'], []],
    ]);
    expect(reading.rows[0].markAnchor.closest('tr')).not.toBe(reading.rows[0].element);
    expect(reading.rows[0].speechAnchor?.id).toBe(':150');
  });

  it('rows without thread ids (as in the 2014 capture) or senders are counted as unreadable, not guessed', () => {
    const { doc } = gmail.load('inbox-list.html', {
      edit: (html) =>
        html.replaceAll(/data-legacy-thread-id="[^"]+"/g, '').replace('email="zhangwei8812@qq.com"', ''),
    });
    const reading = createGmailListReader(doc).read();
    expect(reading.rows).toEqual([]);
    expect(reading.unreadable).toBe(5);
  });

  it('a page without a list (a conversation open) has nothing to read', () => {
    const { doc } = gmail.load('eight-photos-and-zip.html');
    expect(createGmailListReader(doc).read()).toMatchObject({ present: false, rows: [], unreadable: 0 });
  });
});

describe("reading Outlook's message list", () => {
  it('conversation ids, the address from the title only, file names and the paper clip', () => {
    const { doc } = outlook.load('message-list.html');
    const reading = createOutlookListReader(doc).read();
    expect(
      reading.rows.map((r) => [r.threadId.slice(-8), r.senderEmails, r.attachmentNames, r.hasAttachments]),
    ).toEqual([
      ['1sL2fVY=', ['amy@ningbo-bright.cn'], ['front.jpg', 'side.jpg', 'packing-1.jpg'], true],
      ['MDAwMDA=', ['artwork@jiangsu-pack.example'], [], true],
      ['MDAwMDA=', ['sales@hengda-cups.com'], [], true],
      ['MDAwMDA=', ['booking@freight-desk.example'], [], false],
    ]);
    expect(reading.rows[0].subject).toBe('PO-2026-0417 ceramic mugs – during-production photos 生产中照片');
  });

  it('a name that looks like an address is not read as one (the sender is the title, or nobody)', () => {
    const { doc } = outlook.load('message-list.html', {
      edit: (html) =>
        html.replace(
          '<span title="amy@ningbo-bright.cn">Amy Chen</span>',
          '<span>amy@ningbo-bright.cn</span>',
        ),
    });
    const reading = createOutlookListReader(doc).read();
    expect(reading.rows.map((r) => r.senderEmails[0])).not.toContain('amy@ningbo-bright.cn');
    expect(reading.unreadable).toBe(1);
    // A title that only repeats the name shown proves nothing either (the reading pane's rule).
    const { doc: repeated } = outlook.load('message-list.html', {
      edit: (html) =>
        html.replace(
          '<span title="amy@ningbo-bright.cn">Amy Chen</span>',
          '<span title="amy@ningbo-bright.cn">amy@ningbo-bright.cn</span>',
        ),
    });
    expect(createOutlookListReader(repeated).read().unreadable).toBe(1);
  });

  it('addresses are spelt as the store spells them (NFKC, lower case)', () => {
    const { doc } = outlook.load('message-list.html', {
      edit: (html) => html.replace('title="amy@ningbo-bright.cn"', 'title="Amy@Ｎingbo-Bright.CN"'),
    });
    expect(createOutlookListReader(doc).read().rows[0].senderEmails).toEqual(['amy@ningbo-bright.cn']);
  });
});

describe('listMark', () => {
  const base = { threadId: 't', openRequests: [], thresholds: DEFAULT_THRESHOLDS };
  const origins = [{ source: 'gmail' as const, fileName: 'a.jpg', receivedAt: '2026-11-24T02:00:00.000Z' }];

  it('a thread nobody opened is just supplier photos', () => {
    expect(listMark({ ...base, photos: [], po: 'PO-2026-0417' })).toEqual({
      threadId: 't',
      state: 'unchecked',
      good: 0,
      retake: 0,
      check: 0,
      po: 'PO-2026-0417',
      awaitingSince: undefined,
    });
  });

  it('counts by the buyer decision first, then by the rules with the buyer thresholds', () => {
    const photos = [
      { report: report(), status: { state: 'pending' as const }, origins },
      {
        report: report({ width: 640, height: 480, bytes: 42_000 }),
        status: { state: 'pending' as const },
        origins,
      },
      {
        report: report({ width: 640, height: 480 }),
        status: { state: 'accepted' as const, at: 'x' },
        origins,
      },
      { report: report(), status: { state: 'rejected' as const, at: 'x', reason: 'blurry' }, origins },
    ];
    expect(listMark({ ...base, photos })).toMatchObject({ state: 'retake', good: 2, retake: 2, check: 0 });
    const strict = { ...DEFAULT_THRESHOLDS, minLongEdge: 5000 };
    expect(listMark({ ...base, photos: photos.slice(0, 1), thresholds: strict })).toMatchObject({
      retake: 1,
    });
    expect(listMark({ ...base, photos: photos.slice(0, 1) })).toMatchObject({ state: 'good', good: 1 });
  });

  it('an unanswered re-request: awaiting since the oldest', () => {
    const mark = listMark({
      ...base,
      photos: [{ report: report({ width: 640, height: 480 }), status: { state: 'pending' }, origins }],
      openRequests: [{ askedAt: '2026-12-01T08:00:00.000Z' }, { askedAt: '2026-11-30T08:00:00.000Z' }],
    });
    expect(mark).toMatchObject({ state: 'awaiting', awaitingSince: '2026-11-30T08:00:00.000Z', retake: 1 });
  });
});

describe('the background: one call for a whole list', () => {
  let db: Store;
  const rowsOf = (name: string) => {
    const { doc } = gmail.load(name);
    return createGmailListReader(doc)
      .read()
      .rows.map(({ threadId, senderEmails, subject, attachmentNames, hasAttachments }) => ({
        threadId,
        senderEmails,
        subject,
        attachmentNames,
        hasAttachments,
      }));
  };
  const input = (rows: ListMarksInput['rows']): ListMarksInput => ({
    client: 'gmail',
    pageUrl: 'https://mail.google.com/mail/u/0/',
    rows,
  });

  it('marks supplier rows with photos only; other senders, unknown senders and rows without files get nothing', async () => {
    db = await openStore({ indexedDB: new IDBFactory(), name: 'list' });
    await loadSampleData(db);
    const service = createListService(async () => db);
    const { marks } = await service.listMarks(input(rowsOf('inbox-list.html')));
    expect(marks.map((m) => [m.threadId, m.state, m.po])).toEqual([
      ['18c0000000000001', 'unchecked', 'PO-2026-0417'],
      ['18c0000000000003', 'unchecked', 'PO-2026-0421'],
    ]);
    // Remembered for the popup's "Photos to check", newest first.
    const seen = await store.recentListThreads(db);
    expect(seen.map((t) => [t.threadId, t.client, t.pageUrl]).sort()).toEqual([
      ['18c0000000000001', 'gmail', 'https://mail.google.com/mail/u/0/'],
      ['18c0000000000003', 'gmail', 'https://mail.google.com/mail/u/0/'],
    ]);
  });

  it('after the thread was triaged: its photos and requests from the thread indexes', async () => {
    const service = createListService(async () => db);
    const order = (await store.findOrdersByPo(db, 'PO-2026-0417'))[0];
    const origin = (file: string) => ({
      source: 'gmail' as const,
      fileName: file,
      receivedAt: '2026-11-24T02:00:00.000Z',
      messageId: '#msg-f:1790000000000000011',
      threadId: '18c0000000000001',
    });
    await store.savePhoto(db, { sha256: 'a'.repeat(64), report: report(), origins: [origin('front.jpg')] });
    await store.savePhoto(db, {
      sha256: 'b'.repeat(64),
      report: report({ width: 640, height: 480, bytes: 42_000 }),
      origins: [origin('side.jpg')],
    });
    const { marks } = await service.listMarks(input(rowsOf('inbox-list.html').slice(0, 1)));
    expect(marks[0]).toMatchObject({ state: 'retake', good: 1, retake: 1 });
    await store.logRequest(db, {
      orderId: order.id,
      stageId: order.currentStageId,
      channel: 'gmail',
      threadId: '18c0000000000001',
      items: [{ fileName: 'side.jpg', text: 'side.jpg: too small' }],
      askedAt: '2026-11-25T09:00:00.000Z',
    });
    const { marks: again } = await service.listMarks(input(rowsOf('inbox-list.html').slice(0, 1)));
    expect(again[0]).toMatchObject({ state: 'awaiting', awaitingSince: '2026-11-25T09:00:00.000Z' });
  });

  it('a sender the buyer said "never" for gets nothing', async () => {
    const service = createListService(async () => db);
    await store.addIgnoredSender(db, 'amy@ningbo-bright.cn');
    expect((await service.listMarks(input(rowsOf('inbox-list.html')))).marks).toEqual([]);
    db.close();
  });
});

/** The background's answer for the fixture inbox: Amy's rows with photos are marked, nothing found yet. */
function amyMarks(i: ListMarksInput) {
  return i.rows
    .filter((r) => r.senderEmails.includes('amy@ningbo-bright.cn') && mayHavePhotos(r))
    .map((r) =>
      listMark({ threadId: r.threadId, photos: [], openRequests: [], thresholds: DEFAULT_THRESHOLDS }),
    );
}

describe('marks in the page', () => {
  /** Our roots are closed: the test keeps them as a page script never could (it runs in another world). */
  function captureRoots(win: Window & typeof globalThis) {
    const roots = new Map<Element, ShadowRoot>();
    const attach = win.Element.prototype.attachShadow;
    vi.spyOn(win.Element.prototype, 'attachShadow').mockImplementation(function (
      this: Element,
      init: ShadowRootInit,
    ) {
      const root = attach.call(this, init);
      roots.set(this, root);
      return root;
    });
    return roots;
  }
  const marksIn = (doc: Document, roots: Map<Element, ShadowRoot>) =>
    Array.from(doc.querySelectorAll(`[data-photo-triage="${LIST_MARK}"]`)).map(
      (host) => roots.get(host)?.textContent,
    );

  it('one call for the whole list; a redraw of the same rows asks nothing and draws nothing new', async () => {
    const { win, doc } = gmail.load('inbox-list.html');
    const roots = captureRoots(win as unknown as Window & typeof globalThis);
    const calls: ListMarksInput[] = [];
    const rpc = {
      listMarks: async (i: ListMarksInput) => {
        calls.push(i);
        return { marks: amyMarks(i) };
      },
    };
    const controller = new AbortController();
    const handle = startListMarks(createGmailListReader(doc), rpc, controller.signal, {
      debounceMs: 10,
      win: win as unknown as Window & typeof globalThis,
    });
    await handle.refresh();
    expect(calls).toHaveLength(1);
    expect(calls[0].rows).toHaveLength(5);
    expect(calls[0].pageUrl).toBe('https://mail.google.com/mail/u/0/');
    expect(marksIn(doc, roots)).toEqual([
      expect.stringContaining('📷 supplier photos'),
      expect.stringContaining('📷 supplier photos'),
    ]);
    // The visible mark is hidden from screen readers; the words are in the row's speech text.
    const visible = doc.querySelector(`[data-photo-triage="${LIST_MARK}"]`)!;
    expect(visible.getAttribute('aria-hidden')).toBe('true');
    const speech = doc.getElementById(':36')!.querySelector('[data-photo-triage="list-mark-speech"]')!;
    expect(roots.get(speech)?.textContent).toContain('Photo Triage: 📷 supplier photos');
    // The page sees our host, never its words.
    expect(visible.textContent).toBe('');
    expect((visible as HTMLElement).shadowRoot).toBeNull();

    // Gmail redraws the list with the same rows: no question for the store, the marks come back.
    const tbody = doc.querySelector('tbody')!;
    const clone = tbody.cloneNode(true) as HTMLElement;
    for (const own of Array.from(clone.querySelectorAll('[data-photo-triage]'))) own.remove();
    tbody.replaceWith(clone);
    await wait(40);
    await handle.refresh();
    expect(calls).toHaveLength(1);
    expect(marksIn(doc, roots)).toHaveLength(2);

    // One row changes (a new attachment shows): one call, for that row only.
    const draws = handle.stats.draws;
    doc.querySelector('img.yE')!.setAttribute('title', 'front.jpg, back.jpg');
    await wait(40);
    await handle.refresh();
    expect(calls).toHaveLength(2);
    expect(calls[1].rows.map((r) => r.threadId)).toEqual(['18c0000000000001']);
    expect(handle.stats.draws).toBe(draws);
    controller.abort();
  });

  // The fixture's five rows ten times over (each copy its own thread ids): 20 supplier rows with photos.
  const tenTimes = (html: string) => {
    const start = html.indexOf('<tbody>') + '<tbody>'.length;
    const end = html.indexOf('</tbody>');
    const rows = Array.from({ length: 10 }, (_, copy) =>
      html
        .slice(start, end)
        .replace(/(data-legacy-thread-id="18c0000000)(\d{6})"/g, `$1${copy}$2"`)
        .replace(/(id|aria-labelledby)=":([0-9a-z]+)"/g, `$1=":$2-${copy}"`),
    );
    return html.slice(0, start) + rows.join('') + html.slice(end);
  };

  it('puts at most MARKS_PER_FRAME marks in before each frame, so no frame lays out the whole batch', async () => {
    const { win, doc } = gmail.load('inbox-list.html', { edit: tenTimes });
    const w = win as unknown as Window & typeof globalThis;
    const count = () => doc.querySelectorAll(`[data-photo-triage="${LIST_MARK}"]`).length;
    // Each frame: how many marks were in the page when it was asked for.
    const atFrames: number[] = [];
    vi.spyOn(w, 'requestAnimationFrame').mockImplementation((callback) => {
      atFrames.push(count());
      return w.setTimeout(() => callback(0), 0) as unknown as number;
    });
    const controller = new AbortController();
    const handle = startListMarks(
      createGmailListReader(doc),
      { listMarks: async (i: ListMarksInput) => ({ marks: amyMarks(i) }) },
      controller.signal,
      { debounceMs: 10, win: w },
    );
    await handle.refresh();
    expect(count()).toBe(20);
    const batches = [...atFrames, count()].map((n, i, all) => n - (all[i - 1] ?? 0));
    expect(Math.max(...batches)).toBeLessThanOrEqual(MARKS_PER_FRAME);
    expect(batches.filter((n) => n > 0)).toHaveLength(20 / MARKS_PER_FRAME);
    // Every speech text went in with its mark.
    expect(doc.querySelectorAll('[data-photo-triage="list-mark-speech"]')).toHaveLength(20);
    controller.abort();
  });

  it('a hidden tab draws no frames: its marks go in without waiting for one', async () => {
    const { win, doc } = gmail.load('inbox-list.html', { edit: tenTimes });
    const w = win as unknown as Window & typeof globalThis;
    Object.defineProperty(doc, 'visibilityState', { value: 'hidden', configurable: true });
    const frames = vi.spyOn(w, 'requestAnimationFrame');
    const controller = new AbortController();
    const handle = startListMarks(
      createGmailListReader(doc),
      { listMarks: async (i: ListMarksInput) => ({ marks: amyMarks(i) }) },
      controller.signal,
      { debounceMs: 10, win: w },
    );
    await handle.refresh();
    expect(doc.querySelectorAll(`[data-photo-triage="${LIST_MARK}"]`)).toHaveLength(20);
    expect(frames).not.toHaveBeenCalled();
    controller.abort();
  });

  it('the marks speak the language chosen in Settings, which the list script learns with its marks', async () => {
    const { win, doc } = gmail.load('inbox-list.html');
    const roots = captureRoots(win as unknown as Window & typeof globalThis);
    const controller = new AbortController();
    const handle = startListMarks(
      createGmailListReader(doc),
      { listMarks: async (i: ListMarksInput) => ({ marks: amyMarks(i), uiLanguage: 'zh-CN' as const }) },
      controller.signal,
      { debounceMs: 10, win: win as unknown as Window & typeof globalThis },
    );
    try {
      await handle.refresh();
      expect(marksIn(doc, roots)).toEqual([
        expect.stringContaining('📷 供应商照片'),
        expect.stringContaining('📷 供应商照片'),
      ]);
    } finally {
      controller.abort();
      applyUiLanguage(undefined);
    }
  });

  it('a list whose rows cannot be read is said once, quietly', async () => {
    const { win, doc } = gmail.load('inbox-list.html', {
      edit: (html) => html.replaceAll(/data-legacy-thread-id="[^"]+"/g, ''),
    });
    const roots = captureRoots(win as unknown as Window & typeof globalThis);
    const calls: unknown[] = [];
    const controller = new AbortController();
    const handle = startListMarks(
      createGmailListReader(doc),
      {
        listMarks: async (i) => {
          calls.push(i);
          return { marks: [] };
        },
      },
      controller.signal,
      {
        win: win as unknown as Window & typeof globalThis,
      },
    );
    await handle.refresh();
    await handle.refresh();
    const notices = doc.querySelectorAll('[data-photo-triage="list-notice"]');
    expect(notices).toHaveLength(1);
    expect(roots.get(notices[0])?.textContent).toContain('cannot read this message list');
    expect(calls).toHaveLength(0);
    controller.abort();
  });

  it('stops observing when the content script is invalidated', async () => {
    const { win, doc } = gmail.load('inbox-list.html');
    const calls: unknown[] = [];
    const controller = new AbortController();
    startListMarks(
      createGmailListReader(doc),
      {
        listMarks: async (i) => {
          calls.push(i);
          return { marks: [] };
        },
      },
      controller.signal,
      {
        debounceMs: 5,
        win: win as unknown as Window & typeof globalThis,
      },
    );
    await wait(30);
    expect(calls).toHaveLength(1);
    controller.abort();
    doc.querySelector('img.yE')!.setAttribute('title', 'changed.jpg');
    await wait(30);
    expect(calls).toHaveLength(1);
  });
});

it('markText reads in order: what, PO, what the photos need', () => {
  const mark = listMark({
    threadId: 't',
    photos: [],
    openRequests: [],
    po: 'PO-1',
    thresholds: DEFAULT_THRESHOLDS,
  });
  expect(markText(mark)).toBe('📷 supplier photos · PO-1');
  expect(markText({ ...mark, state: 'retake', retake: 3, good: 6 })).toBe(
    '📷 supplier photos · PO-1 · ✗ 3 to re-request · ✓ 6 good',
  );
});
