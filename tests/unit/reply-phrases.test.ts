import { describe, expect, it } from 'vitest';
import type { FindingCode } from '@/utils/photo/types';
import * as phrases from '@/utils/reply/phrases';
import {
  FINDING_PHRASES,
  GENERAL_REQUESTS,
  interpolate,
  interpolateLocal,
  REQUEST_ORDER,
  REQUESTS,
  type RequestKey,
} from '@/utils/reply/phrases';
import type { LocalText } from '@/utils/store/types';

// Typed as a full Record: adding a FindingCode breaks this file until the code is listed here, and the
// test below then fails until the phrase bank has it too.
const EVERY_CODE: Record<FindingCode, true> = {
  unreadable: true,
  unsupported: true,
  'too-small': true,
  'small-file': true,
  'over-compressed': true,
  'chat-recompressed': true,
  'metadata-stripped': true,
  screenshot: true,
  blurry: true,
  dark: true,
  overexposed: true,
  duplicate: true,
  'near-duplicate': true,
  reused: true,
  'old-capture': true,
  'too-many-pixels': true,
  'not-decodable': true,
};
const CODES = Object.keys(EVERY_CODE) as FindingCode[];

const isLocalText = (v: unknown): v is LocalText =>
  typeof v === 'object' &&
  v !== null &&
  Object.keys(v).length === 2 &&
  typeof (v as LocalText).en === 'string' &&
  typeof (v as LocalText).zh === 'string';

/** Every LocalText anywhere in the phrase bank's exports, with where it is. */
function allTexts(): [string, LocalText][] {
  const out: [string, LocalText][] = [];
  const walk = (v: unknown, path: string) => {
    if (isLocalText(v)) out.push([path, v]);
    else if (typeof v === 'object' && v !== null && !Array.isArray(v))
      for (const [k, child] of Object.entries(v)) walk(child, `${path}.${k}`);
  };
  for (const [name, value] of Object.entries(phrases)) if (typeof value === 'object') walk(value, name);
  return out;
}

const placeholdersOf = (s: string) => [...s.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort();

describe('the phrase bank', () => {
  it('has an entry for every finding code, and nothing else', () => {
    expect(Object.keys(FINDING_PHRASES).sort()).toEqual([...CODES].sort());
  });

  it('asks something for every code but the three information-only ones, each saying why not', () => {
    const infoOnly = CODES.filter((c) => FINDING_PHRASES[c].request === null);
    expect(infoOnly.sort()).toEqual(['metadata-stripped', 'not-decodable', 'too-many-pixels']);
    for (const c of infoOnly) {
      const p = FINDING_PHRASES[c];
      expect(p.request === null && p.why.length > 20).toBe(true);
    }
    for (const c of CODES) {
      const p = FINDING_PHRASES[c];
      if (p.request !== null) expect(Object.keys(REQUESTS)).toContain(p.request);
    }
  });

  it('orders every request', () => {
    expect([...REQUEST_ORDER].sort()).toEqual((Object.keys(REQUESTS) as RequestKey[]).sort());
  });

  it('has non-empty English and Chinese for every phrase', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(60);
    for (const [where, t] of texts) {
      expect(t.en.trim(), where).not.toBe('');
      expect(t.zh.trim(), where).not.toBe('');
      // Chinese words or punctuation, unless the phrase is only placeholders (`{file}`).
      const words = (s: string) => s.replace(/\{[A-Za-z]+\}/g, '').trim();
      if (words(t.en)) expect(t.zh, where).toMatch(/[\u4e00-\u9fff（）：]/);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [where, t] of allTexts()) expect(placeholdersOf(t.zh), where).toEqual(placeholdersOf(t.en));
  });

  it('writes Chinese with Chinese punctuation', () => {
    for (const [where, t] of allTexts()) {
      // Full-width ，。：；（）！？ — ASCII ones read as a machine translation.
      expect(t.zh, where).not.toMatch(/[,;:!?()]/);
      expect(t.zh, where).not.toMatch(/[\u4e00-\u9fff]\.(?!\w)/);
    }
  });

  it('says what the brief asks for, in the trade’s words', () => {
    expect(REQUESTS.original.full.en).toMatch(/original file.*without resizing/);
    expect(REQUESTS.original.full.en).toContain('reduce size');
    expect(REQUESTS.original.full.zh).toContain('原图');
    expect(REQUESTS.original.full.zh).toContain('不要缩小');
    expect(REQUESTS.chat.full.en).toContain('原图');
    expect(REQUESTS.chat.full.en).toContain('zip');
    expect(REQUESTS.chat.full.en).toContain('attach them to the email');
    expect(REQUESTS.chat.full.zh).toContain('勾选底部的“原图”');
    expect(REQUESTS.refocus.full.zh).toContain('对焦');
    expect(REQUESTS.light.full.zh).toContain('光线充足');
    expect(REQUESTS.light.full.zh).toContain('闪光灯');
    expect(REQUESTS['new-photos'].full.zh).toContain('这批货');
    expect(REQUESTS.resend.full.en).toContain('JPEG');
    expect(GENERAL_REQUESTS['date-note'].zh).toContain('订单号');
    expect(phrases.MESSAGE_PHRASES.closing.zh).toContain('辛苦了');
    expect(phrases.MESSAGE_PHRASES.why.en).toContain('not a matter of trust');
    expect(phrases.MESSAGE_PHRASES.why.zh).toContain('不放心');
    expect(phrases.MESSAGE_PHRASES.why.zh).not.toContain('不信任');
  });

  it('interpolates once, leaving unknown names', () => {
    expect(interpolate('{a} {b} {c}', { a: '{b}', b: 2 })).toBe('{b} 2 {c}');
    expect(
      interpolateLocal({ en: '{label}!', zh: '{label}！' }, { label: { en: 'Front', zh: '正面' } }),
    ).toEqual({
      en: 'Front!',
      zh: '正面！',
    });
    // A shot with one language filled in shows it in both.
    expect(interpolateLocal({ en: '{label}', zh: '{label}' }, { label: { en: 'Front', zh: ' ' } })).toEqual({
      en: 'Front',
      zh: 'Front',
    });
  });
});
