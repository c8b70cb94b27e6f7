import type { DateFact } from '../facts/schema';
import { EVERYWHERE } from './figure-subjects';
import { best } from './link-context';
import { sameDate } from './named-dates';

// Which of the events a text speaks of a date is judged against, and whether it agrees with it.

/** An event the text holds cues of: how many, and whether it names the entity the event is about. */
export type Candidate = { item: DateFact; score: number; named: boolean };

// The sentence naming what an event is about outweighs a cue more of another event, or its date agreeing:
// `Egypt, with 1,072 troops, suspended its participation` is Egypt's suspension, not the armed movements'.
const NAMED = 1.25;

// Naming Mali or the mission says nothing of which event a sentence speaks of: every article names them.
const namesIt = (candidate: Candidate) => candidate.named && !EVERYWHERE.has(candidate.item.subject);

// To dispute a date takes two cues of the event, or one and the name of what it is about (`Goïta was sworn
// in on 7 July 2021`), or one and the event's own day and month in another year, a year miscopied (`the Security
// Council created MINUSMA on 25 April 2014`).
function disputes(candidate: Candidate | undefined, { date, yearGiven }: When): boolean {
  if (!candidate) return false;
  const { date: own } = candidate.item;
  const sameDay = yearGiven && date.length === 10 && own.length === 10 && date.slice(4) === own.slice(4);
  return candidate.score + (namesIt(candidate) || sameDay ? 1 : 0) >= 2;
}

// An event within the part of the year a year is said of (`celui de la Minusma fin 2023` is its withdrawal's end, not
// Mali's request of June): a tie-break as an agreeing date is, as nothing here disputes on it.
function inPart(fact: DateFact, part: [number, number] | undefined): number {
  const month = Number(fact.date.slice(5, 7));
  return part && month >= part[0] && month <= part[1] ? 0.5 : 0;
}

// Of events the text speaks of alike, one of the month the text gives, in whatever year (a year miscopied keeps
// its month: `an August 2021 coup` is the coup of August 2020), then the one dated nearest: tie-breaks, worth
// less than any cue. A year alone says no month to be near.
const SAME_MONTH = 0.1;
const NEARER = 0.001;

function monthsApart(a: string, b: string): number {
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7) || 1);
  return Math.abs(months(a) - months(b));
}

function byMonth(date: string, fact: string): number {
  if (date.length < 7 || fact.length < 7) return 0;
  const sameMonth = date.slice(5, 7) === fact.slice(5, 7) && (date.length < 10 || fact.length < 10 || date.slice(8) === fact.slice(8));
  return (sameMonth ? SAME_MONTH : 0) - NEARER * monthsApart(date, fact);
}

/**
 * A date as the text gives it, the part of its year it is said of (`fin 2023`), if any, and whether the text
 * writes its year (a day without one is dated by the article: its year is no one's word).
 */
export type When = { date: string; part: [number, number] | undefined; yearGiven: boolean };

/** The event a date is judged against, and whether the date agrees with it. */
export function pick(when: When, near: readonly Candidate[]): { fact: DateFact; agrees: boolean } | undefined {
  const { date, part } = when;
  // A whole day that is an event's own date names that event, whatever the sentence says most of (`the
  // referendum planned for 19 March 2023 was postponed on 10 March 2023`): days rarely agree by chance.
  const sameDay = date.length === 10 ? near.find((c) => c.item.date === date) : undefined;
  if (sameDay) return { fact: sameDay.item, agrees: true };
  // A month or a year agrees with many events: the event the sentence speaks of most decides, and an
  // agreeing one wins only a tie (`the referendum was held in March 2023` is not the one planned then).
  const top = best(
    near.map((c) => ({
      item: c.item,
      score:
        c.score + (sameDate(date, c.item.date) ? 0.5 : 0) + inPart(c.item, part) + (namesIt(c) ? NAMED : 0) + byMonth(date, c.item.date),
    })),
  );
  if (!top) return undefined;
  if (sameDate(date, top.item.date)) return { fact: top.item, agrees: true };
  return disputes(
    near.find((c) => c.item === top.item),
    when,
  )
    ? { fact: top.item, agrees: false }
    : undefined;
}
