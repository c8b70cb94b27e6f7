import { dated } from './dated';
import { CONTRIBUTORS_LEAVING } from './pack-contributors-leaving';
import { PRESIDENT_SINCE_EN, PRESIDENT_SINCE_FR } from './pack-transition';
import type { DateFact } from './schema';
import { S } from './sources';

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
    fr: ['fondée', 'créée', 'formée', 'création', 'fondation'],
    source: S.cmaFounded,
    confidence: 'medium',
  }),
  // Sources date it to late August or to September 2023: the year is the fact.
  dated('cma.hostilities-resumed', {
    subject: 'org.cma',
    event: 'The CMA resumes fighting the Malian army (late August–September 2023)',
    date: '2023',
    en: [
      'resumed fighting',
      'resumed hostilities',
      'resuming hostilities',
      'resumption of hostilities',
      'renewed fighting',
      'took up arms again',
      'taken up arms again',
      'at war',
      // The other way round: `hostilities resumed in August`.
      'hostilities resumed',
      'fighting resumed',
    ],
    fr: [
      'reprise des hostilités',
      'repris les hostilités',
      'reprendre les hostilités',
      'reprise des combats',
      'repris les combats',
      'repris les armes',
      'en guerre',
      // The other way round, as the English: `les combats ont repris en août`.
      'combats ont repris',
      'hostilités ont repris',
    ],
    source: S.platform,
    confidence: 'medium',
  }),
  dated('g5.created', {
    subject: 'body.g5-sahel',
    event: 'Burkina Faso, Chad, Mali, Mauritania and Niger create the G5 Sahel in Nouakchott',
    date: '2014-02-16',
    en: ['created', 'create', 'founded', 'formed', 'set up', 'established'],
    fr: ['créé', 'fondé', 'création', 'formé', 'mis en place'],
    source: S.g5,
  }),
  dated('platform.formed', {
    subject: 'org.platform',
    event: 'Pro-government armed groups form the Platform in Algiers',
    date: '2014-06-14',
    en: ['formed', 'form the platform', 'founded', 'created', 'set up'],
    fr: ['formée', 'forment', 'fondée', 'créée', 'création'],
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
  dated('g5.mali-exit-effective', {
    subject: 'body.g5-sahel',
    event: 'Mali’s exit from the G5 Sahel takes effect',
    date: '2022-06-30',
    en: ['effective', 'takes effect', 'took effect'],
    fr: ['effectif', 'effective', 'prend effet', 'a pris effet'],
    source: S.g5Effective,
  }),
  // Wagner's, as the press says, though Prigozhin led it: his name names Wagner (see the engine).
  dated('wagner.mutiny', {
    subject: 'org.wagner',
    event: 'Prigozhin leads Wagner’s short-lived mutiny against Russia’s military leadership',
    date: '2023-06',
    en: ['mutiny', 'uprising', 'revolt', 'march on moscow', 'rebellion'],
    fr: ['mutinerie', 'rébellion', 'insurrection', 'révolte', 'marche sur moscou'],
    source: S.mutiny,
  }),
  ...CONTRIBUTORS_LEAVING,
  dated('sg.proposal-2021', {
    subject: 'mission.minusma',
    event: 'The Secretary-General proposes 2,069 more uniformed personnel',
    date: '2021-07',
    // `proposed in July 2021 to add`: the date may stand between the words, so `proposed` alone is one.
    en: [
      'proposed adding',
      'proposed to add',
      'proposed an increase',
      'proposed increasing',
      'proposes',
      'proposed',
      'extra troops requested',
    ],
    fr: ['proposé d’ajouter', 'proposé une augmentation', 'proposé une hausse', 'propose', 'proposé'],
    source: S.proposal2021,
  }),
  dated('guterres.took-office', {
    subject: 'person.guterres',
    event: 'António Guterres takes office as UN Secretary-General',
    date: '2017-01-01',
    en: [
      'took office',
      'takes office',
      'secretary-general since',
      'became secretary-general',
      'became un secretary-general',
      'assumed office',
    ],
    fr: ['pris ses fonctions', 'prend ses fonctions', 'entré en fonctions', 'secrétaire général depuis', 'devenu secrétaire général'],
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
    // Any form of the verb, as a timeline tells it in the present (`fifteen states condemn the deployment`).
    en: ['condemn', 'joint statement'],
    fr: ['condamné', 'condamnent', 'dénoncé', 'dénoncent', 'déclaration conjointe'],
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
    // The words of the change, not the name it gave (`the Islamic State Sahel Province fought rivals in 2023`).
    en: [
      'province of its own',
      'became a province',
      'made a province',
      'full province',
      'became the islamic state',
      'became is sahel',
      'elevated',
      'upgraded',
      'promoted',
      'renamed',
    ],
    fr: ['province à part entière', 'érigé en province', 'devenu une province', 'devenu l’état islamique', 'promu', 'rebaptisé'],
    source: S.isgs,
    singleSource: true,
  }),
  dated('diop.born', {
    subject: 'person.diop',
    event: 'Abdoulaye Diop is born in Brazzaville',
    date: '1965',
    en: ['born'],
    fr: ['né', 'naissance'],
    source: S.diopBio,
    confidence: 'medium',
  }),
  dated('guterres.born', {
    subject: 'person.guterres',
    event: 'António Guterres is born',
    date: '1949-04-30',
    en: ['born'],
    fr: ['né', 'naissance'],
    source: S.guterres,
  }),
  // Initialled twice in Algiers: by the government and the Platform on 1 March, by the CMA, named, on 14 May.
  dated('algiers.initialled', {
    subject: 'agreement.algiers-2015',
    event: 'The government and the Platform initial the agreement in Algiers',
    date: '2015-03-01',
    en: ['initialled', 'initialed', 'initials'],
    fr: ['paraphé', 'paraphe'],
    source: S.algiersInitialledMarch,
  }),
  dated('algiers.cma-initialled', {
    subject: 'agreement.algiers-2015',
    event: 'The CMA initials the agreement in Algiers',
    date: '2015-05-14',
    en: ['initialled', 'initialed', 'initials', 'cma', 'coordination'],
    fr: ['paraphé', 'paraphe', 'cma', 'coordination'],
    source: S.algiersInitialled,
  }),
  dated('platform.joined-csp', {
    subject: 'org.platform',
    event: 'The Platform and the CMA join in a common strategic framework',
    date: '2021-05-06',
    // The framework it made with the CMA: its creation is theirs coming together (`the CSP, created in May 2021`).
    en: ['joined', 'common framework', 'strategic framework', 'brought together', 'created', 'formed'],
    fr: ['rejoint', 'cadre stratégique', 'cadre commun', 'réunit', 'rassemble', 'créé'],
    source: S.platform,
    confidence: 'medium',
  }),
  dated('goita.court-ruling', {
    subject: 'person.goita',
    event: 'The Constitutional Court declares Goïta transitional president (28 or 29 May)',
    date: '2021-05',
    en: ['constitutional court', 'declared president', 'declared transitional president', ...PRESIDENT_SINCE_EN],
    fr: ['cour constitutionnelle', 'déclaré président', ...PRESIDENT_SINCE_FR],
    source: S.coup2021,
  }),
  dated('mali.referendum-decree', {
    subject: 'place.mali',
    event: 'A decree sets the constitutional referendum for 18 June',
    date: '2023-05-05',
    en: ['decree', 'by decree'],
    fr: ['décret', 'par décret'],
    source: S.sgJune2023,
  }),
  dated('sg.report-june-2023', {
    subject: 'mission.minusma',
    event: 'The Secretary-General recommends renewing a streamlined mission for a year',
    date: '2023-06',
    en: ['recommended', 'streamlined', 'streamline'],
    fr: ['recommandé', 'recommande', 'recommandait', 'resserrée', 'recentrée'],
    source: S.sgJune2023,
  }),
];
