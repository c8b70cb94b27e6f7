import type { Figure } from '../facts/schema';
import { type FigureHit, withAntecedent } from './find-figures';
import type { CuesByLanguage } from './link-context';
import { afterLastDigit } from './tokens';

// Whose figure a sentence speaks of: the mission's own or a country's (another mission's: other-missions.ts).

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

// A name with a number of its own in brackets (`devant le Bangladesh (1 396)`), two words at most.
const LISTED_ELSEWHERE = /\b(?:(?:the|le|la|les) |l')?(?:[a-z'-]+ )?[a-z'-]+ \(\d[\d ,.]*\)/g;

/**
 * The words that may name whose figure it is (its sentence, with what an opening pronoun stands for), less the names
 * a list gives other numbers: in `With about 1,400 men, Chad was the first contributor, ahead of Bangladesh (1,396)`,
 * the 1,400 are not Bangladesh's.
 */
export function namingWords(hit: FigureHit): string {
  const text = withAntecedent(hit);
  if (!text.includes(' (')) return text;
  const at = text.length - hit.sentence.length + hit.sentenceOffset;
  return text.replace(LISTED_ELSEWHERE, (listed, offset: number) => (offset <= at && at < offset + listed.length ? listed : ''));
}
