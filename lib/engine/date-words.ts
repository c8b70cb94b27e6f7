import type { FigureHit } from './find-figures';

// A date that qualifies a name: `the 2015 peace deal`, `Mali's August 2020 coup`, `l'accord d'Alger de 2015`,
// `la Plateforme des mouvements du 14 juin 2014`.
const QUALIFIER_BEFORE = /(?:\b(?:the|its|their|this|a)|'s) $/;
const NAME_AFTER = /^ ((?:[\p{L}'-]+ ){0,2}[\p{L}'-]+)/u;
const NAME_BEFORE = /((?:[\p{L}'-]+ ){0,3}[\p{L}'-]+) (?:of|de|du|d') ?$/u;

/** The name a date qualifies, written right after it (`the 2020 coup`), if any. */
export function nameAfterDate(hit: FigureHit): string | undefined {
  const { sentence, sentenceOffset: at } = hit;
  if (!QUALIFIER_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return undefined;
  return NAME_AFTER.exec(sentence.slice(at + hit.text.length, at + hit.text.length + 40))?.[1];
}

/** The name a date qualifies, written right after or before it, if any. */
export function nameBesideDate(hit: FigureHit): string | undefined {
  const { sentence, sentenceOffset: at } = hit;
  return nameAfterDate(hit) ?? NAME_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at))?.[1];
}

// Words before a date that make it a time within a year (`by the end of 2021`, `au début de 2023`, `mid-2022`),
// folded: they say when, not what happened, and are no cues (`end` is Barkhane's, `début` the drawdown's).
const TIME_WORDS =
  /(?:\b(?:the )?(?:very )?(?:end|start|beginning|middle|close|turn) of (?:the year )?|\b(?:early|late|mid)[ -]?|\b(?:(?:a la|au|en|des) )?(?:fin|debut|milieu|mi)[ -]?(?:de |d')?)$/;

/** The date's sentence with those words blanked, so that offsets still hold. */
export function withoutTimeWords(hit: FigureHit): FigureHit {
  const { sentence, sentenceOffset: at } = hit;
  const words = TIME_WORDS.exec(sentence.slice(Math.max(0, at - 40), at))?.[0];
  return words ? { ...hit, sentence: sentence.slice(0, at - words.length) + ' '.repeat(words.length) + sentence.slice(at) } : hit;
}

// The months a part of a year spans, by its words: the end (`fin 2023`, `late 2021`), the start, the middle.
const PARTS: [RegExp, [number, number]][] = [
  [/\b(?:end|close|late|fin)\b/, [9, 12]],
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
