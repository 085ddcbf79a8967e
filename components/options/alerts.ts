// Messages for the buyer: failed writes (role=alert) and confirmations (role=status).
import { signal } from '@preact/signals';
import { explainError } from '@/components/desk/errors';

export interface Notice {
  id: number;
  kind: 'error' | 'success';
  message: string;
  problems: string[];
}

export const notices = signal<Notice[]>([]);
let nextId = 1;

export function dismissNotice(id: number): void {
  notices.value = notices.value.filter((n) => n.id !== id);
}

export function showError(e: unknown, options: { humanize?: boolean } = {}): void {
  const { message, problems } = explainError(e, options);
  // The same failure twice (a double click) is one message.
  if (notices.value.some((n) => n.kind === 'error' && n.message === message)) return;
  notices.value = [...notices.value, { id: nextId++, kind: 'error', message, problems }];
}

export function showSuccess(message: string): void {
  const id = nextId++;
  notices.value = [
    ...notices.value.filter((n) => n.kind !== 'success'),
    { id, kind: 'success', message, problems: [] },
  ];
  setTimeout(() => dismissNotice(id), 6000);
}

/** Confirmations belong to the page they were made on. */
export function clearSuccess(): void {
  notices.value = notices.value.filter((n) => n.kind !== 'success');
}
