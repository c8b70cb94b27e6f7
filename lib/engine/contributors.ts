// The countries that sent troops, police or trainers to Mali, by their names and their peoples', folded, in both
// languages: one of them is a part of the mission, never the whole.

const PEOPLES = [
  'chadians?',
  'tchadiens?',
  'togolese',
  'togolais',
  'egyptians?',
  'egyptiens?',
  'bangladeshis?',
  'bangladais',
  'senegalese',
  'senegalais',
  'nigeriens?',
  'guineans?',
  'guineens?',
  'burkinabes?',
  'ivorians?',
  'ivoiriens?',
  'germans?',
  'allemands?',
  'britons?',
  'britanniques?',
  'swedes?',
  'swedish',
  'suedois',
  'beninese',
  'beninois',
  'chinese',
  'chinois',
  'jordanians?',
  'jordaniens?',
  'nigerians?',
  'ghanaians?',
  'ghaneens?',
  'cambodians?',
  'cambodgiens?',
  'nepalese',
  'nepalais',
  'pakistanis?',
  'pakistanais',
  'mauritanians?',
  'mauritaniens?',
  'liberians?',
  'liberiens?',
  'cameroonians?',
  'camerounais',
  'rwandans?',
  'rwandais',
  'tunisians?',
  'tunisiens?',
  'dutch',
  'neerlandais',
  'norwegians?',
  'norvegiens?',
  'belgians?',
  'belges?',
  'danish',
  'danois',
  'irish',
  'estonians?',
  'austrians?',
  'finnish',
  'swiss',
];

const COUNTRIES = [
  'sweden',
  'suede',
  'netherlands',
  'pays-bas',
  'jordan',
  'jordanie',
  'nepal',
  'bangladesh',
  'togo',
  'senegal',
  'chad',
  'tchad',
  'guinea',
  'guinee',
  'cambodia',
  'cambodge',
  'china',
  'pakistan',
  'ghana',
  'liberia',
  'sierra leone',
  'denmark',
  'norway',
  'belgium',
  'belgique',
  'ireland',
  'estonia',
  'lithuania',
  'czech',
  'austria',
  'finland',
  'switzerland',
];

const PEOPLE = PEOPLES.join('|');
// Soldiers, peacekeepers or police, in both languages, folded.
const MEN = '(?:soldiers|troops|peacekeepers|police officers|soldats|militaires|casques bleus|policiers|hommes|elements)';

/**
 * One country's people said first in folded words (`41 Chadians`, `41 Tchadiens`, `12 Togolese peacekeepers`), or
 * after the men they are, as French puts them (`10 000 soldats sénégalais`), or as men from the country (`troops from Chad`).
 */
export const PEOPLE_FIRST = new RegExp(`^(?:${PEOPLE}|${MEN} (?:${PEOPLE}|(?:from|venus? d[eu]) (?:the )?(?:${COUNTRIES.join('|')})))\\b`);

/** Several peoples listed (`2,250 Beninese, German, Swedish, British and Ivorian soldiers`): not one country's. */
export const PEOPLES_LISTED = new RegExp(`^(?:${MEN} )?(?:${PEOPLE}),? (?:and |et )?(?:${PEOPLE})\\b`);

/** A contributing country or its people, as an alternative of a regular expression over folded text. */
export const CONTRIBUTOR = `(?:${COUNTRIES.join('|')}|${PEOPLE})`;

const NAMES_CONTRIBUTOR = new RegExp(`\\b${CONTRIBUTOR}\\b`);

/** The folded words name a contributing country or its people. */
export function namesContributor(words: string): boolean {
  return NAMES_CONTRIBUTOR.test(words);
}
