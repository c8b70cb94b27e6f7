import { PEACEKEEPERS } from './counted';
import type { FigureHit } from './find-figures';
import { matchesOf } from './matches';
import { rememberLast } from './remember-last';
import { clauseAround, onlyDates } from './sentences';
import { afterLastDigit } from './tokens';

// Whether a figure speaks of Mali or of one of its neighbours, where the same things happened.

// Mali's neighbours and Gabon, where coups, elections, referendums and France's withdrawals happened too, and the countries
// of the other big missions (Lebanon's UNIFIL, which the pack does not store, too), by their names, their
// peoples' and their capitals', folded; and Mali by its own and its towns'.
const NEIGHBOURS =
  /\b(?:niger|nigerien(?:ne)?s?|niamey|burkina(?: faso)?|burkinabe|ouagadougou|guinea|guinee|guinean|guineen(?:ne)?s?|conakry|senegal|senegalese|senegalais(?:e)?s?|dakar|mauritania|mauritanian|mauritanie|mauritanien(?:ne)?s?|nouakchott|algeria|algerian|algerie|algerien(?:ne)?s?|ivory coast|cote d'ivoire|ivorian|ivoirien(?:ne)?s?|abidjan|chad|chadian|tchad|tchadien(?:ne)?s?|n'djamena|sudan|sudanese|soudan|soudanais|khartoum|central african(?: republic)?|centrafrique|centrafricain(?:e)?s?|bangui|drc|rdc|congo|congolese|congolais|kinshasa|gabon|gabonese|gabonais(?:e)?s?|libreville|lebanon|lebanese|liban|libanais|beirut|beyrouth|unifil|finul|libya|libyan|libye|libyen(?:ne)?s?|tripoli|syria|syrian|syrie|ukraine|mozambique)\b/;
/** Mali's towns outside the capital, folded, as alternatives of a regular expression. */
export const TOWNS = 'gao|kidal|timbuktu|tombouctou|mopti|menaka|tessalit|aguelhok|ber|sevare|ansongo|douentza|segou|sikasso';
const IN_MALI = new RegExp(`\\b(?:minusma|mali|malian|maliens?|maliennes?|bamako|${TOWNS})\\b`);
// Peacekeepers speak of Mali (`Chadian peacekeepers were the last to leave`) unless the sentence puts them in
// another country (`15,000 peacekeepers in the Central African Republic`).
const IN_ANOTHER = new RegExp(`\\b(?:in|en|au) (?:the )?${NEIGHBOURS.source.replace('\\b', '')}`);

// What happened to Mali itself, to the mission and to France's operations there: the subjects of events another
// country had too (its coup, a UN mission's end, France's withdrawal). Barkhane fought across the Sahel: only its
// leaving Mali and its end are Mali's (its troops left in Niger and Chad are not), and of the G5 Sahel, Mali's exit.
const MALIAN_SUBJECTS = /^(?:place\.mali|mission\.minusma|operation\.serval|operation\.takuba)$/;
const MALIAN_EVENTS = new Set([
  'barkhane.exit-announced',
  'barkhane.mali-exit',
  'barkhane.end',
  'g5.mali-exit',
  'g5.mali-exit-effective',
  'ecowas.sanctions',
  'ecowas.sanctions-lifted',
  'wagner.arrival',
  'wagner.size',
]);

/** A fact of Mali's own, of the mission's or of France's operations in Mali (see `aboutNeighbour`). */
export function isMalian(fact: { id: string; subject: string }): boolean {
  return MALIAN_SUBJECTS.test(fact.subject) || MALIAN_EVENTS.has(fact.id);
}

/**
 * The figure's clause names one of Mali's neighbours, other than as where someone went (`crossed into Niger`),
 * and its sentence names neither MINUSMA nor a place in Mali, nor peacekeepers, contingents or the mission but in
 * that country (`Niger's army seized power in a coup in July 2023`, `France withdrew its troops from Burkina Faso in
 * February 2023`, `Niger has deployed 13,000 soldiers`): it counts and dates nothing Malian (see `isMalian`). A date
 * is read with its sentence, or the one before, where its clause, or sentence, names no country (see below).
 */
export function aboutNeighbour(hit: FigureHit): boolean {
  if (placedAbroad(hit)) return true;
  if (!sentenceAbroad(hit.sentence)) return hit.form === 'date' && ofAbroadBefore(hit);
  const around = clauseAround(hit.sentence, hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  // A clause that is nothing but a date dates the sentence's (`In September 2023, Macron ended … with Niger`), and a date
  // in one that names no country is of the one its sentence names (`In Niger, the coup of 26 July 2023 ousted Bazoum`);
  // a count there may be the mission's (`Four countries said they would leave: the UK, Germany, Benin and Côte d'Ivoire`).
  const unplaced = hit.form === 'date' && !NEIGHBOURS.test(around);
  const clause = onlyDates(around) || unplaced ? (countBeforeDash(hit) ?? hit.sentence) : around;
  return matchesOf(NEIGHBOURS_ALL, clause).some((m) => !DESTINATION.test(clause.slice(Math.max(0, m.index - 10), m.index)));
}

const NEIGHBOURS_ALL = new RegExp(NEIGHBOURS.source, 'g');

// A dash right after a number, as a list of figures sets each before what it counts.
const DASH_AFTER = /^ - /;

/** The clause after the dash a count stands before (`4 — countries that announced they would leave: …`), if any. */
function countBeforeDash(hit: FigureHit): string | undefined {
  const after = hit.sentenceOffset + hit.text.length;
  if (hit.form === 'date' || !DASH_AFTER.test(hit.sentence.slice(after, after + 3))) return undefined;
  return clauseAround(hit.sentence, after + 3, after + 4);
}

// A date in a sentence that names no country, whose pronoun or semicolon makes it go on from one about a neighbour
// (`La junte nigérienne a exigé le départ des soldats français ; les derniers sont partis en décembre 2023`).
function ofAbroadBefore(hit: FigureHit): boolean {
  return hit.antecedent !== '' && !IN_MALI.test(hit.sentence) && !NEIGHBOURS.test(hit.sentence) && sentenceAbroad(hit.antecedent);
}

// A count placed in another country right after it, at most two words on, in a sentence that may name Mali too
// (`15,000 peacekeepers were deployed in Mali, against 17,000 in the Central African Republic`): `IN_ANOTHER`
// without its leading word boundary.
const PLACED_ABROAD = new RegExp(`^(?: [a-z'-]+){0,2} ${IN_ANOTHER.source.slice('\\b'.length)}`);

function placedAbroad(hit: FigureHit): boolean {
  const end = hit.sentenceOffset + hit.text.length;
  return PLACED_ABROAD.test(hit.sentence.slice(end, end + 60));
}

// Where someone went: `crossed into Niger`.
const DESTINATION = /\b(?:into|to|towards|for|vers|pour) $/;

// A country's contingent is its part of a mission, as its peacekeepers are (`the departure of the contingents of
// Benin and of the Ivory Coast`), and so are its soldiers in the mission (`Senegal lost soldiers in the mission`).
const CONTINGENT = /\b(?:contingents?|(?:the|this|la|cette) (?:un |onu )?mission)\b/;

// Each sentence is looked at once, for all the figures it holds.
const sentenceAbroad = rememberLast(
  (sentence) =>
    !IN_MALI.test(sentence) &&
    NEIGHBOURS.test(sentence) &&
    (!(PEACEKEEPERS.test(sentence) || CONTINGENT.test(sentence)) || IN_ANOTHER.test(sentence)),
);

// One region or town of Mali: a count there is a part of any count of the mission (`4,000 uniformed personnel
// were deployed in the north`, `1 000 soldats à Gao`). Not Bamako, where its headquarters were.
const ONE_PLACE = new RegExp(
  [
    '\\b(?:in|at|near|around) (?:the )?(?:far )?(?:north|south|east|west|centre|center|northern|central|southern|eastern|western)\\b(?! (?:sudan|africa|african|america|asia|kivu|korea))',
    `\\b(?:in|at|near|around|a|dans) (?:the |la region de |the region of )?(?:${TOWNS})\\b`,
    '\\b(?:dans le|au) (?:nord|sud|centre)\\b(?![- ](?:soudan|kivu))',
  ].join('|'),
);

/** A folded clause places its count in one region or town of Mali: the count is a part, which disputes nothing. */
export function inOnePlace(clause: string): boolean {
  return ONE_PLACE.test(clause);
}

// A share placed in one town or region right after it, or after whose share it is (`99% in Gao`, `12 % a Kidal`,
// `80% of voters in the north`); the capital too, a region of its own in a vote.
const SHARE_IN_ONE_PLACE = new RegExp(`^(?:(?:of|des|de) (?:the )?[a-z']+ )?(?:${ONE_PLACE.source}|\\b(?:in|a|dans) bamako\\b)`);

/** The folded words after a percentage and a space place the share in one town or region: no share of all Mali. */
export function shareInOnePlace(after: string): boolean {
  return SHARE_IN_ONE_PLACE.test(after);
}

// A town a count follows in brackets, as a list gives each (`Gao (60)`).
const TOWN_BRACKET = new RegExp(`\\b(?:${TOWNS})(?: region)? \\($`);

/**
 * The words of a folded sentence from the number before `at` (or its start) to `at` place the count there in one
 * region or town, though in another clause (`In the Kidal region alone, 92 peacekeepers were killed`, `Gao (60)`).
 */
export function placedBefore(sentence: string, at: number): boolean {
  const words = sentence.slice(afterLastDigit(sentence, 0, at) ?? 0, at);
  return ONE_PLACE.test(words) || TOWN_BRACKET.test(words);
}
