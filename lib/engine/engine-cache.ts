import type { FactIndex } from '../facts/fact-index';
import { createEngine, type Engine } from './engine';

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
