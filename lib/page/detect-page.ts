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
const NOT_TEXT = new Set(['script', 'style', 'noscript']);

/**
 * True when a text node of the body, outside scripts and styles, has a trigger word. Node by node: the body's
 * `textContent` copies the whole text first, which took twice a walk's time on a 5 MB page. A trigger split
 * across nodes is missed, but coverage names the mission again and again. The parent is looked at only on a
 * hit, so the walk makes no call per node besides the test.
 */
function hasTriggerText(body: HTMLElement): boolean {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (hasTrigger((node as Text).data) && !NOT_TEXT.has(node.parentElement?.localName ?? '')) return true;
  }
  return false;
}

/** True when any of these nodes brings text with a trigger word: only then is detecting again worth it. */
export function bringsTrigger(nodes: readonly Node[]): boolean {
  return nodes.some((node) => hasTrigger(node.textContent ?? ''));
}
