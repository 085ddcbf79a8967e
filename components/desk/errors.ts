// A failed write as the buyer reads it: what was not saved, and each problem named by its field.
import { STORE_MESSAGES, StoreError } from '@/utils/store/errors';
import { text as textOf } from './text';

export interface ExplainedError {
  message: string;
  /** One line per problem, when the store listed them. */
  problems: string[];
}

/** `supplier.domains[0]: gmail.com is a public…` → `Domains: gmail.com is a public…`. */
export function humanizeProblem(problem: string): string {
  const colon = problem.indexOf(': ');
  if (colon < 0) return problem;
  const path = problem.slice(0, colon);
  let text = problem.slice(colon + 2);
  const fields = path.split('.').map((p) => p.replace(/\[\d+\]$/, ''));
  // `label.en` names the field by its parent; the language is not worth a word.
  const names = textOf().fields;
  const field = [...fields].reverse().find((f) => f in names);
  const expected = /^expected (.+), got (.+)$/.exec(text);
  if (expected) text = textOf().isNot(expected[2]!, expected[1]!);
  return field ? `${names[field]}: ${text}` : text;
}

export function explainError(e: unknown, options: { humanize?: boolean } = {}): ExplainedError {
  if (e instanceof StoreError) {
    if (e.code === 'validation' && e.problems.length) {
      const colon = e.message.indexOf(': ');
      const message = textOf().notSaved(colon > 0 ? `${e.message.slice(0, colon)}.` : e.message);
      const problems = options.humanize === false ? e.problems : e.problems.map(humanizeProblem);
      return { message, problems };
    }
    // The store's standard sentence for the code, in the interface language; a specific one as written.
    const message = e.message === STORE_MESSAGES[e.code] ? textOf().store[e.code] : e.message;
    return { message, problems: [] };
  }
  return { message: e instanceof Error ? e.message : String(e), problems: [] };
}

/** A form's own refusal of one field (checked before the store is asked). */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

// Store paths name fields by the record's keys; forms name their controls for the buyer's words.
const CONTROL_NAMES: Record<string, string> = { poNumbers: 'po', supplierId: 'supplier' };

/** The form controls (by `name`) an error is about: `supplier.domains[0]: …` → `domains`. */
export function fieldsOf(e: unknown): string[] {
  if (e instanceof FieldError) return [e.field];
  if (!(e instanceof StoreError)) return [];
  const names = new Set<string>();
  for (const problem of e.problems) {
    const colon = problem.indexOf(': ');
    if (colon < 0) continue;
    const parts = problem
      .slice(0, colon)
      .split('.')
      .map((p) => p.replace(/\[\d+\]$/, ''))
      .filter((p) => p !== 'en' && p !== 'zh');
    const field = parts.at(-1);
    if (field) names.add(CONTROL_NAMES[field] ?? field);
  }
  return [...names];
}
