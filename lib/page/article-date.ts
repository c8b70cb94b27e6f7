const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
];

function isoDay(value: string | null | undefined): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0];
}

/** The article's publication date (YYYY-MM-DD) from its metadata or its first `<time datetime>`, if any. */
export function findArticleDate(doc: Document, root: Element): string | undefined {
  for (const selector of META) {
    const found = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (found) return found;
  }
  return (
    isoDay(root.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'))
  );
}
