import { dateLine, figureLine, heldLine } from '../engine/describe';
import { english, type Say } from '../say';
import type { FactKind } from './fact-fields';
import type { FactIndex } from './fact-index';
import { wordedFor } from './in-reader-language';
import { type Overlay, overlayStatus } from './overlay';
import type { Fact, Source } from './schema';

/** A fact as the options page lists it. */
export interface FactRow {
  fact: Fact;
  kind: FactKind;
  type: string;
  title: string;
  detail: string;
  asOf: string;
  sources: Source[];
  status: 'shipped' | 'edited' | 'added';
  singleSource: boolean;
  superseded: boolean;
  /** Folded text searched by the filter. */
  haystack: string;
}

/** The filters of the options page; empty strings match everything. */
export interface FactFilter {
  text: string;
  kind: '' | FactKind;
  type: string;
  status: '' | FactRow['status'] | 'single-source' | 'superseded';
}

function describe(fact: Fact, say: Say, readerFrench: boolean): Pick<FactRow, 'kind' | 'type' | 'title' | 'detail'> {
  if ('aliases' in fact)
    return {
      kind: 'entities',
      type: fact.type,
      // The list names an entity as the reader's language does (`Conseil de sécurité des Nations unies`); cards keep the
      // article's language, since they judge how it spells the name.
      title: (readerFrench && fact.names.fr) || fact.name,
      detail: fact.role ?? fact.description,
    };
  if ('counts' in fact) return { kind: 'figures', type: fact.unit, title: figureLine(fact, say), detail: fact.subject };
  return { kind: 'dates', type: 'date', title: dateLine(fact, say), detail: fact.subject };
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Every merged fact as a row, with where it comes from. */
export function factRows(
  index: FactIndex,
  overlay: Overlay,
  shipped: ReadonlySet<string>,
  say: Say = english,
  readerFrench = false,
): FactRow[] {
  return [...index.byId.values()].map((fact) => {
    // Shown in the reader's language; the fact the row edits stays as stored.
    const worded = wordedFor(fact, readerFrench);
    const row = describe(worded, say, readerFrench);
    return {
      fact,
      ...row,
      asOf: heldLine(worded, say),
      sources: fact.sources,
      status: overlayStatus(overlay, shipped, fact.id),
      singleSource: 'singleSource' in fact && fact.singleSource === true,
      superseded: fact.status === 'superseded',
      haystack: fold([fact.id, row.title, row.detail, JSON.stringify(fact)].join(' ')),
    };
  });
}

/** The rows that pass every filter. */
export function filterRows(rows: readonly FactRow[], filter: FactFilter): FactRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!filter.kind || row.kind === filter.kind) &&
      (!filter.type || row.type === filter.type) &&
      (!filter.status ||
        row.status === filter.status ||
        (filter.status === 'single-source' && row.singleSource) ||
        (filter.status === 'superseded' && row.superseded)) &&
      words.every((w) => row.haystack.includes(w)),
  );
}
