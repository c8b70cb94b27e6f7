import { type FoldedText, originOf } from './fold-text';

// Numbers that count nothing the facts hold: labels, ages, times of day, telephone numbers.

// An age (`a 20-year-old peacekeeper`), a time of day (`at 10 a.m.`, `16.05 EDT`) or a council's size (`the 15-member
// Council`, no vote) counts nothing the facts hold.
const AGE =
  /^[- ]years?[- ]olds?\b|^ ?[ap]\.?m\b|^ (?:gmt|utc|bst|cet|cest|wat|edt|pdt|pst)\b|^[- ]members? (?:security |general )?(?:council|board|committee|assembly|panel|commission)\b/;

/** The words right after a number (from `to`) make it an age, a time of day or a council's size. */
export function agedOrTimed(text: string, to: number): boolean {
  return AGE.test(text.slice(to, to + 40));
}

// A number that names one of a series (`option two`, `phase 2`, `article 5`, `section 3`, `chapitre 7`, `page 12`, a resolution's
// `res. 2640` however it is written), a place in a
// document a study cites (`p. 14`, `pp. 45-67`, `para. 4`, `OP 16`, `Table 2`, `annex 3`, a footnote `[3]`), a
// flight (`Flight ET 935`) or an aircraft (`Boeing 737`) counts nothing.
const LABEL_BEFORE =
  /\b(?:(?:option|phase|stage|step|chapter|section|article|paragraph|tier|level|page|etape|chapitre|paragraphe|alinea|table|tableau|figure|annex|annexe|footnote|resolution)s?|(?:p|pp|para|paras|fig|op|res|unscr)\.?|flight [a-z]{2}|vol [a-z]{2}|boeing|airbus) $/;
const FOOTNOTE = /\d{1,3}\]/y;
// Nor a listicle's or a fact check's heading (`Claim 2:`, `Myth 3:`, `Idée reçue n° 1 :`), its colon right after.
const HEADING_BEFORE =
  /\b(?:claim|myth|question|lesson|reason|takeaway|answer|affirmation|mythe|lecon|raison|idee recue)s?(?: n[°o]\.?| numero)? $/;
const COLON_AFTER = /^ ?:/;

// Nor a resolution's number that names what it set up (`the 2374 sanctions regime`, `the 2374 Mali sanctions committee`).
const LABEL_AFTER = /^ (?:mali )?sanctions (?:regime|committee)\b/;

// Nor does a post's number in a thread (`1/ MINUSMA by the numbers`): a slash, then a space.
const POST_NUMBER = /\/(?:\s|$)/y;

// Nor a list's number where a line starts (`1. Decides to terminate…`, a resolution's paragraphs; `2) `; `3. 311
// peacekeepers died`, an item that opens with a number), nor one after `#` (`coup #2`).
const LIST_NUMBER = /\d{1,3}[.)] [\p{L}\p{N}"“«(]/uy;
const LINE_START = /(?:^|\n)[ \t]*$/;

function isListNumber(text: string, from: number): boolean {
  LIST_NUMBER.lastIndex = from;
  return LIST_NUMBER.test(text) && LINE_START.test(text.slice(Math.max(0, from - 4), from));
}

// Nor a thread's post numbered of all its posts where a line starts (`2/5 The mandate…`, `Thread 🧵 1/5`, `2/7:`): both numbers.
const OF_POSTS = /^\/\d{1,2}(?=[\s:]|$)/;
const POST_BEFORE = /\d{1,2}\/$/;
const POSTS_START = /(?:^|\n|thread\W{0,6})[ \t]*$/;

function isPostOfThread(text: string, from: number, to: number): boolean {
  if (OF_POSTS.test(text.slice(to, to + 4))) return POSTS_START.test(text.slice(Math.max(0, from - 12), from));
  const first = POST_BEFORE.exec(text.slice(Math.max(0, from - 3), from));
  const start = from - (first?.[0].length ?? 0);
  return first !== null && POSTS_START.test(text.slice(Math.max(0, start - 12), start));
}

/** The number from `from` to `to` is the label of an option, a phase or an article, or a post's or a list's number (see above). */
export function isLabel(text: string, from: number, to = from): boolean {
  FOOTNOTE.lastIndex = from;
  POST_NUMBER.lastIndex = to;
  return (
    LABEL_BEFORE.test(text.slice(Math.max(0, from - 12), from)) ||
    LABEL_AFTER.test(text.slice(to, to + 30)) ||
    (HEADING_BEFORE.test(text.slice(Math.max(0, from - 18), from)) && COLON_AFTER.test(text.slice(to, to + 2))) ||
    (text[from - 1] === '[' && FOOTNOTE.test(text)) ||
    text[from - 1] === '#' ||
    (to > from && (POST_NUMBER.test(text) || isPostOfThread(text, from, to))) ||
    isListNumber(text, from)
  );
}

// Ages given after `aged`, one or a list (`aged 24, 29 and 31`, `âgés de 24 et 29 ans`), or set off by commas
// after a name (`Sergeant Mahamat Issa, 32, was killed`).
const AGED_BEFORE = /\b(?:aged?|agee?s? de)(?: \d{1,3}(?:,? and|,| et))* $/;
const NAME_COMMA = /\p{Lu}\p{Ll}+, $/u;
// After the age, the sentence goes on in words (`32, was killed`, `27, from Senegal`), not with a list's next number.
const AFTER_AGE = /^, \p{L}/u;
// French says the years (`Goïta, 40 ans, dirige le Mali`).
const AFTER_AGE_FR = /^ ans[,)]/;

/** The number from `from` to `to` is a person's age (see above). */
export function agedAt(folded: FoldedText, from: number, to: number): boolean {
  const { text } = folded;
  const before = text.slice(Math.max(0, from - 40), from);
  if (before.includes('age') && AGED_BEFORE.test(before)) return true;
  if (to - from > 2) return false;
  const after = text.slice(to, to + 5);
  if (!(text.charCodeAt(to) === 44 && AFTER_AGE.test(after)) && !AFTER_AGE_FR.test(after)) return false;
  const at = originOf(folded, from) ?? 0;
  return NAME_COMMA.test(folded.source.slice(Math.max(0, at - 30), at));
}

// A telephone number: a country code and groups, or four pairs of digits (`+223 20 22 33 44`, `01 42 34 56`).
const PHONE = /\+\d{1,3}(?:[ .-]\d{1,4}){2,}|\b\d{2}(?:[ .]\d{2}){3,}\b/g;

/** Where a text holds telephone numbers: no number inside one is a figure. */
export function phoneSpans(text: string): [number, number][] {
  return text.includes('+') || /\d\d[ .]\d\d[ .]\d\d[ .]\d\d/.test(text)
    ? [...text.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length])
    : [];
}
