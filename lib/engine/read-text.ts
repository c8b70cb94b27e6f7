import { moveBy, pieceEnd, spansWithin } from './chunks';
import type { Engine } from './create-engine';
import { type AnnotateOptions, annotateText, type EntityResult } from './engine';
import type { FigureResult } from './link-figures';

/** A figure as the page needs it: without the sentence and noun the engine read it by. */
export type FigureFinding = Pick<FigureResult, 'kind' | 'start' | 'end' | 'text' | 'status' | 'factId' | 'explanation'>;

/** An entity as the page needs it: without the alias it was found through. */
export type EntityFinding = Pick<EntityResult, 'kind' | 'start' | 'end' | 'text' | 'status' | 'entityId' | 'explanation'>;

/** Every entity and figure of a text, each list in text order, as the page needs them. */
export interface Findings {
  entities: EntityFinding[];
  figures: FigureFinding[];
}

// Pieces keep the folded copies and token tables of a long page small; results do not depend on them.
const PIECE_CHARS = 50_000;

/** Reads a whole text a piece at a time, sharing one cache of explanations, with offsets in the whole text. */
export function readText(text: string, engine: Engine, options: AnnotateOptions = {}): Findings {
  const found: Findings = { entities: [], figures: [] };
  const explained = options.explained ?? new Map<string, string>();
  for (let from = 0, to = 0; from < text.length; from = to) {
    to = pieceEnd(text, from, PIECE_CHARS);
    const names = options.names && spansWithin(options.names, from, to);
    const part = annotateText(text.slice(from, to), engine, { ...options, explained, names });
    found.entities.push(...moveBy(part.entities, from));
    found.figures.push(...moveBy(part.figures, from));
  }
  return found;
}
