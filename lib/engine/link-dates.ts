import type { DateFact } from '../facts/schema';
import { english } from '../say';
import { cueScores } from './date-cue-scores';
import { ofAnotherTown, onlyConfirms, onlyItsRegion } from './date-scope';
import { lastingUntilDate, listedYears, partOfYear, withoutTimeWords, yearsElsewhere } from './date-words';
import { dateLine } from './describe';
import { EVERYWHERE, MISSION } from './figure-subjects';
import { findDates } from './find-dates';
import { type FigureHit, withAntecedent } from './find-figures';
import { judgeLifeSpan } from './life-spans';
import { cuedFacts, explain, type FigureResult, judged, type LinkContext, type LinkTables, lazy, scoresFor } from './link-context';
import { namedOnItsDay, qualifiedEvent, sameDate } from './named-dates';
import { aboutNeighbour, isMalian } from './neighbours';
import { aboutOtherMission } from './other-missions';
import { type Candidate, pick, type When } from './pick-event';
import { rememberLast } from './remember-last';
import { sayingOf } from './sayings';
import { clauseAround, clauseBounds, onlyDates, phraseAround } from './sentences';

// Events spoken of only where the sentence names what they are about (Germany's exit, Prigozhin's death,
// Barkhane's end, MINUSCA's creation): other countries' soldiers leave, other people die, other things end and
// other missions begin on other days, in the same words.
const OWN_EVENTS = /^(?:place|person|operation|org|body|mission)\./;

function subjectUnnamed(fact: DateFact, named: boolean): boolean {
  return !named && OWN_EVENTS.test(fact.subject) && !EVERYWHERE.has(fact.subject);
}

// Dates come in text order, and most share the sentence of the one before: its dates are found once.
const datesOf = { en: rememberLast((text) => findDates(text, false)), fr: rememberLast((text) => findDates(text, true)) };

// Another date of the sentence (or, `before`, an earlier one) is the event's own: this one dates something
// else the sentence names. So is a year listed with this one (`came to power in coups in 2020 and 2022`: the 2022
// is no date of the coup of 2020), or written alone elsewhere (`By 2017, jihadists had spread…, and the mandate was
// expanded in 2019`: the 2017 is no date of the expansion).
function datedElsewhere(hit: FigureHit, fact: DateFact, french: boolean | undefined, before: boolean): boolean {
  const at = hit.sentenceOffset;
  const year = fact.date.slice(0, 4);
  const dates = datesOf[french ? 'fr' : 'en'](hit.sentence);
  return (
    dates.some((other) => (before ? other.from < at : other.from !== at) && sameDate(other.date, fact.date)) ||
    listedYears(hit).includes(year) ||
    yearsElsewhere(hit, before, dates).includes(year)
  );
}

// The events within two years of the date that a text speaks of, with their scores.
function eventsIn(text: string, hit: FigureHit, tables: LinkTables, context: LinkContext): Candidate[] {
  const scores = cueScores(text, hit, tables, context);
  const near: Candidate[] = [];
  // Named anywhere in the sentence (`Egypt, with 1,072 troops, suspended its participation in July 2022`),
  // or in the one before when a pronoun stands for it (`Prigozhin led the mutiny. He died in August 2023`).
  const said = lazy(() => withAntecedent(hit));
  const named = lazy(() => scoresFor('subject', said(), '', tables.dates.subjects, context));
  const abroad = lazy(() => aboutNeighbour(hit));
  // A clause about another mission (`EUTM has trained soldiers since 2013`) dates none of this one's events, nor
  // one whose subject it does not name (`MONUSCO's withdrawal began in 2024` is no end of the Algiers accord).
  const elsewhere = lazy(() => aboutOtherMission(hit, tables, context));
  for (const i of cuedFacts(scores)) {
    const fact = tables.dates.facts[i] as DateFact;
    if (Math.abs(Number(fact.date.slice(0, 4)) - hit.value) > 2 || (fact.subject === MISSION && elsewhere())) continue;
    const isNamed = (named()[i] ?? 0) > 0 && !onlyItsRegion(said(), fact);
    if (subjectUnnamed(fact, isNamed) || (abroad() && isMalian(fact)) || (!isNamed && elsewhere()) || ofAnotherTown(hit, fact)) continue;
    near.push({ item: fact, score: scores[i] ?? 0, named: isNamed });
  }
  return near;
}

// The event a text (the date's clause or its sentence) speaks of that the date is judged against.
function decide(text: string, hit: FigureHit, when: When, tables: LinkTables, context: LinkContext) {
  const near = eventsIn(text, hit, tables, context);
  const found = pick(when, near);
  // `On 25 September 2023 the junta put off the election planned for February 2024`; and a date that agrees with
  // an event an earlier date dated is another event's, if one agrees (`the second coup, in May 2021, and the
  // arrival of Wagner, in late 2021`).
  if (!found || !datedElsewhere(hit, found.fact, context.french, found.agrees)) return found;
  const other = pick(
    when,
    near.filter((c) => c.item !== found.fact),
  );
  return found.agrees && !other?.agrees ? found : other;
}

// The date's own clause decides when it speaks of an event; otherwise the whole sentence does. The
// sentence's event may dispute the date only where the date's clause is nothing but the date (`On 25
// October 2023, the junta postponed…`) or holds a cue of that event (`Egypt, with 1,072 troops, suspended
// its participation in July 2022`); a clause about something else (`Goïta, who seized power in a coup, met
// ECOWAS leaders on 5 May 2022`) is not dated by it, so it can only confirm the date.
function judgeDate(hit: FigureHit, when: When, tables: LinkTables, context: LinkContext) {
  const [start, end] = clauseBounds(hit.sentence, hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  const lasting = lastingUntilDate(hit, start, end);
  const found = judgeInClause(hit, when, tables, context);
  if (lasting === undefined) return found;
  // A date `since` which a thing has lasted dates only that thing; what the clause goes on to say may agree with it.
  return decide(lasting, hit, when, tables, context) ?? (found?.agrees ? found : undefined);
}

function judgeInClause(hit: FigureHit, when: When, tables: LinkTables, context: LinkContext) {
  const [from, to] = [hit.sentenceOffset, hit.sentenceOffset + hit.text.length];
  const clause = clauseAround(hit.sentence, from, to);
  // Within the clause, the part that does not go on to another thing that happened speaks first.
  const phrase = phraseAround(hit.sentence, from, to);
  const inPhrase = phrase.length < clause.length ? decide(phrase, hit, when, tables, context) : undefined;
  if (inPhrase) return inPhrase;
  if (clause.length === hit.sentence.length) return decide(hit.sentence, hit, when, tables, context);
  const inClause = decide(clause, hit, when, tables, context);
  if (inClause) return inClause;
  const found = decide(hit.sentence, hit, when, tables, context);
  if (!found || onlyDates(clause)) return found;
  const cued = scoresFor('date', clause, '', tables.dates.cues, context)[tables.dates.facts.indexOf(found.fact)] ?? 0;
  if (cued > 0) return found;
  // Nor is a clause that holds the words of another event of those years whose subject the sentence names (`The UN
  // mission, established in April 2012, was deployed after the jihadist offensive`): it speaks of that one.
  if (!found.agrees || eventsIn(clause, hit, tables, context).some((c) => c.named)) return undefined;
  // A clause of its own after `and` or `but` confirms only what its date says no more precisely than the event's:
  // `the CMA resumed hostilities in 2023, and the army took Kidal on Nov. 14` gives no day of the CMA's year.
  return COORDINATED.test(clause) && found.fact.date.length < when.date.length ? undefined : found;
}

const YEAR = /\d{4}/;

// A clause that opens with a conjunction after a comma: another thing that happened.
const COORDINATED = /^\s*(?:and|but|while|whereas|et|mais|tandis que|alors que)\s/;

function eventOf(hit: FigureHit, tables: LinkTables, context: LinkContext): { fact: DateFact; agrees: boolean } | undefined {
  const span = judgeLifeSpan(hit, tables, context);
  if (span !== undefined) return span ? { fact: span, agrees: true } : undefined;
  const date = hit.date ?? String(hit.value);
  const when = { date, part: partOfYear(hit), yearGiven: YEAR.test(hit.text) };
  const judged = judgeDate(withoutTimeWords(hit), when, tables, context);
  const saying = judged && !judged.agrees ? sayingOf(hit) : undefined;
  const said = saying === undefined ? judged : judgeDate(withoutTimeWords({ ...hit, sentence: saying }), when, tables, context);
  const decided = said && !said.agrees && onlyConfirms(hit, said.fact) ? undefined : said;
  // The event the date qualifies is the one it dates (`detained during the 2020 coup` is the coup of 2020, not
  // the detentions of 2021).
  const qualified = decided?.agrees ? undefined : qualifiedEvent(hit, date, tables, context);
  const found = qualified ?? (decided ? undefined : namedOnItsDay(hit, date, tables, context));
  return found ? { fact: found, agrees: true } : decided;
}

// A day written without its year may be in another year it could mean (`le 30 juin` in a January article, of the
// June before): taken so, the likeliest first, when an event of that year agrees and none of the year first read does.
function inOtherYear(hit: FigureHit, tables: LinkTables, context: LinkContext): [FigureHit, DateFact] | undefined {
  for (const date of hit.otherDates ?? []) {
    const other = { ...hit, date, value: Number(date.slice(0, 4)) };
    const found = eventOf(other, tables, context);
    if (found?.agrees) return [other, found.fact];
  }
  return undefined;
}

/** Links a date to the dated event its clause, or else its sentence, fits best, and judges it. */
export function linkDate(first: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  const say = context.say ?? english;
  let hit = first;
  let found = eventOf(hit, tables, context);
  const other = found?.agrees ? undefined : inOtherYear(hit, tables, context);
  if (other) {
    hit = other[0];
    found = { fact: other[1], agrees: true };
  }
  // Worded once per fact (and per date the text gives): a page names the same few dates many times.
  if (found?.agrees) {
    const { fact } = found;
    return judged(
      hit,
      'match',
      fact.id,
      explain(context, `date-match|${fact.id}`, () => say('explainDateMatch', dateLine(fact, say))),
    );
  }
  if (found) {
    const { fact } = found;
    const key = `date-conflict|${fact.id}|${hit.text}`;
    return judged(
      hit,
      'conflict',
      fact.id,
      explain(context, key, () => say('explainDateConflict', hit.text, dateLine(fact, say))),
    );
  }
  return judged(
    hit,
    'unknown',
    undefined,
    explain(context, 'date-unknown', () => say('explainDateUnknown')),
  );
}
