import { dated } from './dated';
import type { DateFact } from './schema';
import { S } from './sources';

// An announcement is dated by the words of announcing alone: `Britain will withdraw its last soldiers by May
// 2024` dates the leaving, not the day it was said.
const ANNOUNCED_EN = ['announce', 'announcing', 'announcement', 'decided', 'decision', 'told the un', 'tells the un', 'informed the un'];
const ANNOUNCED_FR = ['annoncé', 'annonce', 'annonçant', 'décidé', 'décision', 'informé l’onu'];

/** The contributors' decisions to leave and their last contingents, as the reference sheet gives them. */
export const CONTRIBUTORS_LEAVING: DateFact[] = [
  dated('benin.exit-announced', {
    subject: 'place.benin',
    event: 'The UN announces that Benin ends its contribution',
    date: '2022-05-19',
    en: [...ANNOUNCED_EN, 'terminate', 'terminates', 'ended its contribution', 'ends its contribution', 'end its contribution'],
    fr: [...ANNOUNCED_FR, 'mis fin à sa contribution', 'met fin à sa contribution', 'mettre fin à sa contribution'],
    source: S.benin,
  }),
  dated('cote-divoire.exit-announced', {
    subject: 'place.cote-divoire',
    event: 'Côte d’Ivoire tells the UN it will phase out its contingent',
    date: '2022-11-11',
    // What it announced: a withdrawal step by step.
    en: [...ANNOUNCED_EN, 'phase out', 'phased out', 'gradually withdraw', 'progressively withdraw'],
    fr: [...ANNOUNCED_FR, 'retrait progressif', 'retirer progressivement', 'progressivement'],
    source: S.scr2023,
  }),
  dated('cote-divoire.last-rotation', {
    subject: 'place.cote-divoire',
    event: 'Côte d’Ivoire’s contingent is not rotated after August 2023',
    date: '2023-08',
    en: ['withdraw', 'leave', 'pull out', 'rotate', 'rotated', 'rotation', 'relieve', 'last soldiers'],
    fr: ['retrait', 'retirer', 'quitter', 'relève', 'rotation', 'derniers soldats'],
    source: S.scr2023,
  }),
  dated('uk.exit-announced', {
    subject: 'place.united-kingdom',
    event: 'The United Kingdom announces its contingent will leave early',
    date: '2022-11-14',
    en: ANNOUNCED_EN,
    fr: ANNOUNCED_FR,
    source: S.scr2023,
  }),
  dated('germany.exit-decided', {
    subject: 'place.germany',
    event: 'Germany decides to leave the mission by May 2024',
    date: '2022-11-22',
    en: ['decided', 'decision', 'announced', 'agreed'],
    fr: ['décidé', 'décision', 'annoncé'],
    source: S.germany,
  }),
  dated('ivorian-soldiers.detained', {
    subject: 'place.cote-divoire',
    event: 'Mali detains 46 Ivorian soldiers',
    date: '2022-07',
    en: ['detained', 'arrested', 'detention', 'arrest', 'held'],
    fr: ['détenus', 'détient', 'arrêtés', 'détention', 'arrestation', 'interpellés'],
    source: S.ivory,
  }),
  dated('egypt.pullout-2023', {
    subject: 'place.egypt',
    event: 'More than 460 Egyptian peacekeepers leave as the mission draws down',
    date: '2023-08',
    en: ['left', 'pulled out', 'pulls out', 'withdrew', 'departed', 'repatriated', 'completed its withdrawal'],
    fr: ['quitté', 'retiré', 'rapatriés', 'partis', 'achevé son retrait'],
    source: S.egyptPullout,
    singleSource: true,
  }),
];
