const EN: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};
const FR: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  // Swiss French, as the RTS writes it.
  huitante: 80,
  nonante: 90,
  cent: 100,
  cents: 100,
  mille: 1000,
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};

// French text also reads English number words, as it always has: quotes and names carry them.
const BOTH: Record<string, number> = { ...EN, ...FR };

/** Value of one folded number word (`nine`, `trois`, `thousand`), or undefined. */
export function numberWordValue(word: string, french: boolean): number | undefined {
  return (french ? BOTH : EN)[word];
}

/** Every number word of English, or of English and French. */
export function numberWords(french: boolean): string[] {
  return Object.keys(french ? BOTH : EN);
}

const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTHS_FR = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** Month number (1–12) of a folded English or French month name or abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  for (const list of [MONTHS_EN, MONTHS_FR]) {
    const index = list.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/** A regular expression source matching a folded month name of either language, written out in full. */
export const FULL_MONTH = `(?:${[...MONTHS_EN, ...MONTHS_FR].join('|')})`;

/** A regular expression source matching a folded month name of either language. */
export const MONTH = `(?:${[...MONTHS_EN, ...MONTHS_FR].join('|')}|(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)`;
