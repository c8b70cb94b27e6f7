import * as v from 'valibot';
import { engineFor, explanationsFor } from './engine/engine-cache';
import { type PackedFindings, packFindings } from './engine/packed-findings';
import { readText } from './engine/read-text';
import type { FactIndex } from './facts/fact-index';
import { getReaderFacts } from './facts/merged-facts';
import { t } from './i18n';
import { factOverlay } from './storage';

/** The longest text one request may carry, in characters: four times the longest page the benchmark reads. */
export const READ_LIMIT = 20_000_000;

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

// Only our own content scripts can send this, but what crosses a process boundary is checked anyway.
const ReadRequestSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(READ_LIMIT)),
  french: v.boolean(),
  articleDate: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  names: v.optional(v.array(v.object({ start: Offset, end: Offset, type: v.picklist(['person', 'organisation']) }))),
});

/** What a content script asks the background to read: a page's article text and how to read it. */
export type ReadRequest = v.InferOutput<typeof ReadRequestSchema>;

// Reading storage on each of a 1 MB page's eleven requests cost the worker 1-27 ms a time.
let watching = false;
let facts: Promise<FactIndex> | undefined;

/** Keeps the merged facts in memory from now on, read again only after the reader's overlay changes. */
export function keepFacts(): () => void {
  watching = true;
  const unwatch = factOverlay.watch(() => {
    facts = undefined;
  });
  return () => {
    watching = false;
    facts = undefined;
    unwatch();
  };
}

function currentFacts(): Promise<FactIndex> {
  if (!watching) return getReaderFacts();
  // A failed read is not kept: the next request tries storage again.
  facts ??= getReaderFacts().catch((error: unknown) => {
    facts = undefined;
    throw error;
  });
  return facts;
}

const NOTHING: PackedFindings = { entities: [], figures: [], strings: [] };

// Names, figures, number words and dates in both languages: one reading of this compiles most of the engine's code.
const WARM_UP =
  'On 1 July 2013 the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) took over ' +
  'from AFISMA. By 2022 it had more than 13,289 peacekeepers; nine years on, 310 had died. Le 30 juin 2023, le ' +
  'Conseil de sécurité a mis fin au mandat de la MINUSMA, forte de 12 947 casques bleus.';
let warm = false;

/**
 * Builds the engine and runs it once over a short sample while the browser injects the reader into
 * a coverage page: the page's first request then finds the code compiled (in a fresh worker, 15 ms
 * instead of 40 for a seed article).
 */
export async function prepareEngine(): Promise<void> {
  const engine = engineFor(await currentFacts());
  // Compiled code lasts as long as the worker: later coverage pages would only pay for the sample.
  if (warm) return;
  warm = true;
  readText(WARM_UP, engine, { say: t });
  readText(WARM_UP, engine, { french: true, say: t });
}

/**
 * Reads a page's text with the engine over the current facts. It runs in the background, where the
 * engine is compiled once and stays warm from page to page; a malformed request finds nothing.
 */
export async function readRequested(data: unknown): Promise<PackedFindings> {
  const parsed = v.safeParse(ReadRequestSchema, data);
  if (!parsed.success) return NOTHING;
  const { text, ...options } = parsed.output;
  const engine = engineFor(await currentFacts());
  const explained = explanationsFor(engine, options.articleDate, options.french);
  return packFindings(readText(text, engine, { ...options, say: t, explained }));
}
