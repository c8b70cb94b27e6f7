import { type CardData, cardData } from '../engine/card-data';
import { type Detection, detectCoverage, hasTrigger } from '../engine/detect';
import { type DriftEntry, findDrift } from '../engine/drift';
import { type Annotation, annotateText, type Engine } from '../engine/engine';
import { isFrench } from '../engine/language';
import type { NameSpan } from '../engine/name-spans';
import { findArticleDate } from './article-date';
import { findArticleRoot } from './article-root';
import { paint, paintMore } from './highlight';
import { collectText, type PageText } from './page-text';

const NOT_COVERAGE: Detection = { coverage: false, confidence: 0, score: 0, signals: [] };

function measure(name: string, start: number): void {
  performance.measure(name, { start, end: performance.now() });
}

/** Decides whether a document is MINUSMA coverage: one cheap scan first, scoring only when triggered. */
export function detectPage(doc: Document): { detection: Detection; page?: PageText; root?: Element } {
  const start = performance.now();
  try {
    if (!hasTrigger(doc.body?.textContent ?? '')) return { detection: NOT_COVERAGE };
    const root = findArticleRoot(doc);
    const page = collectText(root);
    return { detection: detectCoverage(page.text), page, root };
  } finally {
    measure('minusma:detect', start);
  }
}

/** The painted results of one pass: a card and a live range for each highlight, in text order. */
export interface Reading {
  cards: CardData[];
  ranges: Range[];
  drift: DriftEntry[];
}

/**
 * Finds, judges and paints every entity and figure in the article text; with `more`, adds to what
 * is painted (text that arrived after load) instead of replacing it.
 */
export function annotatePage(
  doc: Document,
  page: PageText,
  engine: Engine,
  more = false,
  names?: readonly NameSpan[],
): Reading & { annotation: Annotation } {
  const start = performance.now();
  const root = page.nodes[0]?.parentElement ?? doc.body;
  const articleDate = findArticleDate(doc, root);
  const annotation = annotateText(page.text, engine, { french: isFrench(doc.documentElement.lang, page.text), articleDate, names });
  const results = [...annotation.entities, ...annotation.figures].sort((a, b) => a.start - b.start);
  const items = results.map((r) => ({ ...r, factId: ('entityId' in r ? r.entityId : r.factId) || undefined }));
  const painted = more ? paintMore(page, items) : paint(page, items);
  measure('minusma:annotate', start);
  return {
    annotation,
    cards: painted.map(({ item }) => cardData(item, engine.facts)),
    ranges: painted.map(({ range }) => range),
    drift: findDrift(annotation, engine.facts),
  };
}
