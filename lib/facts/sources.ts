import { source } from './source';
import { CONTRIBUTOR_SOURCES } from './sources-contributors';

/** Sources the fact pack cites more than once. */
export const S = {
  ...CONTRIBUTOR_SOURCES,
  seed: source('Wire report on the Security Council debate of the MINUSMA internal review, January 2023', undefined, 'S/2023/36'),
  res2100: source(
    'Security Council resolution 2100 (2013)',
    'https://www.un.org/en/peacekeeping/missions/minusma/mandate.shtml',
    'S/RES/2100 (2013)',
  ),
  reliefweb2013: source(
    'UN to send peacekeepers to risky Mali conflict (ReliefWeb)',
    'https://reliefweb.int/report/mali/un-send-peacekeepers-risky-mali-conflict',
  ),
  res2164: source('Security Council resolution 2164 (2014)', 'https://press.un.org/en/2014/sc11453.doc.htm', 'S/RES/2164 (2014)'),
  res2227: source(
    'Security Council renews MINUSMA and sends more troops (Abamako)',
    'http://news.abamako.com/h/92995.html',
    'S/RES/2227 (2015)',
  ),
  res2295: source('Security Council resolution 2295 (2016)', 'https://press.un.org/en/2016/sc12426.doc.htm', 'S/RES/2295 (2016)'),
  res2480: source('Security Council resolution 2480 (2019)', 'https://press.un.org/en/2019/sc13867.doc.htm', 'S/RES/2480 (2019)'),
  transition18: source(
    'The 18-month transition ECOWAS set, as Mali’s mission to the UN recalled it (June 2021)',
    'https://www.un.int/mali/news/la-r%C3%A9solution-2584-donne-un-mandat-suppl%C3%A9mentaire-%C3%A0-la-minusma',
  ),
  res2531: source('Security Council resolution 2531 (2020)', 'https://www.un.org/press/en/2020/sc14235.doc.htm', 'S/RES/2531 (2020)'),
  res2584: source(
    'Security Council resolution 2584 (2021), as Mali’s mission to the UN reported it',
    'https://www.un.int/mali/news/la-r%C3%A9solution-2584-donne-un-mandat-suppl%C3%A9mentaire-%C3%A0-la-minusma',
    'S/RES/2584 (2021)',
  ),
  res2640: source('Security Council resolution 2640 (2022)', 'https://press.un.org/en/2022/sc14953.doc.htm', 'S/RES/2640 (2022)'),
  res2690: source('Security Council resolution 2690 (2023)', 'https://press.un.org/en/2023/sc15341.doc.htm', 'S/RES/2690 (2023)'),
  afp17500: source(
    'AFP on MINUSMA staff numbers (20 Minutes)',
    'https://www.20min.ch/fr/story/un-casque-bleu-de-lonu-gravement-blesse-dans-une-attaque-au-mali-488994187252',
  ),
  defenceweb: source(
    'UN Mali mission mandate not renewed (defenceWeb)',
    'https://www.defenceweb.co.za/joint/diplomacy-a-peace/un-mali-mission-mandate-not-renewed/',
  ),
  sgEnd: source(
    'Statement attributable to the Spokesperson for the Secretary-General on Mali',
    'https://www.zawya.com/en/press-release/africa-press-releases/statement-attributable-to-the-spokesperson-for-the-secretary-general-on-mali-n6p1euvo',
  ),
  usun2023: source(
    'US remarks at a UN Security Council briefing on Mali, 27 January 2023',
    'https://usun.usmission.gov/remarks-at-a-un-security-council-briefing-on-mali-4/',
  ),
  france2023: source(
    'Statement by Nathalie Broadhurst at the Security Council briefing on Mali',
    'https://www.america-times.com/statement-by-nathalie-broadhurst-deputy-permanent-representative-of-france-to-the-united-states-at-a-un-security-council-briefing-on-mali/',
  ),
  nebenzia: source(
    'Statement by Vassily Nebenzia at the UNSC briefing on Mali',
    'https://www.america-times.com/statement-by-permanent-representative-vassily-nebenzia-at-unsc-briefing-on-the-situation-in-mali/',
  ),
  guterres: source(
    'UN leadership: António Guterres',
    'https://media.un.org/photo/en/collections/leadership/antonio-guterres-portugal-term-office-2017-present',
  ),
  diop: source(
    'Jeune Afrique: Abdoulaye Diop, the diplomat at the heart of Goïta’s system',
    'https://www.jeuneafrique.com/1204136/politique/mali-abdoulaye-diop-le-diplomate-au-coeur-du-dispositif-dassimi-goita/',
  ),
  goita: source(
    'Mali coup leader Assimi Goïta sworn in (BusinessLIVE)',
    'https://www.businesslive.co.za/bd/world/africa/2021-06-07-mali-coup-leader-assimi-goita-sworn-in-as-interim-leader/',
  ),
  wane: source(
    'Mauritanian diplomat El-Ghassim Wane named UN envoy to Mali (Al Jazeera)',
    'https://www.aljazeera.com/news/2021/3/16/mauritanian-diplomat-el-ghassim-wane-named-un-envoy-to-mali',
  ),
  waneArrival: source(
    'Mali : le nouveau chef de la Minusma prend fonction en avril (L’Indiscret)',
    'https://lindiscret.net/mali-le-nouveau-chef-de-la-minusma-prend-fonction-en-avril/',
  ),
  prigozhin: source('Prigozhin plane crash (TheJournal.ie)', 'https://www.thejournal.ie/russia-plane-crash-2-6150111-Aug2023/'),
  wagner: source(
    'Mali denies deployment of Russian mercenaries (RFI)',
    'https://www.rfi.fr/en/africa/20211225-mali-denies-deployment-of-russian-mercenaries',
  ),
  cma: source(
    'Report of the Secretary-General on Mali, June 2015',
    'https://docslib.org/doc/13325372/security-council-distr-general-11-june-2015',
    'S/2015/426',
  ),
  platform: source(
    'Une alliance de groupes armés se dissocie de la reprise des hostilités (Africanews)',
    'https://fr.africanews.com/2023/09/27/mali-un-groupe-arme-se-dissocie-de-la-reprise-des-hostilites-au-nord/',
  ),
  barkhane: source(
    'Serval, Barkhane: nine and a half years of French engagement (Le Figaro/AFP repost)',
    'https://newsrnd.com/news/2022-08-15-serval--barkhane--nine-and-a-half-years-of-french-military-engagement-in-the-sahel.SkbrP5kOAq.html',
  ),
  barkhaneExit: source(
    'All French soldiers of Barkhane left Mali (Sputnik)',
    'https://sputniknews.com/20220815/all-french-soldiers-involved-in-barkhane-operation-left-mali-defense-ministry-1099624131.html',
  ),
  barkhaneEnd: source(
    'Macron declares Operation Barkhane over (Sputnik)',
    'https://sputniknews.com/20221109/macron-declares-operation-barkhane-over-despite-3000-french-troops-still-in-sahel-1103952259.html',
  ),
  coup2020: source('Mali coup coverage (EFE via Maghress)', 'https://maghress.com/lakome/234167'),
  coup2021: source(
    'Colonel Assimi Goïta sworn in (AFP via UrduPoint)',
    'https://www.urdupoint.com/en/miscellaneous/malis-colonel-assimi-goita-sworn-in-as-trans-1271021.html',
  ),
  ndawSworn: source(
    'Mali swears in interim president Bah Ndaw to lead transitional government (France 24, AFP)',
    'https://www.france24.com/en/20200925-mali-swears-in-interim-president-bah-ndaw-to-lead-transitional-government',
  ),
  kidalLeft: source(
    'Mali rebel movement takes control of base in Kidal (MENAFN)',
    'https://menafn.com/1107352541/Mali-rebel-movement-takes-control-of-base-in-Kidal',
  ),
  tessalitLeft: source(
    'MINUSMA completes its accelerated withdrawal from Tessalit (MINUSMA, via allAfrica)',
    'https://allafrica.com/stories/202310230605.html',
  ),
  kidalTaken: source(
    'Malian army claims it has taken northern rebel stronghold of Kidal (News Ghana)',
    'https://newsghana.com.gh/malian-army-claims-it-has-taken-northern-rebel-stronghold-of-kidal/',
  ),
  ambassadorExpelled: source(
    'Mali junta expels French ambassador (Reuters, The Lawyer’s Daily)',
    'https://thelawyerdaily.com/mali-junta-expels-french-ambassador',
  ),
  timetable: source(
    'Mali sets February 2024 for presidential election (Africanews)',
    'http://www.africanews.com/2022/07/01/malis-transition-govt-sets-february-2024-for-presidential-election/',
  ),
  exitRequest: source(
    'Mali asks for withdrawal of MINUSMA without delay (Sahelien)',
    'https://sahelien.com/mali-le-gouvernement-demande-le-retrait-sans-delai-de-la-minusma',
  ),
  reviewOptions: source(
    'Security Council discusses the future of the UN mission in Mali (French UN summary, mirror)',
    'https://5minutesinfos.net/afrique/mali/mali-le-conseil-de-securite-discute-de-lavenir-de-la-mission-de-lonu-a-la-lumiere-de-la-situation-sur-le-terrain-et-des-propositions-du-secretaire-general/',
  ),
  scr2023: source(
    'Security Council Report monthly forecast on Mali',
    'https://www.securitycouncilreport.org/?post_type=monthly_forecast_new&p=99270&preview=true',
  ),
  ecowas: source(
    'ECOWAS lifts economic and financial sanctions on Mali (APA)',
    'https://apanews.net/ecowas-leaders-lift-economic-financial-sanctions-imposed-on-mali/',
  ),
  jnim: source(
    'Jihadist groups in the Sahel formalise merger (Jihadology)',
    'http://jihadology.net/2017/03/27/guest-post-jihadist-groups-in-the-sahel-region-formalize-merger',
  ),
  g5: source(
    'Mali withdraws from regional counterterrorism force (AP)',
    'https://ktvz.com/news/ap-national-news/2022/05/16/mali-withdraws-soldiers-from-regional-counterterrorism-force/',
  ),
  aesCreated: source(
    'Mali, Niger, Burkina establish Sahel alliance (AFP, Vanguard)',
    'https://www.vanguardngr.com/2023/09/mali-niger-burkina-establish-sahel-alliance/',
  ),
  ecowasExit: source(
    'Burkina Faso, Mali and Niger withdraw from ECOWAS (DiploFoundation)',
    'https://www.diplomacy.edu/updates/three-west-african-nations-burkina-faso-mali-and-niger-withdraw-from-the-economic-community-of-west-african-states-ecowas/',
  ),
  g5Effective: source(
    'Mali’s withdrawal from G5 Sahel effective from June 30 (Africanews)',
    'https://www.africanews.com/2022/06/17/malis-withdrawal-from-g5-sahel-effective-from-june-30/',
  ),
  mutiny: source('Prigozhin, his mutiny of June 2023 and his death (Novinite)', 'https://www.novinite.com/view_news.php?id=221247'),
  hq: source(
    'After ten years the UN mission in Mali officially ends (AFP)',
    'https://naijanewstoday.org/2023/12/11/after-ten-years-the-un-mission-in-mali-officially-ends/',
  ),
  minusca: source('Security Council establishes MINUSCA', 'https://press.un.org/en/2014/sc11349.doc.htm', 'S/RES/2149 (2014)'),
  monusco: source('From MONUC to MONUSCO', 'https://monuc.unmissions.org/en/security-council-monuc-monusco', 'S/RES/1925 (2010)'),
  ceilings: source('Security Council renews MINUSMA, 2017', 'https://press.un.org/en/2017/sc12895.doc.htm', 'S/RES/2364 (2017)'),
  res2423: source('Security Council renews MINUSMA, 2018', 'https://press.un.org/en/2018/sc13400.doc.htm', 'S/RES/2423 (2018)'),
  largestOps2023: source(
    'The largest UN peacekeeping operations in 2023 (Proto Thema infographic)',
    'https://en.protothema.gr/2023/08/30/the-largest-un-peacekeeping-operations-in-2023-infographic',
  ),
  hostile2022: source(
    'Three peacekeepers wounded by a mine in northern Mali (VOV, AFP)',
    'https://m.vovworld.vn/fr-CH/actualites/mali-trois-casques-bleus-blesses-dans-lexplosion-dune-mine-au-nord-du-pays-minusma-1133992.vov',
  ),
  tally2021: source(
    'Le lourd tribut de la MINUSMA (blog)',
    'https://lemamouth.blogspot.com/2021/01/le-lourd-tribut-de-la-minusma-plus-de.html?m=0',
  ),
  deadliest: source(
    'Une trentaine de casques bleus tués en 2022 (RTBF)',
    'https://www.rtbf.be/article/une-trentaine-de-casques-bleus-ont-ete-tues-en-2022-11140053',
  ),
  hostileEnd: source(
    'UN peacekeeping mission in Mali officially ends after 10 years (AFP via World Report Now)',
    'https://www.worldreportnow.com/news/un-peacekeeping-mission-in-mali-officially-ends-after-10-years/68805/',
  ),
  withdrawal2023: source(
    'The UN undertakes a six-month withdrawal of nearly 13,000 peacekeepers (AP via OODA Loop)',
    'https://www.oodaloop.com/globalrisk/2023/08/29/the-un-is-undertaking-an-unprecedented-6-month-withdrawal-of-nearly-13000-peacekeepers-from-mali/',
  ),
  jurist: source('UN mission to Mali announces closure (Jurist)', 'https://jurist.org/news/2023/12/un-mission-to-mali-announces-closure'),
  proposal2021: source(
    'Guterres asks UNSC to increase Mali peacekeepers (UrduPoint)',
    'https://www.urdupoint.com/en/world/guterres-asks-unsc-to-increase-mali-peacekeep-1304897.html',
  ),
  referendumFinal: source(
    'Mali : le Conseil constitutionnel officialise la victoire du oui (Tchadinfos)',
    'https://tchadinfos.com/mali-le-conseil-constitutionnel-officialise-la-victoire-du-oui-en-faveur-dune-nouvelle-constitution/',
  ),
  referendum: source(
    'Mali constitutional referendum (Polish analysis, worldterror.pl)',
    'https://worldterror.pl/referendum-konstytucyjne-w-mali',
  ),
  referendumPostponed: source(
    'Mali postpones constitutional referendum (Sputnik)',
    'https://sputniknews.com/20230310/mali-postpones-constitutional-referendum-1108268288.html',
  ),
  presidentialPostponed: source(
    'Mali’s junta delays February presidential election (AFP via Vanguard)',
    'https://www.vanguardngr.com/2023/09/malis-junta-delays-february-presidential-election/',
  ),
  algiersEnded: source('Algiers Accords (2015) (Wikipedia)', 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
  takubaEnd: source(
    'EU anti-terror force quits junta-controlled Mali (i24NEWS)',
    'https://www.i24news.tv/en/news/international/africa/1656669327-eu-anti-terror-force-quits-junta-controlled-mali',
  ),
  isgs: source('Islamic State in the Greater Sahara (Wikipedia mirror)', 'https://wiki.riteme.site/wiki/ISGS'),
  cmaFounded: source(
    'Algiers Agreement (2015) (encyclopedia mirror)',
    'http://www.theinfolist.com/html/ALL/s/A/Algiers_Agreement_(2015).html',
  ),
  sanctionsVeto: source('Russia’s Permanent Mission to the UN on the vote on Mali sanctions', 'https://russiaun.ru/en/news/unsc_300823'),
  usunApril2023: source(
    'US remarks at a UN Security Council briefing on Mali, April 2023',
    'https://usun.usmission.gov/remarks-at-a-un-security-council-briefing-on-mali-6/',
  ),
  res2709: source('Security Council renews MINUSCA, 2023', 'https://press.un.org/en/2023/sc15493.doc.htm', 'S/RES/2709 (2023)'),
  res2717: source('Security Council renews MONUSCO, 2023', 'https://press.un.org/en/2023/sc15538.doc.htm', 'S/RES/2717 (2023)'),
  wagnerStatement: source(
    'Mali denies deployment of Russian mercenaries from Wagner group (France 24)',
    'https://www.france24.com/en/africa/20211225-mali-denies-deployment-of-russian-mercenaries-from-wagner-group',
  ),
  diopBio: source('Abdoulaye Diop (Wikipedia mirror)', 'https://en.wikipedia-on-ipfs.org/wiki/Abdoulaye_Diop'),
  sgJune2023: source(
    'UN chief proposes streamlining Mali mission (The Defense Post), on the Secretary-General’s report of June 2023',
    'https://www.thedefensepost.com/2023/06/13/un-streamline-mali-mission/',
    'S/2023/402',
  ),
  algiersInitialledMarch: source(
    'Le gouvernement a paraphé l’accord pour la paix et la réconciliation le 1er mars 2015 (aBamako)',
    'http://news.abamako.com/h/82229.html',
  ),
  algiersInitialled: source('Mali: the CMA initials the Algiers agreement (aBamako)', 'http://news.abamako.com/h/92733.html'),
  unmiss: source('UNMISS mandate', 'https://unmiss.unmissions.org/mandate', 'S/RES/1996 (2011)'),
} as const;
