import { describe, expect, it } from 'vitest';
import { parseMailDate } from '@/utils/mail/mail-date';
import { local } from './helpers/mail-dom';

describe('Gmail date titles', () => {
  it.each([
    ['Tue, Nov 24, 2026, 9:14 AM', local(2026, 11, 24, 9, 14)],
    ['Wed, Nov 25, 2026, 4:02\u202fPM', local(2026, 11, 25, 16, 2)],
    ['2026年11月25日周三 下午3:40', local(2026, 11, 25, 15, 40)],
    ['2026年11月25日 上午12:05', local(2026, 11, 25, 0, 5)],
    ['2026年11月25日(水) 15:40', local(2026, 11, 25, 15, 40)],
    ['2026년 11월 25일 (수) 오후 3:40', local(2026, 11, 25, 15, 40)],
  ])('%s', (title, iso) => {
    expect(parseMailDate(title)).toBe(iso);
  });

  it('leaves what it cannot read undefined', () => {
    expect(parseMailDate('')).toBeUndefined();
    expect(parseMailDate('25 listopada 2026 15:40')).toBeUndefined();
    expect(parseMailDate('05/11/2026, 15:40')).toBeUndefined(); // ambiguous: never guessed
    expect(parseMailDate('25/11/2026, 15:40')).toBe(local(2026, 11, 25, 15, 40)); // 25 cannot be a month
    expect(parseMailDate('mer. 25 nov. 2026, 15:40')).toBe(local(2026, 11, 25, 15, 40)); // read by Date.parse
  });
});

describe('Outlook header dates', () => {
  it.each([
    ['Thu 11/26/2026 8:41 AM', 'en-US', local(2026, 11, 26, 8, 41)],
    ['Wed 11/25/2026 4:02 PM', 'en', local(2026, 11, 25, 16, 2)],
    ['Thu 26/11/2026 08:41', 'en-GB', local(2026, 11, 26, 8, 41)],
    ['Do 26.11.2026 08:41', 'de-DE', local(2026, 11, 26, 8, 41)],
    ['jeu. 05/11/2026 08:41', 'fr-FR', local(2026, 11, 5, 8, 41)],
    ['jue 05/11/2026 16:41', 'es-ES', local(2026, 11, 5, 16, 41)],
    ['2026/11/26 周四 8:41', 'zh-CN', local(2026, 11, 26, 8, 41)],
    ['2026年11月25日 下午3:40', 'zh-CN', local(2026, 11, 25, 15, 40)],
    ['Thu 11/26/2026 12:05 AM', 'en-US', local(2026, 11, 26, 0, 5)],
    ['Thu, Nov 26, 2026 8:41 AM', undefined, local(2026, 11, 26, 8, 41)],
    ['26/11/2026 08:41', undefined, local(2026, 11, 26, 8, 41)], // 26 cannot be a month
  ])('%s (%s)', (text, lang, iso) => {
    expect(parseMailDate(text, lang)).toBe(iso);
  });

  it('reads an ISO datetime as the instant it names', () => {
    expect(parseMailDate('2026-11-22T09:00:00+08:00')).toBe('2026-11-22T01:00:00.000Z');
  });

  it('leaves what it cannot read undefined, never guessed', () => {
    expect(parseMailDate('05/11/2026 08:41')).toBeUndefined(); // May 11 or 5 November? no language
    expect(parseMailDate('Yesterday 3:40 PM', 'en-US')).toBeUndefined();
    expect(parseMailDate('Thu 8:41 AM', 'en-US')).toBeUndefined();
    expect(parseMailDate('', 'en-US')).toBeUndefined();
    expect(parseMailDate('13/13/2026', 'en-US')).toBeUndefined();
  });
});
