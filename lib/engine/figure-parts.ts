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

/** The figure is a part of a whole its sentence opened with (see above). */
export function partOfWhole(hit: FigureHit): boolean {
  const whole = OF_WHOLE.exec(hit.sentence.slice(0, hit.sentenceOffset))?.[1];
  return whole !== undefined && Number(whole.replace(/\D/g, '')) > hit.value;
}
