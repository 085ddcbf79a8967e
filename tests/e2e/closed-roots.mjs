// Reading our UI the way a page script cannot: its shadow roots are closed, so tests and the demo go
// through the DevTools protocol, which pierces them (and reads the accessibility tree a screen reader gets).

/**
 * The text inside our closed shadow roots, read over the DevTools protocol (it pierces closed roots; a page
 * script cannot). One entry per host matching `selector`, in document order.
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
