import { describe, expect, it } from 'vitest';
import type { Order, Supplier } from '@/utils/store/types';
import {
  chooseOrder,
  extractPoNumbers,
  isWebmailDomain,
  matchSupplier,
  normalisePo,
  poMatches,
} from '@/utils/triage/match';

const at = '2026-11-01T00:00:00.000Z';

function supplier(id: string, emails: string[], domains: string[]): Supplier {
  return { id, company: id, emails, domains, replyLanguages: ['en', 'zh-CN'], createdAt: at, updatedAt: at };
}

function order(id: string, supplierId: string, poNumbers: string[], status: Order['status'] = 'open'): Order {
  return {
    id,
    poNumbers,
    supplierId,
    product: 'Canvas tote bag',
    stages: [],
    currentStageId: '',
    status,
    createdAt: at,
    updatedAt: at,
  };
}

describe('normalisePo / poMatches', () => {
  it('keeps letters and digits, upper case, full-width folded', () => {
    expect(normalisePo('PO-2026-0412')).toBe('PO20260412');
    expect(normalisePo(' po 2026/041 ')).toBe('PO2026041');
    expect(normalisePo('ＰＯ２０２６－０４１２')).toBe('PO20260412');
  });

  it('ignores the PO prefix when comparing, but not other letters', () => {
    expect(poMatches('PO12345', '12345')).toBe(true);
    expect(poMatches('PO-2026-0412', 'po20260412')).toBe(true);
    expect(poMatches('PO20260412', 'PO20260413')).toBe(false);
    expect(poMatches('SO12345', '12345')).toBe(false);
    expect(poMatches('', '')).toBe(false);
  });
});

describe('extractPoNumbers', () => {
  it.each([
    ['RE: PO-2026-0412 pre-shipment photos', ['PO20260412']],
    ['订单 PO20260412 验货照片', ['PO20260412']],
    ['PO#12345 sample photos', ['PO12345']],
    ['Photos for P.O. 4500123456 attached', ['PO4500123456']],
    ['订单号：12345 产前样照片', ['12345']],
    ['订单号: PO-2026-0412', ['PO20260412']],
    ['Re: PO 2026/041 container loading', ['PO2026041']],
    ['PO No. 88123 and Purchase Order 88124', ['PO88123', 'PO88124']],
    ['PO20260412验货照片', ['PO20260412']],
    ['FW: po-2026-0412 / PO-2026-0412 again', ['PO20260412']],
    ['See attachment PO-2026-0412.pdf', ['PO20260412']],
    ['ＰＯ＃２０２６０４１２ 大货照片', ['PO20260412']],
  ])('%s', (text, expected) => {
    expect(extractPoNumbers(text)).toEqual(expected);
  });

  it.each([
    'Re: 回复: sample photos',
    'Tel: +86 755 2345 6789, mobile 13812345678',
    'Shipped on 2026-11-20, invoice no. 2026112001',
    'Our address: P.O. Box 1234, Ningbo',
    'PO date: 2026-11-20',
    'PO 2026-11-20',
    'Photo 12345 of the repo 2026',
    '订单 2026 年的货已经安排生产',
    '快递单号 SF1234567890',
    'PO 12',
  ])('finds no PO in %s', (text) => {
    expect(extractPoNumbers(text)).toEqual([]);
  });
});

describe('matchSupplier', () => {
  const ningbo = supplier('ningbo', ['amy@nbtextile.com', 'lily.wang@163.com'], ['nbtextile.com']);
  const yiwu = supplier('yiwu', ['sales@yiwu-bags.cn'], ['yiwu-bags.cn', 'qq.com']);
  const group = supplier('group', [], ['group.com.cn']);
  const groupSub = supplier('group-sub', [], ['export.group.com.cn']);
  const all = [ningbo, yiwu, group, groupSub];

  it('matches an exact address first, case-insensitive, from a display name too', () => {
    expect(matchSupplier('Lily Wang <Lily.Wang@163.com>', all)).toBe(ningbo);
    expect(matchSupplier('SALES@YIWU-BAGS.CN', all)).toBe(yiwu);
  });

  it('matches a domain and its subdomains, the most specific listed domain winning', () => {
    expect(matchSupplier('tom@nbtextile.com', all)).toBe(ningbo);
    expect(matchSupplier('qc@mail.nbtextile.com', all)).toBe(ningbo);
    expect(matchSupplier('kevin@export.group.com.cn', all)).toBe(groupSub);
    expect(matchSupplier('kevin@hr.group.com.cn', all)).toBe(group);
    expect(matchSupplier('x@notnbtextile.com', all)).toBeUndefined();
  });

  it('never matches a webmail domain alone, even when a supplier lists it', () => {
    expect(matchSupplier('someone@163.com', all)).toBeUndefined();
    expect(matchSupplier('12345678@qq.com', all)).toBeUndefined();
    expect(matchSupplier('boss@vip.163.com', all)).toBeUndefined();
    expect(isWebmailDomain('VIP.QQ.COM')).toBe(true);
    expect(isWebmailDomain('gmail.com')).toBe(true);
    expect(isWebmailDomain('nbtextile.com')).toBe(false);
  });

  it('never matches a public suffix alone (saved before they were refused): com.cn is every company', () => {
    const wide = supplier('wide', [], ['com.cn', 'co.uk']);
    expect(matchSupplier('kevin@stranger.com.cn', [wide])).toBeUndefined();
    expect(matchSupplier('joe@acme.co.uk', [wide])).toBeUndefined();
    expect(matchSupplier('kevin@export.group.com.cn', [wide, group])).toBe(group);
  });

  it('compares sender and list normalised: full-width, upper case, Unicode domains as punycode', () => {
    const idn = supplier('idn', ['amy@xn--xkrs34h.xn--fiqs8s'], ['xn--fiqs8s-factory.cn']);
    const listedWide = supplier('listed-wide', ['ＬＩＬＹ@ｃｏｍｐａｎｙ.ｃｎ'], ['华美.中国']);
    // Full-width letters from a Chinese keyboard in the From field, and in a list saved by an older build.
    expect(matchSupplier('ａｍｙ＠ｎｂｔｅｘｔｉｌｅ．ｃｏｍ', all)).toBe(ningbo);
    expect(matchSupplier('Amy <AMY@华美.中国>', [idn])).toBe(idn);
    expect(matchSupplier('lily@company.cn', [listedWide])).toBe(listedWide);
    expect(matchSupplier('qc@sales.xn--xkrs34h.xn--fiqs8s', [listedWide])).toBe(listedWide);
    // Invisible characters are not stripped into a match: a zero-width space makes another address.
    expect(matchSupplier('amy@nbtext\u200Bile.com', all)).toBeUndefined();
    expect(matchSupplier('tom@nbtextile\u202E.com', all)).toBeUndefined();
  });

  it('returns undefined for nonsense', () => {
    expect(matchSupplier('', all)).toBeUndefined();
    expect(matchSupplier('no-at-sign', all)).toBeUndefined();
  });
});

describe('chooseOrder', () => {
  const ningbo = supplier('ningbo', ['amy@nbtextile.com'], ['nbtextile.com']);
  const a = order('a', 'ningbo', ['PO-2026-0412']);
  const b = order('b', 'ningbo', ['PO-2026-0413', '4500123456']);
  const old = order('old', 'ningbo', ['PO-2025-0901'], 'shipped');
  const other = order('other', 'yiwu', ['PO-2026-0500']);
  const orders = [a, b, old, other];

  it('uses the order remembered for the thread while it exists', () => {
    expect(
      chooseOrder({ subject: 'Re: PO-2026-0413', body: '', supplier: ningbo, orders, remembered: 'a' }),
    ).toEqual({
      order: a,
      reason: 'remembered',
      candidates: [a, b],
    });
    const gone = chooseOrder({
      subject: 'Re: PO-2026-0413',
      body: '',
      supplier: ningbo,
      orders,
      remembered: 'x',
    });
    expect(gone.reason).toBe('po');
    expect(gone.order).toBe(b);
  });

  it('finds the PO in English and Chinese subjects', () => {
    const subjects: [string, Order][] = [
      ['RE: PO-2026-0412 pre-shipment photos', a],
      ['订单 PO20260412 验货照片', a],
      ['回复: 订单号 20260413 大货照片', b],
      ['P.O. 4500123456 container loading photos', b],
    ];
    for (const [subject, expected] of subjects) {
      const choice = chooseOrder({ subject, body: '', supplier: ningbo, orders });
      expect(choice, subject).toMatchObject({ order: expected, reason: 'po' });
    }
  });

  it('matches a shipped order when its PO is named', () => {
    expect(
      chooseOrder({ subject: 'PO-2025-0901 claim photos', body: '', supplier: ningbo, orders }).order,
    ).toBe(old);
  });

  it('looks in the body when the subject has no PO', () => {
    const choice = chooseOrder({
      subject: 'Re: 回复: sample photos',
      body: 'Dear Anna,\n附件是PO-2026-0413的样品照片，请查收。\nTel: 0574-8765 4321',
      supplier: ningbo,
      orders,
    });
    expect(choice).toMatchObject({ order: b, reason: 'po' });
  });

  it("only matches the supplier's own orders when the supplier is known, any order otherwise", () => {
    const known = chooseOrder({ subject: 'PO-2026-0500 photos', body: '', supplier: ningbo, orders });
    expect(known.reason).toBe('ask');
    const unknown = chooseOrder({ subject: 'PO-2026-0500 photos', body: '', orders });
    expect(unknown).toMatchObject({ order: other, reason: 'po' });
  });

  it('asks between the orders when the subject names two', () => {
    const choice = chooseOrder({
      subject: 'PO-2026-0412 + PO-2026-0413 loading',
      body: '',
      supplier: ningbo,
      orders,
    });
    expect(choice).toEqual({ reason: 'ask', candidates: [a, b] });
  });

  it("falls back to the supplier's only open order", () => {
    const single = [a, old, other];
    expect(
      chooseOrder({ subject: 'Re: 回复: sample photos', body: '', supplier: ningbo, orders: single }),
    ).toEqual({
      order: a,
      reason: 'only-open-order',
      candidates: [a],
    });
  });

  it('asks with the open orders otherwise', () => {
    expect(chooseOrder({ subject: '验货照片', body: '', supplier: ningbo, orders })).toEqual({
      reason: 'ask',
      candidates: [a, b],
    });
    // A stranger with no PO: never guessed, even when only one order is open.
    expect(chooseOrder({ subject: 'photos', body: '', orders: [a] })).toEqual({
      reason: 'ask',
      candidates: [a],
    });
  });
});
