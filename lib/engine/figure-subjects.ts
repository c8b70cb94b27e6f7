import type { Figure } from '../facts/schema';
import type { FigureHit } from './find-figures';
import { type CuesByLanguage, type LinkContext, type LinkTables, scoresFor } from './link-context';
import { clauseBounds } from './sentences';
import { afterLastDigit } from './tokens';

// Whose figure a sentence speaks of: the mission's own, a country's or another mission's.

/** The mission every article here is about: its facts need no naming cue. */
export const MISSION = 'mission.minusma';

/** What every article here is about: naming them says nothing of whose event or count a sentence gives. */
export const EVERYWHERE: ReadonlySet<string> = new Set([MISSION, 'place.mali']);

/**
 * A figure links to a fact about another subject (a country's contingent) only where its sentence names
 * that subject (`12,000 troops must leave` says nothing of Benin's 250), and then that fact comes before
 * the mission's own: the sentence is about Benin. Undefined: the fact is not spoken of.
 */
export function subjectWeight(fact: Figure, naming: () => number, elsewhere: () => boolean): number | undefined {
  if (fact.subject === MISSION) return elsewhere() ? undefined : 0;
  if (naming() === 0) return undefined;
  // A country's count is its contingent in this mission: `Chad sent 5,000 troops to the G5 Sahel joint force` is not.
  return fact.subject.startsWith('place.') && elsewhere() ? undefined : 1;
}

/** The id under which the missions the pack does not hold are named together. */
export const UNSTORED = 'mission.unstored';

/**
 * Missions the pack holds no facts of, by the names the press gives them: other UN missions, the EU's in Mali
 * and the G5 Sahel's joint force. A figure or a date of theirs (`UNIFIL has lost more than 300 peacekeepers`,
 * `EUTM has trained soldiers since 2013`) is no more MINUSMA's than one of MINUSCA's.
 */
export const UNSTORED_MISSIONS: readonly string[] = [
  'EUTM',
  'EUCAP',
  'joint force',
  'force conjointe',
  'FC-G5S',
  'UNIFIL',
  'FINUL',
  'UNAMID',
  'MINUAD',
  'MINURSO',
  'UNMIK',
  'UNDOF',
  'FNUOD',
  'UNFICYP',
  'UNTSO',
  'ONUST',
  'UNISFA',
  'FISNUA',
  'MINUSTAH',
  'UNMIL',
  'MINUL',
  'UNOCI',
  'ONUCI',
  'UNAMSIL',
  'MINUSIL',
  'UNMOGIP',
  'UNAMA',
  'MANUA',
  'UNSMIL',
  'MANUL',
  // Missions of the past that MINUSMA's toll is measured against (`the deadliest since UNOSOM II in Somalia`).
  'UNOSOM',
  'ONUSOM',
  'UNPROFOR',
  'FORPRONU',
  'UNTAC',
  'APRONUC',
  'UNAMIR',
  'MINUAR',
  'ONUC',
  'AMISOM',
];

/** Which UN missions a text names: this one, another the pack holds, one it does not. */
interface MissionsNamed {
  own: boolean;
  other: boolean;
  unstored: boolean;
}
const missionsOf = new WeakMap<number[], MissionsNamed>();

// Which UN missions a text names, worked out once per text.
function missionsNamed(text: string, tables: LinkTables, context: LinkContext): MissionsNamed {
  const { ids, names } = tables.figures.missions;
  const scores = scoresFor('missions', text, '', names, context);
  let named = missionsOf.get(scores);
  if (named === undefined) {
    const has = (test: (id: string) => boolean) => ids.some((id, i) => test(id) && (scores[i] ?? 0) > 0);
    named = {
      own: has((id) => id === MISSION),
      other: has((id) => id !== MISSION && id !== UNSTORED),
      unstored: has((id) => id === UNSTORED),
    };
    missionsOf.set(scores, named);
  }
  return named;
}

/**
 * A sentence that names another UN mission the pack holds and not this one (`MINUSCA has 14,000 peacekeepers`)
 * speaks of none of this mission's facts; where it names both, or one the pack does not hold (`second only to
 * UNIFIL's`), a mission owning the figure decides (`UNMISS's $1.1 billion`), then the figure's own clause, or the
 * words before it where they name only the other.
 */
export function aboutOtherMission(hit: FigureHit, tables: LinkTables, context: LinkContext): boolean {
  const named = missionsNamed(hit.sentence, tables, context);
  if (!named.other && !named.unstored) return false;
  if (named.other && !named.own && !named.unstored) return true;
  const owner = ownerBefore(hit);
  if (owner) {
    const ownedBy = missionsNamed(owner, tables, context);
    if (ownedBy.own || ownedBy.other || ownedBy.unstored) return !ownedBy.own;
  }
  const [start, end] = clauseBounds(hit.sentence, hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  const relative = relativeHead(hit.sentence, start, hit.sentenceOffset);
  const inClause = missionsNamed(relative ?? hit.sentence.slice(start, end), tables, context);
  if (inClause.own) return false;
  if (inClause.other || inClause.unstored) return true;
  if (named.own || start === 0) return false;
  // A sentence that names another mission before the figure's clause, and this one nowhere, is about it
  // (`The EU training mission, EUTM, has been in Mali since 2013`; not `the toll (311) is second only to UNIFIL's`).
  const before = missionsNamed(hit.sentence.slice(0, start), tables, context);
  return before.other || before.unstored;
}

// A name in the possessive right before a figure, a currency sign between them: `UNMISS's $1.1 billion`.
const OWNER = /(?:^|\s)(\S+)'s? (?:[$€£]|us\$)?$/;

/** The word that owns the figure in the possessive (`compares with UNMISS's $1.1 billion`), if any. */
function ownerBefore(hit: FigureHit): string | undefined {
  return OWNER.exec(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 24), hit.sentenceOffset))?.[1];
}

// A name right before a figure, as lists give them: `Chad (1,400), Bangladesh (1,300)`; without a bracket only as a
// whole item (`Chad 1,425, Egypt 1,072`, `Côte d'Ivoire: 900`), not a label's last words (`Wagner in Mali: 1,500 fighters`).
const NAME_RIGHT_BEFORE =
  /(?:(?:^|[\s,;(])(?:the |la |le |les |l')?((?:[a-z'-]+ )?[a-z'-]+) \(|(?:^\s*|[,;(] ?|\b(?:and|et) )(?:the |la |le |les |l')?((?:[a-z'-]+ )?[a-z'-]+)(?: ?: | ))$/;
const namesOf = new WeakMap<CuesByLanguage, { names: Set<string>; lastWords: Set<string> }>();

function namesIn(subjects: CuesByLanguage) {
  let found = namesOf.get(subjects);
  if (!found) {
    const names = new Set([...subjects.en.cues, ...subjects.fr.cues]);
    found = { names, lastWords: new Set([...names].map((name) => name.slice(name.lastIndexOf(' ') + 1))) };
    namesOf.set(subjects, found);
  }
  return found;
}

// The word right before a figure, past a bracket, a colon or a space: read first, as most are no name.
function wordBefore(text: string, at: number): string {
  let end = at;
  const sign = text.charCodeAt(end - 1);
  if (sign === 40 || sign === 32) end -= text.charCodeAt(end - 2) === (sign === 40 ? 32 : 58) ? 2 : 1;
  let start = end;
  while (start > 0 && /[a-z'-]/.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

// A name owns its figure in the possessive too (`The UK's 250 troops left, Benin's 250 by 2022`).
const POSSESSIVE = /'s?$/;

/** The name right before a figure, where a list names whose figure it is: one of the names of a fact's subject. */
export function nameRightBefore(hit: FigureHit, subjects: CuesByLanguage): string | undefined {
  const { names, lastWords } = namesIn(subjects);
  if (!lastWords.has(wordBefore(hit.sentence, hit.sentenceOffset).replace(POSSESSIVE, ''))) return undefined;
  const found = NAME_RIGHT_BEFORE.exec(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 30), hit.sentenceOffset));
  const words = (found?.[1] ?? found?.[2])?.replace(POSSESSIVE, '');
  if (words === undefined) return undefined;
  const last = words.slice(words.lastIndexOf(' ') + 1);
  return names.has(words) ? words : names.has(last) ? last : undefined;
}

/** The words of a figure's sentence since the number before it, when there is one, up to 40 characters. */
export function sinceNumberBefore(hit: FigureHit): string | undefined {
  const after = afterLastDigit(hit.sentence, Math.max(0, hit.sentenceOffset - 40), hit.sentenceOffset);
  return after === undefined ? undefined : hit.sentence.slice(after, hit.sentenceOffset);
}

// A relative clause's opening, after a comma: what it says is of the words right before.
const RELATIVE = /,\s*(?:which|who|whose|where|qui|dont|ou)\b/g;
// How far back those words may be read: a name and a word or two before it, not the clause's own subject.
const HEAD_REACH = 20;

/**
 * Where the figure at `at` stands in a relative clause of its clause (`… as deadly as UNIFIL, which has lost about 330
 * peacekeepers`), the words that clause is said of: whose figure it is.
 */
function relativeHead(sentence: string, start: number, at: number): string | undefined {
  let comma: number | undefined;
  const from = Math.max(0, start - 1);
  for (const m of sentence.slice(from, at).matchAll(RELATIVE)) comma = from + m.index;
  if (comma === undefined) return undefined;
  // A relative that opens the clause after a comma that ends one (`…UNOSOM II in Somalia, where`) is said of the
  // clause before.
  return sentence.slice(Math.max(comma < start ? 0 : start, comma - HEAD_REACH), comma);
}
