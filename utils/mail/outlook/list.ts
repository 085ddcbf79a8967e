// Reads Outlook's message list into ListRows (utils/mail/list.ts), with the selectors of ./list-selectors.
import { normaliseAddress } from '@/utils/triage/addresses';
import type { ListReader, ListReading, ListRow } from '../list';
import { MatchLog, query, queryAll } from '../selectors';
import { clean } from '../text';
import { OUTLOOK_LIST, OUTLOOK_LIST_ATTR } from './list-selectors';
import { addressIn } from './read';

export function createOutlookListReader(doc: Document): ListReader {
  return {
    client: 'outlook',
    read(): ListReading {
      const log = new MatchLog();
      const options = queryAll(doc, OUTLOOK_LIST.row, log);
      if (options.length === 0) return { present: false, rows: [], unreadable: 0, log };
      const container = (options[0].closest('[role="listbox"]') ?? options[0].parentElement) as HTMLElement;
      const rows: ListRow[] = [];
      let unreadable = 0;
      for (const el of options) {
        const threadId = clean(el.getAttribute(OUTLOOK_LIST_ATTR.convid));
        const senderEmails = [
          ...new Set(
            queryAll(el, OUTLOOK_LIST.sender, log)
              // The reading pane's rule: the title's address, unless it only repeats the name shown.
              .map((s) =>
                addressIn(s.getAttribute(OUTLOOK_LIST_ATTR.senderTitle) ?? '', clean(s.textContent)),
              )
              .filter((e): e is string => Boolean(e))
              .map(normaliseAddress),
          ),
        ];
        if (!threadId || senderEmails.length === 0) {
          unreadable++;
          continue;
        }
        const attachmentNames = [
          ...new Set(
            queryAll(el, OUTLOOK_LIST.attachmentChip, log)
              .map((c) => clean(c.getAttribute(OUTLOOK_LIST_ATTR.fileTitle)))
              .filter(Boolean),
          ),
        ];
        rows.push({
          client: 'outlook',
          threadId,
          senderEmails,
          subject: clean(query(el, OUTLOOK_LIST.subject, log)?.textContent),
          attachmentNames,
          hasAttachments: attachmentNames.length > 0 || Boolean(query(el, OUTLOOK_LIST.attachmentIcon, log)),
          element: el,
          markAnchor: query(el, OUTLOOK_LIST.subjectLine, log) ?? el,
          // The row names itself (aria-label on the option): the mark is read from inside the row.
          speechAnchor: undefined,
        });
      }
      return { present: true, container, rows, unreadable, log };
    },
  };
}
