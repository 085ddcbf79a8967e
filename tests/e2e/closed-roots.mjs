// Our mail UI lives in closed shadow roots, so the mail page's own scripts cannot read it — and neither
// can Playwright, whose selector engines (and axe) read `element.shadowRoot`, null for a closed root.
// The tests reach it through the DevTools protocol instead, which sees every shadow root
// (`DOM.getDocument` with `pierce`): each closed root found is handed to the page's main world and to
// Playwright's utility world (where locators run), and a `shadowRoot` getter installed there, in the
// test's browser only, answers it. A poll every 100 ms asks the page whether a host of ours is unread
// and reads the document only then. A mail client's scripts have no such handle:
// tests/e2e/page-isolation.e2e.mjs launches without this and proves they get nothing.

const REGISTER = `function (root) {
  const key = Symbol.for('photo-triage/e2e-closed-roots');
  let roots = globalThis[key];
  if (!roots) {
    roots = new WeakMap();
    Object.defineProperty(globalThis, key, { value: roots });
    const native = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
    Object.defineProperty(Element.prototype, 'shadowRoot', {
      configurable: true,
      enumerable: native.enumerable,
      get() {
        return native.get.call(this) ?? roots.get(this) ?? null;
      },
    });
  }
  roots.set(this, root);
}`;

/** In the page's main world: how many hosts of ours show no shadow root there yet. */
const UNREAD = `[...document.querySelectorAll('photo-triage-badge, photo-triage-panel, photo-triage-notice')]
  .filter((host) => !host.shadowRoot).length`;

/** Reveal the closed shadow roots of every page of `context`, now and later, to the test's own code. */
export function revealClosedShadowRoots(context) {
  const attach = (page) => {
    const reveal = revealInPage(page);
    revealed.set(page, reveal);
    reveal.catch(() => {});
  };
  context.on('page', attach);
  for (const page of context.pages()) attach(page);
}

/** @type {WeakMap<import('playwright-core').Page, Promise<{ sync: () => Promise<void> }>>} */
const revealed = new WeakMap();

/**
 * Wait until every closed root now in `page` is visible to the test's code (locators see new ones a
 * moment after they appear, and retry; a one-off `$$eval` should call this first). A page of a context
 * launched without the reveal is left alone.
 */
export async function syncClosedRoots(page) {
  const reveal = revealed.get(page);
  if (reveal) await (await reveal).sync();
}

async function revealInPage(page) {
  const cdp = await page.context().newCDPSession(page);
  /** Execution contexts to register roots in: each frame's main world and Playwright's utility world. */
  const contexts = new Set();
  /** A utility world appeared after the last read: read again even if the main world sees every root. */
  let dirty = true;

  const register = async (contextId, hostId, rootId) => {
    const ids = [];
    try {
      const host = await cdp.send('DOM.resolveNode', {
        backendNodeId: hostId,
        executionContextId: contextId,
      });
      ids.push(host.object.objectId);
      const root = await cdp.send('DOM.resolveNode', {
        backendNodeId: rootId,
        executionContextId: contextId,
      });
      ids.push(root.object.objectId);
      await cdp.send('Runtime.callFunctionOn', {
        objectId: host.object.objectId,
        functionDeclaration: REGISTER,
        arguments: [{ objectId: root.object.objectId }],
      });
    } catch {
      // a node gone, a context destroyed: nothing to reveal there any more
    } finally {
      for (const objectId of ids) await cdp.send('Runtime.releaseObject', { objectId }).catch(() => {});
    }
  };

  /** Every closed root of the document (backend node ids, which outlive the protocol's DOM session). */
  const readRoots = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    // The DOM domain would report every later change of the page, work on its main thread that would
    // show in the tests' long-task counts: read once, then let it go.
    await cdp.send('DOM.disable').catch(() => {});
    const pairs = [];
    const walk = (node) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed') pairs.push([node.backendNodeId, shadow.backendNodeId]);
        walk(shadow);
      }
      for (const child of node.children ?? []) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    return pairs;
  };

  const step = async () => {
    if (!dirty) {
      // Cheap: one query in the page's main world; the whole document is read only when a host is unread.
      const { result } = await cdp.send('Runtime.evaluate', { expression: UNREAD, returnByValue: true });
      if (!result || result.value === 0) return;
    }
    dirty = false;
    const pairs = await readRoots();
    await Promise.all([...contexts].flatMap((id) => pairs.map(([host, root]) => register(id, host, root))));
  };
  let chain = Promise.resolve();
  let busy = false;
  const sync = () => {
    chain = chain.then(step).catch(() => {});
    return chain;
  };

  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData ?? {};
    if (!aux.isDefault && !context.name.startsWith('__playwright_utility_world_')) return;
    contexts.add(context.id);
    dirty = true;
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  // Locators see a new root within a poll and retry meanwhile; readBadges and axe call sync() first.
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void sync().finally(() => {
      busy = false;
    });
  }, 100);
  timer.unref();
  page.once('close', () => clearInterval(timer));
  await sync();
  return { sync };
}

/**
 * The text of the mark, speech or notice inside each closed root whose host matches `selector`, read
 * over the DevTools protocol at once (the list marks are not among the hosts revealed above). One entry
 * per host, in document order.
 */
export async function closedTexts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const texts = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) {
        texts.push(undefined);
        continue;
      }
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          "function () { return this.querySelector('.mark, .speech, .notice')?.textContent; }",
        returnByValue: true,
      });
      texts.push(result.value);
    }
    return texts;
  } finally {
    await cdp.detach();
  }
}

/** What a screen reader reads for the row: its accessible name, from Chromium's accessibility tree. */
export async function rowName(page, rowSelector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: rowSelector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return nodes[0]?.name?.value ?? '';
  } finally {
    await cdp.detach();
  }
}
