import type { Figure } from '../facts/schema';
import { english } from '../say';
import { formatDate, formatNumber } from './describe';
import { countedLater, ranBy } from './figure-periods';
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
