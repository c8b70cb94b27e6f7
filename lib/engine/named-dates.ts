import type { DateFact } from '../facts/schema';
import { nameAfterDate, nameBeforeBracket, nameBesideDate } from './date-words';
import { EVERYWHERE } from './figure-subjects';
import type { FigureHit } from './find-figures';
import { type LinkContext, type LinkTables, scoresFor } from './link-context';

// Dates an event is known by without the words of what happened: a name or an event the date qualifies, or the
// subject of an event of that very day.

/** A date of the text agrees with an event's: the same, or one within the other (`2015` and `2015-05-15`). */
export function sameDate(text: string, fact: string): boolean {
  return text.startsWith(fact) || fact.startsWith(text);
}

/**
 * An event whose subject the date qualifies, on the event's date: it can only confirm the date, as nothing
 * says what happened then (`the 2015 peace deal` is the agreement signed in 2015, but `the 2016 peace deal`
 * may be another), or the event itself (`the 2020 coup`).
 */
export function qualifiedEvent(hit: FigureHit, date: string, tables: LinkTables, context: LinkContext): DateFact | undefined {
  const bracketed = nameBeforeBracket(hit);
  const name = nameBesideDate(hit) ?? bracketed;
  const named = name === undefined ? [] : scoresFor('subject', name, '', tables.dates.subjects, context);
  const found = tables.dates.facts.find((fact, i) => (named[i] ?? 0) > 0 && !EVERYWHERE.has(fact.subject) && sameDate(date, fact.date));
  const event = found ? undefined : (nameAfterDate(hit) ?? bracketed);
  if (!event) return found;
  // Or the event itself (`the 2020 coup`, `two coups (2020 and 2021)`), which the sentence need not name the subject of.
  const cued = scoresFor('date', event, '', tables.dates.cues, context);
  return tables.dates.facts.find((fact, i) => (cued[i] ?? 0) > 0 && sameDate(date, fact.date));
}

/**
 * A whole day that is the date of an event whose subject the sentence names is that event's, in words the
 * event's cues do not hold (`El-Ghassim Wane met the press on 15 March 2021`): such days seldom agree by chance.
 */
export function namedOnItsDay(hit: FigureHit, date: string, tables: LinkTables, context: LinkContext): DateFact | undefined {
  if (date.length !== 10) return undefined;
  if (!tables.dates.facts.some((fact) => fact.date === date)) return undefined;
  const named = scoresFor('subject', hit.sentence, '', tables.dates.subjects, context);
  return tables.dates.facts.find((fact, i) => fact.date === date && (named[i] ?? 0) > 0 && !EVERYWHERE.has(fact.subject));
}
