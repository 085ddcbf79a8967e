// Our mail UI lives in closed shadow roots, so the mail page's own scripts cannot read it — and neither
// can Playwright, whose selector engines (and axe) read `element.shadowRoot`, null for a closed root.
// The tests reach it through the DevTools protocol instead, which sees every shadow root
// (`DOM.getDocument` with `pierce`): each closed root found under a custom element is handed to the
// page's main world and to Playwright's utility world (where locators run), and a `shadowRoot` getter
// installed there, in the test's browser only, answers it. A mail client's scripts have no such handle:
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
  /** host backendNodeId → root backendNodeId, for every closed root seen so far. */
  const roots = new Map();
  const inflight = new Set();
  const track = (promise) => {
    const p = promise.catch(() => {}); // a node gone, a context destroyed: nothing to reveal any more
    inflight.add(p);
    p.finally(() => inflight.delete(p));
  };

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
    } finally {
      for (const objectId of ids) await cdp.send('Runtime.releaseObject', { objectId }).catch(() => {});
    }
  };

  /** `again`: register even a root seen before (a sync; node ids start over in a new renderer process). */
  let again = false;
  const found = (hostId, rootId) => {
    if (roots.get(hostId) === rootId && !again) return;
    roots.set(hostId, rootId);
    for (const id of contexts) track(register(id, hostId, rootId));
  };

  /** Walk a node payload; ask for the children the protocol left out, so later insertions are reported. */
  const walk = (node) => {
    if (!node) return;
    for (const root of node.shadowRoots ?? []) {
      if (root.shadowRootType === 'closed') found(node.backendNodeId, root.backendNodeId);
      walk(root);
    }
    if (node.nodeType === 1 && node.children === undefined && node.childNodeCount > 0)
      track(cdp.send('DOM.requestChildNodes', { nodeId: node.nodeId, depth: -1, pierce: true }));
    // A custom element inserted after the document was read: its payload may leave out its shadow root.
    if (node.nodeType === 1 && node.nodeName.includes('-') && node.shadowRoots === undefined)
      track(
        cdp
          .send('DOM.describeNode', { backendNodeId: node.backendNodeId, depth: 1, pierce: true })
          .then(({ node: described }) => {
            for (const root of described.shadowRoots ?? [])
              if (root.shadowRootType === 'closed') found(described.backendNodeId, root.backendNodeId);
          }),
      );
    for (const child of node.children ?? []) walk(child);
  };

  const readDocument = async (all = false) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    again = all;
    try {
      walk(root);
    } finally {
      again = false;
    }
  };

  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData ?? {};
    if (!aux.isDefault && !context.name.startsWith('__playwright_utility_world_')) return;
    contexts.add(context.id);
    for (const [hostId, rootId] of roots) track(register(context.id, hostId, rootId));
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => {
    contexts.clear();
    roots.clear();
  });
  cdp.on('DOM.documentUpdated', () => {
    roots.clear();
    track(readDocument());
  });
  cdp.on('DOM.setChildNodes', ({ nodes }) => {
    for (const node of nodes) walk(node);
  });
  cdp.on('DOM.childNodeInserted', ({ node }) => walk(node));
  cdp.on('DOM.shadowRootPushed', ({ hostId, root }) => {
    if (root.shadowRootType !== 'closed') return walk(root);
    track(
      cdp.send('DOM.describeNode', { nodeId: hostId }).then(({ node }) => {
        found(node.backendNodeId, root.backendNodeId);
      }),
    );
  });
  await cdp.send('Runtime.enable');
  await cdp.send('DOM.enable');
  await readDocument();

  return {
    async sync() {
      await readDocument(true);
      while (inflight.size) await Promise.all([...inflight]);
    },
  };
}
