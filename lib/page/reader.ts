import { type NameSpan, partsOfOtherNames, unknownEntities } from '../engine/name-spans';
import type { Findings } from '../engine/read-text';
import { t } from '../i18n';
import { findArticleDate } from './article-date';
import { readInBackground } from './background-reader';
import { type Placed, spotsFor } from './highlight';
import type { PageText } from './page-text';
import type { Spot } from './spots';
import { yieldToPage } from './yield-to-page';

/** The results of reading a page: what each highlight is and where it stands, in text order. */
export interface Reading {
  items: ReadItem[];
  spots: Spot[];
  /** Where each result starts in the page text it was read from, for merging the names tagged later in order. */
  starts: number[];
}

// A piece of work of about this long leaves the page room to answer input within a frame or two.
const PIECE_MS = 16;
// Results placed between two looks at the clock.
const BATCH = 256;

/**
 * Has the background find and judge every entity and figure in the article text, then places each
 * here, one piece per task of about 16 ms. The session paints the result.
 */
export async function annotatePage(
  doc: Document,
  page: PageText,
  french: boolean,
  names?: readonly NameSpan[],
): Promise<Reading & { findings: Findings }> {
  const root = page.nodes[0]?.parentElement ?? doc.body;
  const how = { french, articleDate: findArticleDate(doc, root), names };
  const findings: Findings = { entities: [], figures: [] };
  const placed: Placed<ReadItem>[] = [];
  for await (const found of readInBackground(page.text, how)) {
    findings.entities.push(...found.entities);
    findings.figures.push(...found.figures);
    const results = inTextOrder(found);
    for (let i = 0; i < results.length; ) {
      await yieldToPage();
      const began = performance.now();
      for (; i < results.length && performance.now() - began < PIECE_MS; i += BATCH) {
        placed.push(...spotsFor(page, results.slice(i, i + BATCH).map(toItem)));
      }
    }
  }
  // Painting gets a task of its own: on a 5 MB page (85,000 results) it and the last piece made one long task.
  await yieldToPage();
  const items = placed.map(({ item }) => item);
  return { findings, items, spots: placed.map(({ spot }) => spot), starts: items.map(({ start }) => start) };
}

type Result = Findings['entities'][number] | Findings['figures'][number];

// Both lists are in text order; a name goes before a figure that starts at the same place.
function inTextOrder({ entities, figures }: Findings): Result[] {
  const out: Result[] = [];
  let k = 0;
  for (const entity of entities) {
    for (let figure = figures[k]; figure && figure.start < entity.start; figure = figures[++k]) out.push(figure);
    out.push(entity);
  }
  for (; k < figures.length; k++) out.push(figures[k] as Result);
  return out;
}

/**
 * Merges the names the name finder found that no stored fact covers into the reading, in text
 * order, without reading the page again. A stored name that a found person's name shows to be a
 * word of another name (`Wagner` in `Richard Wagner`) leaves the reading, and the person comes in.
 */
export function addUnknownNames(page: PageText, findings: Findings, spans: readonly NameSpan[], reading: Reading): Reading {
  const misread = partsOfOtherNames(page.text, spans, findings.entities);
  const entities = misread.size ? findings.entities.filter((entity) => !misread.has(entity)) : findings.entities;
  const unknown = unknownEntities(page.text, spans, [...entities, ...findings.figures], t);
  const starts = new Set([...misread].map(({ start }) => start));
  const kept = misread.size ? without(reading, (item) => item.kind === 'entity' && starts.has(item.start)) : reading;
  return merged(kept, spotsFor(page, unknown.map(toItem)));
}

function without(reading: Reading, drop: (item: ReadItem) => boolean): Reading {
  const keep = reading.items.map((item) => !drop(item));
  const kept = <T>(list: T[]) => list.filter((_, i) => keep[i]);
  return { items: kept(reading.items), spots: kept(reading.spots), starts: kept(reading.starts) };
}

// Both lists are in text order: one merge, where sorting everything again took a 50 ms task on 5 MB.
function merged(reading: Reading, added: Placed<ReadItem>[]): Reading {
  const next: Reading = { items: [], spots: [], starts: [] };
  const push = (item: ReadItem, spot: Spot, start: number) => {
    next.items.push(item);
    next.spots.push(spot);
    next.starts.push(start);
  };
  let k = 0;
  reading.spots.forEach((spot, i) => {
    const start = reading.starts[i] ?? 0;
    // An added name goes after a result that starts at the same place, as a stable sort put it.
    for (let one = added[k]; one && one.item.start < start; one = added[++k]) push(one.item, one.spot, one.item.start);
    push(reading.items[i] as ReadItem, spot, start);
  });
  for (const one of added.slice(k)) push(one.item, one.spot, one.item.start);
  return next;
}

/** One highlight as the page keeps it: its place, kind and status, and what its card needs. */
export type ReadItem = ReturnType<typeof toItem>;

// Only what painting and the card read, in one small shape: a spread would copy the whole sentence record.
function toItem(result: Result) {
  const { kind, status, start, end, text, explanation } = result;
  return { kind, status, start, end, text, explanation, factId: ('entityId' in result ? result.entityId : result.factId) || undefined };
}
