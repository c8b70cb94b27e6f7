import type { Entity } from './schema';
import { S } from './sources';

function place(slug: string, name: string, fr: string, description: string, extra: string[] = []): Entity {
  return {
    id: `place.${slug}`,
    type: 'place',
    name,
    names: { en: name, fr },
    aliases: [name, ...(fr === name ? [] : [fr]), ...extra],
    description,
    sources: [S.hq],
    confidence: 'high',
  };
}

/** Places in Mali coverage. */
export const PLACES: Entity[] = [
  place('mali', 'Mali', 'Mali', 'West African country where MINUSMA served.'),
  place('bamako', 'Bamako', 'Bamako', 'Capital of Mali and seat of MINUSMA’s headquarters.'),
  place('gao', 'Gao', 'Gao', 'Northern city with one of MINUSMA’s largest bases.'),
  // Its old English spelling, and the Spanish and Portuguese ones translations keep.
  place('timbuktu', 'Timbuktu', 'Tombouctou', 'Northern city with a MINUSMA regional base.', ['Timbuctoo', 'Timbuktoo', 'Tombuctú']),
  place('kidal', 'Kidal', 'Kidal', 'Northern town held by the CMA, with a MINUSMA base.'),
  // Two camps of the Kidal region, closed under fire in October 2023 before Kidal's.
  {
    ...place(
      'tessalit',
      'Tessalit',
      'Tessalit',
      'Town of the Kidal region whose MINUSMA camp, closed on 21 October 2023, was the first there.',
    ),
    sources: [S.tessalitLeft],
  },
  {
    ...place('aguelhok', 'Aguelhok', 'Aguelhok', 'Town of the Kidal region whose MINUSMA camp closed days after Tessalit’s.', [
      'Aguelhoc',
      'Aguel’hoc',
      'Aguel’hok',
    ]),
    sources: [S.tessalitLeft],
  },
  place('mopti', 'Mopti', 'Mopti', 'Central Mali city with a MINUSMA base.'),
  place('menaka', 'Ménaka', 'Ménaka', 'Eastern town with a MINUSMA base, near Islamic State’s area.'),
  place('azawad', 'Azawad', 'Azawad', 'Name used by northern movements for Mali’s north.'),
  place('algiers', 'Algiers', 'Alger', 'Capital of Algeria, where the 2015 agreement was negotiated.'),
  place('france', 'France', 'France', 'Former colonial power; its troops fought in Mali from 2013 to 2022.'),
  place('russia', 'Russia', 'Russie', 'Country whose mercenaries and trainers worked with Mali’s army from 2021.', [
    'Russian Federation',
    'Fédération de Russie',
  ]),
  place('niger', 'Niger', 'Niger', 'Neighbour of Mali where French troops went after leaving Mali.'),
  place('algeria', 'Algeria', 'Algérie', 'Neighbour of Mali that led the mediation of the 2015 agreement.'),
  // Named on the sheet only as members of the G5 Sahel, its source theirs.
  {
    ...place('burkina-faso', 'Burkina Faso', 'Burkina Faso', 'Neighbour of Mali; a founding member of the G5 Sahel.', ['Burkina']),
    sources: [S.g5],
  },
  { ...place('mauritania', 'Mauritania', 'Mauritanie', 'Neighbour of Mali; a founding member of the G5 Sahel.'), sources: [S.g5] },
  place('benin', 'Benin', 'Bénin', 'Troop contributor that ended its contribution in 2022.'),
  place('egypt', 'Egypt', 'Égypte', 'Large troop contributor that suspended its contingent in August 2022.'),
  place(
    'cote-divoire',
    'Côte d’Ivoire',
    'Côte d’Ivoire',
    'Troop contributor that phased out its contingent after 46 of its soldiers were detained.',
    ['Ivory Coast'],
  ),
  place('united-kingdom', 'United Kingdom', 'Royaume-Uni', 'Contributor that left early, citing Mali’s partnership with Wagner.', [
    'UK',
    'Britain',
  ]),
  place('germany', 'Germany', 'Allemagne', 'Contributor that decided in November 2022 to leave by May 2024.'),
  place('sweden', 'Sweden', 'Suède', 'Contributor reported in 2022 to be leaving.'),
  place('chad', 'Chad', 'Tchad', 'Largest troop contributor in February 2023.'),
  place('bangladesh', 'Bangladesh', 'Bangladesh', 'Second-largest troop contributor in February 2023.'),
  place('senegal', 'Senegal', 'Sénégal', 'Among the largest troop contributors in February 2023.'),
  place('togo', 'Togo', 'Togo', 'Among the largest troop contributors in February 2023.'),
  place('united-states', 'United States', 'États-Unis', 'Permanent member of the Security Council.', ['U.S.', 'US']),
  // On the sheet as one of the two abstentions on resolution 2640.
  {
    ...place('china', 'China', 'Chine', 'Permanent member of the Security Council; abstained on resolution 2640 in 2022.', [
      'People’s Republic of China',
      'République populaire de Chine',
    ]),
    sources: [S.res2640],
  },
];
