import type { DateFact } from '../facts/schema';
import { CONTRIBUTOR } from './contributors';
import { MISSION } from './figure-subjects';
import type { FigureHit } from './find-figures';
import { foldWord } from './fold-text';
import { TOWNS } from './neighbours';
import { inWhatWasDecided, wishedFor } from './sayings';
import { denied } from './sentence-context';
import { clauseAround, onlyDates } from './sentences';

// Words around a date that keep it from disputing an event it could only confirm, folded.

// Words before a date that make it the end of a span of time (`extended until 30 June 2023`, `renewed MINUSMA's
// mandate to June 2023`, `jusqu'au 30 juin`, a deadline: `l'échéance du 31 décembre`), or the new date of
// something put off (`postpones referendum to 2025`, `reporté à 2024`): the day an event took effect is not that date.
const UNTIL =
  /(?:\b(?:until|till|up to|through|jusqu'(?:au|a|en)|deadline(?: of)?|echeance (?:du|de|au)|date (?:limite|butoir) (?:du|de|au))|\b(?:extend|renew|prolong|prorog|postpon|delay|reschedul|report|repouss)[a-z]*\b[^,.;]{0,40}\b(?:to|au|a))\s+(?:the\s+|le\s+)?$/;

// The second year of a span written with a dash or a slash (`in winter 2021-22`, `2022/2023`).
const AFTER_YEAR = /(?:19|20)\d\d ?[-\u2013\u2014/] ?$/;

/** The date ends a span of time: it can confirm an event of its day but never dispute one. */
export function endOfSpan(hit: FigureHit): boolean {
  const before = hit.sentence.slice(Math.max(0, hit.sentenceOffset - 60), hit.sentenceOffset);
  return UNTIL.test(before) || AFTER_YEAR.test(before);
}

// A dateline: the city a story was filed from, then its date, then the agency or a dash (`PARIS, Feb 17 (Reuters) -`,
// `BAMAKO, 11 décembre (AFP) –`). The date is the story's, not its events'.
const CITY_BEFORE = /^\s*[a-z][a-z .'-]{1,30}, (?:le )?$/;
const AGENCY_AFTER = /^ ?(?:\([a-z .]{2,20}\)|[-\u2013\u2014])/;

/** The date is a story's dateline: it can confirm an event of its day but never dispute one. */
export function isDateline(hit: FigureHit): boolean {
  const end = hit.sentenceOffset + hit.text.length;
  return CITY_BEFORE.test(hit.sentence.slice(0, hit.sentenceOffset)) && AGENCY_AFTER.test(hit.sentence.slice(end, end + 22));
}

// Leaving one town of Mali (`left Timbuktu`, `quitté Gao`, `handed over the Kidal camp`, `le retrait d'Aguelhok`): a
// base closed on its day.
const LEFT_TOWN = new RegExp(
  `\\b(?:(?:left|leave|leaves|leaving|withdr[a-z]+ from|departure from|pulled out of|departed|vacated|handed over|quitt[a-z]*|evacu[a-z]*|retir[a-z]* de|(?:retrait|desengagement|depart) (?:de|du))(?: the| la| le| les)?(?: (?!mali\\b)[a-z]+){0,2}? |(?:retrait|desengagement|depart) d')(?:${TOWNS})\\b`,
);

const OF_A_TOWN = new RegExp(`^place\\.(?:${TOWNS})$`);

/**
 * The folded sentence names the town an event of a town (`fact`) is of only as its region's name, if at all (`the Kidal
 * region`, `la région de Kidal`: the region a town gives its name to, not the town).
 */
export function onlyItsRegion(sentence: string, fact: DateFact): boolean {
  if (!OF_A_TOWN.test(fact.subject)) return false;
  const town = fact.subject.slice('place.'.length);
  for (let at = sentence.indexOf(town); at >= 0; at = sentence.indexOf(town, at + 1)) {
    const after = sentence.slice(at + town.length, at + town.length + 7);
    const before = sentence.slice(Math.max(0, at - 13), at);
    if (!/^ region\b/.test(after) && !/region de $/.test(before)) return false;
  }
  return true;
}

// A list of towns each with its day (`left Ber on 13 August, Tessalit on 21 October`, `Ber le 13 août`): a date right
// after a town is that town's.
const TOWN_BEFORE = new RegExp(`\\b(${TOWNS}),? (?:on|in|le|en) $`);

/** The date comes right after a town other than the one an event of a town (`fact`) is of (see above). */
export function ofAnotherTown(hit: FigureHit, fact: DateFact): boolean {
  if (!OF_A_TOWN.test(fact.subject)) return false;
  const town = TOWN_BEFORE.exec(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 20), hit.sentenceOffset))?.[1];
  return town !== undefined && `place.${town}` !== fact.subject;
}

/**
 * The date's clause says a town of Mali was left (`The last peacekeepers left Timbuktu on 25 October 2023`): it
 * dates that base's closing, so it can confirm an event of its day but never dispute the mission's withdrawal; only
 * an event of the town itself (`fact`), such as the day its camp was left.
 */
export function leftOneTown(hit: FigureHit, fact: DateFact): boolean {
  return !OF_A_TOWN.test(fact.subject) && LEFT_TOWN.test(datedWords(hit));
}

// The words the date dates: its clause, or its sentence where the clause is nothing but the date (a timeline's
// `31 October 2023 – The last peacekeepers leave Kidal`).
function datedWords(hit: FigureHit): string {
  const clause = clauseAround(hit.sentence, hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  return onlyDates(clause) ? hit.sentence : clause;
}

// A time counted from an event (`a year after the Council ended the mandate`, `un an après`) or its anniversary.
const COUNTED_FROM =
  /\b(?:(?:a|one|two|three|four|five|\d+) years? (?:after|since|on from)|(?:un|deux|trois|\d+) ans? (?:apres|jour pour jour)|anniversar(?:y|ies)|anniversaire)\b/;

/**
 * The date's sentence counts its time from an event (`On 30 June 2024, a year after the Council ended the mandate`):
 * the event's words are no event of that date, which can only confirm one.
 */
export function countedFromEvent(hit: FigureHit): boolean {
  return COUNTED_FROM.test(hit.sentence);
}

// A contributor's own leaving (`Sweden's last troops left Mali in June 2023`, `les Suédois ont quitté le Mali`, `The
// Egyptian contingent of 1,081 completed its withdrawal`, a number's commas no clause's end): it dates
// that country's departure, which only confirms the mission's own events. The countries the pack holds facts of
// date their own leaving with those facts, which this does not touch (it is asked of the mission's events only).
const CONTRIBUTOR_LEFT = new RegExp(
  `\\b${CONTRIBUTOR}(?:'s)?\\b(?:[^,;]|,(?=\\d)){0,40}\\b(?:left|leave|leaves|withdrew|withdrawn|pulled out|departed|completed its withdrawal|quitte|quitt[a-z]*|retire[a-z]*|partis?|acheve son retrait)\\b`,
);

/** The date's sentence says one contributor left (see above): it can confirm a mission's event but dispute none. */
export function contributorLeft(hit: FigureHit): boolean {
  return CONTRIBUTOR_LEFT.test(hit.sentence);
}

// `Germany began withdrawing in the summer of 2023`: the start of a leaving, which disputes no end of one (its last
// soldiers leaving, the withdrawal completed) and no other start (`France began its withdrawal` is no start of
// Barkhane), but a leaving's start still may.
const BEGAN = '\\b(?:began|begun|started|commenced|a commence|ont commence|a debute|ont debute)\\b';
const BEGAN_BEFORE = new RegExp(`${BEGAN}(?![^.;]*\\b(?:ended|completed|finished|acheve|termine)\\b)[^.;]{0,50}$`);
// Or after a date that opens its clause: `On Feb 16, France began its withdrawal`.
const BEGAN_AFTER = new RegExp(`^[^.;]{0,40}?${BEGAN}`);
const LEAVING = /\b(?:withdr[a-z]*|leav[a-z]*|left|pull[a-z]* out|drawdown|retrait|retir[a-z]*|quitt[a-z]*|partir|desengagement)\b/;
const STARTS = /\b(?:begins?|starts?)\b/;

/** The date is when a leaving began, and the event (`fact`) is no leaving's start: it can only confirm it. */
export function beganLeaving(hit: FigureHit, fact: DateFact): boolean {
  const before = hit.sentence.slice(Math.max(0, hit.sentenceOffset - 60), hit.sentenceOffset);
  const event = fact.event.toLowerCase();
  const began = BEGAN_BEFORE.test(before) || BEGAN_AFTER.test(hit.sentence.slice(hit.sentenceOffset));
  return began && LEAVING.test(hit.sentence) && !(STARTS.test(event) && LEAVING.test(event));
}

// A phase of what happened (`the first phase of the withdrawal, which ended on 31 August 2023`, `la première étape du
// retrait`): its days are not the whole's.
const PHASE = /\b(?:phases?|stages?|etapes?)\b/;

/** The date's sentence speaks of a phase of something (see above): it can confirm an event but dispute none. */
export function phaseOf(hit: FigureHit): boolean {
  return PHASE.test(hit.sentence);
}

// Something suspended (`suspended the rotation of its 900 soldiers in July 2022`, `a suspendu sa participation`): a
// suspension is its own event, which disputes no event but another suspension.
const SUSPENDED = /\bsuspen(?:d|ds|ded|ding|sion|du|due|dus|dre|dait)\b/;

/** The date's clause suspends something and the event (`fact`) is no suspension (see above). */
export function suspendedOther(hit: FigureHit, fact: DateFact): boolean {
  return SUSPENDED.test(datedWords(hit)) && !/\bsuspen/i.test(fact.event);
}

// A month written alone (`in June`, `en juin dernier`; not `in August of that year`, whose year the text gives): its
// year is the reader's guess from the article's date, so it disputes nothing.
const OF_THAT_YEAR = /(?:that|same) year|meme annee|cette (?:meme )?annee/;

/** The date is a month written alone (see above). */
export function monthAlone(hit: FigureHit): boolean {
  return hit.date?.length === 7 && !/\d/.test(hit.text) && !OF_THAT_YEAR.test(foldWord(hit.text));
}

// A relative clause said of the African-led mission MINUSMA took over from (`to replace AFISMA, which had been set up
// in 2012`, `la Misma, qui avait été déployée en janvier 2013`): its dates are that mission's.
const OF_PREDECESSOR = /\b(?:afisma|misma|african-led (?:mission|force))\b[^,;.]{0,20},\s*(?:which|qui|dont)\b[^;.]*$/;

/** The date stands in a relative clause said of MINUSMA's predecessor (see above). */
export function ofPredecessor(hit: FigureHit): boolean {
  return OF_PREDECESSOR.test(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 120), hit.sentenceOffset));
}

/** The date can confirm `fact` but never dispute it, for any of the reasons above. */
export function onlyConfirms(hit: FigureHit, fact: DateFact): boolean {
  return (
    endOfSpan(hit) ||
    denied(hit) ||
    isDateline(hit) ||
    leftOneTown(hit, fact) ||
    countedFromEvent(hit) ||
    (fact.subject === MISSION && contributorLeft(hit)) ||
    beganLeaving(hit, fact) ||
    phaseOf(hit) ||
    suspendedOther(hit, fact) ||
    monthAlone(hit) ||
    ofPredecessor(hit) ||
    inWhatWasDecided(hit, fact) ||
    wishedFor(hit, fact.cues)
  );
}
