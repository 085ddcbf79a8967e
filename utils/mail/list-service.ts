// What the message list asks the background: one call per list change, whatever the number of rows.
// Rows of known suppliers that show photos (or a zip, or only a paper clip) get a mark; the store answers
// what was found in each thread from its thread indexes. Nothing is downloaded for the list.
import { mayHavePhotos } from '@/utils/mail/list';
import type { Store } from '@/utils/store';
import * as store from '@/utils/store';
import type { Language } from '@/utils/store/types';
import { type ListMark, markThread } from '@/utils/triage/list-marks';
import { matchSupplier } from '@/utils/triage/match';
import type { MailClient } from './adapter';

/** A row as the content script sends it: what it shows, no elements. */
export interface ListRowInput {
  threadId: string;
  senderEmails: string[];
  subject: string;
  attachmentNames: string[];
  hasAttachments: boolean;
}

export interface ListMarksInput {
  client: MailClient;
  /** The mail page without its route, for the popup to come back to (`https://mail.google.com/mail/u/0/`). */
  pageUrl: string;
  rows: ListRowInput[];
}

/**
 * The marks, and the interface language the buyer chose in Settings: the list script carries its own
 * copy of the language, so it learns the choice here rather than from the message UI.
 */
export interface ListMarksAnswer {
  marks: ListMark[];
  uiLanguage?: Language;
}

export function createListService(open: () => Promise<Store>) {
  return {
    async listMarks(input: ListMarksInput): Promise<ListMarksAnswer> {
      const db = await open();
      const [suppliers, settings] = await Promise.all([store.listSuppliers(db), store.getSettings(db)]);
      const ignored = new Set(settings.ignoredSenders);
      const marked = input.rows.flatMap((row) => {
        if (!mayHavePhotos(row)) return [];
        const email = row.senderEmails.find((e) => !ignored.has(e) && matchSupplier(e, suppliers));
        const supplier = email ? matchSupplier(email, suppliers) : undefined;
        return supplier ? [{ row, supplier }] : [];
      });
      const uiLanguage = settings.uiLanguage;
      if (marked.length === 0) return { marks: [], uiLanguage };
      const [findings, orders] = await Promise.all([
        store.findingsOfThreads(
          db,
          marked.map((m) => m.row.threadId),
        ),
        store.listOrders(db),
      ]);
      await store.noteListThreads(
        db,
        marked.map(({ row, supplier }) => ({
          threadId: row.threadId,
          client: input.client,
          supplierId: supplier.id,
          subject: row.subject.slice(0, 1000),
          attachmentNames: row.attachmentNames.slice(0, 200).map((n) => n.slice(0, 500)),
          pageUrl: input.pageUrl,
        })),
      );
      const marks = marked.map(({ row, supplier }) =>
        markThread({
          threadId: row.threadId,
          subject: row.subject,
          supplier,
          known: findings.get(row.threadId),
          orders,
          thresholds: settings.thresholds,
        }),
      );
      return { marks, uiLanguage };
    },
  };
}

export type ListService = ReturnType<typeof createListService>;
