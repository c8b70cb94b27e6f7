import type { FigureHit } from './find-figures';
import { type LinkContext, type LinkTables, scoresFor } from './link-context';

// The date and the word placing it cut out of a text, so the words of an event it stood between read as one
// (`announced on 17 February 2022 the withdrawal`, `a annoncé le 17 février 2022 le retrait`); undefined where it
// stands between none.
const PLACING = /\b(?:on|in|le|en|du|au)\s+$/;

function withoutDate(text: string, hit: FigureHit): string | undefined {
  const date = hit.sentence.slice(hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  const at = text.indexOf(date);
  const after = at < 0 ? '' : text.slice(at + date.length).replace(/^\s+/, '');
  if (!after || !/^\p{L}/u.test(after)) return undefined;
  const before = text.slice(0, at);
  return `${before.slice(0, before.length - (PLACING.exec(before)?.[0].length ?? 0))}${after}`;
}

/**
 * A text's cue scores for the events, the higher of the text's and of its words read across the date (see above): the
 * words next to the date keep their own cues (`prévue en`).
 */
export function cueScores(text: string, hit: FigureHit, tables: LinkTables, context: LinkContext): number[] {
  const scores = scoresFor('date', text, '', tables.dates.cues, context);
  const across = withoutDate(text, hit);
  if (across === undefined) return scores;
  const joined = scoresFor('date', across, '', tables.dates.cues, context);
  return scores.map((score, i) => Math.max(score, joined[i] ?? 0));
}
