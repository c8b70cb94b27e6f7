import type { FigureHit } from './find-figures';
import { clauseBounds } from './sentences';

// A date that qualifies a name: `the 2015 peace deal`, `Mali's August 2020 coup`, `l'accord d'Alger de 2015`,
// `la Plateforme des mouvements du 14 juin 2014`.
const QUALIFIER_BEFORE = /(?:\b(?:the|its|their|this|a)|'s) $/;
const NAME_AFTER = /^ ((?:[\p{L}'-]+ ){0,2}[\p{L}'-]+)/u;
const NAME_BEFORE = /((?:[\p{L}'-]+ ){0,3}[\p{L}'-]+) (?:of|de|du|d') ?$/u;

// A headline drops the article (`Mali's junta ends 2015 Algiers peace deal`): a date after any word but one that
// places it in time may qualify the name of what the sentence speaks of.
const PLACED_BEFORE = /\b(?:in|on|at|by|since|from|until|to|of|for|during|before|after|en|depuis|au|des|jusqu'en|dans|pour|a|le|de)\s*$/;

/** The name a date qualifies, written right after it (`the 2020 coup`; `ends 2015 Algiers peace deal`, `headline`), if any. */
export function nameAfterDate(hit: FigureHit, headline = false): string | undefined {
  const { sentence, sentenceOffset: at } = hit;
  const before = sentence.slice(Math.max(0, at - 40), at);
  if (!QUALIFIER_BEFORE.test(before) && !(headline && !PLACED_BEFORE.test(before))) return undefined;
  return NAME_AFTER.exec(sentence.slice(at + hit.text.length, at + hit.text.length + 40))?.[1];
}

// Dates in brackets after what they date (`two coups (2020 and 2021)`, `the Algiers agreement (May–June 2015)`, `le
// putsch (août 2020)`): the words before the bracket, when only dates stand between it and the date.
const NAME_BEFORE_BRACKET = /((?:[\p{L}'-]+ ){0,2}[\p{L}'-]+) \((?:[^()]{0,24}(?:and |et |, ?|; ?|[-\u2013\u2014] ?))?$/u;

/** The words a date in brackets dates, written before the bracket (see above), if any. */
export function nameBeforeBracket(hit: FigureHit): string | undefined {
  const { sentence, sentenceOffset: at } = hit;
  const end = at + hit.text.length;
  if (!/^\s*(?:\)|,|;|and |et )/.test(sentence.slice(end, end + 5))) return undefined;
  return NAME_BEFORE_BRACKET.exec(sentence.slice(Math.max(0, at - 60), at))?.[1];
}

// `since` or `depuis` after words of the date's own clause, and a word after the date in it: `The junta led by Goïta
// since May 2021 asked MINUSMA to leave`.
const SINCE_WITHIN = /\S\s+(?:since|depuis)\s+$/;

/**
 * The words of a clause up to a date it gives inside, after `since` (see above): it says since when what they name
 * has lasted, not when what the clause goes on to say happened.
 */
export function lastingUntilDate(hit: FigureHit, clauseStart: number, clauseEnd: number): string | undefined {
  const { sentence, sentenceOffset: at } = hit;
  const end = at + hit.text.length;
  if (!SINCE_WITHIN.test(sentence.slice(clauseStart, at)) || !/[\p{L}\d]/u.test(sentence.slice(end, clauseEnd))) return undefined;
  return sentence.slice(clauseStart, end);
}

/** The name of a subject a date qualifies, written right after or before it, headlines' too, if any. */
export function nameBesideDate(hit: FigureHit): string | undefined {
  const { sentence, sentenceOffset: at } = hit;
  return nameAfterDate(hit, true) ?? NAME_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at))?.[1];
}

// Words before a date that make it a time within a year (`by the end of 2021`, `au début de 2023`, `mid-2022`),
// folded: they say when, not what happened, and are no cues (`end` is Barkhane's, `début` the drawdown's).
const TIME_WORDS =
  /(?:\b(?:the )?(?:very )?(?:end|start|beginning|middle|close|turn) of (?:the year )?|\b(?:early|late|mid|year-end)[ -]?|\b(?:(?:a la|au|en|des) )?(?:fin|debut|milieu|mi)[ -]?(?:de |d')?|\b(?:the )?(?:(?:first|second) half|(?:first|second|third|fourth|last) quarter|summer|spring|autumn|fall) of |\b(?:q[1-4]|h[12]) |\b(?:au |le )?(?:(?:premier|second|deuxieme) semestre|(?:premier|deuxieme|troisieme|quatrieme|dernier) trimestre)(?: de)? |\b(?:a l'|au |l')?(?:ete|printemps|automne) (?:de )?)$/;

/** The date's sentence with those words blanked, so that offsets still hold. */
export function withoutTimeWords(hit: FigureHit): FigureHit {
  const { sentence, sentenceOffset: at } = hit;
  const words = TIME_WORDS.exec(sentence.slice(Math.max(0, at - 40), at))?.[0];
  return words ? { ...hit, sentence: sentence.slice(0, at - words.length) + ' '.repeat(words.length) + sentence.slice(at) } : hit;
}

// The months a part of a year spans, by its words: the end (`fin 2023`, `late 2021`), the start, the middle.
// Halves, quarters and seasons too (`the second half of 2023`, `Q4 2023`, `au dernier trimestre`, `l'été 2022`).
const PARTS: [RegExp, [number, number]][] = [
  [/\b(?:first half|h1|premier semestre)\b/, [1, 6]],
  [/\b(?:second half|h2|second semestre|deuxieme semestre)\b/, [7, 12]],
  [/\b(?:first quarter|q1|premier trimestre)\b/, [1, 3]],
  [/\b(?:second quarter|q2|deuxieme trimestre)\b/, [4, 6]],
  [/\b(?:third quarter|q3|troisieme trimestre)\b/, [7, 9]],
  [/\b(?:fourth quarter|last quarter|q4|quatrieme trimestre|dernier trimestre)\b/, [10, 12]],
  [/\b(?:spring|printemps)\b/, [3, 5]],
  [/\b(?:summer|ete)\b/, [6, 8]],
  [/\b(?:autumn|fall|automne)\b/, [9, 11]],
  [/\b(?:end|close|late|fin|year-end)\b/, [9, 12]],
  [/\b(?:start|beginning|early|debut)\b/, [1, 4]],
  [/\b(?:middle|mid|milieu|mi)\b/, [5, 8]],
];

/** The months of the part of its year a year written alone is said of (`fin 2023`: September to December), if any. */
export function partOfYear(hit: FigureHit): [number, number] | undefined {
  if (hit.date !== undefined && hit.date.length > 4) return undefined;
  const { sentence, sentenceOffset: at } = hit;
  const words = TIME_WORDS.exec(sentence.slice(Math.max(0, at - 40), at))?.[0];
  return words ? PARTS.find(([re]) => re.test(words))?.[1] : undefined;
}

const YEAR_BEFORE = /\b((?:19|20)\d\d)(?:,? and|,? et|,) $/;
const YEAR_AFTER = /^(?:,? and|,? et|,) ((?:19|20)\d\d)\b/;

/** The years written alone right before and after a year, in a list with it (`in 2020 and 2022`). */
export function listedYears(hit: FigureHit): string[] {
  if (!/^\d{4}$/.test(hit.text)) return [];
  const end = hit.sentenceOffset + 4;
  const before = YEAR_BEFORE.exec(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 12), hit.sentenceOffset))?.[1];
  const after = YEAR_AFTER.exec(hit.sentence.slice(end, end + 12))?.[1];
  return [before, after].filter((year): year is string => year !== undefined);
}

const YEAR_ALONE = /(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)/g;

/**
 * The years written alone in other clauses of the figure's sentence (before it only, with `before`), outside the
 * dates `dates` found there: no date finder reads a year alone. One in the figure's own clause may name the event
 * it dates (`Le coup d'État de 2020 a eu lieu le 18 août 2019`).
 */
export function yearsElsewhere(hit: FigureHit, before: boolean, dates: readonly { from: number; to: number }[]): string[] {
  const found: string[] = [];
  const at = hit.sentenceOffset;
  const [start, end] = clauseBounds(hit.sentence, at, at + hit.text.length);
  for (const m of hit.sentence.matchAll(YEAR_ALONE)) {
    const inside = (from: number, to: number) => m.index >= from && m.index < to;
    if (inside(start, end) || (before && m.index > at) || dates.some((d) => inside(d.from, d.to))) continue;
    found.push(m[0]);
  }
  return found;
}
