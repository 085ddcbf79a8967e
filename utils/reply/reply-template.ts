// Re-request templates the buyer can edit: plain text with `{placeholders}`, one per language. The
// drafter renders through them (`render.ts`), so the default wording lives in one place — assembled
// here from the phrase bank.
//
// Syntax: `{name}` is a placeholder; `{{` and `}}` write a brace itself. A blank line separates
// paragraphs; a paragraph left empty by its placeholders (no gate, brief draft without `{why}`) is
// dropped. The buyer's signature is added once after the whole message, so it is not a placeholder.
import { MESSAGE_PHRASES } from './phrases';

export const PLACEHOLDERS = [
  'greeting',
  'supplier',
  'contact',
  'po',
  'product',
  'stage',
  'items',
  'gate',
  'due',
  'why',
  'buyer',
  'company',
  'today',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

export type TemplateLanguage = 'en' | 'zh';

/** What each placeholder becomes, for the options page's help. */
export const PLACEHOLDER_HELP: Record<Placeholder, string> = {
  greeting: '“Dear Amy,” / “Amy，您好！” with the contact’s name, else “Hello,” / “您好！”',
  supplier: 'The supplier’s company name',
  contact: 'The supplier contact’s name (empty when unknown)',
  po: 'The PO number(s) of the order',
  product: 'The product of the order',
  stage: 'The stage’s name, e.g. “Pre-shipment” / “出货前验货”',
  items: 'The numbered list of photos to retake or send (required)',
  gate: 'The line asking for the photos before the stage’s gate, with its date (empty without a gate)',
  due: 'The due date of the gate (or the stage), e.g. “Sat 28 Nov 2026 (in 3 days)”',
  why: 'The short line on why photos are asked for (detailed drafts only)',
  buyer: 'Your name (settings)',
  company: 'Your company (settings)',
  today: 'Today’s date, e.g. 2026-11-25',
};

const KNOWN = new Set<string>(PLACEHOLDERS);
export const isPlaceholder = (name: string): name is Placeholder => KNOWN.has(name);

const paragraphs = (...lines: string[]) => lines.join('\n\n');

/** The wording of a re-request when the buyer has not written their own. */
export const DEFAULT_TEMPLATES: Readonly<Record<TemplateLanguage, string>> = {
  en: paragraphs(
    '{greeting}',
    MESSAGE_PHRASES.intro.en,
    '{items}',
    '{gate}',
    '{why}',
    MESSAGE_PHRASES.closing.en,
  ),
  zh: paragraphs(
    '{greeting}',
    MESSAGE_PHRASES.intro.zh,
    '{items}',
    '{gate}',
    '{why}',
    MESSAGE_PHRASES.closing.zh,
  ),
};

// ——— Tokens ———

export type TemplateToken =
  | { kind: 'text'; text: string; start: number; end: number }
  /** `{name}` — known or not; `name` as written. */
  | { kind: 'placeholder'; name: string; start: number; end: number }
  /** A `{` or `}` that opens or closes nothing. */
  | { kind: 'stray'; text: string; start: number; end: number };

/** Longest text taken for a placeholder name; a longer `{…}` is an unclosed brace followed by text. */
const MAX_NAME = 40;

export function tokenizeTemplate(source: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let text = '';
  let textStart = 0;
  const flush = (at: number) => {
    if (text) tokens.push({ kind: 'text', text, start: textStart, end: at });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if ((c === '{' || c === '}') && source[i + 1] === c) {
      if (!text) textStart = i;
      text += c;
      i += 2;
      continue;
    }
    if (c === '{') {
      // A name is at most MAX_NAME characters without `{` or a line break: look no further than that
      // (searching the whole rest for `}` made a template of 10 000 lone `{` quadratic).
      let close = -1;
      for (let j = i + 1; j < source.length && j <= i + 1 + MAX_NAME; j++) {
        const d = source[j];
        if (d === '}') close = j;
        if (d === '}' || d === '{' || d === '\n') break;
      }
      if (close >= 0) {
        flush(i);
        tokens.push({ kind: 'placeholder', name: source.slice(i + 1, close), start: i, end: close + 1 });
        i = close + 1;
        textStart = i;
        continue;
      }
    }
    if (c === '{' || c === '}') {
      flush(i);
      tokens.push({ kind: 'stray', text: c, start: i, end: i + 1 });
      i++;
      textStart = i;
      continue;
    }
    if (!text) textStart = i;
    text += c;
    i++;
  }
  flush(source.length);
  return tokens;
}

// ——— Validation ———

export type TemplateCheck =
  | { ok: true }
  | {
      ok: false;
      /** Placeholder names not known, as written (`pO`, `price`), each once. */
      unknown: string[];
      /** Offsets of braces that open or close nothing. */
      unbalanced: number[];
      /** Placeholders a template must have (`items`). */
      missing: Placeholder[];
      /** One message for the buyer, naming every problem. */
      message: string;
    };

const braced = (name: string) => `{${name}}`;

function lineAndColumn(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** How many unknown names and stray braces the message names; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 5;

const listed = <T>(items: T[], show: (x: T) => string, sep: string) =>
  items.slice(0, MAX_LISTED_PROBLEMS).map(show).join(sep) +
  (items.length > MAX_LISTED_PROBLEMS ? ` (and ${items.length - MAX_LISTED_PROBLEMS} more)` : '');

/**
 * Checks a template: one pass over the text, and a message of bounded size however broken the text is
 * (a template of 10 000 lone braces once took 0.6 s and made a 279 KB message).
 */
export function validateReplyTemplate(text: string): TemplateCheck {
  const tokens = tokenizeTemplate(text);
  const unknown = new Set<string>();
  const unbalanced: number[] = [];
  let hasItems = false;
  for (const t of tokens) {
    if (t.kind === 'placeholder') {
      if (t.name === 'items') hasItems = true;
      else if (!isPlaceholder(t.name)) unknown.add(t.name);
    } else if (t.kind === 'stray') unbalanced.push(t.start);
  }
  const missing: Placeholder[] = hasItems ? [] : ['items'];
  if (!unknown.size && !unbalanced.length && !missing.length) return { ok: true };

  const parts: string[] = [];
  const names = [...unknown];
  if (names.length) {
    const hints = names
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((u) => [u, PLACEHOLDERS.find((p) => p.toLowerCase() === u.trim().toLowerCase())] as const)
      .filter(([, p]) => p)
      .map(([u, p]) => `${braced(u)} → ${braced(p!)}`);
    parts.push(
      `Unknown placeholder${names.length > 1 ? 's' : ''} ${listed(names, braced, ', ')}` +
        (hints.length ? ` (did you mean ${hints.join(', ')}? Names are lower-case)` : '') +
        `. Use only ${PLACEHOLDERS.map(braced).join(', ')}.`,
    );
  }
  if (unbalanced.length) {
    const where = listed(unbalanced, (at) => `“${text[at]}” at ${lineAndColumn(text, at)}`, '; ');
    parts.push(`Unbalanced brace: ${where}. To write a brace itself, type {{ or }}.`);
  }
  if (missing.length)
    parts.push('The template has no {items}: the list of photos to send would be left out of the message.');
  return { ok: false, unknown: names, unbalanced, missing, message: parts.join(' ') };
}

// ——— Filling ———

export type TemplateValues = Partial<Record<Placeholder, string>>;

/**
 * Replaces each known placeholder with its value (empty when not given), as plain text. Values are
 * inserted once and never scanned again. Unknown placeholders and stray braces are kept as written (validate first);
 * `{{` and `}}` become single braces.
 */
export function fillTemplate(text: string, values: TemplateValues): string {
  let out = '';
  for (const t of tokenizeTemplate(text)) {
    if (t.kind === 'placeholder')
      out += isPlaceholder(t.name) ? (values[t.name] ?? '') : text.slice(t.start, t.end);
    else out += t.text;
  }
  return out;
}
