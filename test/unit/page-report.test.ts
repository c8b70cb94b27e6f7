import { describe, expect, it } from 'vitest';
import { describeReport } from '../../lib/describe-report';
import { cardData } from '../../lib/engine/card-data';
import { detectCoverage } from '../../lib/engine/detect';
import { findDrift } from '../../lib/engine/drift';
import { readText } from '../../lib/engine/read-text';
import { badgeCount, buildReport } from '../../lib/page/page-report';
import { english } from '../../lib/say';
import { engine, fixture } from '../support/engine';

// What the reader keeps of each result, as reader.ts keeps it.
const item = (
  r: { kind: 'entity' | 'figure'; status: string; start: number; end: number; text: string; explanation: string },
  factId?: string,
) => ({
  kind: r.kind,
  status: r.status,
  start: r.start,
  end: r.end,
  text: r.text,
  explanation: r.explanation,
  factId,
});

describe('the page report and the popup’s wording of it', () => {
  // The copy's variant names, and a figure that conflicts with the canonical one.
  const text = `${fixture('seed-retranslated.txt')}\nIn all, 156 peacekeepers have been killed by hostile action since July 2013.`;
  const found = readText(text, engine);
  const items = [...found.entities.map((e) => item(e, e.entityId)), ...found.figures.map((f) => item(f, f.factId))].sort(
    (a, b) => a.start - b.start,
  );
  const report = buildReport('news.example', detectCoverage(text), items);
  const summary = describeReport(report, engine.facts, english);

  it('counts every highlight by kind and by highlight name, and the badge counts conflicts and variants', () => {
    expect(report.entities + report.figures).toBe(items.length);
    expect(Object.values(report.byHighlight).reduce((a, b) => a + b, 0)).toBe(items.length);
    expect(report.byHighlight['minusma-figure-conflict']).toBeGreaterThan(0);
    expect(badgeCount(items, true, false)).toBe(
      (report.byHighlight['minusma-figure-conflict'] ?? 0) + (report.byHighlight['minusma-entity-variant'] ?? 0),
    );
    expect(badgeCount(items, true, true)).toBe(0);
  });

  it('words the same cards and the same drift report the engine’s own results give', () => {
    expect(summary.items.map(({ index, ...card }) => card)).toEqual(items.map((i) => cardData(i, engine.facts, english)));
    expect(summary.items.map((i) => i.index)).toEqual(items.map((_, i) => i));
    expect(summary.drift).toEqual(findDrift(found, engine.facts));
    expect(summary.drift.map((d) => d.kind)).toEqual(expect.arrayContaining(['conflict', 'variant', 'left-out']));
  });
});
