// Reading one Outlook message header and body into plain values: sender, subject, date, text, ids.
// Each function takes the element a selector matched, so tests can hand in any fixture.
import { parseMailDate } from '../mail-date';
import { clean } from '../text';
import { FROM_PREFIXES, MESSAGE_FIELD_ID, OUTLOOK_ROUTES, PERSONA_PREFIXES } from './selectors';

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

/** One whole address, nothing else: what Outlook puts in a title or after a name. */
const WHOLE_ADDRESS = /^[^\s@<>"'()[\]，,;:]+@[^\s@<>"'()[\]，,;:]+\.[^\s@<>"'()[\]，,;:]+$/;
/** "<address>" standing alone: the part Outlook shows after the sender's name. */
const BRACKETED = /^<([^<>\s]+@[^<>\s]+)>$/;
/** "name <address>": a label or title Outlook composed from the name and the address. */
const NAME_THEN_ADDRESS = /^(.*\S)\s*<([^<>\s]+@[^<>\s]+)>$/;

const samePerson = (a: string, b: string) => clean(a).toLowerCase() === clean(b).toLowerCase();

function stripPrefix(label: string, prefixes: readonly string[]): string | undefined {
  const prefix = prefixes.find((p) => label.toLowerCase().startsWith(p.toLowerCase()));
  return prefix === undefined ? undefined : clean(label.slice(prefix.length));
}

/**
 * The address in an attribute Outlook fills (a title, a label stripped of its "From:"), given the name the
 * header shows: the whole value when it is one address that is not the name itself (a name that looks like
 * an address is still a name), or the address after exactly that name ("Amy Chen <amy@…>").
 */
export function addressIn(value: string, name: string): string | undefined {
  const v = clean(value);
  if (!v) return undefined;
  if (WHOLE_ADDRESS.test(v)) return samePerson(v, name) ? undefined : v;
  const m = NAME_THEN_ADDRESS.exec(v);
  return m && name && samePerson(m[1], name) ? m[2] : undefined;
}

/** The text of `field` that comes before `el`, as a person reads it. */
function textBefore(field: Element, el: Element): string {
  const range = field.ownerDocument.createRange();
  range.setStart(field, 0);
  range.setEndBefore(el);
  return clean(range.toString());
}

/**
 * The sender from the From field (or the persona button, when the header shows only a name). The address
 * comes only from where Outlook puts one — an element holding just "<address>" after the name, a `title`,
 * or a label that is exactly "name <address>" — never from the display name's own text: a stranger named
 * "Amy Chen <amy@supplier.cn>", or named "amy@supplier.cn", is not that supplier. When it cannot be told,
 * there is no address (the sender is unknown).
 */
export function readSender(field: Element | null): { email?: string; name?: string } {
  if (!field) return {};
  const holders = [field, ...Array.from(field.querySelectorAll('[title], [aria-label]'))];
  const label = clean(field.getAttribute('aria-label'));
  const personaName = stripPrefix(label, PERSONA_PREFIXES);
  const labelName = personaName ?? stripPrefix(label, FROM_PREFIXES) ?? '';
  // The part after the name: the last element holding nothing but "<address>", with a name before it.
  const bracketed = Array.from(field.querySelectorAll('*'))
    .filter((el) => BRACKETED.test(clean(el.textContent)))
    .map((el) => ({ el, before: textBefore(field, el) }))
    .filter((b) => b.before)
    .at(-1);
  // A persona button shows initials or a picture: its label names the person.
  const shown =
    personaName ?? (bracketed ? bracketed.before : visibleText(field, '[aria-hidden="true"]')) ?? '';
  const name = shown || clean(NAME_THEN_ADDRESS.exec(labelName)?.[1] ?? labelName);
  let email = bracketed ? BRACKETED.exec(clean(bracketed.el.textContent))?.[1] : undefined;
  for (const holder of holders) {
    if (email) break;
    // A title repeating the text it sits on is a tooltip of the name, not an address.
    const title = holder.getAttribute('title') ?? '';
    const own = holder === field ? name : visibleText(holder, '[aria-hidden="true"]');
    email = samePerson(title, own) ? undefined : addressIn(title, name);
  }
  if (!email && labelName) email = addressIn(labelName, name);
  // Beside the persona button, the header may show the same name followed by its address.
  const beside = personaName !== undefined ? field.nextElementSibling : null;
  if (!email && beside && !beside.matches('[role="button"]')) {
    const shownBeside = readSender(beside);
    if (shownBeside.name && samePerson(shownBeside.name, name)) email = shownBeside.email;
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
