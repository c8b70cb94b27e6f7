import type { CardData } from '../engine/card-data';
import type { Detection } from '../engine/detect';
import type { DriftEntry } from '../engine/drift';
import type { PageSummary } from '../messaging';
import { highlightName } from './highlight';

/** What the popup is told about a page. */
export function buildSummary(
  host: string,
  detection: Detection,
  cards: readonly CardData[],
  drift: DriftEntry[],
  disabled = false,
): PageSummary {
  const byHighlight: PageSummary['byHighlight'] = {};
  for (const card of cards) {
    const name = highlightName(card);
    if (name) byHighlight[name] = (byHighlight[name] ?? 0) + 1;
  }
  return {
    host,
    coverage: detection.coverage,
    disabled,
    confidence: detection.confidence,
    signals: detection.signals,
    entities: cards.filter((c) => c.kind === 'entity').length,
    figures: cards.filter((c) => c.kind === 'figure').length,
    byHighlight,
    items: cards.map((card, index) => ({ ...card, index })),
    drift,
  };
}

/** The badge number: what a reader should look at (conflicts and variants). */
export function badgeCount(items: readonly { status: string }[], coverage: boolean, disabled: boolean): number {
  if (!coverage || disabled) return 0;
  let count = 0;
  for (const { status } of items) if (status === 'conflict' || status === 'variant') count++;
  return count;
}
