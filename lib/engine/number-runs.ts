import { numberWords, numberWordValue } from './number-words';

// How a run of number words reads as one number: `two thousand five hundred`, `quatre-vingt-dix-sept`.

// `one` and `un` are words of a number only inside one (`twenty-one`, `vingt et un`): alone they are articles.
const ONES = new Set(['one', 'un', 'une']);
/**
 * French counts in tens, dozens, hundreds and thousands, with `de` before the noun (`une dizaine de soldats`,
 * `une vingtaine de casques bleus`): rounded numbers. Not `quarantaine`, which is as often a quarantine.
 */
export const FRENCH_MULTIPLIERS: ReadonlySet<string> = new Set([
  'douzaine',
  'dizaine',
  'quinzaine',
  'vingtaine',
  'trentaine',
  'cinquantaine',
  'soixantaine',
  'centaine',
  'millier',
]);
/** Words that count in rounded units, English or French (`a dozen`, `une dizaine`): the number they give is vague. */
export const MULTIPLIERS: ReadonlySet<string> = new Set(['dozen', ...FRENCH_MULTIPLIERS]);

type Last = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | 'done';

interface State {
  total: number;
  current: number;
  last: Last;
}

const opens = (last: Last) => last === 'start' || last === 'hundred' || last === 'thousand';

// One more word of a number, or undefined when it cannot continue this one (`two three` is two numbers).
function step({ total, current, last }: State, word: string, value: number, joiner: string, french: boolean): State | undefined {
  const below = current % 100;
  if (joiner === ' and ' && last !== 'hundred' && last !== 'thousand') return undefined;
  if (joiner === ' et ' && !(last === 'tens' && (value === 1 || value === 11))) return undefined;
  if (MULTIPLIERS.has(word)) {
    if (last === 'start') return { total, current: value, last: 'done' };
    return last === 'unit' ? { total, current: current - below + below * value, last: 'done' } : undefined;
  }
  if (value < 10) {
    // French counts 17-19, 77-79 and 97-99 as ten and a unit: `dix-sept`, `quatre-vingt-dix-sept`.
    const afterDix = french && last === 'teen' && below % 20 === 10 && value >= 7;
    return opens(last) || last === 'tens' || afterDix ? { total, current: current + value, last: 'unit' } : undefined;
  }
  if (value < 20) {
    const afterSixtyOrEighty = french && last === 'tens' && (below === 60 || below === 80);
    return opens(last) || afterSixtyOrEighty ? { total, current: current + value, last: 'teen' } : undefined;
  }
  if (value < 100) {
    if (french && value === 20 && last === 'unit' && below === 4) return { total, current: current + 76, last: 'tens' };
    return opens(last) ? { total, current: current + value, last: 'tens' } : undefined;
  }
  if (value === 100) {
    // `cinq mille cent`: a hundred after a thousand.
    return (last === 'start' || last === 'unit' || last === 'teen' || last === 'thousand') && current < 100
      ? { total, current: (current || 1) * 100, last: 'hundred' }
      : undefined;
  }
  return total === 0 && last !== 'done' ? { total: (current || 1) * 1000, current: 0, last: 'thousand' } : undefined;
}

/** A word of a run of number words, where it stands, and what joins it to the one before. */
export interface RunWord {
  text: string;
  at: number;
  joiner: string;
}

/** The words of a run of number words that starts at `at`, each with where it stands and what joins it. */
export function wordsOf(run: string, at: number): RunWord[] {
  const parts = run.split(/( and | et |[ -])/);
  const words: RunWord[] = [];
  for (let i = 0, offset = at; i < parts.length; i += 2) {
    const joiner = parts[i - 1] ?? '';
    const text = parts[i] ?? '';
    words.push({ text, at: offset + joiner.length, joiner });
    offset += joiner.length + text.length;
  }
  return words;
}

/** The longest number the words from `first` on make: how many words it takes (0: none) and its value. */
export function readFrom(words: readonly RunWord[], first: number, french: boolean): [number, number] {
  let state: State = { total: 0, current: 0, last: 'start' };
  let best: [number, number] = [0, 0];
  for (let k = first; k < words.length; k++) {
    const { text, joiner } = words[k] as RunWord;
    const value = numberWordValue(text, french);
    const next = value === undefined ? undefined : step(state, text, value, k === first ? '' : joiner, french);
    if (!next) break;
    state = next;
    if (!(k === first && ONES.has(text))) best = [k - first + 1, state.total + state.current];
  }
  return best;
}

/** A run of number words, longest first, so `seventeen` is tried before `seven` (no look-behind: irregexp would test it everywhere). */
export function runPattern(french: boolean): RegExp {
  const word = `(?:${numberWords(french)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`;
  return new RegExp(`\\b${word}(?:(?: and | et |[ -])${word})*`, 'gu');
}

/** The number a whole run of number words makes (`one` alone is one here: `one point two`), or undefined. */
export function wholeOf(run: string, at: number, french: boolean): number | undefined {
  const words = wordsOf(run, at);
  const [count, value] = readFrom(words, 0, french);
  if (count === 0 && words.length === 1 && ONES.has(run)) return 1;
  return count === words.length ? value : undefined;
}
