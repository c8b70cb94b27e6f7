import { FRENCH_MULTIPLIERS, type RunWord, readFrom, runPattern, wholeOf, wordsOf } from './number-runs';
import { numberWordValue } from './number-words';

/** A count written in words, in folded offsets: `nine`, `two thousand five hundred`, `quatre-vingts`. */
export interface WordNumber {
  from: number;
  to: number;
  value: number;
}

// Words that follow a number word when it counts nothing: `one of the`, `two and three`, `deux de ses`. A plural
// verb is not one of them: `one hundred and sixty-five were killed` counts people.
const STOP = new Set('of the a an and or to in on at by for is was de des du la le les et ou en'.split(' '));
const OF_NOUN = /^ (?:de |d')\p{L}/u;
const WORD_PART = /[\p{L}\p{N}-]/u;
// The noun after a space, or a unit joined by a hyphen (`nine-year intervention`, but not `twenty-first`).
const COUNTED = /^(?: (\p{L}+)|-(years?|months?|weeks?|days?|strong)\b)/u;

const RUNS = { en: runPattern(false), fr: runPattern(true) };

// A decimal as it is said (`one point two billion`, `un virgule deux milliard`): its digits one word each.
const DIGITS: Record<string, number> = { zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const DIGITS_FR: Record<string, number> = { zero: 0, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 };

function decimalPattern(french: boolean): RegExp {
  const digit = `(?:${Object.keys(french ? { ...DIGITS, ...DIGITS_FR } : DIGITS).join('|')})`;
  return new RegExp(`(${runPattern(french).source}) ${french ? '(?:point|virgule)' : 'point'} (${digit}(?: ${digit})*)\\b`, 'gu');
}

const THOUSANDS_AFTER = /^ (?:thousand|mille)\b/;
const DECIMALS = { en: decimalPattern(false), fr: decimalPattern(true) };

function spokenDecimals(text: string, french: boolean): WordNumber[] {
  if (!text.includes(' point ') && !(french && text.includes(' virgule '))) return [];
  const found: WordNumber[] = [];
  for (const m of text.matchAll(french ? DECIMALS.fr : DECIMALS.en)) {
    const units = wholeOf(m[1] ?? '', m.index, french);
    const digits = (m[2] ?? '').split(' ').map((d) => (french ? (DIGITS_FR[d] ?? DIGITS[d]) : DIGITS[d]));
    // Thousands are number words, so they follow here; millions and billions are scaled as a digit's are.
    const thousands = THOUSANDS_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 9))?.[0] ?? '';
    const to = m.index + m[0].length + thousands.length;
    if (units === undefined || !countsSomething(text, to, '', 2, french)) continue;
    found.push({ from: m.index, to, value: (units + Number(`0.${digits.join('')}`)) * (thousands ? 1000 : 1) });
  }
  return found;
}

// `twelve and a half thousand`, `ten and a half years`: half more than the number, of the thousand after it if one
// follows. English only: French says the half after its noun (`dix ans et demi`).
const HALVES = new RegExp(`(${runPattern(false).source}) and a half\\b`, 'gu');

function spokenHalves(text: string, french: boolean): WordNumber[] {
  if (french || !text.includes(' and a half')) return [];
  const found: WordNumber[] = [];
  for (const m of text.matchAll(HALVES)) {
    const units = wholeOf(m[1] ?? '', m.index, false);
    const end = m.index + m[0].length;
    const thousands = THOUSANDS_AFTER.exec(text.slice(end, end + 9))?.[0] ?? '';
    const to = end + thousands.length;
    if (units === undefined || !countsSomething(text, to, '', 2, false)) continue;
    found.push({ from: m.index, to, value: (units + 0.5) * (thousands ? 1000 : 1) });
  }
  return found;
}

// A number of several words counts what it is a part of (`trois cent onze de ses membres`, `twenty-two of the
// peacekeepers`); one word before `of` is as often no count (`one of the`, `deux de ses`).
const PART_OF = new Set(['of', 'de', 'des', 'du']);

// A number word is no noun: `twenty thirteen`, a year as it is said, counts nothing; but `two three-year terms`
// counts terms.
const HYPHENED_WORD = /^-(\p{L}+)/u;
const countsUnits = (text: string, at: number, french: boolean) => {
  const unit = HYPHENED_WORD.exec(text.slice(at, at + 20))?.[1];
  return unit !== undefined && numberWordValue(unit, french) === undefined;
};

function countsSomething(text: string, to: number, last: string, words: number, french: boolean): boolean {
  if (FRENCH_MULTIPLIERS.has(last) && OF_NOUN.test(text.slice(to, to + 5))) return true;
  const found = COUNTED.exec(text.slice(to, to + 40));
  const noun = found?.[1] ?? found?.[2];
  if (noun === undefined || (numberWordValue(noun, french) !== undefined && !countsUnits(text, to + 1 + noun.length, french))) return false;
  return !STOP.has(noun) || (words > 1 && PART_OF.has(noun));
}

// A number of words with hundreds or thousands in it, ending its clause, counts what its sentence spoke of (`the death toll
// stood at three hundred and eleven.`), but not a chapter's number before its colon.
const SCALED = /\b(?:hundred|thousand|cents?|mille)\b/;
const CLAUSE_END = /^(?:[.,;!?)]|$)/;

function endsItsClause(text: string, from: number, to: number, words: number, value: number): boolean {
  // A year said in words (`nineteen hundred and sixty`, `deux mille vingt-trois`) is no count.
  const year = value >= 1800 && value <= 2100;
  return words >= 2 && !year && CLAUSE_END.test(text.slice(to, to + 1)) && SCALED.test(text.slice(from, to));
}

// `a billion dollars`, `un milliard`: the article is the count of the scale word after it (see `scaled`), as is
// French's definite one, a threshold (`dépasser le milliard`, `le cap du milliard`). The scale words are rare, so
// they are looked for first.
const SCALE_WORD = /\b(?:billion|milliard|million)\b/g;
const ONE_BEFORE = /\b(?:a|one|un|le|du) $/;
// `half a million`, `un demi-million`: half of the scale.
const HALF_BEFORE = /\b(?:half an? |un demi[- ])$/;

function onesOfScale(text: string, found: WordNumber[]): void {
  for (const m of text.matchAll(SCALE_WORD)) {
    const half = HALF_BEFORE.exec(text.slice(Math.max(0, m.index - 9), m.index));
    const one = half ?? ONE_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index));
    if (one) found.push({ from: m.index - one[0].length, to: m.index - 1, value: half ? 0.5 : 1 });
  }
}

// `a hundred and sixty-five`, `a thousand`, `a dozen`: the article is the number's first word, highlighted with it.
// After `half`, a scale word is the end of another number (`seventeen and a half thousand`): undefined.
function withArticle(text: string, first: RunWord): number | undefined {
  if (first.text !== 'hundred' && first.text !== 'thousand' && first.text !== 'dozen') return first.at;
  if (text.slice(Math.max(0, first.at - 5), first.at) === 'half ') return undefined;
  const article = text.slice(Math.max(0, first.at - 2), first.at) === 'a ' && !WORD_PART.test(text[first.at - 3] ?? '');
  return article ? first.at - 2 : first.at;
}

// `half a dozen`: six, highlighted whole.
const HALF_A = /\bhalf a $/;

function halved(text: string, from: number, value: number): [from: number, value: number] {
  return value === 12 && HALF_A.test(text.slice(Math.max(0, from - 5), from + 2)) ? [from - 5, 6] : [from, value];
}

/** Every count written in words in a folded text, each the longest number its words make, when a noun follows. */
export function findWordNumbers(text: string, french: boolean): WordNumber[] {
  const decimals = [...spokenDecimals(text, french), ...spokenHalves(text, french)];
  const found: WordNumber[] = [...decimals];
  onesOfScale(text, found);
  for (const run of text.matchAll(french ? RUNS.fr : RUNS.en)) {
    if (run.index > 0 && WORD_PART.test(text[run.index - 1] ?? '')) continue;
    if (/(?:pour|per) $/.test(text.slice(Math.max(0, run.index - 5), run.index))) continue;
    const words = wordsOf(run[0], run.index);
    for (let k = 0; k < words.length; ) {
      const [count, value] = readFrom(words, k, french);
      const first = words[k];
      const last = words[k + count - 1];
      const start = first && count > 0 ? withArticle(text, first) : undefined;
      const to = last ? last.at + last.text.length : 0;
      const inDecimal = decimals.some((d) => d.from < to && (start ?? 0) < d.to);
      const counts = countsSomething(text, to, last?.text ?? '', count, french) || endsItsClause(text, start ?? to, to, count, value);
      if (start !== undefined && last && !inDecimal && counts) {
        const [from, counted] = halved(text, start, value);
        found.push({ from, to, value: counted });
      }
      k += Math.max(count, 1);
    }
  }
  return found;
}
