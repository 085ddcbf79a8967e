// The message list, as the mark needs it: one contract for Gmail's thread list and Outlook's message list.
// A reader knows the DOM of one client's list; the watcher below re-reads it when it changes, and hands
// on only the rows that are new or changed (the clients redraw rows often without changing them).
import type { MailClient } from './adapter';
import { attachmentKind } from './adapter';
import type { MatchLog } from './selectors';

/** The popup asks the mail tab to open a thread's row: `{ kind: REVEAL_THREAD, threadId }` → true if shown. */
export const REVEAL_THREAD = 'photo-triage/reveal-thread';

export interface ListRow {
  client: MailClient;
  /** The same id the open message gets (Gmail's legacy thread id, Outlook's conversation id). */
  threadId: string;
  /** Addresses as the client marks them (Gmail `span[email]`, Outlook's sender title); never from names. */
  senderEmails: string[];
  subject: string;
  /** File names the row shows (chips, or the paper clip's tooltip); empty when it shows none. */
  attachmentNames: string[];
  /** The row shows an attachment (chip or paper clip). */
  hasAttachments: boolean;
  /** The row's element (Gmail's vertical layout: its first `tr`). */
  element: HTMLElement;
  /** Where the visible mark goes: prepended to this element (the subject's line). */
  markAnchor: HTMLElement;
  /** Where a screen reader reads the row from (its aria-labelledby target), when it has one. */
  speechAnchor?: HTMLElement;
}

export interface ListReading {
  /** No list on the page (a message open full-page, settings): nothing to mark, nothing wrong. */
  present: boolean;
  /** The element to observe: the list, not the whole page. */
  container?: HTMLElement;
  rows: ListRow[];
  /** List rows seen on the page that could not be read (no thread id or no sender): a changed layout. */
  unreadable: number;
  log: MatchLog;
}

export interface ListReader {
  readonly client: MailClient;
  read(): ListReading;
}

/** Rows worth a mark: some attachment, and photos or a zip among the names when the row shows names. */
export function mayHavePhotos(row: Pick<ListRow, 'attachmentNames' | 'hasAttachments'>): boolean {
  if (row.attachmentNames.length === 0) return row.hasAttachments;
  return row.attachmentNames.some((name) => attachmentKind(name) !== 'other');
}

/** What a row shows that a mark depends on: the same fingerprint means no new question for the store. */
export function rowFingerprint(row: ListRow): string {
  return [
    row.threadId,
    row.senderEmails.join(','),
    row.subject,
    row.attachmentNames.join('/'),
    row.hasAttachments,
  ].join('\u0000');
}
