import { type CardData, cardData } from '../engine/card-data';
import { moveBy, nextPieceSize, PIECE, pieceEnd, shifted } from '../engine/chunks';
import { type DriftEntry, findDrift } from '../engine/drift';
import { type Annotation, annotateText, type Engine, unknownEntities } from '../engine/engine';
import { isFrench } from '../engine/language';
import type { NameSpan } from '../engine/name-spans';
import { t } from '../i18n';
import { findArticleDate } from './article-date';
import { type Painted, rangesFor } from './highlight';
import type { PageText } from './page-text';
import { yieldToPage } from './yield-to-page';

/** The results of reading a page: a card and a live range for each highlight, in text order. */
export interface Reading {
  cards: CardData[];
  ranges: Range[];
  /** Where each range starts in the text it was read from, for keeping everything in text order. */
  starts: number[];
  drift: DriftEntry[];
}

// A piece of work of about this long leaves the page room to answer input within a frame or two.
const PIECE_MS = 16;

/**
 * Finds and judges every entity and figure in the article text, with a live range and a card for
 * each, one piece per task, each sized to take about 16 ms. The session paints the result.
 */
export async function annotatePage(
  doc: Document,
  page: PageText,
  engine: Engine,
  names?: readonly NameSpan[],
): Promise<Reading & { annotation: Annotation }> {
  const root = page.nodes[0]?.parentElement ?? doc.body;
  const options = {
    french: isFrench(doc.documentElement.lang, page.text),
    articleDate: findArticleDate(doc, root),
    say: t,
    explained: new Map<string, string>(),
  };
  const annotation: Annotation = { entities: [], figures: [] };
  const painted: Painted<Item>[] = [];
  const cards: CardData[] = [];
  const described = new Map();
  let size = PIECE.first;
  for (let from = 0, to = 0; from < page.text.length; from = to) {
    // The first piece too: building the engine just before may already have used most of a task.
    await yieldToPage();
    const began = performance.now();
    to = pieceEnd(page.text, from, size);
    const inChunk = names?.filter((n) => n.start >= from && n.end <= to);
    const part = annotateText(page.text.slice(from, to), engine, { ...options, names: inChunk && shifted(inChunk, -from) });
    const entities = moveBy(part.entities, from);
    const figures = moveBy(part.figures, from);
    annotation.entities.push(...entities);
    annotation.figures.push(...figures);
    const results = [...entities, ...figures].sort((a, b) => a.start - b.start);
    const slice = rangesFor(page, results.map(toItem));
    painted.push(...slice);
    cards.push(...slice.map(({ item }) => cardData(item, engine.facts, t, described)));
    size = nextPieceSize(size, performance.now() - began, PIECE_MS);
  }
  // Comparing the figures across the page and painting get a task each: on a 5 MB page (85,000
  // results) they and the last piece made one task of 60-160 ms.
  await yieldToPage();
  const drift = findDrift(annotation, engine.facts);
  await yieldToPage();
  return { annotation, cards, ranges: painted.map(({ range }) => range), starts: painted.map(({ item }) => item.start), drift };
}

/**
 * Merges the names the name finder found that no stored fact covers into the reading, in text
 * order, without reading the page again.
 */
export function addUnknownNames(
  page: PageText,
  annotation: Annotation,
  spans: readonly NameSpan[],
  engine: Engine,
  reading: Reading,
): Reading {
  const unknown = unknownEntities(page.text, spans, [...annotation.entities, ...annotation.figures], t);
  const painted = rangesFor(page, unknown.map(toItem));
  return merged(
    reading,
    painted.map(({ item, range }) => ({ card: cardData(item, engine.facts, t), range, start: item.start })),
  );
}

// Both lists are in text order: one merge, where sorting everything again took a 50 ms task on 5 MB.
function merged(reading: Reading, added: { card: CardData; range: Range; start: number }[]): Reading {
  const next: Reading = { cards: [], ranges: [], starts: [], drift: reading.drift };
  const push = (card: CardData, range: Range, start: number) => {
    next.cards.push(card);
    next.ranges.push(range);
    next.starts.push(start);
  };
  let k = 0;
  reading.ranges.forEach((range, i) => {
    const start = reading.starts[i] ?? 0;
    // An added name goes after a result that starts at the same place, as a stable sort put it.
    for (let one = added[k]; one && one.start < start; one = added[++k]) push(one.card, one.range, one.start);
    push(reading.cards[i] as CardData, range, start);
  });
  for (const one of added.slice(k)) push(one.card, one.range, one.start);
  return next;
}

type Item = ReturnType<typeof toItem>;

// Only what painting and the card read, in one small shape: a spread would copy the whole sentence record.
function toItem(result: Annotation['entities'][number] | Annotation['figures'][number]) {
  const { kind, status, start, end, text, explanation } = result;
  return { kind, status, start, end, text, explanation, factId: ('entityId' in result ? result.entityId : result.factId) || undefined };
}
