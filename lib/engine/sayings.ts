import type { DateFact } from '../facts/schema';
import type { FigureHit } from './find-figures';
import { foldWord } from './fold-text';

// When a date is when something was said or decided that would happen later.

// A verb of saying or deciding, and up to three words between it and the date (`said in`, `a annoncé le`).
const REPORTED =
  /\b(?:said|says|announced|announces|told|stated|declared|indicated|confirmed|decided|agreed|annonce|declare|dit|indique|confirme|decide|fait savoir)\s+(?:\S+\s+){0,3}$/;
// What someone says will happen: `would`, `will`, `is to`, `was leaving`, and the French future and conditional
// (`quittera`, `quitterait`, `partira`, `allait retirer`, `était en train de`).
const FUTURE =
  /\b(?:would|will|(?:is|was|are|were|plans?|planned|intends?) to|(?:is|was|are|were) [a-z]+ing|en train de|allait|allaient|va|vont|[a-z]{2,}(?:erait|eraient|irait|iraient|era|eront|ira|iront))\b/;

// Or what was said right after the date, as its object (`Macron announced in June 2021 the end of Operation Barkhane`,
// `a annoncé le 17 février 2022 le retrait`): a thing to happen later too.
const ANNOUNCED_AFTER = /^,? (?:the|its|their|le|la|les|l'|son|sa|ses|leur|leurs) /;

/**
 * When the date is when something was said that would happen later (`Germany said in December 2022 it would
 * leave`, `a annoncé en février 2022 qu'elle allait retirer ses troupes`): the sentence up to what would happen.
 * Only the saying may dispute the date (`Côte d'Ivoire announced in December 2022 that it would withdraw`
 * disputes the day of the announcement); what would happen can only confirm it.
 */
export function sayingOf(hit: FigureHit): string | undefined {
  const at = hit.sentenceOffset;
  if (!REPORTED.test(hit.sentence.slice(Math.max(0, at - 40), at))) return undefined;
  const end = at + hit.text.length;
  if (ANNOUNCED_AFTER.test(hit.sentence.slice(end, end + 12))) return hit.sentence.slice(0, end);
  const future = FUTURE.exec(hit.sentence.slice(end, end + 60));
  if (!future || /[.;]/.test(hit.sentence.slice(end, end + future.index))) return undefined;
  return hit.sentence.slice(0, end + future.index);
}

// A date in what was decided or announced, after `to` (`decided in May 2023 to end the mission by 31 May 2024`, `a
// décidé de quitter le Mali d'ici mai 2024`): it dates what would happen, not the deciding.
const DECIDED_TO = /\b(decided|agreed|announced|voted|resolved|decide|annonce|vote)\b[^.;]{0,25}?\s(?:to|de|d')\s*(?!\d)[^.;]{0,60}$/;

/** The date stands in what was decided, and `fact` is that decision (one of its cues is the verb): it can only confirm it. */
export function inWhatWasDecided(hit: FigureHit, fact: DateFact): boolean {
  const verb = DECIDED_TO.exec(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 80), hit.sentenceOffset))?.[1];
  return verb !== undefined && [...fact.cues.en, ...fact.cues.fr].some((cue) => foldWord(cue) === verb);
}

// A wish or a proposal, and the date or figure of what it was for (`Russia had proposed ending the mandate in 2022`,
// `diplomats wanted the mission to grow to 20,000 personnel`): what would have been, not what was.
const WISHED =
  /\b(proposed|proposes|proposing|wanted|wants|hoped|hopes|sought|seeks|urged|urges|suggested|suggests|voulait|voulaient|souhaitait|souhaitaient|esperait|esperaient)\b[^.;:]{0,60}$/;

/** The date or figure stands in what someone wished or proposed, and `fact` is no such proposal (none of its cues is the verb). */
export function wishedFor(hit: FigureHit, cues: { en: readonly string[]; fr: readonly string[] }): boolean {
  const verb = WISHED.exec(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 70), hit.sentenceOffset))?.[1];
  return verb !== undefined && ![...cues.en, ...cues.fr].some((cue) => foldWord(cue).split(' ').includes(verb));
}
