import type { FactIndex } from '../facts/fact-index';
import { buildAliasTrie, type TrieNode } from './alias-trie';
import { compileCueMatcher, compileCues, namingCues } from './cues';
import { documentAliases } from './documents';
import { buildFuzzyIndex, type FuzzyIndex } from './fuzzy-index';
import type { LinkTables } from './link-figures';
import { UNSTORED, UNSTORED_MISSIONS } from './other-missions';

/** The facts compiled for matching: build once per version of the facts, reuse on every page. */
export interface Engine {
  facts: FactIndex;
  trie: TrieNode;
  fuzzy: FuzzyIndex;
  tables: LinkTables;
  /** Stored names written as UN symbols (`S/2023/36`), by the symbol's words. */
  documents: Map<string, [entityId: string, alias: string]>;
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
// A country is also named by its capital, as the press names its government (`Berlin decided`, `Le Caire a suspendu`).
const ALSO_NAMED_BY: Record<string, string[]> = {
  'place.germany': ['german', 'allemand', 'bundeswehr', 'bundestag', 'berlin'],
  'place.egypt': ['egyptien', 'cairo', 'le caire'],
  'place.cote-divoire': ['ivorian', 'ivoirien', 'abidjan'],
  'place.united-kingdom': ['british', 'britannique', 'london', 'londres'],
  'place.benin': ['cotonou'],
  'place.sweden': ['stockholm'],
  'operation.serval': ['france', 'french', 'francais'],
  'operation.barkhane': ['france', 'french', 'francais', 'macron'],
  'operation.takuba': ['european', 'europeen'],
  // The signatory armed groups of the north, as the press calls the CMA, and the framework it led from 2021 (the
  // CSP, later CSP-PSD), in whose name it took up arms again in 2023.
  'org.cma': [
    'armed movements',
    'mouvements armes',
    'signatory armed groups',
    'groupes armes signataires',
    'csp',
    'permanent strategic framework',
    'cadre strategique permanent',
  ],
  // Its founder, who led its mutiny: `Prigozhin led a mutiny in June 2023` is Wagner's; and the mercenaries, as
  // the press calls its men in Mali.
  'org.wagner': ['prigozhin', 'prigojine', 'mercenaries', 'mercenaires'],
};

// Every name of an entity, in both languages, and the words that name it though no ending of its names makes them.
function entityNames(facts: FactIndex, id: string): string[] {
  const entity = facts.byId.get(id);
  const names = entity && 'aliases' in entity ? [entity.names.en, entity.names.fr ?? '', ...entity.aliases] : [];
  return [...names, ...(ALSO_NAMED_BY[id] ?? [])].filter(Boolean);
}

// Per event or figure, every name of the entity it is about.
function subjectNames(facts: FactIndex, list: readonly { subject: string }[]) {
  const names = compileCueMatcher(list.map((fact) => compileCues(entityNames(facts, fact.subject))));
  return { en: names, fr: names };
}

// The UN missions by their names: a sentence about another mission speaks of none of MINUSMA's figures.
function missionNames(facts: FactIndex) {
  const missions = facts.entities.filter((entity) => entity.type === 'mission');
  const sets = missions.map((m) => compileCues([m.names.en, m.names.fr ?? '', ...m.aliases].filter(Boolean)));
  const names = compileCueMatcher([...sets, compileCues(UNSTORED_MISSIONS)]);
  return { ids: [...missions.map((m) => m.id), UNSTORED], names: { en: names, fr: names } };
}

/** Compiles aliases into a trie and folds every cue word once. */
export function createEngine(facts: FactIndex): Engine {
  const dates = linkTable(facts.dates, (id) => entityNames(facts, id), 'apart');
  const figures = linkTable(facts.figures, (id) => entityNames(facts, id), 'naming');
  return {
    facts,
    trie: buildAliasTrie(facts.entities),
    fuzzy: buildFuzzyIndex(facts.entities),
    tables: {
      figures: { ...figures, subjects: subjectNames(facts, figures.facts), missions: missionNames(facts) },
      dates: { ...dates, subjects: subjectNames(facts, dates.facts) },
    },
    documents: documentAliases(facts.entities),
  };
}
