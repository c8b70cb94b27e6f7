import type { DateFact } from '../facts/schema';
import type { FigureHit } from './find-figures';
import { type LinkContext, type LinkTables, scoresFor } from './link-context';

// The years a mission or an operation lasted, written after its name (`Serval (2013–2014)`, `la Minusma
// (2013-2023)`): the first is the year it began and the second the year it ended, whatever else the sentence
// says (`Barkhane (2014–2022) succeeded Serval (2013–2014)` dates no start of Barkhane in 2013).
const FIRST = /^ ?[-\u2013\u2014] ?\d{4}\)/;
const SECOND = /\(\d{4} ?[-\u2013\u2014] ?$/;
const NAME_BEFORE = /((?:[\p{L}\p{N}'-]+ ){0,4}[\p{L}\p{N}'-]+) \($/u;
const LASTING = /^(?:mission|operation)\./;

// An end within a year of its subject's last event: MINUSMA's withdrawal ended in 2023, its liquidation in 2024.
const END_SLACK_DAYS = 400;

/** How a year of a span after a name stands: the event it agrees with or disputes, or `null` for neither. */
export type SpanJudgement = { fact: DateFact; agrees: boolean } | null;

function nameBefore(hit: FigureHit, opening: number): string | undefined {
  return NAME_BEFORE.exec(hit.sentence.slice(Math.max(0, opening - 60), opening + 1))?.[1];
}

// The events of the missions and operations the name names, in date order.
function eventsNamed(name: string, tables: LinkTables, context: LinkContext): DateFact[] {
  const named = scoresFor('subject', name, '', tables.dates.subjects, context);
  const events = tables.dates.facts.filter((fact, i) => (named[i] ?? 0) > 0 && LASTING.test(fact.subject));
  const subject = events.at(-1)?.subject;
  return events.filter((fact) => fact.subject === subject).sort((a, b) => a.date.localeCompare(b.date));
}

const days = (date: string) => Date.parse(date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-28` : date) / 86_400_000;

function judgeEnd(year: string, events: DateFact[]): SpanJudgement {
  const last = days(events.at(-1)?.date ?? '');
  const ends = events.filter((fact) => fact.date.startsWith(year) && last - days(fact.date) <= END_SLACK_DAYS);
  const end = ends.at(-1);
  return end ? { fact: end, agrees: true } : null;
}

/**
 * Judges a year written as one end of the span after a mission's or operation's name; undefined when the
 * year is no such end. The start disputes a wrong year; the end only confirms one, as a subject's last events
 * (a handover, a liquidation) are not all its end.
 */
export function judgeLifeSpan(hit: FigureHit, tables: LinkTables, context: LinkContext): SpanJudgement | undefined {
  if (hit.date?.length !== 4) return undefined;
  const at = hit.sentenceOffset;
  const after = hit.sentence.slice(at + 4, at + 12);
  const first = hit.sentence[at - 1] === '(' && FIRST.test(after);
  const before = first ? '' : SECOND.exec(hit.sentence.slice(Math.max(0, at - 8), at))?.[0];
  if (!first && !(before && hit.sentence[at + 4] === ')')) return undefined;
  const opening = first ? at - 1 : at - (before?.length ?? 0);
  const name = nameBefore(hit, opening);
  const events = name ? eventsNamed(name, tables, context) : [];
  const start = events[0];
  if (!start) return undefined;
  if (first) return { fact: start, agrees: start.date.startsWith(hit.date) };
  return judgeEnd(hit.date, events);
}
