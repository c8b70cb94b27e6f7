import { dated } from './pack-dates';
import type { DateFact } from './schema';
import { S } from './sources';

// An announcement is dated by the words of announcing alone: `Britain will withdraw its last soldiers by May
// 2024` dates the leaving, not the day it was said.
const ANNOUNCED_EN = ['announced', 'announcement', 'decided', 'decision', 'told the un', 'informed the un'];
const ANNOUNCED_FR = ['annoncé', 'annonce', 'décidé', 'décision', 'informé l’onu'];

/**
 * Dated turns of the armed groups and of the contributors' decisions to leave, as the reference sheet gives
 * them: the announcements each came before a contingent's figure the pack already holds.
 */
export const TURNS: DateFact[] = [
  dated('cma.founded', {
    subject: 'org.cma',
    event: 'The Coordination of Azawad Movements is founded',
    date: '2014-10-28',
    en: ['founded', 'formed', 'created', 'set up'],
    fr: ['fondée', 'créée', 'formée', 'création'],
    source: S.cmaFounded,
    confidence: 'medium',
  }),
  dated('g5.created', {
    subject: 'body.g5-sahel',
    event: 'Burkina Faso, Chad, Mali, Mauritania and Niger create the G5 Sahel in Nouakchott',
    date: '2014-02-16',
    en: ['created', 'founded', 'formed', 'set up', 'established'],
    fr: ['créé', 'fondé', 'création', 'formé', 'mis en place'],
    source: S.g5,
  }),
  dated('platform.formed', {
    subject: 'org.platform',
    event: 'Pro-government armed groups form the Platform in Algiers',
    date: '2014-06-14',
    en: ['formed', 'founded', 'created', 'set up'],
    fr: ['formée', 'fondée', 'créée', 'création'],
    source: S.platform,
    confidence: 'medium',
  }),
  dated('platform.left-csp', {
    subject: 'org.platform',
    event: 'The Platform leaves the armed groups’ joint framework and disowns the renewed fighting',
    date: '2023-09-26',
    en: ['distanced', 'dissociated', 'disowned', 'left the', 'quit'],
    fr: ['dissocie', 'dissociée', 'désolidarise', 'quitté'],
    source: S.platform,
  }),
  dated('isgs.recognised', {
    subject: 'org.islamic-state',
    event: 'Islamic State recognises its group in the Greater Sahara',
    date: '2016-10-30',
    en: ['recognised', 'recognized', 'accepted', 'acknowledged'],
    fr: ['reconnu', 'reconnaît', 'accepté'],
    source: S.isgs,
    singleSource: true,
  }),
  dated('cote-divoire.exit-announced', {
    subject: 'place.cote-divoire',
    event: 'Côte d’Ivoire tells the UN it will phase out its contingent',
    date: '2022-11-11',
    en: ANNOUNCED_EN,
    fr: ANNOUNCED_FR,
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
    fr: ['détenus', 'arrêtés', 'détention', 'arrestation', 'interpellés'],
    source: S.ivory,
  }),
  dated('egypt.pullout-2023', {
    subject: 'place.egypt',
    event: 'More than 460 Egyptian peacekeepers leave as the mission draws down',
    date: '2023-08',
    en: ['left', 'pulled out', 'pulls out', 'withdrew', 'departed', 'repatriated'],
    fr: ['quitté', 'retiré', 'rapatriés', 'partis'],
    source: S.egyptPullout,
    singleSource: true,
  }),
  dated('sg.proposal-2021', {
    subject: 'mission.minusma',
    event: 'The Secretary-General proposes 2,069 more uniformed personnel',
    date: '2021-07',
    en: ['proposed adding', 'proposed to add', 'proposed an increase', 'proposed increasing', 'extra troops requested'],
    fr: ['proposé d’ajouter', 'proposé une augmentation', 'proposé une hausse'],
    source: S.proposal2021,
  }),
  dated('guterres.took-office', {
    subject: 'person.guterres',
    event: 'António Guterres takes office as UN Secretary-General',
    date: '2017-01-01',
    en: ['took office', 'secretary-general since', 'became secretary-general', 'became un secretary-general', 'assumed office'],
    fr: ['pris ses fonctions', 'entré en fonctions', 'secrétaire général depuis', 'devenu secrétaire général'],
    source: S.guterres,
  }),
  // About Mali, which coverage names everywhere: dated only by both words, as Russia vetoes and sanctions
  // other things too.
  dated('russia.sanctions-veto', {
    subject: 'place.mali',
    event: 'Russia vetoes the renewal of the UN sanctions on Mali',
    date: '2023-08',
    en: ['vetoed', 'veto', 'sanctions'],
    fr: ['veto', 'sanctions'],
    source: S.sanctionsVeto,
  }),
  dated('wagner.condemned', {
    subject: 'org.wagner',
    event: 'Western states condemn Wagner’s deployment in a joint statement',
    date: '2021-12-23',
    en: ['condemned', 'condemning', 'joint statement'],
    fr: ['condamné', 'dénoncé', 'déclaration conjointe'],
    source: S.wagnerStatement,
  }),
  dated('wagner.denied', {
    subject: 'org.wagner',
    event: 'Mali denies Wagner’s deployment, speaking only of Russian trainers',
    date: '2021-12-24',
    en: ['denied', 'denies', 'trainers'],
    fr: ['démenti', 'dément', 'nié', 'formateurs'],
    source: S.wagner,
  }),
  dated('isgs.sahel-province', {
    subject: 'org.islamic-state',
    event: 'Islamic State makes its Sahara group a province of its own, the Sahel Province',
    date: '2022-03',
    en: ['sahel province'],
    fr: ['province du sahel'],
    source: S.isgs,
    singleSource: true,
  }),
  dated('diop.born', {
    subject: 'person.diop',
    event: 'Abdoulaye Diop is born in Brazzaville',
    date: '1965',
    en: ['born'],
    fr: ['né'],
    source: S.diopBio,
    confidence: 'medium',
  }),
  dated('guterres.born', {
    subject: 'person.guterres',
    event: 'António Guterres is born',
    date: '1949-04-30',
    en: ['born'],
    fr: ['né'],
    source: S.guterres,
  }),
];
