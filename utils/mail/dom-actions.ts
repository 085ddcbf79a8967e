// Acting on a mail client's own controls as a person would, and waiting for the client to answer.

/**
 * A full press: Gmail's buttons act on mousedown/mouseup rather than click alone (InboxSDK's simulateClick
 * does the same), Outlook's Fluent buttons on click and some of its menus on mousedown.
 */
export function press(el: HTMLElement): void {
  const MouseEventCtor = el.ownerDocument.defaultView?.MouseEvent ?? MouseEvent;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEventCtor(type, { bubbles: true, cancelable: true, button: 0 }));
  }
}

export interface WaitOptions {
  timeoutMs: number;
  /** Attributes whose changes may reveal what `probe` looks for (child list changes always count). */
  attributes: readonly string[];
  signal?: AbortSignal;
}

/**
 * The first truthy `probe()` after a change in `doc`, else its answer at the timeout; null as soon as
 * `signal` aborts.
 */
export function waitFor<T>(doc: Document, probe: () => T | null, options: WaitOptions): Promise<T | null> {
  const { timeoutMs, attributes, signal } = options;
  const MO = doc.defaultView?.MutationObserver ?? MutationObserver;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: T | null): void => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = (): void => finish(null);
    const observer = new MO(() => {
      const found = probe();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(probe()), timeoutMs);
    observer.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...attributes],
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) finish(null);
  });
}
