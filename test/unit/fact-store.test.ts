import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteFact, exportMergedFacts, importFactFile, resetFacts, saveFact } from '../../lib/facts/fact-store';
import { getMergedFacts } from '../../lib/facts/merged-facts';
import { applyOverlay, diffOverlay, EMPTY_OVERLAY } from '../../lib/facts/overlay';
import { SHIPPED_PACK } from '../../lib/facts/pack';
import type { Figure } from '../../lib/facts/schema';
import { factOverlay, migrateOverlayV1 } from '../../lib/storage';

const killed = SHIPPED_PACK.figures.find((f) => f.id === 'minusma.casualties.killed-2023') as Figure;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('merging the reader overlay', () => {
  it('lets an edit win over the pack, in place', () => {
    const merged = applyOverlay(SHIPPED_PACK, { upserts: { [killed.id]: { ...killed, value: 170 } }, deletions: [] });
    expect(merged.figures.find((f) => f.id === killed.id)?.value).toBe(170);
    expect(merged.figures.findIndex((f) => f.id === killed.id)).toBe(SHIPPED_PACK.figures.indexOf(killed));
  });

  it('keeps edits when a new pack version arrives', () => {
    const overlay = { upserts: { [killed.id]: { ...killed, value: 170 } }, deletions: [] };
    const newPack = {
      ...SHIPPED_PACK,
      version: '2.0.0',
      figures: SHIPPED_PACK.figures.map((f) => (f.id === killed.id ? { ...f, value: 166 } : f)),
    };
    expect(applyOverlay(newPack, overlay).figures.find((f) => f.id === killed.id)?.value).toBe(170);
  });

  it('diffs a pack into the overlay that rebuilds it exactly', () => {
    const target = { ...SHIPPED_PACK, figures: [...SHIPPED_PACK.figures.slice(1), { ...killed, id: 'reader.figure', value: 1 }] };
    expect(applyOverlay(SHIPPED_PACK, diffOverlay(SHIPPED_PACK, target)).figures).toEqual(target.figures);
    expect(diffOverlay(SHIPPED_PACK, SHIPPED_PACK)).toEqual(EMPTY_OVERLAY);
  });
});

describe('the stored overlay', () => {
  it('migrates version 1 (a list of facts) to version 2 (edits and deletions by id)', async () => {
    await fakeBrowser.storage.local.set({
      factOverlay: [
        { ...killed, value: 170 },
        { ...killed, id: 'minusma.budget', deleted: true },
      ],
      factOverlay$: { v: 1 },
    });
    await factOverlay.migrate();
    expect(await factOverlay.getValue()).toEqual({ upserts: { [killed.id]: { ...killed, value: 170 } }, deletions: ['minusma.budget'] });
    expect(migrateOverlayV1([])).toEqual(EMPTY_OVERLAY);
  });

  it('saves an edit that the merged facts then show, until reset', async () => {
    expect(await saveFact({ ...killed, value: 170 })).toEqual([]);
    expect((await getMergedFacts()).byId.get(killed.id)).toMatchObject({ value: 170 });
    await resetFacts();
    expect((await getMergedFacts()).byId.get(killed.id)).toMatchObject({ value: 165 });
  });

  it('refuses to delete an entity that figures still refer to', async () => {
    const issues = await deleteFact('mission.minusma');
    expect(issues[0]).toMatchObject({ path: 'figures[0].subject', message: 'no entity has the id mission.minusma' });
    expect((await getMergedFacts()).byId.has('mission.minusma')).toBe(true);
  });

  it('deletes and renames facts', async () => {
    expect(await deleteFact('minusma.budget')).toEqual([]);
    expect((await getMergedFacts()).byId.has('minusma.budget')).toBe(false);
    expect(await saveFact({ ...killed, id: 'minusma.killed' }, killed.id)).toEqual([]);
    const merged = await getMergedFacts();
    expect([merged.byId.has('minusma.killed'), merged.byId.has(killed.id)]).toEqual([true, false]);
  });
});

describe('import and export', () => {
  it('exports JSON that imports back unchanged', async () => {
    await saveFact({ ...killed, value: 170 });
    const exported = await exportMergedFacts();
    await resetFacts();
    expect(await importFactFile(exported)).toMatchObject({ ok: true });
    expect(await exportMergedFacts()).toBe(exported);
  });

  it('changes nothing on a bad file and says where each problem is', async () => {
    await saveFact({ ...killed, value: 170 });
    const before = await exportMergedFacts();
    const bad = JSON.parse(before);
    bad.figures[3].value = 'many';
    delete bad.entities[0].sources;
    const result = await importFactFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual(
      expect.arrayContaining([
        { path: 'figures[3].value', message: 'expected a number' },
        { path: 'entities[0].sources', message: 'is required' },
      ]),
    );
    expect(await exportMergedFacts()).toBe(before);
  });

  it('names the line and column of broken JSON', async () => {
    const result = await importFactFile('{\n  "version": "1.0.0",\n  "entities": [,]\n}');
    expect(!result.ok && result.issues[0]?.path).toMatch(/^line 3, column \d+$/);
  });

  it('refuses files over the size limit without reading them', async () => {
    const result = await importFactFile('x', 10 * 1024 * 1024);
    expect(!result.ok && result.issues[0]?.message).toBe('is 10.0 MB; the limit is 5.0 MB');
  });

  it('refuses prototype-pollution keys and leaves Object.prototype alone', async () => {
    const hostile = `{"__proto__": {"polluted": true}, "version": "1.0.0", "entities": [], "figures": [], "dates": [], "constructor": {"prototype": {"polluted": true}}}`;
    const result = await importFactFile(hostile);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await getMergedFacts()).byId.size).toBeGreaterThan(50);
  });

  it('keeps markup in names as plain text', async () => {
    const pack = JSON.parse(await exportMergedFacts());
    pack.entities[0].name = '<img src=x onerror=alert(1)>';
    expect(await importFactFile(JSON.stringify(pack))).toMatchObject({ ok: true });
    expect((await getMergedFacts()).entities[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });
});
