import type { FactIndex } from '../facts/fact-index';
import type { Fact, Source } from '../facts/schema';
import { english, type Say } from '../say';
import { dateLine, figureLine, formatNumber, heldLine } from './describe';

/** Everything a tooltip card or a popup row shows for one highlight. */
export interface CardData {
  kind: 'entity' | 'figure';
  status: string;
  statusLabel: string;
  /** What the page says. */
  said: string;
  /** The canonical name, figure or date, or what the text says when nothing links. */
  title: string;
  explanation: string;
  asOf?: string;
  sources: Source[];
  /** Single source, disputed values, or the fact's own note. */
  caveats: string[];
  factId?: string;
}

const LABELS = { match: 'statusMatch', variant: 'statusVariant', conflict: 'statusConflict', unknown: 'statusUnknown' } as const;

/** A result of the engine, as the card needs it. */
export interface CardInput {
  kind: 'entity' | 'figure';
  status: string;
  text: string;
  explanation: string;
  factId?: string | undefined;
}

function titleOf(fact: Fact, say: Say): string {
  if ('aliases' in fact) return fact.role ? `${fact.name} — ${fact.role}` : fact.name;
  return 'counts' in fact ? figureLine(fact, say) : dateLine(fact, say);
}

function caveatsOf(fact: Fact, say: Say): string[] {
  const out: string[] = [];
  if ('singleSource' in fact && fact.singleSource) out.push(say('caveatSingleSource'));
  if ('alternatives' in fact)
    for (const alt of fact.alternatives ?? []) {
      // A value the fact's own source also gives (Germany's ceiling and the soldiers it had) is no other source's.
      const same = fact.sources.some((source) => source.title === alt.source.title);
      const value = formatNumber(alt.value, say);
      if (same) out.push(alt.note ? say('caveatSameSourceNote', value, alt.note) : say('caveatSameSource', value));
      else out.push(alt.note ? say('caveatAlternativeNote', value, alt.note) : say('caveatAlternative', value));
    }
  if (fact.note) out.push(fact.note);
  return out;
}

const labels = new WeakMap<Say, Map<string, string>>();

function statusLabel(status: string, say: Say): string {
  let known = labels.get(say);
  if (!known) {
    known = new Map();
    labels.set(say, known);
  }
  let label = known.get(status);
  if (label === undefined) {
    label = status in LABELS ? say(LABELS[status as keyof typeof LABELS]) : status;
    known.set(status, label);
  }
  return label;
}

type FactPart = Pick<CardData, 'title' | 'sources' | 'caveats' | 'factId' | 'asOf'>;

/** What `cardData` remembers of each fact between the cards of one page. */
export type FactParts = Map<string, FactPart>;

/** What a card says about its fact, shared by every highlight of that fact. */
function factPart(fact: Fact, say: Say): FactPart {
  const asOf = heldLine(fact, say);
  return { title: titleOf(fact, say), sources: fact.sources, caveats: caveatsOf(fact, say), factId: fact.id, ...(asOf ? { asOf } : {}) };
}

/**
 * Builds the card for one result from the merged facts. Pass the same `cache` for all the results
 * of a page: a fact mentioned a thousand times is described once.
 */
export function cardData(input: CardInput, facts: FactIndex, say: Say = english, cache?: FactParts): CardData {
  const fact = input.factId ? facts.byId.get(input.factId) : undefined;
  let part = fact ? cache?.get(fact.id) : undefined;
  if (fact && !part) {
    part = factPart(fact, say);
    cache?.set(fact.id, part);
  }
  // Written out field by field: spreading two objects per card costs more than everything else here.
  return {
    kind: input.kind,
    status: input.status,
    statusLabel: statusLabel(input.status, say),
    said: input.text,
    explanation: input.explanation,
    title: part?.title ?? input.text,
    sources: part?.sources ?? [],
    caveats: part?.caveats ?? [],
    factId: part?.factId,
    asOf: part?.asOf,
  };
}
