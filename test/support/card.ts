import type { Page } from 'playwright-core';

const HOST = 'minusma-reader-ui';

/**
 * Lets the test's own page script read the card host's closed shadow root as `host.shadowRoot`,
 * through the DevTools protocol, which sees closed roots; page script cannot. Does nothing while
 * no card host exists.
 */
export async function exposeCardRoot(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST });
    if (!nodeId) return;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return;
    const host = await cdp.send('DOM.resolveNode', { nodeId });
    const inside = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: host.object.objectId,
      functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { value: root, configurable: true }); }',
      arguments: [{ objectId: inside.object.objectId }],
    });
  } finally {
    await cdp.detach();
  }
}

/** The text of the open card in the extension's shadow-root host, or null when none is open. */
export async function cardText(page: Page): Promise<string | null> {
  await exposeCardRoot(page);
  return page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelector('.card')?.textContent ?? null, HOST);
}

/** Waits up to `ms` for a card to open, and gives its text. */
export async function waitForCard(page: Page, ms = 10_000): Promise<string> {
  for (const end = Date.now() + ms; Date.now() < end; await page.waitForTimeout(100)) {
    const text = await cardText(page);
    if (text !== null) return text;
  }
  throw new Error(`no card opened within ${ms} ms`);
}

/** The viewport centre of the first painted range covering `text` in highlight `name`. */
export function rangeCentre(page: Page, name: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([n, t]) => {
      const range = [...(CSS.highlights.get(n) ?? [])].find((r) => (r as Range).toString() === t) as Range | undefined;
      if (!range) throw new Error(`no ${n} range for ${t}`);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [name, text] as const,
  );
}
