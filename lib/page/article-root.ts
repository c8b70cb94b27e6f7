// Most specific first: a marked article body beats an <article>, which beats <main>.
const MARKED = ['[itemprop="articleBody"]', 'article', 'main, [role="main"]'];

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

// Each candidate's text is measured once: textContent builds a new string on every call.
function longest(elements: Iterable<Element>): [Element, number] | undefined {
  let best: [Element, number] | undefined;
  for (const el of elements) {
    const length = textLength(el);
    if (!best || length > best[1]) best = [el, length];
  }
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
    if (found && found[1] > 200) return found[0];
  }
  return densestBlock(doc) ?? doc.body;
}
