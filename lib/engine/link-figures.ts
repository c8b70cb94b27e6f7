import type { DateFact, Figure } from '../facts/schema';
import { english, type Say } from '../say';
import { type CueMatcher, cueScores } from './cues';
import { dateLine, figureLine, formatDate, formatNumber, formatPeriod } from './describe';
import type { FigureHit } from './find-figures';

/** How a figure in the text stands against the canonical facts. */
export type FigureStatus = 'match' | 'conflict' | 'unknown';

/** A figure hit judged against the facts. */
export interface FigureResult extends FigureHit {
  status: FigureStatus;
  factId?: string;
  explanation: string;
}

/** Facts with their cues compiled once. */
export interface LinkTables {
  figures: { facts: Figure[]; cues: CueMatcher };
  dates: { facts: DateFact[]; cues: CueMatcher };
}

type Unit = Figure['unit'];

function unitsFor(noun: string): Unit[] {
  if (/^(?:years?|ans?|annees?)\b/.test(noun)) return ['years'];
  if (/^(?:months?|mois)\b/.test(noun)) return ['months'];
  if (/^(?:%|per ?cent|pour ?cent)/.test(noun)) return ['percent'];
  if (/^(?:billion|milliards?|bn)\b/.test(noun)) return ['usd-billion'];
  return ['persons', 'troops', 'count'];
}

function agrees(hit: FigureHit, fact: Figure): boolean {
  const values = [fact.value, ...(fact.alternatives ?? []).map((a) => a.value)];
  const low = hit.value;
  const high = hit.valueTo ?? hit.value;
  const loose = hit.qualifier === 'about' || fact.qualifier === 'about';
  return values.some((v) => (v >= low && v <= high) || (loose && Math.abs(v - low) <= v * 0.03));
}

const NEAR = 30;

// Years written close to a number say when it holds; years elsewhere in the sentence may belong to another clause.
function yearsNear(hit: FigureHit): number[] {
  const from = Math.max(0, hit.sentenceOffset - NEAR);
  const window = hit.sentence.slice(from, hit.sentenceOffset + hit.text.length + NEAR);
  return (window.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number).filter((y) => String(y) !== hit.text);
}

function holdsInYears(fact: Figure, years: number[]): boolean {
  if (years.length === 0) return true;
  const from = Number(fact.asOf.from?.slice(0, 4) ?? 0);
  const to = Number(fact.asOf.to?.slice(0, 4) ?? 9999);
  return years.some((y) => y >= from && y <= to);
}

/** When the article was published (ISO date), so facts that held then are preferred and older ones said so. */
export interface LinkContext {
  articleDate?: string | undefined;
  /** How explanations are worded (the reader's language); English by default. */
  say?: Say;
  /** Cue scores already computed for a sentence: the figures of one sentence share them. */
  scores?: Map<string, number[]>;
  /** Explanations already worded: many figures of a text point to the same few facts. */
  explained?: Map<string, string>;
  /** Per figure fact, half a point when it held on the article's date; the same for every figure. */
  bonus?: number[];
}

function explain(context: LinkContext, key: string, word: () => string): string {
  let text = context.explained?.get(key);
  if (text === undefined) {
    text = word();
    context.explained?.set(key, text);
  }
  return text;
}

// A noun is almost always inside its sentence: then the sentence alone is scored, once for all its figures.
function scoresFor(kind: string, hit: FigureHit, cues: CueMatcher, context: LinkContext): number[] {
  const text = !hit.noun || hit.sentence.includes(hit.noun) ? hit.sentence : `${hit.sentence} ${hit.noun}`;
  const key = `${kind}|${text}`;
  const cached = context.scores?.get(key);
  if (cached) return cached;
  const scores = cueScores(text, cues);
  context.scores?.set(key, scores);
  return scores;
}

function covers(asOf: Figure['asOf'], date: string | undefined): boolean {
  if (!date) return false;
  return (!asOf.from || asOf.from.slice(0, date.length) <= date) && (!asOf.to || date.slice(0, asOf.to.length) <= asOf.to);
}

function olderNote(fact: Figure, context: LinkContext): string {
  const date = context.articleDate;
  if (!date || !fact.asOf.to || date.slice(0, 7) <= fact.asOf.to.slice(0, 7)) return '';
  return (context.say ?? english)('explainOlder', formatDate(fact.asOf.to), date);
}

// One literal shape for every result: spreading hits of varying shapes is slow in V8.
function judged(hit: FigureHit, status: FigureStatus, factId: string | undefined, explanation: string): FigureResult {
  const { kind, start, end, text, form, value, valueTo, date, qualifier, noun, sentence, sentenceOffset } = hit;
  return { kind, start, end, text, form, value, valueTo, date, qualifier, noun, sentence, sentenceOffset, status, factId, explanation };
}

function best<T>(items: { item: T; score: number }[]): { item: T; score: number } | undefined {
  return items.reduce<{ item: T; score: number } | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
}

/** Links a counted figure to the canonical figure its sentence fits best, and judges it. */
export function linkCount(hit: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  const say = context.say ?? english;
  const units = unitsFor(hit.noun);
  const years = yearsNear(hit);
  const scores = scoresFor('count', hit, tables.figures.cues, context);
  const scored: { item: Figure; score: number }[] = [];
  context.bonus ??= tables.figures.facts.map((fact) => (covers(fact.asOf, context.articleDate) ? 0.5 : 0));
  const bonus = context.bonus;
  tables.figures.facts.forEach((fact, i) => {
    const score = (scores[i] ?? 0) + (bonus[i] ?? 0);
    if (score >= 1 && units.includes(fact.unit) && holdsInYears(fact, years)) scored.push({ item: fact, score });
  });
  const agreeing = best(scored.filter((c) => agrees(hit, c.item)));
  if (agreeing)
    return judged(
      hit,
      'match',
      agreeing.item.id,
      explain(context, `match|${agreeing.item.id}`, () =>
        say('explainFigureMatch', figureLine(agreeing.item), formatPeriod(agreeing.item.asOf), olderNote(agreeing.item, context)),
      ),
    );
  const linked = best(scored);
  if (linked && linked.score >= 2) {
    const said = formatNumber(hit.value) + (hit.valueTo ? `–${formatNumber(hit.valueTo)}` : '');
    const fact = linked.item;
    return judged(
      hit,
      'conflict',
      fact.id,
      explain(context, `conflict|${fact.id}|${said}`, () =>
        say('explainFigureConflict', said, figureLine(fact), formatPeriod(fact.asOf), olderNote(fact, context)),
      ),
    );
  }
  return judged(
    hit,
    'unknown',
    undefined,
    explain(context, 'unknown', () => say('explainFigureUnknown')),
  );
}

function sameDate(text: string, fact: string): boolean {
  return text.startsWith(fact) || fact.startsWith(text);
}

/** Links a date to the dated event its sentence fits best, and judges it. */
export function linkDate(hit: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  const say = context.say ?? english;
  const date = hit.date ?? String(hit.value);
  const scores = scoresFor('date', { ...hit, noun: '' }, tables.dates.cues, context);
  const scored = tables.dates.facts.map((fact, i) => ({ item: fact, score: scores[i] ?? 0 })).filter((c) => c.score >= 1);
  const agreeing = best(scored.filter((c) => sameDate(date, c.item.date)));
  if (agreeing) return judged(hit, 'match', agreeing.item.id, say('explainDateMatch', dateLine(agreeing.item)));
  const linked = best(scored.filter((c) => Math.abs(Number(c.item.date.slice(0, 4)) - hit.value) <= 2));
  if (linked && linked.score >= 2)
    return judged(hit, 'conflict', linked.item.id, say('explainDateConflict', hit.text, dateLine(linked.item)));
  return judged(
    hit,
    'unknown',
    undefined,
    explain(context, 'date-unknown', () => say('explainDateUnknown')),
  );
}

/** Links and judges one figure hit. */
export function linkFigure(hit: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  return hit.form === 'date' ? linkDate(hit, tables, context) : linkCount(hit, tables, context);
}
