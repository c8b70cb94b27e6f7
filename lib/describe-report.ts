import { type CardData, cardData, type FactParts } from './engine/card-data';
import { type DriftEntry, findDrift } from './engine/drift';
import { type FactIndex, namedIn } from './facts/fact-index';
import type { PageReport, ReportItem } from './messaging';
import type { Say } from './say';

/** One entity or figure on the page, as the popup lists it. */
export interface SummaryItem extends CardData {
  index: number;
}

/** What the popup shows: the page's report, each highlight with its card, and the drift report. */
export interface PageSummary extends Omit<PageReport, 'items'> {
  items: SummaryItem[];
  drift: DriftEntry[];
}

// Drift reads entities by their entity id; a report names every fact `factId`.
function driftInput(items: readonly ReportItem[]) {
  const entities = items.filter((i) => i.kind === 'entity').map((i) => ({ ...i, entityId: i.factId ?? '' }));
  return { entities, figures: items.filter((i) => i.kind === 'figure') };
}

/**
 * Words a page's report for the popup with the current facts: a card for every highlight, and what
 * the page gets wrong or leaves out.
 */
export function describeReport(report: PageReport, all: FactIndex, say: Say): PageSummary {
  const facts = namedIn(all, report.french);
  const described: FactParts = new Map();
  return {
    ...report,
    items: report.items.map((item) => ({ ...cardData(item, facts, say, described), index: item.index })),
    drift: findDrift(driftInput(report.items), facts, say),
  };
}
