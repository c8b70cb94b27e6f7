import { MULTIPLIERS } from './number-runs';

/** How a text qualifies a number. */
export type Qualifier = 'exact' | 'over' | 'about' | 'at least' | 'up to';

const QUALIFIERS: [RegExp, Qualifier][] = [
  // Before `more than`: `never had more than 13,500` sets a ceiling, not a floor. A threshold crossed is passed
  // (`franchi la barre des 300 morts`).
  [/(?:no|not|never(?: had)?) more than\s*$/, 'up to'],
  [
    /(?:more than|over|upwards of|north of|in excess of|topped|tops|topping|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|plus de|plus d'|au-dela de|(?:depass(?:e|ait|aient|ant|ent)|franchi(?:t|r|ssait|ssant)?)(?: (?:le cap|la barre|le seuil)(?: des?)?)?)\s*$/,
    'over',
  ],
  [/(?:at least|au moins|no fewer than)\s*$/, 'at least'],
  [/(?:up to|fewer than|less than|jusqu'a|moins de)\s*$/, 'up to'],
  [
    // And as people say it: `shy of 200`, `something like 15,000`, `pas loin de 300`, `grosso modo`, `dans les 13 000`.
    /(?:about|around|nearly|almost|close to|just under|shy of|short of|something like|approximately|roughly|some|environ|pres de|presque|quelque|quelques|quelque chose comme|autour de|d'environ|a peu pres|pas loin de|plus ou moins|grosso modo|dans les)\s*$/,
    'about',
  ],
];

// `$`, `€` and `£`, by character code.
const CURRENCY = new Set([36, 8364, 163]);

// `12,000-plus troops` and `12,000+` say more than the number, as `more than 12,000` does.
const PLUS_AFTER = /^(?:-plus\b|\+)/;

// `A dozen`, `une dizaine`, `un millier`: counts in dozens, tens or thousands round the number, of thousands too
// (`une dizaine de milliers`). Only words end in a letter.
const OF_SCALE = / de (?:milliers|millions)$/;

function roundedInWords(text: string, from: number, to: number): boolean {
  const last = text.charCodeAt(to - 1);
  if (last < 97 || last > 122) return false;
  const end = to - (OF_SCALE.exec(text.slice(Math.max(from, to - 14), to))?.[0].length ?? 0);
  return MULTIPLIERS.has(text.slice(Math.max(from, text.lastIndexOf(' ', end - 1) + 1), end));
}

/** How the words around a number in a folded text qualify it: `more than 2,250`, `some 13,000`, `12,000-plus`. */
export function qualifierOf(text: string, from: number, to: number): Qualifier {
  // A currency sign stands between the words and the number: `more than $1 billion`.
  const sign = CURRENCY.has(text.charCodeAt(from - 1)) ? 1 : 0;
  const before = text.slice(Math.max(0, from - 20 - sign), from - sign);
  const said = QUALIFIERS.find(([re]) => re.test(before))?.[1];
  if (said) return said;
  if (roundedInWords(text, from, to)) return 'about';
  return PLUS_AFTER.test(text.slice(to, to + 6)) ? 'over' : 'exact';
}
