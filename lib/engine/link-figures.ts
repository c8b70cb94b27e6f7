import type { Figure } from '../facts/schema';
import { english } from '../say';
import { agreeingFact, exactlyStored } from './agreeing-fact';
import {
  beforePart,
  countedAsCasualties,
  countsAllCauses,
  countsCasualties,
  countsHostile,
  countsOtherCasualties,
  partKilledByHostility,
  speaksOfCasualties,
  speaksOfHostility,
  speaksOfOtherCauses,
  tollOfContingent,
  wholeOfShare,
} from './casualties';
import { namesContributor } from './contributors';
import {
  countsAdded,
  countsIncrement,
  countsMalians,
  countsMembersOfOther,
  countsNationals,
  countsOutsiders,
  countsPeoples,
  countsPoliceAlone,
  countsSoldiers,
  countsStaffByOrigin,
  countsWorldwide,
  shareOfOther,
} from './counted';
import { figureLine, formatNumber, formatPeriod } from './describe';
import { type Candidate, conflictingFact } from './figure-disputes';
import { olderNote, otherValueNote, soFarNote } from './figure-notes';
import { beganAfter, covers, holdsInYears, ofThoseYears, sumOfYears } from './figure-periods';
import { EVERYWHERE, MISSION, nameRightBefore, namingWords, sinceNumberBefore, subjectWeight } from './figure-subjects';
import { peopleBefore, unitsFor } from './figure-units';
import type { FigureHit } from './find-figures';
import { cuedFacts, explain, type FigureResult, judged, type LinkContext, type LinkTables, lazy, scoresFor } from './link-context';
import { linkDate } from './link-dates';
import { aboutNeighbour, isMalian, shareInOnePlace } from './neighbours';
import { aboutOtherMission } from './other-missions';
import { leadWords, ownWords } from './own-words';
import { deniedOutright } from './sentence-context';
import type { Between } from './tallies';
import { yearsNear } from './years-near';

export type { FigureResult, FigureStatus, LinkContext, LinkTables } from './link-context';

// The facts of the figure's unit and years whose cues its sentence holds, with their scores and ranks.
function candidates(hit: FigureHit, years: number[], tables: LinkTables, context: LinkContext): Candidate[] {
  if (countsMalians(hit.noun) || countsPeoples(hit.noun) || countsStaffByOrigin(hit.noun)) return [];
  if (countsMembersOfOther(hit.noun, hit.sentence)) return [];
  const scores = scoresFor('count', hit.sentence, hit.noun, tables.figures.cues, context);
  const exact = exactlyStored(hit, tables.figures.facts).filter((i) => (scores[i] ?? 0) < 1);
  const cued = exact.length > 0 ? [...cuedFacts(scores), ...exact] : cuedFacts(scores);
  if (cued.length === 0) return [];
  const [ownFrom, ownTo] = ownWords(hit);
  const own = hit.sentence.slice(ownFrom, ownTo);
  const after = hit.sentenceOffset + hit.text.length;
  if (countsWorldwide(own, hit.sentence.slice(after, after + 60))) return [];
  const noun = hit.noun || peopleBefore(hit);
  const said = hit.noun ? hit.sentence.slice(after, after + 60).replace(/^[-\s]+/, '') : noun;
  const units = unitsFor(noun, hit.sentence.slice(Math.max(0, hit.sentenceOffset - 12), hit.sentenceOffset), said);
  context.bonus ??= tables.figures.facts.map((fact) => (covers(fact.asOf, context.articleDate) ? 0.5 : 0));
  const bonus = context.bonus;
  // Scored once per figure, and only when a fact about another subject is in the running.
  const naming = lazy(() => scoresFor('naming', namingWords(hit), hit.noun, tables.figures.naming, context));
  // What the number counts is said right after it: a fact those words are a cue of ranks a point
  // higher (in `165 killed and 678 blessés dans des actes hostiles`, the 678 are the injured).
  const lead = leadWords(hit.noun);
  const soldiers = countsSoldiers(lead);
  const outsiders = countsOutsiders(hit.noun);
  const nationals = countsNationals(hit.sentence.slice(after + 1, after + 80));
  const counted = scoresFor('noun', lead, '', tables.figures.cues, context);
  const speaksOfThem = lazy(() => speaksOfCasualties(`${hit.sentence} ${hit.noun}`));
  const casualties = lazy(() => countedAsCasualties(hit.noun));
  // A share's cause is not its whole's (`half of the 311 deaths were due to hostile acts`), nor a part's
  // (`311 sont morts, dont 180 dans des actes hostiles`): such a whole is no count of hostile acts alone.
  const share = lazy(() => wholeOfShare(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 30), hit.sentenceOffset)));
  const hostile = lazy(() => {
    const words = hit.sentence.slice(ownFrom, after) + beforePart(hit.sentence.slice(after, ownTo));
    return !share() && speaksOfHostility(words) && !speaksOfOtherCauses(hit.sentence.slice(ownFrom, after + 60));
  });
  const causeOfPart = lazy(() => (share() ? speaksOfHostility(own) : !hostile() && partKilledByHostility(hit.sentence.slice(after))));
  const elsewhere = lazy(() => aboutOtherMission(hit, tables, context));
  const increment = lazy(() => countsIncrement(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 15), hit.sentenceOffset), hit.noun));
  const abroad = lazy(() => aboutNeighbour(hit));
  const next = lazy(() => hit.sentence.slice(after + 1, after + 60));
  const contingent = lazy(() => tollOfContingent(hit.sentence, hit.sentenceOffset));
  // In a list (`Chad (1,400), Bangladesh (1,300)`), a figure is of the subject named right before it, of those it names;
  // else of those named since the number before it (`Of the 13,000 troops, Chad supplied 1,400, Bangladesh 1,300`).
  // Mali and the mission are named everywhere: naming them lists no one.
  const namesOne = (scores: number[]) => scores.some((score, i) => score > 0 && !EVERYWHERE.has(tables.figures.facts[i]?.subject ?? ''));
  // A country no fact counts, named there, takes the figure from any other (`Britain about 250 and Sweden some 220`).
  const listed = lazy(() => {
    const words = nameRightBefore(hit, tables.figures.subjects) ?? sinceNumberBefore(hit);
    const named = words ? scoresFor('owner', words, '', tables.figures.subjects, context) : [];
    if (namesOne(named)) return named;
    if (words === undefined || !namesContributor(words)) return undefined;
    return namesOne(scoresFor('naming', words, '', tables.figures.naming, context)) ? undefined : named;
  });
  // Another unit, other years, a fact begun after the article, deaths and injuries where the sentence
  // speaks of none (`Senegal sent 165 peacekeepers` are not the 165 killed, whatever cue the two share), of
  // all causes where it gives one (`174 casques bleus perdus dans des attaques` are no toll of all causes), and
  // of deaths where the figure counts injuries, or the other way round.
  const ruledOut = (fact: Figure) =>
    !units.includes(fact.unit) ||
    (fact.unit === 'percent' && (shareOfOther(next()) || shareInOnePlace(next()))) ||
    !holdsInYears(fact, years) ||
    beganAfter(fact, context.articleDate) ||
    sumOfYears(fact, hit.sentence, own, hit.sentenceOffset) ||
    (countsCasualties(fact) ? !speaksOfThem() : casualties()) ||
    (countsAllCauses(fact) && hostile()) ||
    (countsHostile(fact) && !countsAllCauses(fact) && causeOfPart()) ||
    (countsCasualties(fact) && countsOtherCasualties(fact, own)) ||
    (countsCasualties(fact) && fact.subject === MISSION && contingent()) ||
    (soldiers && countsPoliceAlone(fact)) ||
    (increment() && !countsAdded(fact));
  const scored: Candidate[] = [];
  for (const i of cued) {
    const fact = tables.figures.facts[i] as Figure;
    const score = (scores[i] ?? 0) + (bonus[i] ?? 0);
    if (ruledOut(fact) || (abroad() && isMalian(fact)) || (fact.subject === MISSION && nationals)) continue;
    const weight = subjectWeight(fact, () => naming()[i] ?? 0, elsewhere);
    if (weight === undefined || (fact.subject !== MISSION && (listed()?.[i] ?? 1) === 0)) continue;
    const nounCued = (counted[i] ?? 0) > 0;
    if (outsiders && !nounCued) continue;
    const named = nounCued ? 1 : 0;
    // A count of the very year the text gives comes before one of many years that include it.
    const ofYear = ofThoseYears(fact, years) ? 1 : 0;
    scored.push({ item: fact, at: i, score, rank: score + weight + named + ofYear, nounCued });
  }
  return scored;
}

/** Links a counted figure to the canonical figure its sentence fits best, and judges it. */
export function linkCount(hit: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  const say = context.say ?? english;
  const years = yearsNear(hit);
  const scored = deniedOutright(hit) ? [] : candidates(hit, years, tables, context);
  const agreeing = agreeingFact(hit, scored, years, context.articleDate);
  if (agreeing) {
    const other = otherValueNote(hit, agreeing, context);
    return judged(
      hit,
      'match',
      agreeing.id,
      explain(context, `match|${agreeing.id}|${other}`, () =>
        // The card gives the fact's period on a line of its own: the explanation does not repeat it.
        say('explainFigureMatch', figureLine(agreeing, say), other + olderNote(agreeing, context) + soFarNote(agreeing, context)),
      ),
    );
  }
  const fact = conflictingFact(hit, scored, years, tables, context);
  if (fact && 'later' in fact) return judged(hit, 'unknown', undefined, explainBetween(fact, context));
  if (fact) {
    const number = formatNumber(hit.value, say) + (hit.valueTo ? `–${formatNumber(hit.valueTo, say)}` : '');
    // A sum in billions is quoted as written: its number alone (`1`) would say nothing.
    const said = fact.unit === 'percent' ? say('numberPercent', number) : fact.unit === 'usd-billion' ? hit.text : number;
    return judged(
      hit,
      'conflict',
      fact.id,
      explain(context, `conflict|${fact.id}|${said}`, () =>
        say('explainFigureConflict', said, figureLine(fact, say), formatPeriod(fact.asOf, say), olderNote(fact, context)),
      ),
    );
  }
  return judged(
    hit,
    'unknown',
    undefined,
    explain(context, 'unknown', () => say('explainFigureUnknown')),
  );
}

// A figure between two tallies of a growing count matches neither and disputes neither: the card names both.
function explainBetween({ earlier, later }: Between, context: LinkContext): string {
  const say = context.say ?? english;
  return explain(context, `between|${earlier.id}|${later.id}`, () =>
    say(
      'explainBetweenTallies',
      figureLine(earlier, say),
      formatPeriod(earlier.asOf, say),
      figureLine(later, say),
      formatPeriod(later.asOf, say),
    ),
  );
}

/** Links and judges one figure hit. */
export function linkFigure(hit: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  return hit.form === 'date' ? linkDate(hit, tables, context) : linkCount(hit, tables, context);
}
