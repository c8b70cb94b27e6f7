import { foldWord } from './fold-text';

/** Cue phrases folded once, for testing against folded sentences. */
export type CueSet = string[];

/** Folds the English and French cue words of a fact. */
export function compileCues(cues: { en: readonly string[]; fr: readonly string[] }): CueSet {
  return [...new Set([...cues.en, ...cues.fr].map(foldWord))];
}

function hasPhrase(sentence: string, phrase: string): boolean {
  let at = sentence.indexOf(phrase);
  while (at >= 0) {
    const before = sentence[at - 1] ?? ' ';
    const after = sentence[at + phrase.length] ?? ' ';
    // A cue may take an inflection (`peacekeeper` finds `peacekeepers`), never a prefix.
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{N}]/u.test(after)) return true;
    at = sentence.indexOf(phrase, at + 1);
  }
  return false;
}

/** How many of the cues a folded sentence contains. */
export function cueScore(sentence: string, cues: CueSet): number {
  let score = 0;
  for (const cue of cues) if (hasPhrase(sentence, cue)) score++;
  return score;
}
