const CANDIDATES = '[itemprop="articleBody"], article, main, [role="main"]';

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

/**
 * The element that holds the article: the longest `[itemprop=articleBody]`, `article` or `main`,
 * else the element with the most paragraph text, else the body.
 */
export function findArticleRoot(doc: Document): Element {
  const marked = [...doc.querySelectorAll(CANDIDATES)];
  if (marked.length > 0) return marked.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
  const score = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + textLength(p));
  }
  let best: Element | undefined;
  for (const [el, n] of score) if (!best || n > (score.get(best) ?? 0)) best = el;
  return best && (score.get(best) ?? 0) > 200 ? best : doc.body;
}
