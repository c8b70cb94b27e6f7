import type { Page } from 'playwright-core';

/** The text of the open card in the extension's shadow-root host, or null when none is open. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('minusma-reader-ui')?.shadowRoot?.querySelector('.card')?.textContent ?? null);
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
