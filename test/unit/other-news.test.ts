import { describe, expect, it } from 'vitest';
import { annotate } from '../support/engine';

// Sentences a MINUSMA article may quote or sit beside: names and figures that are not the mission's.
const variants = (text: string) =>
  annotate(text)
    .entities.filter((e) => e.status === 'variant')
    .map((e) => `${e.text} → ${e.entityId}`);
const conflicts = (text: string) =>
  annotate(text)
    .figures.filter((f) => f.status === 'conflict')
    .map((f) => `${f.text} → ${f.factId}`);

describe('other news beside a MINUSMA report', () => {
  it('reads a word that is part of another name, or of a headline, as no misspelling', () => {
    expect(variants('“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat.')).toEqual([]);
    expect(variants('The difference, Mr. Warner said, was that the economy was near the bottom.')).toEqual([]);
    expect(variants('21 Days: A New Routine For Knee Pain')).toEqual([]);
  });

  it('reads a word alone as no misspelling of a name when it is a word itself', () => {
    expect(variants('Routine patrols resumed.')).toEqual([]);
    expect(variants('Micron shares rose, and the shop sold a Macaron.')).toEqual([]);
    expect(variants('Platforms such as TikTok grew.')).toEqual([]);
    expect(variants('Guteres spoke, and Broadhurts answered.')).toEqual(['Guteres → person.guterres', 'Broadhurts → person.broadhurst']);
  });

  it('reads Platform in another name as no armed group, and finds the Platform', () => {
    expect(annotate('The Video Platform launched today.').entities).toEqual([]);
    expect(annotate('The CMA and the Platform signed in 2015.').entities.map((e) => e.entityId)).toEqual(['org.cma', 'org.platform']);
  });

  it('finds Platform without “the” between lower-case words, and not where it starts a sentence', () => {
    const names = (text: string) => annotate(text).entities.map((e) => `${e.text} → ${e.entityId}`);
    expect(names('Clashes between CMA and Platform fighters near Anéfis.')).toEqual(['CMA → org.cma', 'Platform → org.platform']);
    expect(names('Platform workers went on strike, and a platform was built.')).toEqual([]);
    expect(names('Users of the Platform X app, and the social Platform Threads.')).toEqual([]);
  });

  it('reads the Assemblée nationale of French news as France’s, and Mali’s only when named so', () => {
    const ids = (text: string) => annotate(text, true).entities.map((e) => e.entityId);
    expect(ids('Le ministre a été auditionné par l’Assemblée nationale.')).toEqual([]);
    expect(ids('Les députés de l’Assemblée nationale malienne.')).toEqual(['body.national-assembly']);
  });

  it('still finds a misspelled name standing alone or after a title', () => {
    expect(variants('When it comes to MINUSMA, Nevenzia said Mali’s needs come first.')).toEqual(['Nevenzia → person.nebenzia']);
    expect(variants('Ambassador Nevenzia said Mali’s needs come first.')).toEqual(['Nevenzia → person.nebenzia']);
    expect(variants('Secretary-General Guteres proposed three options.')).toEqual(['Guteres → person.guterres']);
  });

  it('reads a river, a broadcaster, a news agency or a city named after a country, and a sword, as no stored name and no figure', () => {
    const found = (text: string, french = false) => {
      const { entities, figures } = annotate(text, french);
      return [...entities, ...figures].map((r) => r.text);
    };
    expect(found('Boats on the Niger River link Timbuktu and Gao.')).toEqual(['Timbuktu', 'Gao']);
    // Its old English spelling and the one a Spanish copy keeps are its names too.
    expect(annotate('The peacekeepers left Timbuctoo, or Tombuctú.').entities.map((e) => `${e.text} ${e.status} ${e.entityId}`)).toEqual([
      'Timbuctoo match place.timbuktu',
      'Tombuctú match place.timbuktu',
    ]);
    expect(found('He told France 24 and Radio France Internationale, Agence France-Presse reported.')).toEqual([]);
    expect(found('Le fleuve Niger traverse Tombouctou, a indiqué France 24.', true)).toEqual(['Tombouctou']);
    expect(found('The CMA CGM line shipped the containers, and the CMA left Kidal.')).toEqual(['CMA', 'Kidal']);
    expect(found('The AES-256 cipher is no alliance; the AES is.')).toEqual(['AES']);
    expect(found('Niger and France withdrew.')).toEqual(['Niger', 'France']);
    expect(found('Security Council Report wrote that a Security Council report was due.')).toEqual(['Security Council']);
    // A city named after a country, and the Tuareg sword Takuba was named after.
    expect(found('Benin City is the capital of Edo State.')).toEqual([]);
    expect(found('A takuba is a sword used by the Tuareg; Takuba left Mali.')).toEqual(['Takuba', 'Mali']);
  });

  it('reads a stored surname after another person’s given name as that person’s, and after a title as the stored one', () => {
    const people = (text: string) => annotate(text).entities.map((e) => `${e.text} → ${e.entityId}`);
    expect(people('Senegalese peacekeeper Mbaye Diop was killed; Kate Mills reported.')).toEqual([]);
    expect(people('Foreign Minister Diop spoke. Yesterday Diop said no.')).toEqual(['Diop → person.diop', 'Diop → person.diop']);
    expect(people('Saleh Annadif said so.')).toEqual(['Annadif → person.annadif']);
    // The UN's short titles are titles, and two of the person's names run together are one of theirs.
    expect(people('UNSG Guterres and SRSG Wane spoke; Elghassim Wane too.')).toEqual([
      'Guterres → person.guterres',
      'Wane → person.wane',
      'Wane → person.wane',
    ]);
    // Another person's initial is another person's.
    expect(people('Sergei K. Nebenzia is someone else.')).toEqual([]);
    // And so is another person's patronymic.
    expect(people('Ivan Petrovich Prigozhin is someone else.')).toEqual([]);
  });

  it('judges no figure of another story against the mission’s facts', () => {
    expect(conflicts('The football club signed two young midfielders before the season.')).toEqual([]);
    expect(conflicts('The cost of interest is on track to hit $390 billion next year, the budget office said.')).toEqual([]);
    expect(conflicts('Alan Thicke, the actor, died Tuesday at age 69.')).toEqual([]);
    expect(conflicts('Tarot has its roots in France a few hundred years earlier.')).toEqual([]);
    expect(conflicts('Some 12,000 troops must leave by 31 December.')).toEqual([]);
    const club = annotate('A country club may charge as much as $2,000 for room rental, food and more.');
    expect(club.figures.map((f) => f.status)).toEqual(['unknown']);
    expect(conflicts('Benin withdrew 300 troops from the mission.')).toEqual(['300 → minusma.tcc.benin']);
    expect(conflicts('Germany pulled its 1,200 soldiers out of Mali, within a ceiling of 1,400.')).toEqual([]);
    expect(conflicts('Germany pulled its 1,500 soldiers out of Mali.')).toEqual(['1,500 → minusma.tcc.germany']);
    // Civilians killed are not the peacekeepers who died, whatever the sentence's cues.
    expect(conflicts('Dozens of civilians died in Moura, where some 500 people were killed in March 2022.')).toEqual([]);
    expect(conflicts('Jihadists killed 64 people in two attacks.')).toEqual([]);
    // Mali's own soldiers are counted by no fact, even beside Wagner's fighters.
    expect(conflicts('Some 2,000 Malian soldiers and Wagner fighters attacked Moura.')).toEqual([]);
    expect(annotate('Quelque 2 000 soldats maliens ont attaqué Moura.', true).figures.map((f) => f.status)).toEqual(['unknown']);
    // Nor are the Malians among the mission's staff.
    const staff = annotate(
      'Its civilian staff numbered about 1,800, with 700 of them Malian nationals. Local staff, about 900 Malians, lost their jobs.',
    );
    expect(staff.figures.map((f) => `${f.text} → ${f.status}`)).toEqual(['1,800 → match', '700 → unknown', '900 → unknown']);
    const french = annotate('Des jihadistes ont tué 64 civils dans deux attaques meurtrières.', true);
    expect(french.figures.filter((f) => f.status === 'conflict')).toEqual([]);
    expect(conflicts('The mission had 9,000 peacekeepers.')).toEqual(['9,000 → minusma.strength.deployed-2023']);
  });

  it('links a year to a dated event of Mali only when its sentence speaks of that event', () => {
    const linked = (text: string) => annotate(text).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());
    expect(linked('Schwartz has covered economics since 2012.')).toEqual(['2012 → unknown']);
    expect(linked('Mali has struggled to contain an Islamic extremist insurgency since 2012.')).toEqual(['2012 → match mali.insurgency']);
  });
});
