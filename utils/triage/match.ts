// Which supplier sent a message, and which order it is about: from the sender's address, PO numbers in
// the subject and body, and what the buyer chose for the thread before. Pure: plain data in and out.
import type { Order, Supplier } from '@/utils/store/types';
import { normaliseAddress, normaliseDomain } from './addresses';
import { isPublicSuffix } from './public-suffix';

/**
 * Free mail services: anyone can have an address there, so the domain alone never identifies a
 * supplier. Chinese factories often use them (QQ, NetEase 163/126, Sina, Aliyun…). Subdomains
 * (vip.163.com) count too.
 */
export const WEBMAIL_DOMAINS: readonly string[] = [
  // China
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  '188.com',
  'netease.com',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  'tom.com',
  '21cn.com',
  '139.com',
  '189.cn',
  'wo.cn',
  '263.net',
  // International
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.com.hk',
  'yahoo.com.tw',
  'yahoo.co.jp',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'mail.com',
  'proton.me',
  'protonmail.com',
  'yandex.com',
  'naver.com',
];

/**
 * A PO number as written, tidied: NFKC (full-width digits from Chinese keyboards become ASCII), upper case,
 * letters and digits only. `PO-2026-0412`, `po 2026 0412` and `ＰＯ２０２６０４１２` all give `PO20260412`.
 */
export function normalisePo(po: string): string {
  return po
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * The key PO numbers are compared by, here and in the store's index: `PO-2026-0412`, `po 2026 0412`,
 * `PO#２０２６/0412` and `2026-0412` all become `20260412` — suppliers rewrite PO numbers freely
 * (full-width digits, dropped prefixes: a supplier writes `订单号 12345` for the buyer's `PO12345`).
 */
export function poKey(text: string): string {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return compact.replace(/^PO(?:NO|NUMBER)?(?=\d)/, '');
}

/** Whether two PO numbers, however written, are the same. */
export function poMatches(a: string, b: string): boolean {
  const key = poKey(a);
  return key.length > 0 && key === poKey(b);
}

// A PO number needs a label in front of it: bare numbers in mail are phone numbers, dates, amounts.
// English: PO, P.O., P/O, Purchase Order, optionally followed by No. / Number / # / : / -.
const EN_LABEL = String.raw`(?<![A-Za-z0-9])(?:P\s?\.\s?O\.?|P\/O|PO|purchase\s+order)(?:\s*(?:no\b\.?|nr\b\.?|number|num\b\.?|#|:|-|\.))*\s*`;
// Chinese: 订单号 / 订单编号 / 采购单号 / PO号. Plain 订单 is left out: "订单 2026 年的货" is not a number.
const ZH_LABEL = String.raw`(?:采购订单号|采购单号|订单编号|订单号|PO号)\s*(?:[:#]\s*)?`;
// The number: up to 4 letters, then a digit, then digits and letters in groups joined by - / _ .
const VALUE = String.raw`((?!box\b)[A-Z]{0,4}\d[A-Z0-9]*(?:[-/_.][A-Z0-9]+)*)`;
const PO_PATTERN = new RegExp(`(?:${EN_LABEL}|${ZH_LABEL})${VALUE}`, 'gi');
/** A full calendar date after a label ("PO 2026-11-20") is the PO's date, not its number. */
const DATE = /^\d{4}[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])$/;

const FILE_EXTENSION = /\.(?:jpe?g|png|gif|webp|heic|pdf|zip|rar|7z|xlsx?|docx?)$/i;

/**
 * PO numbers mentioned in a text, as normalised keys (`normalisePo`), in order of appearance, without
 * repeats. English labels add the `PO` prefix (`P.O. 4500123456` → `PO4500123456`); Chinese labels keep
 * the number as written (`订单号 12345` → `12345`): compare with `poMatches`, which ignores the prefix.
 */
export function extractPoNumbers(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(PO_PATTERN)) {
    // "PO-2026-0412.pdf" in a list of attachments: the extension is not part of the number.
    const raw = m[1]!.replace(FILE_EXTENSION, '');
    if (DATE.test(raw)) continue;
    if ((raw.match(/\d/g) ?? []).length < 3) continue;
    const value = normalisePo(raw);
    const english = /^(?:p|purchase)/i.test(m[0]);
    const key = english && !value.startsWith('PO') ? `PO${value}` : value;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The bare address from `Amy Chen <Amy@Factory.cn>` or `amy@factory.cn`, spelt as the store spells it. */
const addressOf = normaliseAddress;

const isUnder = (domain: string, parent: string) => domain === parent || domain.endsWith(`.${parent}`);

export function isWebmailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return WEBMAIL_DOMAINS.some((w) => isUnder(d, w));
}

/**
 * The supplier a sender belongs to: an exact address first; then the domain, which matches that
 * domain and its subdomains (`sales.factory.cn` under `factory.cn`), the most specific listed domain
 * winning. Webmail domains and public suffixes (`com.cn`) never match by domain alone, even if a
 * supplier lists one. Sender and list are compared normalised (NFKC, lower case, punycode).
 */
export function matchSupplier(senderEmail: string, suppliers: Supplier[]): Supplier | undefined {
  const address = addressOf(senderEmail);
  const exact = suppliers.find((s) => s.emails.some((e) => normaliseAddress(e) === address));
  if (exact) return exact;

  const domain = address.split('@')[1];
  if (!domain || isWebmailDomain(domain)) return undefined;
  let best: { supplier: Supplier; length: number } | undefined;
  for (const s of suppliers) {
    for (const raw of s.domains) {
      const d = normaliseDomain(raw);
      // Saved before public suffixes were refused: `com.cn` would match every company under it.
      if (!d || isWebmailDomain(d) || isPublicSuffix(d) || !isUnder(domain, d)) continue;
      if (!best || d.length > best.length) best = { supplier: s, length: d.length };
    }
  }
  return best?.supplier;
}

/** What choosing an order reads of one: a whole order, or its list row (utils/store/list-rows). */
export type OrderRef = Pick<Order, 'id' | 'supplierId' | 'status' | 'poNumbers'>;

export interface ChooseOrderInput<O extends OrderRef = Order> {
  subject: string;
  body: string;
  /** The sender's supplier, when known (`matchSupplier`). */
  supplier?: Supplier;
  /** All the buyer's orders. */
  orders: O[];
  /** Order id the buyer chose for this thread before. */
  remembered?: string;
}

export type OrderChoiceReason = 'po' | 'remembered' | 'only-open-order' | 'ask';

export interface OrderChoice<O extends OrderRef = Order> {
  order?: O;
  reason: OrderChoiceReason;
  /**
   * What the buyer can pick from: the orders whose PO numbers the message names when they are
   * several, else the supplier's open orders (every open order when the supplier is unknown).
   */
  candidates: O[];
}

/** Orders (among `pool`) that one of the keys names. */
function ordersNamed<O extends OrderRef>(keys: string[], pool: O[]): O[] {
  return pool.filter((o) => o.poNumbers.some((po) => keys.some((k) => poMatches(k, po))));
}

/**
 * The order a message is about. In turn: the order remembered for the thread, if it still exists; a
 * PO number in the subject, else in the body (quoted history lives there), among the supplier's orders
 * (any order when the supplier is unknown); the supplier's only open order; else ask.
 */
export function chooseOrder<O extends OrderRef = Order>(input: ChooseOrderInput<O>): OrderChoice<O> {
  const { subject, body, supplier, orders, remembered } = input;
  const pool = supplier ? orders.filter((o) => o.supplierId === supplier.id) : orders;
  const open = pool.filter((o) => o.status === 'open');

  const kept = remembered ? orders.find((o) => o.id === remembered) : undefined;
  if (kept) return { order: kept, reason: 'remembered', candidates: open };

  for (const text of [subject, body]) {
    const named = ordersNamed(extractPoNumbers(text), pool);
    if (named.length === 1) return { order: named[0], reason: 'po', candidates: open };
    if (named.length > 1) return { reason: 'ask', candidates: named };
  }

  // Without a known supplier, "the only open order" would be a guess about a stranger.
  if (supplier && open.length === 1) return { order: open[0], reason: 'only-open-order', candidates: open };
  return { reason: 'ask', candidates: open };
}
