import { factOverlay } from '../storage';
import { exportFacts, type ImportResult, readFactFile } from './import-file';
import { mergedFrom } from './merged-facts';
import { applyOverlay, diffOverlay, EMPTY_OVERLAY, type Overlay } from './overlay';
import { SHIPPED_PACK } from './pack';
import type { Fact } from './schema';
import { checkPack, type PackIssue } from './validate';

const BASE_IDS = new Set([...SHIPPED_PACK.entities, ...SHIPPED_PACK.figures, ...SHIPPED_PACK.dates].map((f) => f.id));

/** Ids of the shipped pack: the base the reader's overlay sits on. */
export function shippedIds(): ReadonlySet<string> {
  return BASE_IDS;
}

function withoutId(overlay: Overlay, id: string): Overlay {
  const { [id]: _dropped, ...upserts } = overlay.upserts;
  return { upserts, deletions: BASE_IDS.has(id) ? [...new Set([...overlay.deletions, id])] : overlay.deletions.filter((d) => d !== id) };
}

// Stores an overlay only when the facts it makes still pass every check (unique ids, subjects resolve).
async function commit(next: Overlay): Promise<PackIssue[]> {
  const check = checkPack(applyOverlay(SHIPPED_PACK, next));
  if (!check.ok) return check.issues;
  await factOverlay.setValue(next);
  return [];
}

/** Saves an added or edited fact; `previousId` is the id it had, when the edit renamed it. */
export async function saveFact(fact: Fact, previousId?: string): Promise<PackIssue[]> {
  let overlay = await factOverlay.getValue();
  if (previousId && previousId !== fact.id) overlay = withoutId(overlay, previousId);
  const deletions = overlay.deletions.filter((d) => d !== fact.id);
  return commit({ upserts: { ...overlay.upserts, [fact.id]: fact }, deletions });
}

/** Deletes a fact, unless other facts still refer to it. */
export async function deleteFact(id: string): Promise<PackIssue[]> {
  return commit(withoutId(await factOverlay.getValue(), id));
}

/** Imports a fact file: all or nothing. The merged facts become exactly the file's facts. */
export async function importFactFile(text: string, byteLength?: number): Promise<ImportResult> {
  const result = readFactFile(text, byteLength);
  if (result.ok) await factOverlay.setValue(diffOverlay(SHIPPED_PACK, result.pack));
  return result;
}

/** Drops every edit, addition and deletion of the reader. */
export async function resetFacts(): Promise<void> {
  await factOverlay.setValue(EMPTY_OVERLAY);
}

/** The merged facts as JSON, for the reader to save. */
export async function exportMergedFacts(): Promise<string> {
  return exportFacts(mergedFrom(await factOverlay.getValue()).pack);
}
