import type { Figure } from '../facts/schema';
import { CONTRIBUTOR } from './contributors';
import { cueSays } from './counted';
import { afterLastDigit } from './tokens';

// Deaths and injuries: whether a sentence speaks of them, of which cause, and which a fact counts.

// Death and injury, folded, in both languages: `lost` and `perdu` as in lives lost, `tombés` where soldiers fall, a
// `toll`, what `coûté la vie` (cost the lives of), and the `ultimate price` paid.
const CASUALTY =
  /\b(?:kill(?:ed|ing|s)?|dead(?:ly|liest)?|die[ds]?|dying|deaths?|lives|lost|perish(?:ed)?|line of duty|fatalit(?:y|ies)|casualt(?:y|ies)|injur(?:ed|ies|y|ing)|hurt|wound(?:ed|s|ing)?|tue(?:e|es|s)?|mort(?:e|es|s)?|deces|decede(?:e|es|s)?|peri(?:s|e|es)?|succombe|tombes? (?:au combat|pour la france|au mali|au sahel)|coute la vie|la vie d(?:e|es|u)|toll|fallen|ultimate price|paid with their lives|paye de leur vie|sacrific(?:es?|ed)|sacrifie(?:e|es|s)?|in memory of|a la memoire d(?:e|es|u)|blesse(?:e|es|s)?|perdu|meurtri[a-z]*)\b/;

/** A folded text (a sentence, or a fact's cue) speaks of deaths or injuries. */
export function speaksOfCasualties(text: string): boolean {
  return CASUALTY.test(text);
}

// A cause of death or injury given: hostile acts, attacks, ambushes, in both languages, folded.
const HOSTILE = /\b(?:hostile|attacks?|attacked|ambush(?:es|ed)?|malicious|attaques?|embuscades?|hostiles?|malveillants?)\b/;

/** A folded sentence gives hostile acts as the cause of what it counts. */
export function speaksOfHostility(text: string): boolean {
  return HOSTILE.test(text);
}

// Causes of death other than hostile acts: a count given them too (`in attacks, accidents and illness`) is of all.
const OTHER_CAUSES = /\b(?:accidents?|illness(?:es)?|diseases?|natural causes|maladies?|causes naturelles)\b/;

/** A folded text gives causes other than hostile acts (see above). */
export function speaksOfOtherCauses(text: string): boolean {
  return OTHER_CAUSES.test(text);
}

// A part of the count given after it, with a number or as a share: `dont 180 dans des actes hostiles`,
// `including 180 in attacks`, `185 of them in hostile acts`, `dont plus de la moitié dans des attaques`, `mostly due to hostile acts`, `pour la plupart
// dans des attaques`.
const PART =
  /\b(?:(?:dont|including|of whom|of which|among them|among whom|parmi eux|parmi lesquels|y compris)\b(?:\D*\d|[^.;]*?\b(?:half|most|majority|thirds?|quarters?|moitie|plupart|majorite|tiers|quarts?)\b)|\d+(?:[ ,.]\d{3})* (?:of them|of those|d'entre eux)\b|(?:mostly|mainly|largely|chiefly|primarily|the majority|most of them|majoritairement|essentiellement|principalement|pour la plupart|en majorite)\b)/;

/** The folded words after a figure up to a part of it given there: the part's cause is not the whole's. */
export function beforePart(after: string): string {
  const part = PART.exec(after);
  return part ? after.slice(0, part.index) : after;
}

// The number of a part given right after a figure: `58 soldats au Sahel, dont 53 au Mali`, `53 of them in Mali`.
const PART_NUMBER =
  /\b(?:dont|including|of whom|of which|among them|among whom|parmi eux|parmi lesquels|y compris)\b\D{0,20}?(\d+(?:[ ,.]\d{3})*)|\b(\d+(?:[ ,.]\d{3})*) (?:of them|of those|d'entre eux)\b/;

/** The value of a part given in the folded words after a figure, if any. */
export function partValue(after: string): number | undefined {
  const part = PART_NUMBER.exec(after);
  const digits = part?.[1] ?? part?.[2];
  return digits === undefined ? undefined : Number(digits.replace(/[ ,.]/g, ''));
}

/** The folded words after a figure give a part of it a hostile cause: the cause is the part's, not the figure's. */
export function partKilledByHostility(after: string): boolean {
  const part = PART.exec(after);
  return part !== null && speaksOfHostility(after.slice(part.index));
}

const ALL_CAUSES = /\b(?:all causes|toutes causes)\b/;

// A share of a whole before its count: what the sentence says of the share (`half of the 311 deaths were due to
// hostile acts`, `half of MINUSMA's 311 deaths`, `some 180 of the 311 deaths`) is not said of the whole.
const SHARE_OF =
  /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|most|majority|some|many|none|per ?cent|moitie|tiers|quarts?|plupart|majorite|pour ?cent|\d+)(?: of| de| des| d')(?: the| its| those| these| les| ses| ces)?(?: [a-z]+'s?)? $|% (?:of|de|des)(?: the| its| les| ses)?(?: [a-z]+'s?)? $/;

/** The folded text before a figure makes it the whole of which a share is counted. */
export function wholeOfShare(before: string): boolean {
  return SHARE_OF.test(before);
}

/** A fact counts deaths or injuries of all causes: one of its cues says so. */
export const countsAllCauses = cueSays(ALL_CAUSES);

/** A fact counts deaths or injuries of hostile acts: one of its cues says so. */
export const countsHostile = cueSays(HOSTILE);

/** A fact counts deaths or injuries: one of its cues, in either language, says so. */
export const countsCasualties = cueSays(CASUALTY);

// Words of deaths alone and of injuries alone, folded in both languages: `casualties` is either.
const DEATHS =
  /\b(?:kill(?:ed|ing|s)?|dead|die[ds]?|dying|deaths?|lives|lost|perish(?:ed)?|line of duty|fatalit(?:y|ies)|tue(?:e|es|s)?|mort(?:e|es|s)?|deces|decede(?:e|es|s)?|peri(?:s|e|es)?|succombe|tombes? (?:au combat|pour la france|au mali|au sahel)|coute la vie|la vie d(?:e|es|u)|toll|fallen|ultimate price|paid with their lives|paye de leur vie|sacrific(?:es?|ed)|sacrifie(?:e|es|s)?|in memory of|a la memoire d(?:e|es|u)|perdu)\b/;
const INJURIES = /\b(?:injur(?:ed|ies|y|ing)|hurt|wound(?:ed|s|ing)?|blesse(?:e|es|s)?)\b/;
const countsDeaths = cueSays(DEATHS);
const countsInjuries = cueSays(INJURIES);

/**
 * The figure's own folded words speak of deaths alone and the fact counts injuries alone, or the other way
 * round: `700 peacekeepers injured in attacks` are no count of those killed, though `attacks` is its cue.
 */
export function countsOtherCasualties(fact: Figure, ownWords: string): boolean {
  const deaths = DEATHS.test(ownWords);
  if (deaths === INJURIES.test(ownWords)) return false;
  return deaths ? countsInjuries(fact) && !countsDeaths(fact) : countsDeaths(fact) && !countsInjuries(fact);
}

/** What a fact counts by its cues, as a key: deaths, injuries or both, of all causes or of some. */
export function countKind(fact: Figure): string {
  return `${countsDeaths(fact)} ${countsInjuries(fact)} ${countsAllCauses(fact)}`;
}

// Said right after the number, before any comma: its people are casualties (`13 000 casques bleus tués`, `13,000
// peacekeepers were killed`, `311 deaths`), not a force's strength.
const CASUALTIES_AFTER =
  /^(?:[^\d,;.]*? )?(?:killed|died|dead|deaths?|fatalit(?:y|ies)|casualt(?:y|ies)|wounded|injured|tue(?:e|es|s)?|morts?|deces|blesse(?:e|es|s)?)\b/;

/** The first four words after a figure (its folded noun) say the people it counts were killed or wounded. */
export function countedAsCasualties(noun: string): boolean {
  return CASUALTIES_AFTER.test(noun.split(' ', 4).join(' '));
}

// A contributing country or its people named before a toll, with no number between and the mission not named:
// `Chad lost 70 peacekeepers`, `Chadian peacekeepers paid the heaviest price: 70 were killed`. The toll is that
// contingent's, a part of the mission's, which no fact counts.
const CONTINGENT_FIRST = new RegExp(
  `\\b(?:${CONTRIBUTOR}|egypt|egypte|germany|allemagne|benin|niger|cote d'ivoire|burkina faso)(?:'s)?\\b`,
);

// `Chadian troops were the backbone of a mission that lost 311 peacekeepers`: the toll is the mission's.
const MISSION_NAMED = /\b(?:minusma|(?:the|a|this|la|une|cette) (?:un |onu )?mission)\b/;

// `The Estonian soldier was among the 165 killed`, `l'un des 311 casques bleus`: one of the dead, of a toll of all.
const ONE_AMONG = /\b(?:among|one of|parmi|l'un des|l'une des|un des|une des)(?: the| les| ses| its)? $/;

/** The folded words before a toll, since the number before it, name one contingent and not the mission (see above). */
export function tollOfContingent(sentence: string, at: number): boolean {
  const before = sentence.slice(afterLastDigit(sentence, 0, at) ?? 0, at);
  return CONTINGENT_FIRST.test(before) && !MISSION_NAMED.test(before) && !ONE_AMONG.test(before);
}
