// Most specific first: a marked article body beats an <article>, which beats <main>.
const MARKED = ['[itemprop="articleBody"]', 'article', 'main, [role="main"]'];
// Less text than this is a teaser or a caption, not an article.
const MIN_TEXT = 200;

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

// Enough text to be an article, read only as far as needed: a lone candidate's whole text is never built.
function hasText(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node && length <= min; node = walker.nextNode()) length += (node as Text).data.length;
  return length > min;
}

// Each candidate's text is measured once: textContent builds a new string on every call.
function longest(elements: ArrayLike<Element>): Element | undefined {
  if (elements.length === 1) return elements[0] && hasText(elements[0], MIN_TEXT) ? elements[0] : undefined;
  let best: [Element, number] | undefined;
  for (const el of Array.from(elements)) {
    const length = textLength(el);
    if (!best || length > best[1]) best = [el, length];
  }
  return best && best[1] > MIN_TEXT ? best[0] : undefined;
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
  return best && (score.get(best) ?? 0) > MIN_TEXT ? best : undefined;
}

/**
 * The element that holds the article: the longest `[itemprop=articleBody]`, else the longest
 * `article`, else `main`, else the block with the most paragraph text, else the body.
 */
export function findArticleRoot(doc: Document): Element {
  for (const selector of MARKED) {
    const found = longest(doc.querySelectorAll(selector));
    if (found) return found;
  }
  return densestBlock(doc) ?? doc.body;
}
