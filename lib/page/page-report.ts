import type { Detection } from '../engine/detect';
import type { PageReport, ReportItem } from '../messaging';
import { highlightName } from './highlight';

/** What the popup is told about a page: its verdict and every highlight, in text order. */
export function buildReport(host: string, detection: Detection, items: readonly Omit<ReportItem, 'index'>[], disabled = false): PageReport {
  const byHighlight: PageReport['byHighlight'] = {};
  let entities = 0;
  for (const item of items) {
    const name = highlightName(item);
    if (name) byHighlight[name] = (byHighlight[name] ?? 0) + 1;
    if (item.kind === 'entity') entities++;
  }
  return {
    host,
    coverage: detection.coverage,
    disabled,
    confidence: detection.confidence,
    signals: detection.signals,
    french: detection.french,
    entities,
    figures: items.length - entities,
    byHighlight,
    items: items.map((item, index) => ({ ...item, index })),
  };
}

/** The badge number: what a reader should look at (conflicts and variants). */
export function badgeCount(items: readonly { status: string }[], coverage: boolean, disabled: boolean): number {
  if (!coverage || disabled) return 0;
  let count = 0;
  for (const { status } of items) if (status === 'conflict' || status === 'variant') count++;
  return count;
}
