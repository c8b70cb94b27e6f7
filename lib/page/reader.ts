import { type Detection, detectCoverage, hasTrigger } from '../engine/detect';
import type { Engine } from '../engine/engine';
import { annotateText } from '../engine/engine';
import { isFrench } from '../engine/language';
import type { PageSummary, SummaryItem } from '../messaging';
import { findArticleRoot } from './article-root';
import { clearHighlights, highlightName, paint } from './highlight';
import { collectText, type PageText } from './page-text';

const NOT_COVERAGE: Detection = { coverage: false, confidence: 0, score: 0, signals: [] };

function measure(name: string, start: number): void {
  performance.measure(name, { start, end: performance.now() });
}

/** Decides whether a document is MINUSMA coverage: one cheap scan first, scoring only when triggered. */
export function detectPage(doc: Document): { detection: Detection; page?: PageText } {
  const start = performance.now();
  try {
    if (!hasTrigger(doc.body?.textContent ?? '')) return { detection: NOT_COVERAGE };
    const page = collectText(findArticleRoot(doc));
    return { detection: detectCoverage(page.text), page };
  } finally {
    measure('minusma:detect', start);
  }
}

function summarise(detection: Detection, items: Omit<SummaryItem, 'index'>[]): PageSummary {
  const byHighlight: PageSummary['byHighlight'] = {};
  for (const item of items) {
    const name = highlightName(item);
    if (name) byHighlight[name] = (byHighlight[name] ?? 0) + 1;
  }
  return {
    coverage: detection.coverage,
    confidence: detection.confidence,
    signals: detection.signals,
    entities: items.filter((i) => i.kind === 'entity').length,
    figures: items.filter((i) => i.kind === 'figure').length,
    byHighlight,
    items: items.map((item, index) => ({ ...item, index })),
  };
}

/** Finds, judges and paints every entity and figure in the article of a coverage page. */
export function annotatePage(doc: Document, page: PageText, detection: Detection, engine: Engine): PageSummary {
  const start = performance.now();
  const { entities, figures } = annotateText(page.text, engine, { french: isFrench(doc.documentElement.lang, page.text) });
  const results = [...entities, ...figures].sort((a, b) => a.start - b.start);
  const painted = paint(page, results);
  measure('minusma:annotate', start);
  return summarise(
    detection,
    painted.map(({ item }) => ({
      kind: item.kind,
      status: item.status,
      text: item.text,
      explanation: item.explanation,
      ...('factId' in item && item.factId ? { factId: item.factId } : item.kind === 'entity' ? { factId: item.entityId } : {}),
    })),
  );
}

/** The summary of a page where nothing was annotated. */
export function emptySummary(detection: Detection): PageSummary {
  return summarise(detection, []);
}

/** Removes everything the reader painted. */
export function clearPage(): void {
  clearHighlights();
}
