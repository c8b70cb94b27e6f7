import { count } from './count';
import type { Figure } from './schema';
import { S } from './sources';

const TROOPS_EN = ['contributor', 'contingent', 'troops', 'soldiers', 'peacekeepers', 'blue helmets', 'personnel'];
const TROOPS_FR = ['contributeur', 'contingent', 'soldats', 'militaires', 'casques bleus', 'personnel'];
// Niger names its contingent by its people only: `niger` would also find `Nigeria` and `Nigerian`.

// The UN's count of February 2023, as defenceWeb reported it: one date, one source, for every country.
function contingent(country: string, value: number, en: string[], fr: string[]): Figure {
  return count(`minusma.tcc.${country}-2023`, {
    subject: `place.${country}`,
    counts: `${en[0] ?? country} personnel in the mission, UN count of February 2023`,
    value,
    from: '2023-02',
    to: '2023-02',
    en: [...en, ...TROOPS_EN],
    fr: [...fr, ...TROOPS_FR],
    source: S.defenceweb,
  });
}

/** The largest troop contributors in February 2023 (Côte d'Ivoire's 859 is among its own figure's values). */
export const CONTINGENTS: Figure[] = [
  contingent('chad', 1427, ['Chadian', 'chad'], ['tchadiens', 'tchad']),
  contingent('bangladesh', 1396, ['Bangladeshi', 'bangladesh'], ['bangladais', 'bangladesh']),
  contingent('egypt', 1081, ['Egyptian', 'egypt'], ['égyptiens', 'égypte']),
  contingent('senegal', 970, ['Senegalese', 'senegal'], ['sénégalais', 'sénégal']),
  contingent('niger', 874, ['Nigerien'], ['nigériens']),
  contingent('togo', 736, ['Togolese', 'togo'], ['togolais', 'togo']),
];
