// Which fact a figure that agrees with none disputes: the sentence's best fit, within reason, and of a
// running total the tally of the figure's date.
import type { Figure } from '../facts/schema';
import { underCeiling } from './ceilings';
import { changedFrom } from './changes';
import { aboutOneEvent, countsOtherPeople } from './counted';
import { boundHolds, countsOtherThan } from './figure-fit';
import { partIsTheFact, partOfWhole } from './figure-parts';
import { countedLater, countsSomeYears, offsetInTime, startedBefore, tallyBy } from './figure-periods';
import { EVERYWHERE, MISSION } from './figure-subjects';
import type { FigureHit } from './find-figures';
import { best, type LinkContext, type LinkTables, scoresFor } from './link-context';
import { inOnePlace, placedBefore } from './neighbours';
import { MONTH, monthNumber } from './number-words';
import { givesAnotherCount, kindOfPeople, remainsSince } from './people-disputed';
import { wishedFor } from './sayings';
import { denied } from './sentence-context';
import { clauseBefore, clauseBounds } from './sentences';
import { type Between, disputingTally, fallsShort, sameCount } from './tallies';
import { datedFor, yearsWithin } from './years-near';

/** A fact in the running for a figure, with how well its sentence fits it. */
export interface Candidate {
  item: Figure;
  /** Its place in the facts' list, where its cue scores are. */
  at: number;
  /** How many cues its sentence holds, and half a point when the fact held on the article's date. */
  score: number;
  /**
   * The score, and a point each when the sentence names the fact's own subject, when the noun holds its
   * cue and when the fact is of the very year written beside the figure.
   */
  rank: number;
  /** The words right after the number hold one of its cues: they say the figure counts what the fact does. */
  nounCued: boolean;
}

/** The best-ranked of the candidates. */
export const byRank = (list: Candidate[]) => best(list.map((c) => ({ item: c.item, score: c.rank })));

/**
 * The fact a figure that agrees with none disputes, or the two tallies it lies between; none when nothing
 * does. The fact the sentence fits best decides: when the figure is within its bound, no other conflicts.
 * Another subject's fact must be named in the figure's own clause to conflict with it: in `of MINUSMA's
 * 13,000 troops, 1,081 were Egyptian`, the 13,000 are not Egypt's.
 */
export function conflictingFact(
  hit: FigureHit,
  scored: Candidate[],
  years: number[],
  tables: LinkTables,
  context: LinkContext,
): Figure | Between | undefined {
  // A fact more than five times off is not what the figure counts, however well its cues fit the sentence
  // (`49 Ivorian soldiers detained in July 2022` are not that year's 900 Ivorian peacekeepers), nor is one
  // its year, its noun or its clause rules out (see datedAsNeeded and counted.ts); nor is where a change starts.
  if (denied(hit) || offsetInTime(hit) || changedFrom(hit)) return undefined;
  const others = countsOtherPeople(hit.noun);
  const dated = datedFor(hit, years, context.articleDate);
  const contenders = scored.filter((c) => c.score >= 2 && !countsOtherThan(hit, c.item) && dated(c.item) && (c.nounCued || !others));
  if (contenders.length === 0) return undefined;
  const bounds = clauseBounds(hit.sentence, hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  const clause = hit.sentence.slice(...bounds);
  if (aboutOneEvent(clause)) return undefined;
  let inClause: number[] | undefined;
  const namedHere = (c: Candidate) => {
    if (c.item.subject === MISSION) return true;
    inClause ??= scoresFor('naming', namingClause(hit, bounds), hit.noun, tables.figures.naming, context);
    return (inClause[c.at] ?? 0) > 0;
  };
  const kind = kindOfPeople(hit, clause);
  const named = contenders.filter((c) => namedHere(c) && !kind.countsOthers(c.item));
  const top = byRank(named)?.item;
  const fits = (fact: Figure) => !countsOtherThan(hit, fact) && dated(fact) && !underCeiling(hit, fact, clause);
  const linked = top && kind.instead(top, scored, fits);
  // A count in one region is part of the mission's, though a contingent may serve in one region whole.
  if (
    !linked ||
    boundHolds(hit, linked) ||
    (linked.subject === MISSION && (inOnePlace(clause) || placedBefore(hit.sentence, hit.sentenceOffset)))
  )
    return undefined;
  if (linked.subject !== MISSION && countsTogether(hit, clause, inClause ?? [], tables, context)) return undefined;
  if (givesAnotherCount(hit, linked, tables.figures.facts, context.articleDate) || remainsSince(clause, linked, context.articleDate))
    return undefined;
  if (wishedFor(hit, linked.cues)) return undefined;
  if (partIsTheFact(hit, linked) || partOfWhole(hit, linked) || underCeiling(hit, linked, clause)) return undefined;
  // A count of one year is no tally of a total counted since an earlier one (`in 2021, 28 were killed`), nor is a
  // count of some of its years (`about 100 died in its first five years`) a tally of all of them.
  if (linked.runningTotal && (startedBefore(linked, yearsWithin(hit, years, context.articleDate)) || countsSomeYears(hit.sentence, linked)))
    return undefined;
  // Of a running total counted after the figure's date, the figure is an earlier tally: it disputes only
  // a count made by then, or what an earlier tally of the same count says. Of one counted before, it may be
  // a later tally.
  const month = monthGiven(hit.sentence, years);
  const date = tallyDate(years, context.articleDate, month);
  const ranked = () => [...scored].sort((a, b) => b.rank - a.rank).map((c) => c.item);
  // A year given alone leaves the figure's month open: it may come before a tally made that year.
  const tallies = date !== context.articleDate && month === undefined ? tables.figures.facts : undefined;
  if (!countedLater(linked, date)) return disputingTally(hit, linked, date, ranked(), tallies);
  if (fallsShort(hit, linked, date)) return linked;
  const earlier = byRank(named.filter((c) => sameCount(c.item, linked) && !countedLater(c.item, date)))?.item ?? tallyBy(linked, date);
  return earlier && disputingTally(hit, earlier, date, ranked(), tallies);
}

// A clause that opens with `with` and the number tells more of the subject before it: in `Egypt was the largest
// contributor, with 1,427 troops`, the troops are Egypt's (but in `approved by 69.9%, with turnout of 28.3%`, the
// turnout is a subject of its own). So does a number alone in brackets, as lists give them: `Chad (1,427) and Togo (763)`.
const ABOUT = '(?:(?:some|about|around|nearly|almost|roughly|over|more than|environ|quelque|plus de|pres de) )?';
const WITH_FIRST = new RegExp(`^\\s*(?:with|avec) ${ABOUT}$`);
const BRACKET_FIRST = new RegExp(`^\\s*${ABOUT}$`);

function namingClause(hit: FigureHit, [start, end]: [number, number]): string {
  const opening = hit.sentence.slice(start, hit.sentenceOffset);
  const bracketed = hit.sentence[start - 1] === '(' && BRACKET_FIRST.test(opening);
  const before = bracketed || WITH_FIRST.test(opening) ? clauseBefore(hit.sentence, start) : undefined;
  return hit.sentence.slice(before ? before[0] : subjectBeforeAside(hit.sentence, start), end);
}

// A short aside between commas after a subject (`Germany, for its part, had 2,000 soldiers`, `Le Tchad, de son côté,
// comptait`): the clause after it is still the subject's.
const ASIDE =
  /^\s*(?:for (?:its|their|his|her) part|in (?:its|their|his|her) turn|however|meanwhile|too|also|in turn|in contrast|by contrast|pour sa part|pour leur part|de son cote|de leur cote|quant a (?:lui|elle|eux)|a son tour|en revanche|toutefois|cependant|pourtant|elle aussi|lui aussi)\s*$/;

/** Where the figure's clause starting at `start` starts once an aside right before it is passed over (see above). */
function subjectBeforeAside(sentence: string, start: number): number {
  const aside = clauseBefore(sentence, start);
  if (!aside || !ASIDE.test(sentence.slice(...aside))) return start;
  return clauseBefore(sentence, aside[0])?.[0] ?? start;
}

// Several subjects named in a clause that holds no other number are counted together (`Burkina Faso, Niger
// and Chad supplied more than 4,000 soldiers`): no one country's fact disputes the sum.
function countsTogether(hit: FigureHit, clause: string, inClause: readonly number[], tables: LinkTables, context: LinkContext): boolean {
  if ((clause.match(/\d+/g) ?? []).join(' ') !== (hit.text.match(/\d+/g) ?? []).join(' ')) return false;
  // A list the clause opens runs on past its commas (`troops from Germany, Sweden, the UK and Benin`).
  const list = listAfter(hit.sentence, hit.sentence.indexOf(clause) + clause.length);
  const named = list ? scoresFor('naming', clause + list, hit.noun, tables.figures.naming, context) : inClause;
  const subjects = new Set<string>();
  named.forEach((score, i) => {
    const subject = tables.figures.facts[i]?.subject;
    if (score > 0 && subject && !EVERYWHERE.has(subject)) subjects.add(subject);
  });
  return subjects.size > 1;
}

// The items of a list after a clause: short stretches between commas, without numbers, and the last after `and`.
const LIST_ITEMS = /^(?:, [^,;\d]{1,25}?(?=,| and | et ))+,? (?:and|et) [^,;\d]{1,30}/;

function listAfter(sentence: string, at: number): string | undefined {
  return LIST_ITEMS.exec(sentence.slice(at))?.[0];
}

const monthBefore = (year: number) => new RegExp(`\\b(${MONTH}) (?:\\d{1,2},? )?${year}\\b`);

// The month the sentence gives with the latest year beside the figure, if any (`the UN said in September 2022`).
function monthGiven(sentence: string, years: number[]): number | undefined {
  const month = years.length > 0 ? monthBefore(Math.max(...years)).exec(sentence)?.[1] : undefined;
  return month === undefined ? undefined : monthNumber(month);
}

// When a running total in the text was counted: by the month written with the year beside it (`the UN said in
// September 2022`), or by the end of that year (`by 2016, 100 had died`), else by the article's date.
function tallyDate(years: number[], articleDate: string | undefined, month: number | undefined): string | undefined {
  const year = years.length > 0 ? Math.max(...years) : undefined;
  if (!year || (articleDate && year >= Number(articleDate.slice(0, 4)))) return articleDate;
  // Taken at the month's last day, as a year is at its end.
  return month ? new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) : `${year}-12-31`;
}
