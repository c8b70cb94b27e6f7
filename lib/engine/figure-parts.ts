import type { Figure } from '../facts/schema';
import { partValue } from './casualties';
import type { FigureHit } from './find-figures';

// A figure that is a part of a whole, or a whole of a part, that the sentence gives beside it: no wrong count of
// the other.

// A whole whose part given after it is the fact's value counts more than the fact (`58 soldats au Sahel, dont 53 au
// Mali`): a wider count, no wrong figure of the part's.
/** The figure is a whole whose part, given after it, is the fact's value (see above). */
export function partIsTheFact(hit: FigureHit, linked: Figure): boolean {
  const end = hit.sentenceOffset + hit.text.length;
  const part = partValue(hit.sentence.slice(end, end + 80));
  if (part === undefined || part >= hit.value) return false;
  return part === linked.value || (linked.alternatives ?? []).some((alt) => alt.value === part);
}

// A part of a whole the sentence opened with (`Of the mission's roughly 13,000 uniformed personnel, about 6,000 had
// left by mid-October`, `Sur les 13 000 casques bleus, 6 000 sont partis`): no count of the whole.
const OF_WHOLE = /^\s*(?:of|out of|sur|parmi) [^,;]{0,60}?(\d[\d,. ]*\d)[^,;\d]{0,40}, (?:[a-z]+ ){0,2}$/;

// Or a part of a whole given before it, which `of them` points back to (`1,800 staff, with 700 of them women`,
// `dont 700 d'entre eux`).
const OF_THEM = /^ (?:of (?:them|whom|those)|d'entre (?:eux|elles))\b/;
// Or given before a word that says what it holds (`The 165 killed in hostile acts included 41 Chadians`, `311 morts,
// dont 41 Tchadiens`).
const INCLUDED =
  /(\d[\d,. ]*\d|\d)(?![\d,.])[^;\d]{0,60}?\b(?:included|includes|include|including|among them|among whom|dont|parmi (?:eux|elles|lesquels|lesquelles)|comprenaient|comprenant)\s+(?:[a-z]+ ){0,2}$/;
const NUMBER = /\d[\d,. ]*\d|\d/g;
// A fact of nearly the whole (a rounded whole, `1,800` staff for 1,786) counts it too.
const NEARLY = 0.9;

/**
 * The figure is a part of a whole its sentence opened with, or gave before `of them` or `included` (see above), and the fact
 * counts that whole or more: the part is no count of it. A fact of a smaller part may still be the part's (`311
 * died, 188 of them in hostile acts` disputes the 180 killed so).
 */
export function partOfWhole(hit: FigureHit, linked: Figure): boolean {
  const before = hit.sentence.slice(0, hit.sentenceOffset);
  const end = hit.sentenceOffset + hit.text.length;
  const written = OF_THEM.test(hit.sentence.slice(end, end + 16))
    ? before.match(NUMBER)?.at(-1)
    : (OF_WHOLE.exec(before)?.[1] ?? INCLUDED.exec(before.slice(-90))?.[1]);
  const whole = written === undefined ? 0 : Number(written.replace(/\D/g, ''));
  return whole > hit.value && linked.value >= whole * NEARLY;
}
