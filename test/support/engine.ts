import { readFileSync } from 'node:fs';
import { createEngine } from '../../lib/engine/create-engine';
import { type Annotation, annotateText } from '../../lib/engine/engine';
import { indexFacts } from '../../lib/facts/fact-index';
import { SHIPPED_PACK } from '../../lib/facts/pack';

/** The engine over the shipped pack, built once for all tests. */
export const engine = createEngine(indexFacts(SHIPPED_PACK));

/** A fixture's text, from test/fixtures. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** Annotates a text with the shipped facts. */
export function annotate(text: string, french = false): Annotation {
  return annotateText(text, engine, { french });
}

/** `text → status` pairs of the figures, in order. */
export function figureStatuses(a: Annotation): string[] {
  return a.figures.map((f) => `${f.text} → ${f.status}`);
}

/** `text → status factId` of a text's counts or dates, in order: what the reader's cards would say of each. */
export function linkedFigures(text: string, form: 'count' | 'date', french = false): string[] {
  return annotate(text, french)
    .figures.filter((f) => f.form === form)
    .map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());
}

/** `text → status factId` of every figure, read as in an article of `articleDate`. */
export function judgedIn(articleDate: string): (text: string, french?: boolean) => string[] {
  return (text, french = false) =>
    annotateText(text, engine, { french, articleDate }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());
}
