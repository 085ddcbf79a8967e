// Selectors as dated data, the InboxSDK way: each entry lists the alternatives seen over time, tried in
// order; the first that matches wins and is recorded. When the mail client changes its markup, the fix is
// one new line of data, and the health report already says which alternative stopped matching.
import { OWN_UI_ATTRIBUTE } from './adapter';

/** What a selector is queried from. The adapter walks this tree: document → message → body / attachments. */
export type Scope =
  | 'document'
  | 'thread' // searched upwards from a message: the nearest ancestor that contains it
  | 'message'
  | 'message-item' // an ancestor of the message (its list item), found with closest()
  | 'body'
  | 'attachment-area'
  | 'attachment-card'
  | 'list' // the message list (Gmail's thread list, Outlook's message list)
  | 'list-row'; // one row of it: a thread or conversation

export interface Alternative {
  /** Short and stable: reported in diagnostics, e.g. `attr-data-message-id`. */
  id: string;
  css: string;
  /** YYYY-MM-DD: when this alternative was seen working (or added, for a speculative fallback). */
  seen: string;
  /** Where the evidence came from, for whoever fixes it next. */
  source: string;
  /** Keep only elements whose `labelAttributes` value is one of these (compared trimmed, case-insensitively). */
  labels?: readonly string[];
  labelAttributes?: readonly string[];
}

export interface SelectorEntry {
  name: string;
  scope: Scope;
  /** Where it must match, in words. */
  where: string;
  /** A miss means the layout changed. Checked only where the scope exists (no cards without an area). */
  required: boolean;
  alternatives: readonly Alternative[];
}

/** Fills each entry's `name` from its key, so data files state it once. */
export function defineSelectors<const T extends Record<string, Omit<SelectorEntry, 'name'>>>(
  entries: T,
): { readonly [K in keyof T]: SelectorEntry } {
  const out: Record<string, SelectorEntry> = {};
  for (const [name, entry] of Object.entries(entries)) out[name] = { name, ...entry };
  return out as { readonly [K in keyof T]: SelectorEntry };
}

/**
 * A class token that also matches its hashed form: Gmail is testing `Ht` → `Ht-<hash>`.
 * `[class~=X]` is the plain token; the other two catch `X-<hash>` first in the list or after a space.
 */
export function cls(token: string): string {
  return `:is([class~="${token}"],[class^="${token}-"],[class*=" ${token}-"])`;
}

export class SelectorMissError extends Error {
  override readonly name = 'SelectorMissError';
  constructor(
    readonly selector: string,
    readonly tried: readonly string[],
  ) {
    super(`No alternative of selector "${selector}" matched (tried ${tried.join(', ')})`);
  }
}

/** Which alternative of each selector matched, across every query made with this log. */
export class MatchLog {
  private readonly hits = new Map<string, string>();
  private readonly seen = new Set<string>();
  private readonly misses = new Set<string>();

  record(name: string, alternativeId: string | null): void {
    this.seen.add(name);
    if (alternativeId === null) this.misses.add(name);
    else if (!this.hits.has(name)) this.hits.set(name, alternativeId);
  }

  /** Every selector queried: the first alternative that matched, or null when none ever did. */
  get matched(): Record<string, string | null> {
    const out: Record<string, string | null> = {};
    for (const name of this.seen) out[name] = this.hits.get(name) ?? null;
    return out;
  }

  /** Selectors that missed at least once. */
  get missed(): string[] {
    return [...this.misses];
  }
}

function normalizeLabel(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

function labelled(el: Element, alt: Alternative): boolean {
  if (!alt.labels) return true;
  const wanted = alt.labels.map(normalizeLabel);
  return (alt.labelAttributes ?? ['aria-label']).some((name) => {
    const value = el.getAttribute(name);
    return value !== null && wanted.includes(normalizeLabel(value));
  });
}

const OWN_UI = `[${OWN_UI_ATTRIBUTE}]`;

/** The extension's own elements never match: a badge placed beside a card must not become a card. */
function select(root: ParentNode, alt: Alternative): Element[] {
  try {
    return Array.from(root.querySelectorAll(alt.css)).filter(
      (el) => !el.closest(OWN_UI) && labelled(el, alt),
    );
  } catch {
    return []; // a selector this engine cannot parse is a miss, not a crash: the next alternative gets its turn
  }
}

export interface Match<E extends Element> {
  elements: E[];
  alternative: Alternative;
}

/** The first alternative with any match, and what it matched; null when all miss. Records nothing. */
export function matchAll<E extends Element = HTMLElement>(
  root: ParentNode,
  entry: SelectorEntry,
): Match<E> | null {
  for (const alternative of entry.alternatives) {
    const elements = select(root, alternative) as E[];
    if (elements.length) return { elements, alternative };
  }
  return null;
}

export function queryAll<E extends Element = HTMLElement>(
  root: ParentNode,
  entry: SelectorEntry,
  log?: MatchLog,
): E[] {
  const match = matchAll<E>(root, entry);
  log?.record(entry.name, match?.alternative.id ?? null);
  return match?.elements ?? [];
}

export function query<E extends Element = HTMLElement>(
  root: ParentNode,
  entry: SelectorEntry,
  log?: MatchLog,
): E | null {
  return queryAll<E>(root, entry, log)[0] ?? null;
}

/** Like query, but a miss is an error: for what the caller cannot do without. */
export function queryOrFail<E extends Element = HTMLElement>(
  root: ParentNode,
  entry: SelectorEntry,
  log?: MatchLog,
): E {
  const found = query<E>(root, entry, log);
  if (!found)
    throw new SelectorMissError(
      entry.name,
      entry.alternatives.map((a) => a.id),
    );
  return found;
}

/** The nearest ancestor (or the element itself) matching an alternative, tried in order. */
export function closest<E extends Element = HTMLElement>(
  from: Element,
  entry: SelectorEntry,
  log?: MatchLog,
): E | null {
  for (const alt of entry.alternatives) {
    let el: Element | null = null;
    try {
      el = from.closest(alt.css);
      while (el && !labelled(el, alt)) el = el.parentElement?.closest(alt.css) ?? null;
    } catch {
      el = null;
    }
    if (el) {
      log?.record(entry.name, alt.id);
      return el as E;
    }
  }
  log?.record(entry.name, null);
  return null;
}

/**
 * Searches upwards: the first ancestor of `from` that contains a match, optionally stopping at `stop`
 * (inclusive). For what belongs to the thread rather than the message (subject, reply editor).
 */
export function queryUpwards<E extends Element = HTMLElement>(
  from: Element,
  entry: SelectorEntry,
  log?: MatchLog,
  stop?: (ancestor: Element) => boolean,
): E | null {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const match = matchAll<E>(el, entry);
    if (match) {
      log?.record(entry.name, match.alternative.id);
      return match.elements[0] ?? null;
    }
    if (stop?.(el)) break;
  }
  log?.record(entry.name, null);
  return null;
}

/** Drops matches nested in other matches: one message container, not its inner id-bearing element too. */
export function outermost<E extends Element>(elements: E[]): E[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** Drops matches that contain other matches: the region nearest its content, not the pane around them all. */
export function innermost<E extends Element>(elements: E[]): E[] {
  return elements.filter((el) => !elements.some((other) => other !== el && el.contains(other)));
}

export interface MessageRegions {
  /** The message entry's match, for the health check to record. */
  found: Match<HTMLElement> | null;
  /** Every message region in document order, expanded or not. */
  all: HTMLElement[];
  /** The expanded ones (a collapsed message has no body), each with its body and the body's match. */
  open: { element: HTMLElement; body: HTMLElement; bodyMatch: Match<HTMLElement> }[];
}

/** The page's message regions; `keep` picks them among nested matches (`outermost` or `innermost`). */
export function messageRegions(
  root: ParentNode,
  message: SelectorEntry,
  body: SelectorEntry,
  keep: (elements: HTMLElement[]) => HTMLElement[],
): MessageRegions {
  const found = matchAll(root, message);
  const all = keep(found?.elements ?? []);
  const open: MessageRegions['open'] = [];
  for (const element of all) {
    const bodyMatch = matchAll(element, body);
    if (bodyMatch) open.push({ element, body: bodyMatch.elements[0], bodyMatch });
  }
  return { found, all, open };
}
