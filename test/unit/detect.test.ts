import { describe, expect, it } from 'vitest';
import { detectCoverage, hasTrigger } from '../../lib/engine/detect';
import { fixture } from '../support/engine';

const MINUSCA = `Two peacekeepers of MINUSCA, the UN mission in the Central African Republic, were killed near Bangui on Monday.
The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic said the convoy was ambushed.`;
const MONUSCO = `MONUSCO peacekeepers in North Kivu came under fire as the UN mission in the Democratic Republic of the Congo prepares to leave.`;
const COTTON = `Mali expects a record cotton harvest this season. Farmers in Sikasso planted more than 700,000 hectares and Bamako hopes for exports.`;
const SPORT = `Mali beat Senegal 2-1 in Abidjan. The Eagles of Mali will meet Morocco in the semi-final, their coach said.`;
const FRENCH = `Les casques bleus de la Minusma ont quitté Tombouctou. La Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali achève son retrait.`;
const PEACEKEEPING_ONLY = `UN peacekeepers in Mali came under attack near Gao, where blue helmets guard the airport.`;

describe('coverage detection', () => {
  it('recognises both seed documents', () => {
    expect(detectCoverage(fixture('seed-original.txt')).coverage).toBe(true);
    expect(detectCoverage(fixture('seed-retranslated.txt')).coverage).toBe(true);
  });

  it('recognises French coverage and says which signals made it', () => {
    const result = detectCoverage(FRENCH);
    expect(result.coverage).toBe(true);
    expect(result.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['acronym', 'fullName']));
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('recognises peacekeeping in Mali even without the acronym', () => {
    expect(detectCoverage(PEACEKEEPING_ONLY).coverage).toBe(true);
  });

  it.each([
    ['MINUSCA', MINUSCA],
    ['MONUSCO', MONUSCO],
    ['Mali cotton', COTTON],
    ['sports', SPORT],
  ])('does not take %s for MINUSMA coverage', (_, text) => {
    expect(detectCoverage(text).coverage).toBe(false);
  });

  it('leaves coverage in a language it does not read alone, and says so', () => {
    const german =
      'Die UN-Mission MINUSMA mit rund 13.000 Blauhelmen endete am 31. Dezember 2023. Die Bundeswehr hatte zuletzt rund 1.100 Soldaten in Mali. Seit 2013 sind mehr als 300 Blauhelme der MINUSMA ums Leben gekommen.';
    const spanish =
      'La misión de la ONU en Mali, conocida como MINUSMA, terminó el 31 de diciembre de 2023. Más de 300 cascos azules de la MINUSMA murieron desde 2013.';
    for (const text of [german, spanish]) {
      const found = detectCoverage(text);
      expect(found.coverage).toBe(false);
      expect(found.signals.map((s) => s.name)).toContain('otherLanguage');
    }
    // A page that says it is English or French is read, and so is one that says nothing of its language.
    expect(detectCoverage(german, 'en').coverage).toBe(true);
    expect(detectCoverage(fixture('seed-original.txt'), '').coverage).toBe(true);
    expect(detectCoverage(FRENCH, 'de').coverage).toBe(true);
  });

  it('needs more than one bare keyword', () => {
    expect(detectCoverage('See also: MINUSMA.').coverage).toBe(false);
  });

  it('skips pages without any trigger term after one scan', () => {
    expect(hasTrigger(COTTON)).toBe(false);
    expect(hasTrigger(SPORT)).toBe(false);
    expect(hasTrigger(MINUSCA)).toBe(true);
  });
});
