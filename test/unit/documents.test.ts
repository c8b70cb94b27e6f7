import { describe, expect, it } from 'vitest';
import { annotate } from '../support/engine';

// Each name of a sentence as `text status entityId`, and the figures' texts.
function read(sentence: string, french = false) {
  const found = annotate(sentence, french);
  return {
    names: found.entities.map((e) => `${e.text} ${e.status} ${e.entityId}`.trim()),
    figures: found.figures.map((f) => f.text),
  };
}

describe('UN documents', () => {
  it('reads a stored symbol written with slashes as its entity, and its numbers as no figures', () => {
    expect(read('The internal review (S/2023/36) set out three options.')).toEqual({
      names: ['internal review match report.internal-review', 'S/2023/36 match report.internal-review'],
      figures: ['three'],
    });
    expect(read('In its letter S/2023/463, Mali asked for the withdrawal; the report S/2023/402 had proposed a renewal.').names).toEqual([
      'S/2023/463 match report.mali-exit-letter',
      'Mali match place.mali',
      'S/2023/402 match report.sg-june-2023',
    ]);
    expect(read('S/RES/2100 (2013) created MINUSMA.').names).toEqual([
      'S/RES/2100 (2013) match resolution.2100',
      'MINUSMA match mission.minusma',
    ]);
    // The year after a stored resolution is its symbol's, as after `S/RES/`.
    expect(read('Unanimously adopting resolution 2690 (2023), the Council ended the mandate.')).toEqual({
      names: ['resolution 2690 match resolution.2690'],
      figures: [],
    });
    expect(read('Resolutions 2100 and 2164 shaped the early mandate.')).toEqual({
      names: ['Resolutions 2100 match resolution.2100', '2164 match resolution.2164'],
      figures: [],
    });
    expect(read('Les résolutions 2100, 2164 et 2227 ont fixé le mandat.', true).names).toEqual([
      'résolutions 2100 match resolution.2100',
      '2164 match resolution.2164',
      '2227 match resolution.2227',
    ]);
    // The short forms of policy papers, and `Res` only as one.
    expect(read('UNSCR 2100 created the mission; Res. 2690 ended it, after RES 2295 had raised its ceilings.')).toEqual({
      names: ['UNSCR 2100 match resolution.2100', 'Res. 2690 match resolution.2690', 'RES 2295 match resolution.2295'],
      figures: [],
    });
    expect(read('Researchers counted 2,100 incidents.').figures).toEqual(['2,100']);
    // A resolution's number in lower case is no name, and no figure either: no troop count to dispute.
    expect(read('Troop ceiling: 13,289 mil / 1,920 police (res. 2640)').figures).toEqual(['13,289', '1,920']);
    // The General Assembly's symbols too, its committees' among them.
    expect(read('The budget (A/C.5/77/32, A/RES/77/300) was $1.26 billion.').figures).toEqual(['1.26 billion']);
  });

  it('reads a member state as the UN’s records name it', () => {
    expect(read('Adopted by 13 votes in favour, with 2 abstentions (China, Russian Federation).').names).toEqual([
      'China match place.china',
      'Russian Federation match place.russia',
    ]);
    expect(read('Deux abstentions : la Chine et la Fédération de Russie.', true).names).toEqual([
      'Chine match place.china',
      'Fédération de Russie match place.russia',
    ]);
  });

  it('reads a resolution or symbol no fact names as an unknown document, not as a count or a year', () => {
    expect(read('Resolution 2391 backed the G5 Sahel joint force.')).toEqual({
      names: ['Resolution 2391 unknown', 'G5 Sahel match body.g5-sahel'],
      figures: [],
    });
    // Another mission's resolution the facts hold is that resolution.
    expect(read('Resolution 2709 renewed MINUSCA.').names).toEqual([
      'Resolution 2709 match resolution.2709',
      'MINUSCA match mission.minusca',
    ]);
    expect(read('The Secretary-General’s report S/2022/446 described the security situation.')).toEqual({
      names: ['S/2022/446 unknown'],
      figures: [],
    });
    expect(read('La résolution n° 2391 a soutenu la force conjointe en décembre 2017.', true)).toEqual({
      names: ['résolution n° 2391 unknown'],
      figures: ['décembre 2017'],
    });
    // A translation writes `number` or `№` for `No.`: the year 2100 was read.
    expect(read('MINUSMA was set up by resolution number 2100.')).toEqual({
      names: ['MINUSMA match mission.minusma', 'resolution number 2100 match resolution.2100'],
      figures: [],
    });
    const [unknown] = annotate('The council adopted resolution 2391.').entities;
    expect(unknown?.explanation).toMatch(/resolution or document/);
  });
});

describe('places', () => {
  it('reads China as the Council member, and china as no place', () => {
    expect(read('La Chine et la Fédération de Russie se sont abstenues.', true).names).toEqual([
      'Chine match place.china',
      'Fédération de Russie match place.russia',
    ]);
    expect(read('Russia and China abstained; the embassy served tea in fine china.').names).toEqual([
      'Russia match place.russia',
      'China match place.china',
    ]);
  });

  it('reads Mali’s neighbours of the G5 Sahel by their names in either language', () => {
    expect(read('Burkina Faso, Niger and Mali formed the Alliance of Sahel States.').names).toEqual([
      'Burkina Faso match place.burkina-faso',
      'Niger match place.niger',
      'Mali match place.mali',
      'Alliance of Sahel States match org.aes',
    ]);
    expect(read('Au Burkina comme en Mauritanie, la junte a rompu avec la France.', true).names).toEqual([
      'Burkina match place.burkina-faso',
      'Mauritanie match place.mauritania',
      'France match place.france',
    ]);
  });
});

describe('armed groups', () => {
  it('reads the northern groups’ joint framework by its names and acronyms in either language', () => {
    expect(read('Les ex-rebelles du Cadre stratégique permanent (CSP) ont repris les armes.', true).names).toEqual([
      'Cadre stratégique permanent match org.csp',
      'CSP match org.csp',
    ]);
    expect(read('The Platform left the Permanent Strategic Framework (CSP-PSD).').names).toEqual([
      'The Platform match org.platform',
      'Permanent Strategic Framework match org.csp',
      'CSP-PSD match org.csp',
    ]);
  });

  it('reads al-Qaeda’s North African branch by its full name and acronym in either language', () => {
    expect(read('The attack was claimed by Al-Qaeda in the Islamic Maghreb (AQIM).').names).toEqual([
      'Al-Qaeda in the Islamic Maghreb match org.al-qaida',
      'AQIM match org.al-qaida',
    ]);
    expect(read('Al-Qaïda au Maghreb islamique (AQMI) a revendiqué l’attaque.', true).names).toEqual([
      'Al-Qaïda au Maghreb islamique match org.al-qaida',
      'AQMI match org.al-qaida',
    ]);
  });
});
