// One debounced MutationObserver over the page, as in the Gmail adapter: it re-reads the open messages
// after a quiet moment (or at least every `maxWaitMs` while Outlook keeps mutating), calls back only when
// what can be read changed, ignores the extension's own elements, and stays silent while nothing is open.
import { type HealthReport, type MailAdapter, type MailMessage, OWN_UI_ATTRIBUTE } from '../adapter';
import { OUTLOOK_ATTR } from './selectors';

/** DOM attributes whose changes can change what is open or readable; class churn is ignored on purpose. */
const WATCHED_ATTRIBUTES = ['href', 'src', 'aria-expanded', 'aria-selected', 'id', OUTLOOK_ATTR.convid];

export interface WatchDeps {
  doc: Document;
  health: () => HealthReport;
  messages: () => MailMessage[];
  /** Aborts the work of every message not in the set (closed, or the watch stopped). */
  retire: (openIds: Set<string>) => void;
  /** A number per element identity, so a re-rendered message (same id, new nodes) counts as a change. */
  serial: (el: Element) => number;
  debounceMs: number;
  maxWaitMs: number;
}

export function createWatch(deps: WatchDeps): MailAdapter['watch'] {
  const { doc, health, messages, retire, serial, debounceMs, maxWaitMs } = deps;
  const MO = doc.defaultView?.MutationObserver ?? MutationObserver;

  const ownNode = (node: Node): boolean => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(`[${OWN_UI_ATTRIBUTE}]`);
  };

  /** Changes made by the extension itself (badges, panels) never trigger a re-read. */
  const relevant = (record: MutationRecord): boolean => {
    if (ownNode(record.target)) return false;
    if (record.type !== 'childList') return true;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.some((n) => !ownNode(n));
  };

  /** What the UI depends on: which messages, which nodes, and how each photo can be measured. */
  const signature = (list: MailMessage[], report: HealthReport): string =>
    JSON.stringify([
      report.ok,
      report.missing,
      list.map((m) => [
        m.id,
        serial(m.element),
        [...m.attachments, ...m.inlineImages].map((a) =>
          [
            a.key,
            serial(a.badgeAnchor),
            a.byteStrategy,
            a.fetchUrl,
            a.previewSize?.width,
            a.previewSize?.height,
          ]
            .map(String)
            .join(':'),
        ),
      ]),
    ]);

  return (onChange, signal) => {
    if (signal.aborted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pendingSince = 0;
    let last: string | undefined;

    const scan = (): void => {
      timer = undefined;
      if (signal.aborted) return;
      const report = health();
      const list = report.openMessages > 0 ? messages() : [];
      retire(new Set(list.map((m) => m.id)));
      const sig = signature(list, report);
      if (sig === last) return;
      const first = last === undefined;
      last = sig;
      if (first && !list.length && report.ok) return; // nothing open, nothing wrong: stay quiet
      onChange(list, report);
    };

    const schedule = (): void => {
      const now = Date.now();
      if (timer === undefined) pendingSince = now;
      else clearTimeout(timer);
      timer = setTimeout(scan, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
    };

    const observer = new MO((records) => {
      if (records.some(relevant)) schedule();
    });
    observer.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
    // A preview picture that finishes loading changes what can be measured without any DOM mutation.
    const onLoad = (event: Event): void => {
      const target = event.target as Element | null;
      if (target?.tagName === 'IMG' && target.closest('[role="dialog"]')) schedule();
    };
    doc.addEventListener('load', onLoad, true);
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        doc.removeEventListener('load', onLoad, true);
        clearTimeout(timer);
        timer = undefined;
        retire(new Set());
      },
      { once: true },
    );
    schedule();
  };
}
