import type { Figure } from '../facts/schema';
import { english } from '../say';
import { figureLine, formatDate, formatNumber, formatPeriod } from './describe';
import type { FigureHit } from './find-figures';
import { best, explain, type FigureResult, judged, type LinkContext, type LinkTables, scoresFor } from './link-context';
import { linkDate } from './link-dates';

export type { FigureResult, FigureStatus, LinkContext, LinkTables } from './link-context';

type Unit = Figure['unit'];

function unitsFor(noun: string): Unit[] {
  if (/^(?:years?|ans?|annees?)\b/.test(noun)) return ['years'];
  if (/^(?:months?|mois)\b/.test(noun)) return ['months'];
  if (/^(?:%|per ?cent|pour ?cent)/.test(noun)) return ['percent'];
  if (/^(?:billion|milliards?|bn)\b/.test(noun)) return ['usd-billion'];
  return ['persons', 'troops', 'count'];
}

// How far past a bound a text's `more than` or `up to` may reach: `more than 300` says 311, not 500.
const BOUND_REACH = 0.2;

function agrees(hit: FigureHit, fact: Figure): boolean {
  const values = [fact.value, ...(fact.alternatives ?? []).map((a) => a.value)];
  let low = hit.value;
  let high = hit.valueTo ?? hit.value;
  if (hit.qualifier === 'over' || hit.qualifier === 'at least') high = Math.max(high, low * (1 + BOUND_REACH));
  if (hit.qualifier === 'up to') low = Math.min(low, high * (1 - BOUND_REACH));
  const loose = hit.qualifier === 'about' || fact.qualifier === 'about';
  return values.some((v) => (v >= low && v <= high) || (loose && Math.abs(v - low) <= v * 0.03));
}

// `More than 100` is true of 311, only far below it: no conflict, and too far to call a match. The
// same holds the other way: 1,000 soldiers is within a ceiling of `up to 1,400`.
function boundHolds(hit: FigureHit, fact: Figure): boolean {
  const low = hit.value;
  const high = hit.valueTo ?? hit.value;
  if (hit.qualifier === 'over' || hit.qualifier === 'at least') return fact.value >= low;
  if (hit.qualifier === 'up to') return fact.value <= high;
  if (fact.qualifier === 'over' || fact.qualifier === 'at least') return high >= fact.value;
  return fact.qualifier === 'up to' && low <= fact.value;
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

function covers(asOf: Figure['asOf'], date: string | undefined): boolean {
  if (!date) return false;
  return (!asOf.from || asOf.from.slice(0, date.length) <= date) && (!asOf.to || date.slice(0, asOf.to.length) <= asOf.to);
}

function olderNote(fact: Figure, context: LinkContext): string {
  const date = context.articleDate;
  if (!date || !fact.asOf.to || date.slice(0, 7) <= fact.asOf.to.slice(0, 7)) return '';
  const say = context.say ?? english;
  return say('explainOlder', formatDate(fact.asOf.to, say), formatDate(date, say));
}

// The mission every article here is about: its facts need no naming cue.
const MISSION = 'mission.minusma';

// A figure links to a fact about another subject (a country's contingent) only where its sentence
// names that subject (`12,000 troops must leave` says nothing of Benin's 250), and then that fact
// comes before the mission's own: the sentence is about Benin. Undefined: the fact is not spoken of.
function subjectWeight(fact: Figure, naming: () => number): number | undefined {
  if (fact.subject === MISSION) return 0;
  return naming() > 0 ? 1 : undefined;
}

interface Candidate {
  item: Figure;
  /** How many cues its sentence holds, and half a point when the fact held on the article's date. */
  score: number;
  /** The score, and a point when the sentence names the fact's own subject. */
  rank: number;
}

const byRank = (list: Candidate[]) => best(list.map((c) => ({ item: c.item, score: c.rank })));

/** Links a counted figure to the canonical figure its sentence fits best, and judges it. */
export function linkCount(hit: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  const say = context.say ?? english;
  const units = unitsFor(hit.noun);
  const years = yearsNear(hit);
  const scores = scoresFor('count', hit.sentence, hit.noun, tables.figures.cues, context);
  const scored: Candidate[] = [];
  context.bonus ??= tables.figures.facts.map((fact) => (covers(fact.asOf, context.articleDate) ? 0.5 : 0));
  const bonus = context.bonus;
  // Scored once per figure, and only when a fact about another subject is in the running.
  let naming: number[] | undefined;
  const namingScore = (i: number) => {
    naming ??= scoresFor('naming', hit.sentence, hit.noun, tables.figures.naming, context);
    return naming[i] ?? 0;
  };
  tables.figures.facts.forEach((fact, i) => {
    const score = (scores[i] ?? 0) + (bonus[i] ?? 0);
    if (score < 1 || !units.includes(fact.unit) || !holdsInYears(fact, years)) return;
    const weight = subjectWeight(fact, () => namingScore(i));
    if (weight !== undefined) scored.push({ item: fact, score, rank: score + weight });
  });
  // Of two facts the sentence fits alike, the one whose own value the text gives wins (`more than 175
  // killed` is AFP's count, not the review's 165 that another source put at 180).
  const exactly = (c: Candidate) => ({ ...c, rank: c.rank + (c.item.value === hit.value ? 0.25 : 0) });
  const agreeing = byRank(scored.filter((c) => agrees(hit, c.item)).map(exactly));
  if (agreeing)
    return judged(
      hit,
      'match',
      agreeing.item.id,
      explain(context, `match|${agreeing.item.id}`, () =>
        say('explainFigureMatch', figureLine(agreeing.item, say), formatPeriod(agreeing.item.asOf, say), olderNote(agreeing.item, context)),
      ),
    );
  // The fact the sentence fits best decides: when the figure is within its bound, no other conflicts.
  const linked = byRank(scored.filter((c) => c.score >= 2));
  if (linked && !boundHolds(hit, linked.item)) {
    const said = formatNumber(hit.value, say) + (hit.valueTo ? `–${formatNumber(hit.valueTo, say)}` : '');
    const fact = linked.item;
    return judged(
      hit,
      'conflict',
      fact.id,
      explain(context, `conflict|${fact.id}|${said}`, () =>
        say('explainFigureConflict', said, figureLine(fact, say), formatPeriod(fact.asOf, say), olderNote(fact, context)),
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

/** Links and judges one figure hit. */
export function linkFigure(hit: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  return hit.form === 'date' ? linkDate(hit, tables, context) : linkCount(hit, tables, context);
}
