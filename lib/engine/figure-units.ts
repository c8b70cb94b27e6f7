import type { Figure } from '../facts/schema';
import type { FigureHit } from './find-figures';

// What a figure counts, by the noun after it: the units of the facts it may be.

type Unit = Figure['unit'];

const OTHER_CURRENCY = /^\S+ (?:d')?(?:de )?(?:euros?|pounds?|francs?|cfa|naira|yuan|rupees?|roubles?|rubles?|dirhams?)\b/;

// Measures of distance, area, weight, volume and short times, folded, in both languages: `1,400 km`, `13,000
// tonnes`, `17,500 square kilometres`, `1.2 billion litres` count nothing the facts do.
const MEASURE =
  /^(?:km|kms|kilomet(?:re|er)s?|miles?|milles|met(?:re|er)s?|square|sq|hectares?|ha|acres?|tonnes?|tons?|kg|kilos?|kilogram(?:me)?s?|litres?|liters?|barrels?|gallons?|degrees?|hours?|minutes?|seconds?|days?|weeks?|heures?|jours?|semaines?|secondes?)\b/;

// Things the mission's people used, built or met, folded, after at most one word of their own (`1,400 armoured
// vehicles`, `13,000 explosive devices`, `237 flight requests`, `62 attacks against its personnel`): counted, never
// people. A place or a cause is no such word: `170 in attacks`, `1 400 dans des convois` are people.
const THINGS =
  /^(?:(?!(?:in|on|at|by|from|during|into|dans|par|lors|en|sur|pendant)\b)[a-z'-]+ )?(?:vehicles?|trucks?|containers?|convoys?|patrols?|projects?|schools?|wells?|camps?|bases?|weapons?|rifles?|guns?|mines?|devices?|ieds?|explosives?|rockets?|shells?|mortars?|drones?|helicopters?|aircraft|planes?|flights?|requests?|houses?|homes?|buildings?|villages?|incidents?|violations?|attacks?|ambush(?:es)?|raids?|assaults?|clashes|attaques?|embuscades?|affrontements?|vehicules?|camions?|conteneurs?|patrouilles?|projets?|ecoles?|puits|armes?|engins?|roquettes?|obus|avions?|helicopteres?|vols?|demandes?|maisons?|batiments?)\b/;

// The mission's uniformed people, after at most one word of their own (`four Chadian peacekeepers`, `trois casques
// bleus`): no count of countries, options or votes (`wounding four peacekeepers` are not the four countries leaving).
const UNIFORMED =
  /^(?:[a-z'-]+ )?(?:peacekeepers?|soldiers?|troops?|blue helmets?|casques? bleus|soldats?|militaires|peacekeeping troops)\b/;

// Troops and police together are more than the troops alone: `about 13,000 troops and police` are no count of soldiers.
const WITH_POLICE =
  /^(?:[a-z'-]+ )?(?:troops|soldiers|military|soldats|militaires)(?: personnel)? (?:and|et) (?:police|policiers|policemen)\b/;

// Civilians are no troops: `more than 2,000 civilians have been killed since the departure` counts no soldiers leaving.
const CIVILIANS = /^(?:[a-z'-]+ )?(?:civilians?|civils?|villagers|villageois|residents|habitants|children|enfants)\b/;

const IN_YEARS_AND = /\b(?:years?|ans|annees) (?:and|et) $/;
// `dix ans et 311 morts` is a time and a toll: only a shorter time after the years is part of theirs.
const SHORTER_TIME = /^(?:months?|mois|weeks?|semaines?|days?|jours?)\b/;
const STREAK =
  /^(?:(?:straight|consecutive) years?|years? (?:running|in a row|straight)|(?:ans|annees) (?:consecutives|d'affilee|de suite))\b/;

// Years, and the few words said of them between (`ten long years`, `dix longues années`, `nine difficult years`).
const YEARS = /^(?:(?:long|longs|longues?|difficult|hard|bloody|turbulent|difficiles) )?(?:years?|yrs?|ans?|annees?)\b/;

// Money named after the number: `10 millions de dollars`, `500 euros`.
const MONEY_AFTER = /^(?:us )?(?:de |d')?(?:dollars?|usd|euros?|pounds?|francs?|cfa)\b/;
const BILLIONS = /^(?:billions?|milliards?|bn)\b/;

// Civilians named as the subject of a count that ends its clause (`Les civils tués … sont plus de 2 000`).
const CIVILIANS_FIRST = /^\s*(?:the |les |des )?(?:civilians?|civils)\b/;

/** For a figure with no noun after it: `civilians` when its sentence opens with them (see above), else nothing. */
export function peopleBefore(hit: FigureHit): string {
  return CIVILIANS_FIRST.test(hit.sentence) ? 'civilians' : '';
}

/**
 * The units a figure can count in, from the noun after it, the words right before it and those after it, which may
 * name more than the noun's three words (`12,000 military personnel and police`).
 */
export function unitsFor(noun: string, before = '', after = noun): Unit[] {
  // An amount in another currency counts nothing the facts do: `1.2 billion euros`, `€1.2bn`; nor does money
  // counted below the billions, the budget's unit: `$10 million a month` paid to Wagner counts no fighters.
  if (/[€£]\s?$/.test(before) || MEASURE.test(noun) || MONEY_AFTER.test(noun)) return [];
  if (/\$\s?$/.test(before) && !BILLIONS.test(noun)) return [];
  // A streak (`for nine years running`, `neuf années consécutives`) is no time anything lasted, nor are the months
  // of a time given in years and months (`ten years and six months`).
  if (STREAK.test(noun) || (IN_YEARS_AND.test(before) && SHORTER_TIME.test(noun))) return [];
  if (YEARS.test(noun)) return ['years'];
  if (/^(?:months?|mois)\b/.test(noun)) return ['months'];
  if (/^(?:%|per ?cent|pour ?cent|pc\b)/.test(noun)) return ['percent'];
  if (BILLIONS.test(noun)) return OTHER_CURRENCY.test(noun) || MEASURE.test(noun.replace(/^\S+ (?:de )?/, '')) ? [] : ['usd-billion'];
  // Police are people of the mission, not its troops: `1 600 policiers`, `136 Beninese police` are no
  // contingent's soldiers.
  if (/^(?:[a-z]+ )?(?:police|policiers|policemen|gendarmes)\b/.test(noun)) return ['persons', 'count'];
  if (THINGS.test(noun)) return ['count'];
  if (WITH_POLICE.test(after)) return ['persons'];
  if (UNIFORMED.test(noun)) return ['persons', 'troops'];
  if (CIVILIANS.test(noun)) return ['persons', 'count'];
  return ['persons', 'troops', 'count'];
}
