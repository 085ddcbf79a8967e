// Reads Gmail's thread list into ListRows (utils/mail/list.ts), with the selectors of ./list-selectors.
import { normaliseAddress } from '@/utils/triage/addresses';
import type { ListReader, ListReading, ListRow } from '../list';
import { MatchLog, query, queryAll } from '../selectors';
import { clean } from '../text';
import { GMAIL_LIST, GMAIL_LIST_ATTR } from './list-selectors';

/** A thread's `tr`s: one in the default layout, two or three in the vertical preview pane (`tr.apv`). */
function groupRows(rows: HTMLElement[]): HTMLElement[][] {
  const groups: HTMLElement[][] = [];
  for (const tr of rows) {
    const continues =
      !tr.hasAttribute('aria-labelledby') && tr.previousElementSibling === groups.at(-1)?.at(-1);
    if (continues && groups.length) groups.at(-1)!.push(tr);
    else groups.push([tr]);
  }
  return groups;
}

function firstIn<E extends Element>(group: HTMLElement[], find: (el: HTMLElement) => E | null): E | null {
  for (const el of group) {
    const found = find(el);
    if (found) return found;
  }
  return null;
}

export function createGmailListReader(doc: Document): ListReader {
  return {
    client: 'gmail',
    read(): ListReading {
      const log = new MatchLog();
      const trs = queryAll(doc, GMAIL_LIST.row, log);
      if (trs.length === 0) return { present: false, rows: [], unreadable: 0, log };
      const container = (trs[0].closest('table') ?? trs[0].parentElement) as HTMLElement;
      const rows: ListRow[] = [];
      let unreadable = 0;
      for (const group of groupRows(trs)) {
        const idEl = firstIn(group, (el) => query(el, GMAIL_LIST.threadId, log));
        const threadId = clean(idEl?.getAttribute(GMAIL_LIST_ATTR.legacyThreadId)).replace(/^#/, '');
        const senderEmails = [
          ...new Set(
            group
              .flatMap((el) => queryAll(el, GMAIL_LIST.sender, log))
              .map((s) => s.getAttribute(GMAIL_LIST_ATTR.email) ?? '')
              .filter((e) => e.includes('@'))
              .map(normaliseAddress),
          ),
        ];
        const markAnchor = firstIn<HTMLElement>(group, (el) => query(el, GMAIL_LIST.subjectLine, log));
        if (!threadId || senderEmails.length === 0 || !markAnchor) {
          unreadable++;
          continue;
        }
        const chips = group
          .flatMap((el) => queryAll(el, GMAIL_LIST.attachmentChip, log))
          .map((c) => clean(c.textContent));
        const clip = firstIn(group, (el) => query(el, GMAIL_LIST.paperclip, log));
        const clipNames = clean(clip?.getAttribute(GMAIL_LIST_ATTR.attachmentTitle))
          .split(/,\s*/)
          .filter(Boolean);
        const attachmentNames = [...new Set([...chips, ...clipNames].filter(Boolean))];
        const labelledBy = group[0].getAttribute('aria-labelledby');
        const speech = labelledBy ? doc.getElementById(labelledBy.split(/\s+/)[0]) : null;
        rows.push({
          client: 'gmail',
          threadId,
          senderEmails,
          subject: clean(firstIn(group, (el) => query(el, GMAIL_LIST.subject, log))?.textContent),
          attachmentNames,
          hasAttachments: attachmentNames.length > 0 || Boolean(clip),
          element: group[0],
          markAnchor,
          speechAnchor: speech instanceof HTMLElement ? speech : undefined,
        });
      }
      return { present: true, container, rows, unreadable, log };
    },
  };
}
