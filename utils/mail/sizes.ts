// Mail clients show an attachment's size as text ("68 KB", "1,2 Mo", "2.3 MB"). The badge needs the number
// before any byte is fetched, in whatever language the buyer's mailbox speaks. Units are binary (1 KB =
// 1024 bytes), as Gmail and Outlook count them; the result is as precise as the text, no more.

const UNITS: Record<string, number> = {};
function units(multiplier: number, names: string[]): void {
  for (const name of names) UNITS[name.toLowerCase()] = multiplier;
}
units(1, [
  'b',
  'byte',
  'bytes',
  'o',
  'octet',
  'octets',
  '字节',
  '位元組',
  'バイト',
  'б',
  'байт',
  'байта',
  'байтов',
  'bajtów',
]);
units(1024, ['k', 'kb', 'kib', 'ko', 'кб', 'кбайт', 'k字节', '千字节']);
units(1024 ** 2, ['m', 'mb', 'mib', 'mo', 'мб', 'мбайт', '兆字节']);
units(1024 ** 3, ['g', 'gb', 'gib', 'go', 'гб', 'гбайт']);

/** Any run of horizontal spaces, including NBSP (U+00A0), narrow NBSP (U+202F) and thin space (U+2009). */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/**
 * `"3.1 MB"` → 3250586; `"1,2 Mo"` → 1258291; `"1,023 KB"` → 1047552; `"(2.3 MB)"` → 2411725.
 * A separator followed by exactly three digits groups thousands; one or two digits make a decimal (mail
 * clients show at most one decimal). Undefined when the text is not a size.
 */
export function parseDisplayedSize(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const cleaned = text
    .replace(SPACES, ' ')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  const m = /^(\d[\d ,.'’]*?)\s?([^\d\s.,]+)\.?$/u.exec(cleaned);
  if (!m) return undefined;
  const multiplier = UNITS[m[2].toLowerCase()];
  if (multiplier === undefined) return undefined;
  const value = parseNumber(m[1].trim());
  if (value === undefined) return undefined;
  return Math.round(value * multiplier);
}

function parseNumber(raw: string): number | undefined {
  // Thousands groups: "1 023", "1,023", "1.023", "1'023" (a separator then exactly three digits).
  let digits = raw.replace(/[ ,.'’](?=\d{3}(?:\D|$))/g, '');
  // What separator remains is the decimal one ("1,2" or "3.1").
  digits = digits.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(digits)) return undefined;
  return Number(digits);
}

/**
 * Whether `bytes` is the file a displayed size describes ("2.4 MB", "68 KB"), as precisely as the text
 * allows: within one unit of its last digit (clients round or truncate). False when the text is no size.
 */
export function matchesDisplayedSize(bytes: number, text: string | null | undefined): boolean {
  const shown = parseDisplayedSize(text);
  if (shown === undefined || !text) return false;
  const digits = (/\d[\d\s,.'’\u00a0\u202f]*/u.exec(text)?.[0] ?? '')
    .trim()
    .replace(/[\s,.'’\u00a0\u202f](?=\d{3}(?:\D|$))/gu, '') // thousands groups, as parseNumber
    .replace(',', '.');
  const value = Number(digits);
  const decimals = digits.split('.')[1]?.length ?? 0;
  const unitBytes = value > 0 ? shown / value : 1;
  return Math.abs(bytes - shown) <= unitBytes * 10 ** -decimals;
}
