// The health check's bookkeeping, shared by the adapters: which alternative of each selector matched, which
// required ones missed where they must match, and the report, with a text-free outline when anything did.
import { type HealthReport, layoutOutline } from './adapter';
import { MatchLog, type MessageRegions, matchAll, type SelectorEntry } from './selectors';

export interface HealthFields
  extends Pick<HealthReport, 'client' | 'path' | 'conversationOpen' | 'openMessages'> {
  /** Where the outline starts when the layout is not recognised. */
  outlineRoot: Element | null;
  /** Shown in the outline but not entered: bodies (the sender's markup says nothing of the layout). */
  outlineSkip: string;
}

export function createHealthCheck() {
  const log = new MatchLog();
  const missing = new Set<string>();

  /** Required entries are always recorded (hit or miss); optional ones only when they match. */
  const check = (root: ParentNode, entry: SelectorEntry): HTMLElement[] => {
    const match = matchAll(root, entry);
    if (match || entry.required) log.record(entry.name, match?.alternative.id ?? null);
    if (!match && entry.required) missing.add(entry.name);
    return match?.elements ?? [];
  };

  /**
   * Records the messages of a conversation that looks open: a message is expected, and a body once there
   * is a message to hold one. Returns the expanded messages, the ones to check further.
   */
  const expectMessages = (
    regions: MessageRegions,
    message: SelectorEntry,
    body: SelectorEntry,
  ): MessageRegions['open'] => {
    const { found, all, open } = regions;
    log.record(message.name, found?.alternative.id ?? null);
    if (!all.length) missing.add(message.name);
    if (all.length) {
      log.record(body.name, open[0]?.bodyMatch.alternative.id ?? null);
      if (!open.length) missing.add(body.name);
    }
    return open;
  };

  const report = (fields: HealthFields): HealthReport => {
    const { client, path, conversationOpen, openMessages, outlineRoot, outlineSkip } = fields;
    const ok = missing.size === 0;
    return {
      ok,
      client,
      checkedAt: new Date().toISOString(),
      path,
      conversationOpen,
      openMessages,
      matched: log.matched,
      missing: [...missing],
      outline:
        ok || !outlineRoot
          ? undefined
          : layoutOutline(outlineRoot, { skip: (el) => el.matches(outlineSkip) }),
    };
  };

  return { log, missing, check, expectMessages, report };
}
