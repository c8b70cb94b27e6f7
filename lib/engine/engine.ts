import { type FactIndex, namedIn } from '../facts/fact-index';
import { english, type Say } from '../say';
import type { Engine } from './create-engine';
import { documentHits } from './documents';
import { findFigures } from './find-figures';
import { foldText } from './fold-text';
import { type FigureResult, linkFigure } from './link-figures';
import { type EntityHit, matchEntities, type OtherName } from './match-entities';
import { type NameSpan, partsOfOtherNames, unknownEntities } from './name-spans';
import { tokenize } from './tokens';
import { webAddresses } from './web-addresses';

/** An entity hit with its explanation for the reader. */
export interface EntityResult extends EntityHit {
  explanation: string;
}

/** Everything found in one text. */
export interface Annotation {
  entities: EntityResult[];
  figures: FigureResult[];
}

// One literal shape for every result: spreading objects of varying shapes is slow in V8.
function withExplanation(hit: EntityHit, explanation: string): EntityResult {
  const { kind, start, end, text, entityId, status, via } = hit;
  return { kind, start, end, text, entityId, status, via, explanation };
}

function explainEntity(facts: FactIndex, hit: EntityHit, say: Say, explained: Map<string, string>): EntityResult {
  const fact = facts.byId.get(hit.entityId);
  const about = fact && 'description' in fact ? fact.description : '';
  // A name spelled as stored is explained by its entity's description: no wording to cache.
  if (hit.status !== 'variant') return withExplanation(hit, about.trim());
  const key = `variant|${hit.entityId}|${hit.text}`;
  let explanation = explained.get(key);
  if (explanation === undefined) {
    explanation = say('explainVariant', hit.text, fact && 'name' in fact ? fact.name : hit.via, about && ` ${about}`);
    explained.set(key, explanation);
  }
  return withExplanation(hit, explanation);
}

// Both lists are in text order, so one sweep drops figures inside names (`resolution 2100`).
function withoutOverlaps<T extends { start: number; end: number }>(items: T[], taken: readonly { start: number; end: number }[]): T[] {
  let k = 0;
  return items.filter((item) => {
    while (k < taken.length && (taken[k]?.end ?? 0) <= item.start) k++;
    const next = taken[k];
    return !next || next.start >= item.end;
  });
}

// Each misspelled name of the text, folded, with the stored name it resembles: it names what that one names.
function respelledNames(entities: readonly EntityResult[]): [string, string][] | undefined {
  const variants = entities.filter((e) => e.status === 'variant');
  return variants.length === 0 ? undefined : variants.map((e) => [foldText(e.text).text, foldText(e.via).text]);
}

/** Options for reading one text. */
export interface AnnotateOptions {
  /** The text is French: `,` is the decimal mark and French number words count. */
  french?: boolean;
  /** Names an NLP tagger found in the text: the ones no stored entity covers become unknown entities. */
  names?: readonly NameSpan[] | undefined;
  /** How explanations are worded (the reader's language); English by default. */
  say?: Say | undefined;
  /** The article's publication date (ISO), to judge figures against facts that held then. */
  articleDate?: string | undefined;
  /**
   * Explanations already worded, to share between the pieces of one page: many results point to the
   * same few facts. Only for calls with the same `say` and `articleDate`.
   */
  explained?: Map<string, string> | undefined;
}

/** Finds every entity and figure in a text and judges each against the facts. */
export function annotateText(text: string, engine: Engine, options: AnnotateOptions = {}): Annotation {
  const folded = foldText(text);
  const ctx = { folded, tokens: tokenize(folded.text) };
  const say = options.say ?? english;
  // Names repeat: each is worded once per text, or once per page when the caller shares the cache.
  const explained = options.explained ?? new Map<string, string>();
  // A variant in a French article is measured against the French spelling of the name.
  const facts = namedIn(engine.facts, options.french ?? false);
  const others: OtherName[] = [];
  const named = matchEntities(ctx, engine.trie, engine.fuzzy, others);
  const documents = documentHits(text, named, engine.documents);
  const found = documents.known.length ? [...named, ...documents.known].sort((a, b) => a.start - b.start) : named;
  // A tagged person's name shows a stored name inside it to be misread (`Richard Wagner`).
  const misread = options.names ? partsOfOtherNames(text, options.names, found) : undefined;
  const known = (misread?.size ? found.filter((hit) => !misread.has(hit)) : found).map((hit) => explainEntity(facts, hit, say, explained));
  const unknownSpans = [
    ...(options.names ?? []),
    ...documents.unknown.map(({ start, end }) => ({ start, end, type: 'document' as const })),
  ];
  // An address's words are no names, nor its numbers figures (`minusma.unmissions.org`, `…/2023-06-16/`).
  const addresses = webAddresses(text);
  const all = [...known, ...unknownEntities(text, unknownSpans, known, say)].sort((a, b) => a.start - b.start);
  const entities = addresses.length === 0 ? all : withoutOverlaps(all, addresses);
  // One cache per text: figures of the same sentence share their cue scores.
  const context = {
    articleDate: options.articleDate,
    french: options.french,
    say,
    scores: new Map<string, Map<string, number[]>>(),
    explained,
    respelled: respelledNames(known),
  };
  // A number inside a name or a document's symbol is part of it (`resolution 2100 (2013)`, `France 24`).
  const hiding = [...others, ...addresses, ...documents.all];
  const names = hiding.length === 0 ? entities : [...entities, ...hiding].sort((a, b) => a.start - b.start);
  const figures = withoutOverlaps(findFigures(folded, options.french ?? false, options.articleDate), names).map((hit) =>
    linkFigure(hit, engine.tables, context),
  );
  return { entities, figures };
}
