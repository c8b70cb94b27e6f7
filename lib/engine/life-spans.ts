import type { DateFact } from '../facts/schema';
import { MISSION } from './figure-subjects';
import type { FigureHit } from './find-figures';
import { type LinkContext, type LinkTables, scoresFor } from './link-context';

// The dates a mission or an operation lasted, written after its name (`Serval (2013–2014)`, `la Minusma
// (juillet 2013 - décembre 2023)`) or after its name and a colon, as an infobox or a timeline writes them
// (`Operation Barkhane: 1 August 2014 – 9 November 2022`): the first is when it began and the second when it
// ended, whatever else the sentence says (`Barkhane (2014–2022) succeeded Serval (2013–2014)` dates no start
// of Barkhane in 2013). Written in words after its name (`a peacekeeping mission in Mali from 2013 to 2023`),
// the words between may be a verb whose own dates they are (`renewed MINUSMA from 2014`).
const DATE = '(?:\\d{1,2}(?:er|st|th)? )?(?:[a-z]+\\.? )?\\d{4}';
const DASH = ' ?[-\\u2013\\u2014] ?';
const FIRST = new RegExp(`^${DASH}${DATE}(\\)|\\.?$)`);
const SECOND = new RegExp(`(\\(|: )${DATE}${DASH}$`);
const FIRST_IN_WORDS = new RegExp(`^ (?:to|until|and|a|au|et|jusqu'(?:en|au|a)) ${DATE}\\b`);
const SECOND_IN_WORDS = new RegExp(`\\b(?:from|between|de|du|entre) ${DATE} (?:to|until|and|a|au|et|jusqu'(?:en|au|a)) $`);
const OPENS_IN_WORDS = /\b(?:from|between|de|du|entre) $/;
const NAME_BEFORE = /((?:[\p{L}\p{N}'-]+ ){0,4}[\p{L}\p{N}'-]+)(?: \(|: )$/u;
const LASTING = /^(?:mission|operation)\./;
const SPAN_BEFORE = /(?:\(|: |[-\u2013\u2014] ?|\b(?:from|between|de|du|entre|to|until|and|a|au|et|jusqu'en) )$/;
// Every article here is about the mission: `the mission` and `its mandate` name it (`Its mandate ran from 25 April
// 2013 to 30 June 2023`, `la mission a opéré de juillet 2013 à décembre 2023`).
const THE_MISSION = /\b(?:the mission|its mandate|the mandate|la mission|son mandat|le mandat)\b/;
// Not where the span is someone's time at its head (`Bert Koenders led the mission from 2013 to 2015`).
const HEADED = /\b(?:led|headed|head|chief|served|commanded|dirige|dirigee|chef|commande)\b/;

// Events within about a year of its first or last event are its start or end: MINUSMA was created in April
// 2013 and took over in July; its withdrawal ended in 2023 and its liquidation in 2024.
const SLACK_DAYS = 400;

/** Where a span's name ends (after its bracket, colon or `from`), which end the date is, and whether it is in words. */
interface SpanEnd {
  nameEnd: number;
  first: boolean;
  inWords: boolean;
}

// The events of the missions and operations the name names, in date order; the mission's where the words say `the
// mission` and name no other (`The mission (April 2013 – December 2023)`, `Its mandate ran from 2013 to 2023`).
function eventsNamed(name: string, tables: LinkTables, context: LinkContext): DateFact[] {
  const named = scoresFor('subject', name, '', tables.dates.subjects, context);
  const events = tables.dates.facts.filter((fact, i) => (named[i] ?? 0) > 0 && LASTING.test(fact.subject));
  const subject = events.at(-1)?.subject ?? (THE_MISSION.test(name) && !HEADED.test(name) ? MISSION : undefined);
  if (subject === undefined) return [];
  return tables.dates.facts.filter((fact) => fact.subject === subject).sort((a, b) => a.date.localeCompare(b.date));
}

// Days since 1970 of a date, a month or a year taken at its first day.
const days = (date: string) => Date.parse(`${date}-01-01`.slice(0, 10)) / 86_400_000;

function spanInSigns(sentence: string, at: number, end: number): SpanEnd | undefined {
  const bracket = sentence[at - 1] === '(';
  const first = FIRST.exec(sentence.slice(end, end + 24));
  if (first && (bracket || sentence.slice(at - 2, at) === ': ') && bracket === (first[1] === ')'))
    return { nameEnd: at, first: true, inWords: false };
  const second = SECOND.exec(sentence.slice(Math.max(0, at - 28), at));
  const closer = /^(\)|\.?$)/.exec(sentence.slice(end, end + 2))?.[1];
  if (!second || closer === undefined || (second[1] === '(') !== (closer === ')')) return undefined;
  return { nameEnd: at - second[0].length + (second[1]?.length ?? 0), first: false, inWords: false };
}

function spanInWords(sentence: string, at: number, end: number): SpanEnd | undefined {
  if (OPENS_IN_WORDS.test(sentence.slice(Math.max(0, at - 8), at)) && FIRST_IN_WORDS.test(sentence.slice(end, end + 28)))
    return { nameEnd: at, first: true, inWords: true };
  const second = SECOND_IN_WORDS.exec(sentence.slice(Math.max(0, at - 40), at));
  if (!second) return undefined;
  const opening = at - second[0].length;
  return { nameEnd: opening + (sentence.slice(opening).match(/^\S+ /)?.[0].length ?? 0), first: false, inWords: true };
}

/**
 * The event a date written as one end of the span after a mission's or operation's name confirms: its start or
 * the end it agrees with, and disputes nothing, as a span in brackets is as often someone's time in the mission
 * (`deployed to MINUSMA (2018–2019)`) and a subject's last events (a handover, a liquidation) are not all its end.
 * `null` for one in brackets that agrees with neither, left unknown; undefined when the date is no such end, or is
 * one in words that agrees with neither, which its sentence then judges.
 */
export function judgeLifeSpan(hit: FigureHit, tables: LinkTables, context: LinkContext): DateFact | null | undefined {
  const { date, sentence, sentenceOffset: at } = hit;
  const end = at + hit.text.length;
  // Most dates follow `in` or `on`: only what may open or join a span is worth reading further.
  if (!SPAN_BEFORE.test(sentence.slice(Math.max(0, at - 9), at))) return undefined;
  const span = date ? (spanInSigns(sentence, at, end) ?? spanInWords(sentence, at, end)) : undefined;
  if (!date || !span) return undefined;
  // In words, the name may stand further back (`MINUSMA was a United Nations peacekeeping mission in Mali from`).
  const before = sentence.slice(Math.max(0, span.nameEnd - (span.inWords ? 90 : 64)), span.nameEnd);
  const name = span.inWords ? before : NAME_BEFORE.exec(before)?.[1];
  const events = name ? eventsNamed(name, tables, context) : [];
  const start = events[0];
  const last = events.at(-1);
  if (!start || !last) return undefined;
  const near = (fact: DateFact, to: DateFact) => Math.abs(days(fact.date) - days(to.date)) <= SLACK_DAYS;
  const agreeing = events.filter((fact) => fact.date.startsWith(date) && near(fact, span.first ? start : last));
  const found = span.first ? agreeing[0] : agreeing.at(-1);
  return found ?? (span.inWords ? undefined : null);
}
