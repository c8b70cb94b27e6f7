import { readerIsFrench } from '../i18n';
import { factOverlay } from '../storage';
import { type FactIndex, indexFacts } from './fact-index';
import { inReaderLanguage } from './in-reader-language';
import { applyOverlay, EMPTY_OVERLAY, type Overlay } from './overlay';
import { SHIPPED_PACK } from './pack';
import type { FactPack } from './schema';

let cached: { overlay: Overlay; index: FactIndex } | undefined;

/** Merges the shipped pack with an overlay and indexes it; the same overlay object gives the same index. */
export function mergedFrom(overlay: Overlay, base: FactPack = SHIPPED_PACK): FactIndex {
  if (cached?.overlay === overlay) return cached.index;
  const index = indexFacts(overlay === EMPTY_OVERLAY ? base : applyOverlay(base, overlay));
  cached = { overlay, index };
  return index;
}

let lastJson = '';
let lastOverlay: Overlay = EMPTY_OVERLAY;

/**
 * The facts the rest of the extension uses: the shipped pack under the reader's overlay, indexed by
 * id and alias. Merges again only when the stored overlay changed.
 */
export async function getMergedFacts(): Promise<FactIndex> {
  const overlay = await factOverlay.getValue();
  const json = JSON.stringify(overlay);
  if (json !== lastJson) {
    lastJson = json;
    lastOverlay = overlay;
  }
  return mergedFrom(lastOverlay);
}

/** The merged facts worded in the reader's language: what cards, the popup and explanations show. */
export async function getReaderFacts(): Promise<FactIndex> {
  return inReaderLanguage(await getMergedFacts(), readerIsFrench());
}
