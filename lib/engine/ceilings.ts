import type { Figure } from '../facts/schema';
import type { FigureHit } from './find-figures';

// A ceiling (a fact one of whose cues is `ceiling` or `plafond`) is disputed by a lower count only where its clause
// speaks of a ceiling or of what was authorised: `MONUSCO still has about 12,000 troops` is a force under its
// ceiling of 13,500, but `MONUSCO's troop ceiling is 12,000` is wrong.
const CEILING_WORDS =
  /\b(?:ceilings?|authori[sz](?:ed|ation)|capped|cap of|mandated|plafonn?(?:e|es|ee|ees)?|plafond|autorises?|autorisees?|mandat)\b/;

// A count said to be deployed (`fell from 1,920 authorised to about 1,600 deployed`) is under its ceiling, whatever
// else its clause says.
const DEPLOYED = /^(?:[a-z]+ )?(?:deployed|on the ground|in the field|present|deployes|deployees|presents|sur le terrain)\b/;

// A label before the number (`Authorised police: 1,290`, a factbox's) says what its clause does.
const LABEL_BEFORE = /(?:^|[.;|\u2022\u00b7])([^.;:|\u2022\u00b7]{1,40}): ?$/;

/** A count below a ceiling (`linked`) that its clause (`clause`), label and words read as under it (see above). */
export function underCeiling(hit: FigureHit, linked: Figure, clause: string): boolean {
  const ceiling = linked.cues.en.includes('ceiling') || linked.cues.fr.includes('plafond');
  if (!ceiling || (hit.valueTo ?? hit.value) >= linked.value) return false;
  if (DEPLOYED.test(hit.noun)) return true;
  const label = LABEL_BEFORE.exec(hit.sentence.slice(0, hit.sentenceOffset))?.[1] ?? '';
  return !CEILING_WORDS.test(clause) && !CEILING_WORDS.test(label);
}
