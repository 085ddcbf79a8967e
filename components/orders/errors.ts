// A failed write as the buyer reads it: what was not saved, and each problem named by its field.
import { StoreError } from '@/utils/store/errors';

export interface ExplainedError {
  message: string;
  /** One line per problem, when the store listed them. */
  problems: string[];
}

const FIELD_NAMES: Record<string, string> = {
  company: 'Company',
  contactName: 'Contact name',
  emails: 'Email addresses',
  domains: 'Domains',
  replyLanguages: 'Reply languages',
  poNumbers: 'PO numbers',
  product: 'Product',
  quantity: 'Quantity',
  supplierId: 'Supplier',
  label: 'Label',
  instructions: 'Instructions',
  minLongEdge: 'Minimum long edge',
  name: 'Name',
  dueDate: 'Due date',
  startDate: 'Start date',
  ignoredSenders: 'Ignored senders',
  signature: 'Signature',
  email: 'Email',
};

/** `supplier.domains[0]: gmail.com is a public…` → `Domains: gmail.com is a public…`. */
export function humanizeProblem(problem: string): string {
  const colon = problem.indexOf(': ');
  if (colon < 0) return problem;
  const path = problem.slice(0, colon);
  let text = problem.slice(colon + 2);
  const fields = path.split('.').map((p) => p.replace(/\[\d+\]$/, ''));
  // `label.en` names the field by its parent; the language is not worth a word.
  const field = [...fields].reverse().find((f) => f in FIELD_NAMES);
  const expected = /^expected (.+), got (.+)$/.exec(text);
  if (expected) text = `${expected[2]} is not ${expected[1]}`;
  return field ? `${FIELD_NAMES[field]}: ${text}` : text;
}

export function explainError(e: unknown, options: { humanize?: boolean } = {}): ExplainedError {
  if (e instanceof StoreError) {
    if (e.code === 'validation' && e.problems.length) {
      const colon = e.message.indexOf(': ');
      const message = colon > 0 ? `${e.message.slice(0, colon)}.` : e.message;
      const problems = options.humanize === false ? e.problems : e.problems.map(humanizeProblem);
      return { message, problems };
    }
    return { message: e.message, problems: [] };
  }
  return { message: e instanceof Error ? e.message : String(e), problems: [] };
}
