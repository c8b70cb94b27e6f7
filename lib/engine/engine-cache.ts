import type { FactIndex } from '../facts/fact-index';
import { createEngine, type Engine } from './create-engine';

const engines = new WeakMap<FactIndex, Engine>();

/** The engine for a set of facts, compiled on first use and reused while the facts are unchanged. */
export function engineFor(facts: FactIndex): Engine {
  let engine = engines.get(facts);
  if (!engine) {
    engine = createEngine(facts);
    engines.set(facts, engine);
  }
  return engine;
}

// Bounds on what the worker keeps: a few pages' dates, and the distinct wordings of each.
const MAX_DATES = 16;
const MAX_WORDINGS = 5_000;

const wordings = new WeakMap<Engine, Map<string, Map<string, string>>>();

/**
 * The explanations already worded with an engine's facts for articles of one date and language, to
 * share across the pieces of a page and from page to page: they depend on nothing else (the reader's
 * language is fixed for the worker's life), and wording one takes `browser.i18n` calls.
 */
export function explanationsFor(engine: Engine, articleDate: string | undefined, french: boolean): Map<string, string> {
  let byArticle = wordings.get(engine);
  if (!byArticle || byArticle.size > MAX_DATES) {
    byArticle = new Map();
    wordings.set(engine, byArticle);
  }
  const key = `${articleDate ?? ''}|${french}`;
  let explained = byArticle.get(key);
  if (!explained || explained.size > MAX_WORDINGS) {
    explained = new Map();
    byArticle.set(key, explained);
  }
  return explained;
}
