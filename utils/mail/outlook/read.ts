// Reading one Outlook message header and body into plain values: sender, subject, date, text, ids.
// Each function takes the element a selector matched, so tests can hand in any fixture.
import { parseMailDate } from '../dates';
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

/** The header date element's full date: `datetime`, then `title`, `aria-label`, then its text. */
export function readDate(el: Element | null, lang?: string): string | undefined {
  if (!el) return undefined;
  for (const value of [
    el.getAttribute('datetime'),
    el.getAttribute('title'),
    el.getAttribute('aria-label'),
    el.textContent,
  ]) {
    const iso = parseMailDate(value, lang);
    if (iso) return iso;
  }
  return undefined;
}
