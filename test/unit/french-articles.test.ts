import { describe, expect, it } from 'vitest';
import { describeReport } from '../../lib/describe-report';
import { detectCoverage } from '../../lib/engine/detect';
import { readText } from '../../lib/engine/read-text';
import { buildReport } from '../../lib/page/page-report';
import { english } from '../../lib/say';
import { annotate, engine } from '../support/engine';

const FRENCH =
  'Au Mali, la Minusma a quitté Gao. Le Conseil de sécurité avait adopté la résolution 2690 à la demande du ministre ' +
  'Abdoulaye Diop, après la mutinerie d’Evgueni Prigogine et des combattants de la Coordination des mouvements de l’Azawad.';

describe('a French article', () => {
  it('is known as French by its language attribute, else by its words', () => {
    expect(detectCoverage(FRENCH).french).toBe(true);
    expect(detectCoverage(FRENCH, 'en').french).toBe(false);
    expect(detectCoverage('The mission left Gao, and MINUSMA closed.', 'fr-FR').french).toBe(true);
    // A brief without `le`, `la` or `les` is still French by its other small words, and English stays English.
    expect(detectCoverage('Plus de 300 Casques bleus de la Minusma ont péri au Mali depuis 2013.').french).toBe(true);
    expect(detectCoverage('Au plus fort de l’opération, 5 100 militaires étaient déployés au Mali.').french).toBe(true);
    expect(detectCoverage('More than 300 MINUSMA peacekeepers have died in Mali since 2013, en route to Gao.').french).toBe(false);
  });

  it('knows the peace agreement by its short French name', () => {
    const names = annotate('L’accord pour la paix et la réconciliation, signé à Alger en 2015, est menacé.', true).entities;
    expect(names.map((e) => `${e.text} → ${e.status} ${e.entityId}`)).toEqual([
      'accord pour la paix et la réconciliation → match agreement.algiers-2015',
      'Alger → match place.algiers',
    ]);
  });

  it('knows the Security Council by its French acronym', () => {
    const names = annotate('Le CSNU a mis fin à la Minusma le 30 juin 2023.', true).entities;
    expect(names.map((e) => `${e.text} → ${e.status} ${e.entityId}`)).toEqual([
      'CSNU → match body.security-council',
      'Minusma → match mission.minusma',
    ]);
  });

  it('knows the Islamic State’s group in the Sahara by its whole French name', () => {
    const names = annotate('L’État islamique au Grand Sahara (EIGS) est actif dans la région de Ménaka.', true).entities;
    expect(names.map((e) => `${e.text} → ${e.status} ${e.entityId}`)).toEqual([
      'État islamique au Grand Sahara → match org.islamic-state',
      'EIGS → match org.islamic-state',
      'Ménaka → match place.menaka',
    ]);
  });

  it('has a misspelled name measured against its French spelling, an English one against the English', () => {
    const inFrench = annotate(FRENCH, true).entities.find((e) => e.text === 'Evgueni Prigogine');
    expect(inFrench?.status).toBe('variant');
    expect(inFrench?.explanation).toContain('the canonical spelling is Evgueni Prigojine');
    const inEnglish = annotate('Wagner’s founder Yevgeny Prigozhn led the mutiny.').entities.find((e) => e.status === 'variant');
    expect(inEnglish?.explanation).toContain('the canonical spelling is Yevgeny Prigozhin');
  });

  it('has its report worded with the French canonical names, and an English one with the English', () => {
    const found = readText(FRENCH, engine, { french: true });
    const items = found.entities.map(({ kind, status, start, end, text, explanation, entityId }) => ({
      kind,
      status,
      start,
      end,
      text,
      explanation,
      factId: entityId,
    }));
    const titleOf = (french: boolean, said: string) => {
      const report = buildReport('news.example', { ...detectCoverage(FRENCH), french }, items);
      return describeReport(report, engine.facts, english).items.find((i) => i.said === said)?.title;
    };
    expect(titleOf(true, 'résolution 2690')).toMatch(/^résolution 2690 du Conseil de sécurité/);
    expect(titleOf(false, 'résolution 2690')).toMatch(/^Resolution 2690 \(2023\)/);
    expect(titleOf(true, 'Coordination des mouvements de l’Azawad')).toMatch(/^Coordination des mouvements de l’Azawad/);
  });

  it('ends a paragraph’s last sentence at its line break, even after a short word like ONU', () => {
    const text =
      'Plus de 300 de ses membres sont morts, dont quelque 180 dans des actes hostiles, selon l’ONU.\n' +
      'La junte, arrivée au pouvoir par deux coups d’État, a exigé le départ de la mission.';
    const deux = annotate(text, true).figures.find((f) => f.text === 'deux');
    expect(deux?.status).toBe('unknown');
  });
});
