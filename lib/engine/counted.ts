import type { Figure } from '../facts/schema';
import { PEOPLE_FIRST, PEOPLES_LISTED } from './contributors';
import { foldWord } from './fold-text';

// What a count counts, from the words around it: who, and whether one event's.

// Mali's own soldiers or people (`2,000 Malian soldiers`, `2 000 soldats maliens`, `700 of them Malian`): no fact
// counts them.
const MALIANS = /^(?:of (?:them|whom) |d'entre (?:eux|elles) )?(?:[\p{L}']+ )?(?:malians?|maliens|maliennes)\b/u;

// People no count of the mission's is ever of, whatever the number (`In Togo, 736 prisoners were released` is not
// Togo's 736 peacekeepers).
const OUTSIDER_WORDS =
  'villagers|residents|children|jihadists|militants|rebels|terrorists|attackers|assailants|protesters|demonstrators|migrants|refugees|displaced|prisoners|detainees|inmates|hostages|voters|students|pupils|journalists|habitants|villageois|enfants|jihadistes|djihadistes|terroristes|rebelles|manifestants|refugies|deplaces|prisonniers|detenus|otages|electeurs|eleves|etudiants|journalistes';
const OUTSIDERS = new RegExp(`^(?:${OUTSIDER_WORDS})\\b`);
// People the mission's facts do not count, when the number says so and no cue of the fact does: `some 500
// people were killed in Moura` are civilians, not the 311 peacekeepers who died. `others` (`died along with nine
// others`) counts everyone but someone named: not the whole a fact counts.
const OTHER_PEOPLE = new RegExp(`^(?:others|autres|people|persons|civilians|personnes|civils|${OUTSIDER_WORDS})\\b`);

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

// A share of something, said after the number, that holds no word of a vote in its first words (`40% of the
// territory`, `60 % des Maliens`): no result or turnout of a vote (`38% of registered voters`, `97 % des suffrages`).
const SHARE_OF = /^(?:of|du|de la|des|de l') /;
const OF_THE_VOTE =
  /\b(?:votes?|voters?|voted|voting|ballots?|electorate|registered|those|suffrages?|voix|votants?|electeurs?|electorat|inscrits|bulletins|ceux)\b/;

/** The folded words after a percentage and a space say it is a share of something other than a vote (see above). */
export function shareOfOther(noun: string): boolean {
  return SHARE_OF.test(noun) && !OF_THE_VOTE.test(noun.split(' ', 7).join(' '));
}

// One country's people (`41 Chadians`, `41 Tchadiens`, `12 Togolese peacekeepers`): a part of any count of the
// mission's people, which no fact of the mission counts.
/** The folded words right after a number say it counts one country's people (see above). */
export function countsNationals(words: string): boolean {
  return PEOPLE_FIRST.test(words) && !PEOPLES_LISTED.test(words);
}

/** The folded words after a number say it counts Malians, whom no fact counts. */
export function countsMalians(noun: string): boolean {
  return MALIANS.test(noun);
}

/** The folded words after a number name people no count of the mission's is of, unless a fact's cue says so. */
export function countsOutsiders(noun: string): boolean {
  return OUTSIDERS.test(noun);
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
const MISSIONS_AFTER = /^[^,;\d]{0,30}\b(?:in|dans|across|for|pour) \d+ (?:missions|operations)\b/;

// A continent-wide count, said after the number: `around 5,000 fighters in Africa`.
const CONTINENT = /^[^,;\d]*\b(?:in|across|throughout|en|sur le continent|a travers l') ?(?:africa|afrique|the continent)\b/;

/**
 * A folded clause counts the UN's peacekeepers everywhere, or the words after the number count a whole continent's:
 * no fact of one mission or one country counts them.
 */
export function countsWorldwide(clause: string, after = ''): boolean {
  return WORLDWIDE.test(clause) || CONTINENT.test(after) || MISSIONS_AFTER.test(after);
}

// Countries counted in a sentence that names another body they belong to or leave (`Three countries said they were
// pulling out of ECOWAS`, `les trois pays ont annoncé leur retrait de la Cédéao`): its members, not the mission's
// contributors.
const COUNTRIES = /^(?:[a-z'-]+ )?(?:countries|states|nations|members|pays|etats|membres)\b/;
const OTHER_BODY =
  /\b(?:ecowas|cedeao|g5(?: sahel)?|african union|union africaine|francophonie|oif|international criminal court|cour penale internationale|alliance of sahel states|alliance des etats du sahel|aes)\b/;

/** The folded noun after a number counts countries, and its folded sentence names another body they belong to. */
export function countsMembersOfOther(noun: string, sentence: string): boolean {
  return COUNTRIES.test(noun) && OTHER_BODY.test(sentence);
}

/** A folded clause speaks of one attack or one gathering: its count is that event's. */
export function aboutOneEvent(clause: string): boolean {
  return ONE_EVENT.test(clause) || CROWD.test(clause);
}

// Facts are the same few dozen objects for every figure: what their cues say is worked out once per fact.
/** Whether a fact's cues say what the pattern does, asked once per fact. */
export function cueSays(pattern: RegExp): (fact: Figure) => boolean {
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

// Soldiers (uniformed personnel are soldiers and police), and the mission's civilians, folded in both languages.
const SOLDIERS = /\b(?:troops|soldiers|military|uniformed|troupes|soldats|militaires|en uniforme|en tenue)\b/;
const EVERYONE = /\b(?:personnel|people|persons|personnes|effectifs)\b/;
const STAFF = /\b(?:staff|civilians?|civils|personnel civil)\b/;

/** A folded text names the mission's civilian staff. */
export function speaksOfStaff(text: string): boolean {
  return STAFF.test(text);
}

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

// What was added, written so: before the number (`another 3,680 personnel`) or after it (`2,000 more troops`,
// `2 000 hommes de plus`, `3 680 personnels en uniforme supplémentaires`).
const MORE_BEFORE = /\b(?:another|additional|extra|an additional|an extra) $/;
const MORE_AFTER = /^(?:more\b|(?:[a-z'-]+ ){0,3}(?:additional|extra|supplementaires?|de plus|en plus)\b)/;

/** A number counts what was added (see above): no count of a whole, only of a fact of what was added. */
export function countsIncrement(before: string, noun: string): boolean {
  return MORE_BEFORE.test(before) || MORE_AFTER.test(noun);
}

/** A fact counts what was added or proposed to add: one of its cues says so. */
export const countsAdded = cueSays(
  /\b(?:additional|extra|increase|increasing|added|adding|augmentation|augmenter|supplementaires|ajout[a-z]*)\b/,
);
