import { type FactIndex, namedIn } from '../facts/fact-index';
import type { DateFact } from '../facts/schema';
import { english, type Say } from '../say';
import { buildAliasTrie, type TrieNode } from './alias-trie';
import { compileCueMatcher, compileCues, namingCues } from './cues';
import { documentAliases, documentHits } from './documents';
import { findFigures } from './find-figures';
import { foldText } from './fold-text';
import { buildFuzzyIndex, type FuzzyIndex } from './fuzzy-names';
import { type FigureResult, type LinkTables, linkFigure } from './link-figures';
import { type EntityHit, matchEntities, type OtherName } from './match-entities';
import { type NameSpan, partsOfOtherNames, unknownEntities } from './name-spans';
import { tokenize } from './tokens';

/** The facts compiled for matching: build once per version of the facts, reuse on every page. */
export interface Engine {
  facts: FactIndex;
  trie: TrieNode;
  fuzzy: FuzzyIndex;
  tables: LinkTables;
  /** Stored names written as UN symbols (`S/2023/36`), by the symbol's words. */
  documents: Map<string, [entityId: string, alias: string]>;
}

/** An entity hit with its explanation for the reader. */
export interface EntityResult extends EntityHit {
  explanation: string;
}

/** Everything found in one text. */
export interface Annotation {
  entities: EntityResult[];
  figures: FigureResult[];
}

type Cued = { subject: string; status?: string | undefined; cues: { en: readonly string[]; fr: readonly string[] } };

// A subject's names name it as its own cues do (figures), or are scored apart as its names and so are no cues of
// what happened (dates: `France` is Barkhane's name, not a cue of its exit, or it would count twice).
function linkTable<T extends Cued>(list: readonly T[], namesOf: (subject: string) => string[], names: 'naming' | 'apart') {
  const facts = list.filter((f) => f.status !== 'superseded');
  const subjects = facts.map((fact) => fact.subject);
  // The dates' table holds events, which timelines tell in the present (see compileCues).
  const events = names === 'apart';
  const compile = (pick: (cues: T['cues']) => readonly string[]) => {
    const named = subjects.map((subject) => compileCues(namesOf(subject)));
    const sets = facts.map((fact, i) => {
      const cues = compileCues(pick(fact.cues), events);
      return names === 'apart' ? cues.filter((cue) => !named[i]?.includes(cue)) : cues;
    });
    const all = compileCueMatcher(sets);
    if (names === 'apart') return { all, naming: all };
    const naming = namingCues(sets, subjects).map((set, i) => [...new Set([...set, ...(named[i] ?? [])])]);
    return { all, naming: compileCueMatcher(naming) };
  };
  // English text takes only the English cues: folded, a French cue can be an English word (`tués`,
  // `Tuesday`). French text takes both: many English cues are French words too (`mission`, `transition`).
  const en = compile((c) => c.en);
  const fr = compile((c) => [...c.fr, ...c.en]);
  return { facts, cues: { en: en.all, fr: fr.all }, naming: { en: en.naming, fr: fr.naming } };
}

// Words that name an event's subject though no ending of its names makes them: a country's people (`Egyptian`
// is `Egypt` with one, `German` is not `Germany`), a country's army (`Bundeswehr`), the country an operation's troops came from (`the last
// French soldiers` were Barkhane's, Takuba's were European; `Macron` announced its exit and its end), what the press
// calls a group.
const ALSO_NAMED_BY: Record<string, string[]> = {
  'place.germany': ['german', 'allemand', 'bundeswehr'],
  'place.egypt': ['egyptien'],
  'place.cote-divoire': ['ivorian', 'ivoirien'],
  'place.united-kingdom': ['british', 'britannique'],
  'operation.serval': ['france', 'french', 'francais'],
  'operation.barkhane': ['france', 'french', 'francais', 'macron'],
  'operation.takuba': ['european', 'europeen'],
  // The signatory armed groups of the north, as the press calls the CMA.
  'org.cma': ['armed movements', 'mouvements armes'],
  // Its founder, who led its mutiny: `Prigozhin led a mutiny in June 2023` is Wagner's.
  'org.wagner': ['prigozhin', 'prigojine'],
};

// Every name of an entity, in both languages, and the words that name it though no ending of its names makes them.
function entityNames(facts: FactIndex, id: string): string[] {
  const entity = facts.byId.get(id);
  const names = entity && 'aliases' in entity ? [entity.names.en, entity.names.fr ?? '', ...entity.aliases] : [];
  return [...names, ...(ALSO_NAMED_BY[id] ?? [])].filter(Boolean);
}

// Per event, every name of the entity it is about.
function subjectNames(facts: FactIndex, events: readonly DateFact[]) {
  const names = compileCueMatcher(events.map((event) => compileCues(entityNames(facts, event.subject))));
  return { en: names, fr: names };
}

// The UN missions by their names: a sentence about another mission speaks of none of MINUSMA's figures.
function missionNames(facts: FactIndex) {
  const missions = facts.entities.filter((entity) => entity.type === 'mission');
  const names = compileCueMatcher(missions.map((m) => compileCues([m.names.en, m.names.fr ?? '', ...m.aliases].filter(Boolean))));
  return { ids: missions.map((m) => m.id), names: { en: names, fr: names } };
}

/** Compiles aliases into a trie and folds every cue word once. */
export function createEngine(facts: FactIndex): Engine {
  const dates = linkTable(facts.dates, (id) => entityNames(facts, id), 'apart');
  return {
    facts,
    trie: buildAliasTrie(facts.entities),
    fuzzy: buildFuzzyIndex(facts.entities),
    tables: {
      figures: { ...linkTable(facts.figures, (id) => entityNames(facts, id), 'naming'), missions: missionNames(facts) },
      dates: { ...dates, subjects: subjectNames(facts, dates.facts) },
    },
    documents: documentAliases(facts.entities),
  };
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
  const entities = [...known, ...unknownEntities(text, unknownSpans, known, say)].sort((a, b) => a.start - b.start);
  // One cache per text: figures of the same sentence share their cue scores.
  const context = {
    articleDate: options.articleDate,
    french: options.french,
    say,
    scores: new Map<string, Map<string, number[]>>(),
    explained,
    respelled: respelledNames(known),
  };
  // A number inside a name is part of it (`resolution 2100`, `France 24`).
  const names = others.length === 0 ? entities : [...entities, ...others].sort((a, b) => a.start - b.start);
  const figures = withoutOverlaps(findFigures(folded, options.french ?? false, options.articleDate), names).map((hit) =>
    linkFigure(hit, engine.tables, context),
  );
  return { entities, figures };
}
