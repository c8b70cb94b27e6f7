import { type Detection, detectCoverage, hasTrigger } from '../engine/detect';
import { findArticleRoot } from './article-root';
import { collectText, type PageText } from './page-text';
import { yieldToPage } from './yield-to-page';

/** The verdict on a page with no trigger word. */
export const NOT_COVERAGE: Detection = { coverage: false, confidence: 0, score: 0, signals: [], french: false };
const DETECTION_LIMIT = 100_000;

/** What detection found: on pages with a trigger word, the article root and the start of its text. */
export interface Found {
  detection: Detection;
  page?: PageText | undefined;
  root?: Element | undefined;
}

/**
 * Decides whether a document is MINUSMA coverage: one cheap scan first, scoring only when triggered.
 * Finding the article and scoring it are tasks of their own, after the page's next turn: on a long
 * page the three together held the page for over 50 ms. The measure spans them, turns included.
 */
export async function detectPage(doc: Document): Promise<Found> {
  const start = performance.now();
  try {
    if (!doc.body || !hasTriggerText(doc.body)) return { detection: NOT_COVERAGE };
    await yieldToPage();
    const root = findArticleRoot(doc);
    // Detection reads the article's first 100,000 characters; annotation reads the rest in slices.
    const page = collectText(root, DETECTION_LIMIT);
    await yieldToPage();
    return { detection: detectCoverage(page.text, doc.documentElement.lang), page, root };
  } finally {
    performance.measure('minusma:detect', { start, end: performance.now() });
  }
}

// Sites put their state in the body as scripts (a megabyte of JSON on some saved pages): no article text.
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

// True when the body's text, its own scripts and styles left out, has a trigger word.
function hasTriggerText(body: HTMLElement): boolean {
  for (let node = body.firstChild; node; node = node.nextSibling) {
    if (!NOT_TEXT.has(node.nodeName) && hasTrigger(node.textContent ?? '')) return true;
  }
  return false;
}

/** True when any of these nodes brings text with a trigger word: only then is detecting again worth it. */
export function bringsTrigger(nodes: readonly Node[]): boolean {
  return nodes.some((node) => hasTrigger(node.textContent ?? ''));
}
