import { storage } from 'wxt/utils/storage';
import { EMPTY_OVERLAY, type Overlay } from './facts/overlay';
import type { Fact } from './facts/schema';

/** Sites (by hostname) where the reader turned the extension off. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

/** Version 1 of the overlay kept the reader's facts in a list; deletions were facts marked `deleted`. */
type OverlayV1 = (Fact & { deleted?: boolean })[];

/** Moves a version 1 overlay (a list) to version 2 (edits by id, deletions by id). */
export function migrateOverlayV1(old: OverlayV1): Overlay {
  const upserts: Record<string, Fact> = {};
  const deletions: string[] = [];
  for (const { deleted, ...fact } of old ?? []) {
    if (deleted) deletions.push(fact.id);
    else upserts[fact.id] = fact as Fact;
  }
  return { upserts, deletions };
}

/** The reader's additions, edits and deletions on top of the shipped fact pack. */
export const factOverlay = storage.defineItem<Overlay>('local:factOverlay', {
  fallback: EMPTY_OVERLAY,
  version: 2,
  migrations: { 2: migrateOverlayV1 },
});
