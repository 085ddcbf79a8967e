// Reading one Outlook message header and body into plain values: sender, subject, date, text, ids.
// Each function takes the element a selector matched, so tests can hand in any fixture.
import { clean } from '../text';
import { FROM_PREFIXES, MESSAGE_FIELD_ID, OUTLOOK_ROUTES } from './selectors';

/** Text as a person reads it, leaving out what `skip` matches (buttons inside a heading, hidden labels). */
export function visibleText(root: Element, skip = 'button, [role="button"], [aria-hidden="true"]'): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && el.matches(skip)) return;
    for (const child of Array.from(el.childNodes)) walk(child);
  };
  walk(root);
  return clean(parts.join(''));
}

const ADDRESS = /[^\s@<>"'()[\]，,;:]+@[^\s@<>"'()[\]，,;:]+\.[^\s@<>"'()[\]，,;:]+/;
const ADDRESSES = new RegExp(ADDRESS.source, 'g');

const stripPrefix = (label: string) => {
  const prefix = FROM_PREFIXES.find((p) => label.toLowerCase().startsWith(p.toLowerCase()));
  return prefix ? label.slice(prefix.length) : label;
};

/**
 * The sender from the From field. Outlook shows "Name<address>", or only the name with the address in a
 * `title` or `aria-label` of the persona inside it, or only the address. Name-only when no address is
 * present anywhere in the field (the persona card that would show it is not rendered until hovered).
 */
export function readSender(field: Element | null): { email?: string; name?: string } {
  if (!field) return {};
  // The persona is often a button: its text is the name, so only hidden text is left out here.
  const text = visibleText(field, '[aria-hidden="true"]');
  const holders = [field, ...Array.from(field.querySelectorAll('[title], [aria-label]'))];
  const attr = (name: string) => holders.map((h) => h.getAttribute(name) ?? '');
  const email =
    /<([^<>\s]+@[^<>\s]+)>/.exec(text)?.[1] ??
    attr('title')
      .map((v) => ADDRESS.exec(v)?.[0])
      .find(Boolean) ??
    attr('aria-label')
      .map((v) => ADDRESS.exec(v)?.[0])
      .find(Boolean) ??
    ADDRESS.exec(text)?.[0];
  let name = clean(text.replace(/<[^<>]*>/g, ' ').replace(ADDRESSES, ' '));
  if (!name) {
    const label = attr('aria-label').find((v) => clean(v));
    name = clean(
      stripPrefix(clean(label))
        .replace(/<[^<>]*>/g, ' ')
        .replace(ADDRESSES, ' '),
    );
  }
  return { email: email || undefined, name: name || undefined };
}

/** The subject: a truncated heading keeps the whole subject in a `title`; buttons inside it are not text. */
export function readSubject(heading: Element | null): string {
  if (!heading) return '';
  const titled = heading.matches('[title]') ? heading : heading.querySelector('[title]');
  const title = clean(titled?.getAttribute('title'));
  return title || visibleText(heading);
}

/** `MSG_<item id>_FROM` → the item id, from the first metadata heading inside the message. */
export function messageFieldId(message: Element): string | undefined {
  for (const el of Array.from(message.querySelectorAll('[id^="MSG_"]'))) {
    const id = MESSAGE_FIELD_ID.exec(el.id)?.[1];
    if (id) return id;
  }
  return undefined;
}

/** The item or conversation id in a message route: `/mail/inbox/id/<id>`, `/mail/deeplink/read/<id>`. */
export function routeItemId(location: Location | null | undefined): string | undefined {
  const m = /\/(?:id|read|readconv)\/([^/?#]+)/.exec(location?.pathname ?? '');
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

/** The route without ids, shared-mailbox addresses or folder names: `/mail/0/inbox/id/…`. */
export function outlookPath(location: Location | null | undefined): string {
  if (!location) return '';
  const known = new Set<string>(OUTLOOK_ROUTES);
  const segments = location.pathname.split('/').map((s, i) => {
    if (i === 0 || s === '' || known.has(s.toLowerCase()) || /^\d{1,2}$/.test(s)) return s;
    return '…';
  });
  return segments.filter((s, i) => !(s === '…' && segments[i - 1] === '…')).join('/');
}

// --- Dates --------------------------------------------------------------------------------------------------

const YEAR_FIRST = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?/;
const NUMERIC = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/;
const TIME = /(\d{1,2}):(\d{2})/;
const AFTERNOON = /下午|晚上|\bp\.?\s?m\b\.?/i;
const MORNING = /上午|早上|凌晨|\ba\.?\s?m\b\.?/i;

/** Interface languages that write the month first in numeric dates (Outlook's "en" is en-US). */
const MONTH_FIRST = /^(en|en-us|es-us|en-ph|fil)$/i;

/**
 * Outlook's header date, in the buyer's own time zone and interface language: "Thu 11/26/2026 8:41 AM"
 * (en-US), "Do 26.11.2026 08:41", "jeu. 26/11/2026 08:41", "2026/11/26 周四 8:41", or an ISO `datetime`.
 * A numeric day-month order comes from `lang` (the page's `<html lang>`) unless a part above 12 settles
 * it; without either it is left undefined rather than guessed. Relative dates ("Yesterday") too.
 */
export function parseOutlookDate(text: string | null | undefined, lang?: string): string | undefined {
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
  if (AFTERNOON.test(rest) && h < 12) h += 12;
  else if (MORNING.test(rest) && h === 12) h = 0;
  return new Date(y, mo - 1, d, h, time ? Number(time[2]) : 0).toISOString();
}

/** The header date element's full date: `datetime`, then `title`, `aria-label`, then its text. */
export function readDate(el: Element | null, lang?: string): string | undefined {
  if (!el) return undefined;
  for (const value of [
    el.getAttribute('datetime'),
    el.getAttribute('title'),
    el.getAttribute('aria-label'),
    el.textContent,
  ]) {
    const iso = parseOutlookDate(value, lang);
    if (iso) return iso;
  }
  return undefined;
}
