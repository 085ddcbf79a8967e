// The adapters' watch: one debounced MutationObserver over the page. It re-reads the open messages after a
// quiet moment (or at least every `maxWaitMs`, since the clients never stop mutating), calls back only when
// what can be read changed, ignores the extension's own elements, and stays silent while nothing is open.
import {
  type HealthReport,
  type MailAdapter,
  type MailAttachment,
  type MailMessage,
  OWN_UI_ATTRIBUTE,
} from './adapter';
import type { MessageScopes } from './scopes';

/** A page event that changes what can be read without a DOM mutation, e.g. a preview picture's `load`. */
export interface WatchEvent {
  type: string;
  relevant: (event: Event) => boolean;
}

export interface WatchOptions {
  doc: Document;
  health: () => HealthReport;
  messages: () => MailMessage[];
  scopes: Pick<MessageScopes, 'retire' | 'serial'>;
  /** DOM attributes whose changes can change what is open or readable; class churn is left out on purpose. */
  attributes: readonly string[];
  /** Listened to on the document in the capture phase (events like `load` do not bubble). */
  events?: readonly WatchEvent[];
  /** What else of an attachment the UI depends on, beyond its key, its anchor and its byte strategy. */
  attachmentState?: (attachment: MailAttachment) => unknown[];
  debounceMs: number;
  maxWaitMs: number;
  /** Changes that come from outside the DOM (Outlook's service answers): subscribe, get the unsubscribe. */
  changes?: (notify: () => void) => () => void;
}

function ownNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`[${OWN_UI_ATTRIBUTE}]`);
}

/** Changes made by the extension itself (badges, panels) never trigger a re-read. */
function relevant(record: MutationRecord): boolean {
  if (ownNode(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.some((n) => !ownNode(n));
}

/** What the UI depends on: which messages, which nodes, and how each photo can be measured. */
function signature(
  list: MailMessage[],
  report: HealthReport,
  serial: WatchOptions['scopes']['serial'],
  attachmentState: WatchOptions['attachmentState'],
): string {
  return JSON.stringify([
    report.ok,
    report.missing,
    list.map((m) => [
      m.id,
      serial(m.element),
      [...m.attachments, ...m.inlineImages].map((a) =>
        [a.key, serial(a.badgeAnchor), a.byteStrategy, ...(attachmentState?.(a) ?? [])].map(String).join(':'),
      ),
      m.driveLinks.map((d) => serial(d.badgeAnchor)),
    ]),
  ]);
}

export function createWatch(options: WatchOptions): MailAdapter['watch'] {
  const {
    doc,
    health,
    messages,
    scopes,
    attributes,
    events = [],
    attachmentState,
    debounceMs,
    maxWaitMs,
    changes,
  } = options;
  const { retire, serial } = scopes;
  const MO = doc.defaultView?.MutationObserver ?? MutationObserver;

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
      const sig = signature(list, report, serial, attachmentState);
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
      attributeFilter: [...attributes],
    });
    const listeners = events.map((watched) => {
      const listener = (event: Event): void => {
        if (watched.relevant(event)) schedule();
      };
      doc.addEventListener(watched.type, listener, true);
      return () => doc.removeEventListener(watched.type, listener, true);
    });
    const unsubscribe = changes?.(schedule);
    signal.addEventListener(
      'abort',
      () => {
        unsubscribe?.();
        observer.disconnect();
        for (const remove of listeners) remove();
        clearTimeout(timer);
        timer = undefined;
        retire(new Set());
      },
      { once: true },
    );
    schedule();
  };
}
