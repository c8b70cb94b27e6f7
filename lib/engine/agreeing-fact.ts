import type { Figure } from '../facts/schema';
import { byRank, type Candidate } from './figure-disputes';
import { agreedValue, agrees, nearness } from './figure-fit';
import type { FigureHit } from './find-figures';
import { sameCount } from './tallies';
import { datedFor } from './years-near';

// Which fact a counted figure matches, of those its sentence fits.

// Of two facts the sentence fits alike, the one whose own value the text gives wins (`more than 175
// killed` is AFP's count, not the review's 165 that another source put at 180), and then the nearer one
// (`more than 15,000 peacekeepers` is the ceiling of 15,209, not the 17,500 people of the mission).
// A count of one whole year is only that year's where its text dates it (`a dozen peacekeepers were killed near
// Kidal` are not the 14 of 2022).
/** The fact a counted figure agrees with, of those its sentence fits (`scored`), or undefined. */
export function agreeingFact(hit: FigureHit, scored: Candidate[], years: number[], articleDate: string | undefined): Figure | undefined {
  const exactly = (c: Candidate) => ({ ...c, rank: c.rank + exactBonus(hit, c.item) + 0.2 * nearness(hit, c.item) });
  const datedIfNeeded = datedFor(hit, years, articleDate);
  const agreeing = scored.filter((c) => agrees(hit, c.item, articleDate) && datedIfNeeded(c.item));
  const top = byRank(agreeing.map(exactly))?.item;
  if (!top || outgrown(hit, top, scored, years, articleDate)) return undefined;
  return latestTally(hit, top, agreeing, articleDate);
}

// A bound from above on a running total the text gives no year for is said of the article's date: a tally the
// count had passed by then disputes it, whatever an earlier tally it fits (`fewer than 150 peacekeepers were killed`,
// in 2024, is not the 128 of January 2021).
function outgrown(hit: FigureHit, top: Figure, scored: Candidate[], years: number[], articleDate: string | undefined): boolean {
  if (hit.qualifier !== 'up to' || !top.runningTotal || years.length > 0 || !articleDate) return false;
  const to = top.asOf.to ?? '';
  return scored.some(
    ({ item }) => sameCount(item, top) && (item.asOf.to ?? '') > to && (item.asOf.to ?? '') <= articleDate && item.value > hit.value,
  );
}

// A number no one rounds to (`12,640`) given exactly is that fact's, whatever a newer fact it is near says.
function exactBonus(hit: FigureHit, fact: Figure): number {
  if (fact.value !== hit.value) return 0;
  return significantDigits(hit.value) >= 100 ? 2 : 0.25;
}

// What people a count names right after it, one word (`uniformed`, `Egyptian`) allowed between.
const PEOPLE =
  /^(?:[\p{L}'-]+ )?(?:troops|soldiers|people|persons|peacekeepers|personnel|staff|police|policemen|officers|uniformed|members|blue helmets|casques bleus|soldats|militaires|personnes|policiers|gendarmes|membres)\b/u;
const exactOf = new WeakMap<readonly Figure[], Map<number, number[]>>();

/**
 * The facts of people whose own value is the figure's, when that value is one no one rounds to (`12,947`,
 * `13,289`): written exactly, it says which count it is even where its sentence holds none of that count's
 * cues (`Some 12,947 personnel were still in Mali`). Places in `facts`.
 */
export function exactlyStored(hit: FigureHit, facts: readonly Figure[]): number[] {
  if (hit.value < 1000 || hit.valueTo !== undefined) return [];
  let byValue = exactOf.get(facts);
  if (!byValue) {
    byValue = new Map();
    for (const [i, fact] of facts.entries()) if (fact.unit === 'persons') byValue.set(fact.value, [...(byValue.get(fact.value) ?? []), i]);
    exactOf.set(facts, byValue);
  }
  const found = byValue.get(hit.value);
  return found && significantDigits(hit.value) >= 100 && PEOPLE.test(hit.noun) ? found : [];
}

// The number's digits without its decimal point or trailing zeros: 12,640 gives 1264, 96.9 gives 969, 17,500 175.
function significantDigits(value: number): number {
  let digits = value;
  for (let i = 0; i < 3 && !Number.isInteger(digits); i++) digits = Math.round(digits * 10_000) / 1000;
  while (digits >= 10 && digits % 10 === 0) digits /= 10;
  return digits;
}

// Of tallies of one count that the figure agrees with, the latest by the article's date whose own value it
// gives: in a January 2024 article, `180 killed in hostile acts` is the end-of-mission count, not the
// September 2022 one it also fits; `more than 175 killed` stays AFP's count of 175, which it names.
function latestTally(hit: FigureHit, top: Figure, agreeing: Candidate[], articleDate: string | undefined): Figure {
  if (!articleDate) return top;
  let latest = top;
  for (const { item } of agreeing)
    if (sameCount(item, top) && (item.asOf.to ?? '') > (latest.asOf.to ?? '') && givesValueOf(hit, item, articleDate)) latest = item;
  return latest;
}

function givesValueOf(hit: FigureHit, fact: Figure, articleDate: string): boolean {
  const off = hit.qualifier === 'about' ? fact.value * 0.03 : 0;
  return agreedValue(hit, fact, articleDate) === fact.value && Math.abs(fact.value - hit.value) <= off;
}
