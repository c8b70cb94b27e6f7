import { english } from '../say';
import { dateLine } from './describe';
import type { FigureHit } from './find-figures';
import { best, explain, type FigureResult, judged, type LinkContext, type LinkTables, scoresFor } from './link-context';

function sameDate(text: string, fact: string): boolean {
  return text.startsWith(fact) || fact.startsWith(text);
}

/** Links a date to the dated event its sentence fits best, and judges it. */
export function linkDate(hit: FigureHit, tables: LinkTables, context: LinkContext = {}): FigureResult {
  const say = context.say ?? english;
  const date = hit.date ?? String(hit.value);
  const scores = scoresFor('date', hit.sentence, '', tables.dates.cues, context);
  const scored = tables.dates.facts.map((fact, i) => ({ item: fact, score: scores[i] ?? 0 })).filter((c) => c.score >= 1);
  // A month or a year agrees with many events: the event the sentence speaks of most decides, and an
  // agreeing one wins only a tie (`the referendum was held in March 2023` is not the one planned then).
  const near = scored.filter((c) => Math.abs(Number(c.item.date.slice(0, 4)) - hit.value) <= 2);
  const top = best(near.map((c) => ({ item: c.item, score: c.score + (sameDate(date, c.item.date) ? 0.5 : 0) })));
  const agreeing = top && sameDate(date, top.item.date) ? top : undefined;
  // Worded once per fact (and per date the text gives): a page names the same few dates many times.
  if (agreeing) {
    const fact = agreeing.item;
    return judged(
      hit,
      'match',
      fact.id,
      explain(context, `date-match|${fact.id}`, () => say('explainDateMatch', dateLine(fact, say))),
    );
  }
  const linked = top && near.find((c) => c.item === top.item);
  if (linked && linked.score >= 2) {
    const fact = linked.item;
    const key = `date-conflict|${fact.id}|${hit.text}`;
    return judged(
      hit,
      'conflict',
      fact.id,
      explain(context, key, () => say('explainDateConflict', hit.text, dateLine(fact, say))),
    );
  }
  return judged(
    hit,
    'unknown',
    undefined,
    explain(context, 'date-unknown', () => say('explainDateUnknown')),
  );
}
