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
