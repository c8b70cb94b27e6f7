import { matchesOf } from './matches';
import { MONTH } from './number-words';
import { rememberLast } from './remember-last';

const END = /[.!?;]["'”»)]*\s|\n/g;
const REACH = 600;

// Short words a period closes as an abbreviation, folded: titles, ranks, months, `No.` and the like. Other short
// words end their sentence (`ordered French troops out.`, `two weeks ago.`).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen col lt maj sgt cpl pvt cdt gov sen rep no nos vs co inc ltd mt ft jan feb mar apr jun jul aug sep oct nov dec al est fig pp p m mme mgr av cf ca'.split(
    ' ',
  ),
);

// A period ends a sentence unless it closes an abbreviation or an initial (`U.S.`, `Mr.`, `J.`).
function endsSentence(text: string, at: number): boolean {
  if (text[at] !== '.') return true;
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 6), at))?.[0] ?? '';
  if (word === '' || word.replace(/\./g, '').length > 3) return true;
  return !(word.includes('.') || word.length === 1 || ABBREVIATIONS.has(word));
}

// The closing quotes and brackets an end mark may have after it, by character code: `"`, `'`, `”`, `»`, `)`.
const closes = (code: number) => code === 34 || code === 39 || code === 0x201d || code === 0xbb || code === 41;

/**
 * Where each sentence of a folded text starts, found in one pass: build once, look up many times. A text of
 * 100,000 characters has thousands of ends: each is found with `test`, which makes no match to throw away.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  END.lastIndex = 0;
  while (END.test(text)) {
    const after = END.lastIndex;
    // A line break always ends one, even after a short word that could be an abbreviation (`l'ONU.`).
    if (text.charCodeAt(after - 1) === 10) {
      starts.push(after);
      continue;
    }
    let mark = after - 2;
    while (closes(text.charCodeAt(mark))) mark--;
    if (endsSentence(text, mark)) starts.push(after);
  }
  return starts;
}

function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The `[start, end)` of the sentence around a span, at most 600 characters either side of it. */
export function sentenceAround(text: string, starts: readonly number[], start: number, end: number): [number, number] {
  const i = lastAtOrBefore(starts, start);
  const from = Math.max(starts[i] ?? 0, start - REACH);
  let j = i + 1;
  while (j < starts.length && (starts[j] ?? 0) < end) j++;
  const next = starts[j] ?? text.length;
  return [from, Math.min(next, end + REACH)];
}

/** The sentences of a folded text, each cut out once and shared by all its figures. */
export interface Sentences {
  around(from: number, to: number): [start: number, sentence: string];
  /** The sentence before the one that starts at `start`; empty where there is none. */
  before(start: number): string;
  /** The sentence that starts at `start` follows a semicolon: it is a clause of the one before. */
  afterSemicolon(start: number): boolean;
}

/** Finds a folded text's sentences once; `around` gives the start and text of the one around a span. */
export function sentencesOf(text: string): Sentences {
  const starts = sentenceStarts(text);
  // Figures come in text order: the last sentence cut out is most often the next one's too.
  let last: [number, number, string] = [-1, -1, ''];
  return {
    around(from, to) {
      const [s0, s1] = sentenceAround(text, starts, from, to);
      if (last[0] !== s0 || last[1] !== s1) last = [s0, s1, text.slice(s0, s1)];
      return [s0, last[2]];
    },
    before(start) {
      let i = lastAtOrBefore(starts, start - 1);
      // A blank line between paragraphs is no sentence: the one before it is.
      while (i > 0 && !/\S/.test(text.slice(starts[i] ?? 0, start))) i--;
      const from = starts[i] ?? 0;
      return from < start ? text.slice(Math.max(from, start - REACH), start) : '';
    },
    afterSemicolon(start) {
      let at = start - 1;
      while (at > 0 && (text[at] === ' ' || text[at] === '\u00a0')) at--;
      return text[at] === ';';
    },
  };
}

// Where a clause ends in folded text: punctuation (a factbox's bar or bullet too: `Fatalities: 311 | Hostile acts:
// 165`), a dash, or a word that starts another clause. A comma before `which` or `qui` does not: a relative clause
// speaks of the words before it; nor does one between digits (`87,000`, `1,2 milliard`). What `follows` or `followed` is another
// event, as what comes `after` is (not `the following July`).
const BOUNDARY =
  /[;:()|\u2022\u00b7]|,(?!\s*(?:which|who|whose|qui|dont)\b)(?:(?<!\d,)|(?!\d))|\s[-\u2013\u2014]\s|\s(?:after|before|when|while|because|but|although|apres|avant|lorsque|quand|mais|parce que|alors que|tandis que)\s|(?<!\bthe)\s(?:follows|followed|following)\s/g;

/**
 * The clause of a sentence around `[from, to)`: `MINUSMA was set up in April 2013` of `… after a
 * French-led intervention`, `of MINUSMA's 13,000 troops` of `…, 1,081 were Egyptian`.
 */
export function clauseAround(sentence: string, from: number, to: number): string {
  const [start, end] = clauseBounds(sentence, from, to);
  return sentence.slice(start, end);
}

/** Where the clause around `[from, to)` starts and ends in its sentence (see `clauseAround`). */
export function clauseBounds(sentence: string, from: number, to: number): [start: number, end: number] {
  let start = 0;
  let end = sentence.length;
  for (const [at, after] of boundariesOf(sentence)) {
    if (after <= from) start = after;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return [start, end];
}

// Where a clause goes on to another thing: `the colonels' rise to power in 2020 and the arrival of Wagner`.
const JOINED = /\s(?:and (?:the|its|their)|et (?:le|la|les|son|sa|ses|leur|leurs)|et l')(?![\p{L}])/gu;

/**
 * The clause around `[from, to)` up to where it goes on to another thing with `and the`, `et la`… after the
 * span. Before it, such words join the things the span is about (`the CMA and the Platform signed in 2015`).
 */
export function phraseAround(sentence: string, from: number, to: number): string {
  const [start, end] = clauseBounds(sentence, from, to);
  JOINED.lastIndex = to;
  const next = JOINED.exec(sentence);
  JOINED.lastIndex = 0;
  return sentence.slice(start, next && next.index < end ? next.index : end);
}

/** Where a sentence's first clause ends, when it has more than one: `[0, end]`. */
export function firstClause(sentence: string): [start: number, end: number] | undefined {
  const first = boundariesOf(sentence)[0];
  return first ? [0, first[0]] : undefined;
}

/** Where the clause before the one starting at `start` starts and ends, without the boundary between them. */
export function clauseBefore(sentence: string, start: number): [start: number, end: number] | undefined {
  let from = 0;
  for (const [at, after] of boundariesOf(sentence)) {
    if (after === start) return [from, at];
    from = after;
  }
  return undefined;
}

// A sentence's clause boundaries, found once for all the figures it holds.
const boundariesOf = rememberLast((sentence): [at: number, after: number][] =>
  matchesOf(BOUNDARY, sentence).map((m) => [m.index, m.index + m[0].length]),
);

// Words that only place something in time: `in 2022`, `by the end of June 2023`, `fin 2022`, `d'ici au 31 décembre`,
// `in 2022 alone`, `pour la seule année 2022`, `on July 1, 2014`.
const DATE_PHRASE = new RegExp(
  `^(?:[\\s-]|\\b\\d+(?:er)?\\b,?|\\b(?:${MONTH}|in|on|by|at|the|end|start|early|late|mid|of|as|between|and|alone|only|en|le|la|fin|debut|de|au|a|ici|pour|seule|seulement|annee)\\b|[dl]')*$`,
);

/** The clause is nothing but a date (`In 2022`, `on 25 October 2023`): it dates the rest of its sentence. */
export function onlyDates(clause: string): boolean {
  return /\d/.test(clause) && DATE_PHRASE.test(clause);
}
