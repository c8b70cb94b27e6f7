import type { FigureHit } from './find-figures';

// A figure a change starts from: `The budget was cut from $1.3 billion to $1.2 billion`, `fell from about 15,000 to
// 13,000`, `est passé de 15 000 à 13 000`. It is what the count was before, which may agree with an older fact but
// disputes none.

const FROM_BEFORE = /\b(?:from|de|d')\s?(?:about |around |some |nearly |almost |roughly |environ |quelque |pres de )?[$€£]?\s?$/;
const TO_AFTER = /^[^,;\d]{0,25}?\b(?:to|a)\s(?:about |around |some |nearly |almost |roughly |environ |quelque |pres de )?[$€£]?\s?\d/;
const CHANGED =
  /\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|cut|increased|decreased|reduced|dropped|grew|grown|went|climbed|raised|lowered|shrank|shrunk|slashed|trimmed|up|down|augmente|baisse|passe|reduit|diminue|chute|grimpe)\b/;

/** The figure is where a change its sentence tells starts (see above). */
export function changedFrom(hit: FigureHit): boolean {
  const at = hit.sentenceOffset;
  const end = at + hit.text.length;
  return (
    FROM_BEFORE.test(hit.sentence.slice(Math.max(0, at - 24), at)) &&
    TO_AFTER.test(hit.sentence.slice(end, end + 45)) &&
    CHANGED.test(hit.sentence.slice(Math.max(0, at - 80), at))
  );
}
