import type { Figure } from '../facts/schema';
import { foldWord } from './fold-text';

// What a count counts, from the words around it: who, and whether one event's.

// Mali's own soldiers or people (`2,000 Malian soldiers`, `2 000 soldats maliens`, `700 of them Malian`): no fact
// counts them.
const MALIANS = /^(?:of (?:them|whom) |d'entre (?:eux|elles) )?(?:[\p{L}']+ )?(?:malians?|maliens|maliennes)\b/u;

// People the mission's facts do not count, when the number says so and no cue of the fact does: `some 500
// people were killed in Moura` are civilians, not the 311 peacekeepers who died.
const OTHER_PEOPLE =
  /^(?:people|persons|civilians|villagers|residents|children|jihadists|militants|rebels|terrorists|attackers|assailants|protesters|demonstrators|migrants|refugees|displaced|personnes|civils|habitants|villageois|enfants|jihadistes|djihadistes|terroristes|rebelles|manifestants|refugies|deplaces)\b/;

// A count in a clause about one attack or one gathering is that attack's toll (`an ambush killed 30
// peacekeepers`) or that crowd (`10,000 people attended a rally against the mission`), which no fact counts.
const ONE_EVENT =
  /\b(?:an?|the|one|this|that|une|la|cette|l') ?(?:[a-z-]+ )?(?:attack|ambush|blast|explosion|bombing|raid|rally|protest|demonstration|gathering|attaque|embuscade|attentat|manifestation|rassemblement)\b/;

// Peoples counted together (`1,000 Chadian and Guinean troops`): no fact of one of them counts them.
const PEOPLES = /^[a-z]+(?:ian|ean|ese|ish|ch) and [a-z]+(?:ian|ean|ese|ish|ch)\b/;

/** The folded words after a number count several peoples together (see above). */
export function countsPeoples(noun: string): boolean {
  return PEOPLES.test(noun);
}

// The mission's staff by where they were hired (`1,200 international civilian staff and 800 national staff`):
// parts that no fact counts.
const STAFF_BY_ORIGIN = /^(?:international|national|local)\b/;

/** The folded words after a number count staff by where they were hired, whom no fact counts apart. */
export function countsStaffByOrigin(noun: string): boolean {
  return STAFF_BY_ORIGIN.test(noun);
}

/** The folded words after a number say it counts Malians, whom no fact counts. */
export function countsMalians(noun: string): boolean {
  return MALIANS.test(noun);
}

/** The folded words after a number name people the mission's facts do not count, unless a fact's cue says so. */
export function countsOtherPeople(noun: string): boolean {
  return OTHER_PEOPLE.test(noun);
}

// A crowd told by its verb: `some 10,000 people marched against the mission`.
const CROWD =
  /\b(?:marched|rallied|protested|demonstrated|gathered|took to the streets|manifeste|defile|rassembles|descendus dans la rue)\b/;

// The UN's peacekeeping as a whole: `about 87,000 peacekeepers deployed worldwide in 12 missions`, `the UN's
// peacekeeping budget`.
const WORLDWIDE =
  /\b(?:worldwide|world-wide|around the world|across the world|globally|all (?:un |its )?(?:peacekeeping )?(?:missions|operations)|in \d+ missions|peacekeeping budget|dans le monde|a travers le monde|toutes les missions|dans \d+ missions|budget (?:du|de) maintien de la paix)\b/;
// Missions counted after the number: `87,000 personnel in 12 missions`.
const MISSIONS_AFTER = /^[^,;\d]{0,30}\b(?:in|dans|across) \d+ (?:missions|operations)\b/;

// A continent-wide count, said after the number: `around 5,000 fighters in Africa`.
const CONTINENT = /^[^,;\d]*\b(?:in|across|throughout|en|sur le continent|a travers l') ?(?:africa|afrique|the continent)\b/;

/**
 * A folded clause counts the UN's peacekeepers everywhere, or the words after the number count a whole continent's:
 * no fact of one mission or one country counts them.
 */
export function countsWorldwide(clause: string, after = ''): boolean {
  return WORLDWIDE.test(clause) || CONTINENT.test(after) || MISSIONS_AFTER.test(after);
}

/** A folded clause speaks of one attack or one gathering: its count is that event's. */
export function aboutOneEvent(clause: string): boolean {
  return ONE_EVENT.test(clause) || CROWD.test(clause);
}

// Death and injury, folded, in both languages: `lost` and `perdu` as in lives lost.
const CASUALTY =
  /\b(?:kill(?:ed|ing|s)?|dead(?:ly|liest)?|die[ds]?|dying|deaths?|lives|lost|perish(?:ed)?|line of duty|fatalit(?:y|ies)|casualt(?:y|ies)|injur(?:ed|ies|y)|hurt|wound(?:ed|s)?|tue(?:e|es|s)?|mort(?:e|es|s)?|deces|decede(?:e|es|s)?|peri(?:s|e|es)?|succombe|blesse(?:e|es|s)?|perdu|meurtri[a-z]*)\b/;

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

// A part of the count given after it, with a number: `dont 180 dans des actes hostiles`, `including 180 in attacks`.
const PART = /\b(?:dont|including|of whom|of which|among them|among whom|parmi eux|parmi lesquels|y compris)\b\D*\d/;

/** The folded words after a figure give a part of it a hostile cause: the cause is the part's, not the figure's. */
export function partKilledByHostility(after: string): boolean {
  const part = PART.exec(after);
  return part !== null && speaksOfHostility(after.slice(part.index));
}

const ALL_CAUSES = /\b(?:all causes|toutes causes)\b/;

// A share of a whole before its count: what the sentence says of the share (`half of the 311 deaths were due to
// hostile acts`) is not said of the whole.
const SHARE_OF =
  /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|most|majority|some|many|none|per ?cent|moitie|tiers|quarts?|plupart|majorite|pour ?cent)(?: of| de| des| d')(?: the| its| those| these| les| ses| ces)? $|% (?:of|de|des)(?: the| its| les| ses)? $/;

/** The folded text before a figure makes it the whole of which a share is counted. */
export function wholeOfShare(before: string): boolean {
  return SHARE_OF.test(before);
}

// Facts are the same few dozen objects for every figure: what their cues say is worked out once per fact.
function cueSays(pattern: RegExp): (fact: Figure) => boolean {
  const known = new WeakMap<Figure, boolean>();
  return (fact) => {
    let says = known.get(fact);
    if (says === undefined) {
      says = [...fact.cues.en, ...fact.cues.fr].some((cue) => pattern.test(foldWord(cue)));
      known.set(fact, says);
    }
    return says;
  };
}

/** A fact counts deaths or injuries of all causes: one of its cues says so. */
export const countsAllCauses = cueSays(ALL_CAUSES);

/** A fact counts deaths or injuries of hostile acts: one of its cues says so. */
export const countsHostile = cueSays(HOSTILE);

/** A fact counts deaths or injuries: one of its cues, in either language, says so. */
export const countsCasualties = cueSays(CASUALTY);

// Words of deaths alone and of injuries alone, folded in both languages: `casualties` is either.
const DEATHS =
  /\b(?:kill(?:ed|ing|s)?|dead|die[ds]?|dying|deaths?|lives|lost|perish(?:ed)?|line of duty|fatalit(?:y|ies)|tue(?:e|es|s)?|mort(?:e|es|s)?|deces|decede(?:e|es|s)?|peri(?:s|e|es)?|succombe|perdu)\b/;
const INJURIES = /\b(?:injur(?:ed|ies|y)|hurt|wound(?:ed|s)?|blesse(?:e|es|s)?)\b/;
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

// Soldiers (uniformed personnel are soldiers and police), and the mission's civilians, folded in both languages.
const SOLDIERS = /\b(?:troops|soldiers|military|uniformed|troupes|soldats|militaires|en uniforme|en tenue)\b/;
const EVERYONE = /\b(?:personnel|people|persons|personnes|effectifs)\b/;
const STAFF = /\b(?:staff|civilians?|civils|personnel civil)\b/;

/** A fact counts the mission's civilian staff, alone or with everyone else: one of its cues says so. */
export const countsStaff = cueSays(STAFF);

/** A fact counts police alone: one of its cues is nothing but the word. */
export const countsPoliceAlone = cueSays(/^(?:police|policiers|policemen)$/);

/** The folded words after a number name soldiers: `deux mille soldats` are no count of police. */
export function countsSoldiers(noun: string): boolean {
  return /^(?:troops|soldiers|military|soldats|militaires|troupes)\b/.test(noun);
}

/** Peacekeepers, in both languages, folded. */
export const PEACEKEEPERS = /\b(?:peace-?keep[a-z]*|casques? bleus|blue helmets)\b/;

/** A folded clause counts peacekeepers and names no soldiers: they are police too, more than the troops alone. */
export function speaksOfPeacekeepersAlone(clause: string): boolean {
  return PEACEKEEPERS.test(clause) && !SOLDIERS.test(clause);
}

const CIVILIANS = /\b(?:civilians?|civils?|personnel civil)\b/;

/** A fact counts the mission's civilians alone: one of its cues names them (not `staff`, which is anyone's). */
export const countsCivilians = cueSays(CIVILIANS);

/** A folded clause counts the mission's civilians and no soldiers: no count of everyone disputes it. */
export function speaksOfCiviliansAlone(clause: string): boolean {
  return CIVILIANS.test(clause) && !SOLDIERS.test(clause) && !/\buniformed and civilian|en uniforme et civil/.test(clause);
}

/** A folded clause counts soldiers and no civilians: a count of civilians, or of everyone, disputes nothing it says. */
export function speaksOfSoldiersAlone(clause: string): boolean {
  return SOLDIERS.test(clause) && !STAFF.test(clause);
}

/**
 * A folded clause counts people of the mission and names no soldiers: a count of troops alone disputes nothing
 * it says (`MINUSCA has about 17,000 personnel` is no count of its 14,400 soldiers).
 */
export function speaksOfEveryone(clause: string): boolean {
  return EVERYONE.test(clause) && !SOLDIERS.test(clause);
}
