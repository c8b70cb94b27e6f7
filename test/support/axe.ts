import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Serious and critical accessibility violations axe-core finds in a page (or one part of it). */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated over the DevTools protocol: extension pages' CSP forbids inline scripts, rightly.
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const context = selector ? { include: [[selector]] } : document;
    const { violations } = await axe.run(context, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  }, include);
}
