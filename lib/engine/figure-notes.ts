import type { Figure } from '../facts/schema';
import { english } from '../say';
import { formatDate, formatNumber } from './describe';
import { agreedValue } from './figure-fit';
import { countedLater, ranBy } from './figure-periods';
import type { FigureHit } from './find-figures';
import type { LinkContext } from './link-context';

// What a card adds to a figure's verdict about when its fact held, against the article's date.

/** A fact that stopped holding before the article was written: until when it held. */
export function olderNote(fact: Figure, context: LinkContext): string {
  const date = context.articleDate;
  if (!date || !fact.asOf.to || date.slice(0, 7) <= fact.asOf.to.slice(0, 7)) return '';
  const say = context.say ?? english;
  return say('explainOlder', formatDate(fact.asOf.to, say), formatDate(date, say));
}

/** Of a duration still running when the article was written, how long it had run then. */
export function soFarNote(fact: Figure, context: LinkContext): string {
  const date = context.articleDate;
  const ran = countedLater(fact, date) ? ranBy(fact, date) : undefined;
  if (!date || ran === undefined) return '';
  const say = context.say ?? english;
  const length = formatNumber(Math.round(ran * 10) / 10, say);
  return say('explainSoFar', formatDate(date, say), say(fact.unit === 'months' ? 'elapsedMonths' : 'elapsedYears', length));
}

/**
 * A figure that gives another source's value, not the fact's own (`more than 180 killed` for 165 and France's
 * 180): which one, so that the card's canonical figure does not seem to contradict its verdict.
 */
export function otherValueNote(hit: FigureHit, fact: Figure, context: LinkContext): string {
  const value = agreedValue(hit, fact, context.articleDate);
  const other = value === fact.value ? undefined : fact.alternatives?.find((a) => a.value === value);
  if (!other) return '';
  const say = context.say ?? english;
  const same = fact.sources.some((source) => source.title === other.source.title);
  return say(same ? 'explainSameSourceValue' : 'explainOtherSourceValue', formatNumber(other.value, say));
}
