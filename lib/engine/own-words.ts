import type { FigureHit } from './find-figures';
import { clauseBounds } from './sentences';
import { afterLastDigit } from './tokens';

// Which words around a number are its own: what it counts, and the part of its clause that speaks of it.

/**
 * The first two words after a number (its folded noun), or three where the second joins two nouns: `troops and
 * police` are no count of troops alone.
 */
export function leadWords(noun: string): string {
  const words = noun.split(' ');
  return words.slice(0, words[1] === 'and' || words[1] === 'et' ? 3 : 2).join(' ');
}

/**
 * Where a figure's own words start and end in its sentence: its clause, from the number before it to the number
 * after it. In `plus de 300 sont morts, dont 180 dans des actes hostiles`, the hostile acts are the 180's; in `28
 * peacekeepers were killed and 165 wounded`, the killed are the 28's.
 */
export function ownWords(hit: FigureHit): [from: number, to: number] {
  const after = hit.sentenceOffset + hit.text.length;
  const [start, end] = clauseBounds(hit.sentence, hit.sentenceOffset, after);
  const next = hit.sentence.slice(after, end).search(/\d/);
  return [afterNumberBefore(hit.sentence, start, hit.sentenceOffset), next < 0 ? end : after + next];
}

// A year, or a span of years written short, counts nothing: the words before it are no other number's (`the
// peacekeeping budget for 2023-24 was $5.5 billion`).
const YEAR_ENDS = /\b(?:19|20)\d\d(?:[-/]\d\d)?$/;

function afterCount(sentence: string, from: number, to: number): number | undefined {
  for (let end = to; ; ) {
    const after = afterLastDigit(sentence, from, end);
    const year = after === undefined ? undefined : YEAR_ENDS.exec(sentence.slice(Math.max(from, after - 7), after));
    if (after === undefined || !year) return after;
    end = after - year[0].length;
  }
}

// After the number before the figure in its clause, from the last `and` between them: the words before it are
// that number's.
function afterNumberBefore(sentence: string, from: number, to: number): number {
  const after = afterCount(sentence, from, to);
  if (after === undefined) return from;
  const between = sentence.slice(after, to);
  const and = Math.max(between.lastIndexOf(' and '), between.lastIndexOf(' et '));
  return and < 0 ? after : after + and;
}
