// Most specific first: a marked article body beats an <article>, which beats <main>.
const MARKED = ['[itemprop="articleBody"]', 'article', 'main, [role="main"]'];

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

function longest(elements: Iterable<Element>): Element | undefined {
  let best: Element | undefined;
  for (const el of elements) if (!best || textLength(el) > textLength(best)) best = el;
  return best;
}

// Readability-style: the parent holding the most paragraph text, when there is enough of it.
function densestBlock(doc: Document): Element | undefined {
  const score = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + textLength(p));
  }
  let best: Element | undefined;
  for (const [el, n] of score) if (!best || n > (score.get(best) ?? 0)) best = el;
  return best && (score.get(best) ?? 0) > 200 ? best : undefined;
}

/**
 * The element that holds the article: the longest `[itemprop=articleBody]`, else the longest
 * `article`, else `main`, else the block with the most paragraph text, else the body.
 */
export function findArticleRoot(doc: Document): Element {
  for (const selector of MARKED) {
    const found = longest(doc.querySelectorAll(selector));
    if (found && textLength(found) > 200) return found;
  }
  return densestBlock(doc) ?? doc.body;
}
