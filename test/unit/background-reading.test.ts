import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotateText } from '../../lib/engine/engine';
import { packFindings, unpackFindings } from '../../lib/engine/packed-findings';
import { type Findings, readText } from '../../lib/engine/read-text';
import { saveFact } from '../../lib/facts/fact-store';
import { SHIPPED_PACK } from '../../lib/facts/pack';
import type { Figure } from '../../lib/facts/schema';
import { keepFacts, readRequested } from '../../lib/read-service';
import { engine, fixture } from '../support/engine';

const seed = fixture('seed-original.txt');
// Long enough for several of the pieces the engine reads a long page in.
const long = Array.from({ length: 40 }, () => seed).join('\n');

const rows = ({ entities, figures }: Findings) => [
  ...entities.map((e) => `${e.start}-${e.end} ${e.text} ${e.status} ${e.entityId} ${e.explanation}`),
  ...figures.map((f) => `${f.start}-${f.end} ${f.text} ${f.status} ${f.factId ?? ''} ${f.explanation}`),
];

describe('reading a page in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no messages: an empty answer makes `t` fall back to the English wording.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  });

  it('finds in pieces exactly what one reading of the whole text finds, at offsets of the whole text', () => {
    const whole = rows(annotateText(long, engine));
    expect(long.length).toBeGreaterThan(150_000);
    expect(whole.length).toBeGreaterThan(1_000);
    expect(rows(readText(long, engine))).toEqual(whole);
  });

  it('sends each result as numbers and each explanation once, and unpacks them with the page’s own text', () => {
    const found = readText(long, engine);
    const packed = packFindings(found);
    expect(packed.strings.length).toBeLessThan(200);
    expect(packed.entities.length + packed.figures.length).toBe(5 * (found.entities.length + found.figures.length));
    expect(rows(unpackFindings(packed, long))).toEqual(rows(found));
  });

  it('places a piece’s results at the offset the piece starts at in the page text', () => {
    const piece = 'By 2022 MINUSMA had 13,289 peacekeepers.';
    const page = `${'Other news. '.repeat(10)}${piece}`;
    const found = unpackFindings(packFindings(readText(piece, engine)), piece, page.length - piece.length);
    const placed = [...found.entities, ...found.figures].map((r) => `${r.text}=${page.slice(r.start, r.end)}`);
    expect(placed).toEqual(['MINUSMA=MINUSMA', '2022=2022', '13,289=13,289']);
  });

  it('reads what our content script asks', async () => {
    const text = 'MINUSMA had 13,289 peacekeepers in Mali, said Assimi Goïta.';
    const found = unpackFindings(await readRequested({ text, french: false }), text);
    expect(found.entities.map((e) => e.text)).toEqual(['MINUSMA', 'Mali', 'Assimi Goïta']);
    expect(found.figures.map((f) => `${f.text} ${f.status}`)).toEqual(['13,289 match']);
  });

  it('finds nothing in a malformed request, and ignores keys it does not know', async () => {
    const text = 'MINUSMA had 13,289 peacekeepers.';
    const refused = [
      undefined,
      'MINUSMA',
      { text: 42, french: false },
      { text, french: 'yes' },
      { text, french: false, articleDate: '<script>' },
      { text, french: false, names: [{ start: -1, end: 3, type: 'person' }] },
      { text, french: false, names: [{ start: 0, end: 3, type: 'constructor' }] },
      { text: 'x'.repeat(20_000_001), french: false },
    ];
    for (const request of refused) expect(await readRequested(request)).toEqual({ entities: [], figures: [], strings: [] });
    const polluted = JSON.parse(`{"text": ${JSON.stringify(text)}, "french": false, "__proto__": {"polluted": true}}`);
    expect((await readRequested(polluted)).entities.length).toBeGreaterThan(0);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('keeps the facts in memory and reads the reader’s edit on the next request', async () => {
    const stop = keepFacts();
    const text = 'MINUSMA said 165 peacekeepers were killed by hostile action since July 2013.';
    const figure = async () => unpackFindings(await readRequested({ text, french: false }), text).figures[0];
    expect(await figure()).toMatchObject({ status: 'match', explanation: expect.stringContaining('165 peacekeepers') });
    const killed = SHIPPED_PACK.figures.find((f) => f.value === 165) as Figure;
    expect(await saveFact({ ...killed, value: 156 })).toEqual([]);
    expect(await figure()).toMatchObject({ status: 'conflict', explanation: expect.stringContaining('156 peacekeepers') });
    stop();
  });

  it('words the facts in French for a reader whose browser speaks French', async () => {
    // The French messages say so; their other words are left to the English fallback here.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) => (key === 'languageCode' ? 'fr' : ''));
    const text = 'MINUSMA said 165 peacekeepers were killed by hostile action since July 2013.';
    const found = unpackFindings(await readRequested({ text, french: false }), text);
    expect(found.figures[0]?.explanation).toContain('165 casques bleus tués par des actes hostiles depuis juillet 2013');
    expect(found.entities[0]?.explanation).toMatch(/^Mission de maintien de la paix de l’ONU créée par la résolution 2100/);
  });

  it('words each page’s explanations for that page’s date, however many pages it read before', async () => {
    const stop = keepFacts();
    const text = 'MINUSMA said 165 peacekeepers were killed by hostile action since July 2013.';
    const explain = async (articleDate?: string) =>
      unpackFindings(await readRequested({ text, french: false, articleDate }), text).figures[0]?.explanation;
    for (let page = 0; page < 2; page++) {
      expect(await explain('2026-01-10')).toContain('before this article (10 January 2026)');
      expect(await explain('2023-06-30')).toContain('before this article (30 June 2023)');
      expect(await explain()).not.toContain('before this article');
    }
    stop();
  });
});
