import type { FigureHit } from './find-figures';
import type { Sentences } from './sentences';

// The sentence a figure is read in: the one it stands in, with what it leaves to the one before.

// A sentence whose subject is a pronoun: he, she, it, they and theirs, in both languages, first or after an
// opening phrase set off by a comma (`In August 2023, he died`, `Deux mois plus tard, il est mort`), or in a clause
// that opens it (`When it started in 2011 it had`, `Lorsqu'elle a été créée`); or a word
// that stands for a name said before (`ECOWAS imposed sanctions. The sanctions were lifted in July 2022`, `Benin
// announced its withdrawal. The country also had 136 police officers`, `The West African country had…`, `Germany's
// parliament voted… The government had decided`), or a part
// `of them` (`Forty-six of them had been detained since July 2022`).
const PRONOUN_FIRST =
  /^\s*(?:[^,.;:\n]{1,40}, ?)?(?:(?:when|once|after|since|while|until|quand|lorsque?|des que?|depuis que?)(?: |')(?:he|she|it|they|il|elle|ils|elles)|he|she|it|they|his|her|its|their|il|elle|ils|elles|sa|son|ses|leur|leurs|the (?:sanctions|group|operation|force|coalition|bloc|government|(?:[a-z-]+ ){0,2}country)|(?:les sanctions|le groupe|l'operation|la force|la coalition|le gouvernement|le pays|ce pays)|[\w-]+ (?:of them|d'entre eux)|(?:some|most|all|many|few|none) of them)\b/;

// So does `the town` (`la ville`) anywhere in it: `La Minusma a quitté Kidal le 31 octobre. L'armée est entrée dans la
// ville le 14 novembre`.
const TOWN_SAID_BEFORE = /\b(?:the town|the city|la ville|cette ville)\b/;

// An explainer's short answer speaks of what its question asks (`What did it cost? About $1.2 billion a year.`,
// `Was it 20,000? No, 13,289.`): the two are read as one sentence. Only after a question that asks (`French
// extremists? No: some 3,000 extremists…` asks nothing of France's troops). An answer an interview labels
// (`A: More than 300 peacekeepers, of whom around 170 in hostile acts.`, `R : Le 31 décembre 2023.`) answers it
// however long, and so does one an FAQ marks `A.` (`Q. How many died? A. 311.`).
const SHORT_ANSWER = /^\s*(?:[^.!?]|\.(?=\d)){1,60}[.!]?\s*$/;
const ANSWER = /^\s*(?:[^.!?]|\.(?=\d))+[.!]?\s*$/;
const LABELLED_ANSWER = /^\s*(?:[a-z' -]{1,20}: ?|[ar]\. )/;
const YES_OR_NO = /^\s*(?:yes|no|oui|non)\b/;

// A label may come first: `Q:`, `Q.`, `Fact check:`, `Vrai ou faux :`.
const QUESTION =
  /^\s*(?:[a-z' -]{1,20}: ?|q\. )?(?:(?:how|what|when|who|which|where|why|was|were|is|are|did|does|do|has|have|had|combien|quand|qui|quel|quelle|quels|quelles|pourquoi|comment|est-ce)\b|[^?]*-t-(?:il|elle|ils|elles)\b)[^?]*\?\s*$/;

// So is a short clause after a semicolon that leaves out what the one before says (`the first option would have
// added 3,680 personnel; the second, 2,000`).
const SHORT_ELLIPSIS = 40;

// So is a sentence whose subject is one of the things the one before lists, by its rank (`Guterres proposed three
// options. The first would have added 3,680 personnel, the second 2,000.`).
const RANKED_FIRST =
  /^\s*(?:the (?:first|second|third|last|latter|former)|(?:la|le) (?:premiere?|deuxieme|seconde?|troisieme|derniere?))(?: one)?,? (?:would|was|is|had|has|will|could|called|proposed|provided|added|envisaged|prevoyait|proposait|aurait|etait|consistait|envisageait)\b/;

/** The folded sentence around `[from, to)` and where it starts, with the question or clause it completes (see above). */
export function sentenceOf(sentences: Sentences, from: number, to: number): [number, string] {
  const [start, sentence] = sentences.around(from, to);
  if (RANKED_FIRST.test(sentence)) {
    const before = sentences.before(start);
    return [start - before.length, before + sentence];
  }
  if (!answers(sentence)) return [start, sentence];
  const before = sentences.before(start);
  const goesOn = QUESTION.test(before) || (sentence.length <= SHORT_ELLIPSIS && /;\s*$/.test(before));
  if (!goesOn) return [start, sentence];
  // The clause it leaves words out of may itself be one of the things the sentence before lists (`Guterres set out
  // three options. The first would add 3,680 personnel; the second, 2,000.`).
  const clauseStart = start - before.length;
  const listing = RANKED_FIRST.test(before) ? sentences.before(clauseStart) : listHead(sentences, clauseStart, before);
  return [clauseStart - listing.length, listing + before + sentence];
}

// How many short clauses a list may run back over to its head.
const LIST_ITEMS = 12;

// A short clause after a semicolon may itself be one of a list's items: the items before it, back to the clause that
// opens the list, are read with it (`Largest contributors, 2023: Chad 1,427; Bangladesh 1,396; …; Togo 763`).
function listHead(sentences: Sentences, start: number, clause: string): string {
  let head = '';
  let at = start;
  let item = clause;
  for (let k = 0; k < LIST_ITEMS && item.length <= SHORT_ELLIPSIS && sentences.afterSemicolon(at); k++) {
    item = sentences.before(at);
    if (!item) break;
    head = item + head;
    at -= item.length;
  }
  return head;
}

// The sentence may answer a question before it (see above).
function answers(sentence: string): boolean {
  const label = LABELLED_ANSWER.exec(sentence)?.[0].length ?? 0;
  const answer = sentence.slice(label);
  if (YES_OR_NO.test(answer)) return true;
  return label > 0 ? ANSWER.test(answer) : sentence.length <= 70 && SHORT_ANSWER.test(answer);
}

/**
 * What the pronoun a sentence (starting at `start`) opens with stands for: the sentence before, and those before it
 * while each opens with a pronoun too (`Egypt had 1,000 peacekeepers. It suspended them in August 2022. Its last 460
 * left in August 2023.`), up to three; empty where it opens with none. A clause after a semicolon, a sentence of its
 * own here, has the one before it too, whatever it opens with (`MONUSCO began its withdrawal in 2024; the Council set
 * a ceiling of 13,500 troops`).
 */
export function antecedentOf(sentences: Sentences, start: number, sentence: string): string {
  if (!PRONOUN_FIRST.test(sentence))
    return TOWN_SAID_BEFORE.test(sentence) || sentences.afterSemicolon(start) ? sentences.before(start) : '';
  let text = '';
  let at = start;
  for (let k = 0; k < 3; k++) {
    const before = sentences.before(at);
    text = before + text;
    at -= before.length;
    if (!before || !PRONOUN_FIRST.test(before)) break;
  }
  return text;
}

// A number the text denies itself (`311, not 300`, `et non 300`) is no claim of what a fact counts.
const NOT_BEFORE = /(?:^|[^a-z])(?:not|non|pas) $/;

/** The number is denied right before it (see above): it is judged against no fact. */
export function deniedOutright(hit: FigureHit): boolean {
  return NOT_BEFORE.test(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 5), hit.sentenceOffset));
}

// A clause that denies what it says before a figure (`Contrary to reports, Germany did not leave in 2022`, `Wagner did
// not have 5,000 fighters`, `n'a jamais quitté`): it disputes nothing.
const DENIED =
  /\b(?:(?:did|does|do|was|were|is|are|had|has|have)(?: not|n't)|never|no longer|not (?:in|on|until|before)|n'(?:a|ont|avait|avaient|est|etait|sont) (?:pas|jamais)|ne s'est (?:pas|jamais))\b[^,;:]*$/;

/** The figure's clause, before it, denies what it says (see above). */
export function denied(hit: FigureHit): boolean {
  return DENIED.test(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 60), hit.sentenceOffset));
}
