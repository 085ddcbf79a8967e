// The date a mail client shows for a message, as an ISO instant. Both clients write it in the buyer's own
// time zone and interface language — Gmail in the date's `title` ("Tue, Nov 24, 2026, 9:14 AM",
// "2026年11月25日周三 下午3:40"), Outlook in its header ("Thu 11/26/2026 8:41 AM", "Do 26.11.2026 08:41",
// "2026/11/26 周四 8:41") — so one reader serves both. What it cannot read for sure is left undefined,
// never guessed: an ambiguous numeric date ("05/11/2026") needs the interface language, relative dates
// ("Yesterday") and month names Date.parse does not know are skipped.

const YEAR_FIRST = /(\d{4})\s*[年년/.-]\s*(\d{1,2})\s*[月월/.-]\s*(\d{1,2})\s*[日일]?/;
const NUMERIC = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/;
const TIME = /(\d{1,2}):(\d{2})/;
const AFTERNOON = /下午|晚上|午後|오후|\bp\.?\s?m\b\.?/i;
const MORNING = /上午|早上|凌晨|午前|오전|\ba\.?\s?m\b\.?/i;

/** Interface languages that write the month first in numeric dates (Outlook's "en" is en-US). */
const MONTH_FIRST = /^(en|en-us|es-us|en-ph|fil)$/i;

/**
 * @param lang the page's interface language (`<html lang>`), which settles a numeric day–month order
 *   unless a part above 12 does.
 */
export function parseMailDate(text: string | null | undefined, lang?: string): string | undefined {
  const t = (text ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (!t) return undefined;
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  let y: number;
  let mo: number;
  let d: number;
  let rest: string;
  const ymd = YEAR_FIRST.exec(t);
  const num = ymd ? null : NUMERIC.exec(t);
  if (ymd) {
    [y, mo, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    rest = t.replace(ymd[0], ' ');
  } else if (num) {
    const [a, b] = [Number(num[1]), Number(num[2])];
    y = Number(num[3]) + (num[3].length === 2 ? 2000 : 0);
    const monthFirst = a > 12 ? false : b > 12 ? true : lang ? MONTH_FIRST.test(lang) : undefined;
    if (monthFirst === undefined) return undefined;
    [mo, d] = monthFirst ? [a, b] : [b, a];
    rest = t.replace(num[0], ' ');
  } else {
    // Month names: Date.parse reads English ones ("Thu, Nov 26, 2026 8:41 AM") as local time.
    if (!/\d{4}/.test(t)) return undefined;
    const ms = Date.parse(t.replace(/ at /, ' '));
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const time = TIME.exec(rest);
  let h = time ? Number(time[1]) : 0;
  // A 12-hour clock only when a half-day word says so ("下午3:40" is 15:40, "上午12:05" is 00:05).
  if (AFTERNOON.test(rest) && h < 12) h += 12;
  else if (MORNING.test(rest) && h === 12) h = 0;
  return new Date(y, mo - 1, d, h, time ? Number(time[2]) : 0).toISOString();
}
