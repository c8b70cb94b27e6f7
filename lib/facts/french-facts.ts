/** A figure's words in French; `alternatives` holds the notes of its alternatives, in their order. */
export interface FigureFrench {
  counts: string;
  note?: string;
  alternatives?: (string | undefined)[];
}

/** A dated event's words in French. */
export interface DateFrench {
  event: string;
  note?: string;
}

// Each count reads after its number, as the English does: `165 casques bleus tués …`.
/** The French words of every shipped figure, by id. */
export const FIGURES_FR: Record<string, FigureFrench> = {
  'minusma.strength.total': {
    counts: 'personnes dans la mission, en uniforme et civiles',
    note: 'Compte aussi les civils : ce n’est ni le plafond du personnel en uniforme (15 209) ni les troupes déployées (environ 13 000).',
    alternatives: ['Décompte de l’ONU de tout le personnel en février 2023'],
  },
  'minusma.casualties.killed-2023': {
    counts: 'casques bleus tués par des actes hostiles depuis juillet 2013',
    note: 'Chiffre de l’examen interne rapporté par la presse ; d’autres décomptes de l’époque sont plus élevés.',
    alternatives: ['La France a dit au Conseil que 180 casques bleus avaient perdu la vie'],
  },
  'minusma.casualties.injured-2023': { counts: 'casques bleus blessés par des actes hostiles depuis juillet 2013' },
  'minusma.fatalities.all-causes': {
    counts: 'membres du personnel morts de toutes causes pendant la mission',
    alternatives: ['Un décompte d’août 2023 donnait 303 morts à la fin de mai 2023'],
  },
  'minusma.tcc.leaving-countries': { counts: 'pays contributeurs de troupes qui se retirent' },
  'minusma.tcc.leaving-troops': {
    counts: 'militaires des pays contributeurs qui se retirent',
    note: 'Les effectifs des contingents donnés ailleurs n’atteignent ce total qu’au prix d’hypothèses.',
  },
  'minusma.review.options': { counts: 'options proposées par l’examen interne' },
  'minusma.review.benchmarks': {
    counts: 'critères fixés par l’examen pour maintenir la mission : la transition, l’accord, la liberté de mouvement, tout le mandat',
  },
  'minusma.review.option1': { counts: 'membres du personnel en uniforme ajoutés selon la première option' },
  'minusma.review.option2': { counts: 'membres du personnel en uniforme ajoutés selon la deuxième option' },
  'minusma.review.flight-denials': { counts: 'demandes de vol de la MINUSMA refusées ou restées sans réponse' },
  'minusma.strength.ceiling': { counts: 'membres du personnel en uniforme autorisés (plafond)' },
  'minusma.strength.military': { counts: 'militaires autorisés' },
  'minusma.strength.police': { counts: 'policiers autorisés' },
  'minusma.strength.military-2013': {
    counts: 'militaires autorisés à la création',
    alternatives: ['La résolution 2227 a fixé le plafond militaire à 11 240, dont 40 observateurs militaires.'],
  },
  'minusma.strength.deployed-2023': { counts: 'membres du personnel en uniforme présents au début du retrait' },
  'minusma.strength.deployed-2022': {
    counts: 'militaires et policiers déployés, décompte de l’AFP de septembre 2022',
    note: 'L’AFP écrivait « un peu plus de 13 000 » sur les 17 500 personnes de la mission.',
  },
  'minusma.budget': {
    counts: 'milliard de dollars américains de budget annuel',
    alternatives: ['VOA et l’AFP donnent un budget de 1,26 milliard'],
  },
  'france.years-in-mali': { counts: 'ans de combat des troupes françaises au Mali' },
  'mali.months-between-coups': { counts: 'mois entre les coups d’État de 2020 et de 2021' },
  'agreement.parties': { counts: 'parties signataires de l’accord de 2015' },
  'wagner.size': { counts: 'combattants de Wagner estimés au Mali' },
  'france.soldiers-killed': {
    counts: 'soldats français tués dans les opérations au Mali',
    note: 'Les sources divergent : 53 ou 59.',
    alternatives: ['Décompte de l’Élysée, peut-être pour tout le Sahel'],
  },
  'minusma.tcc.benin': { counts: 'fantassins béninois qui quittent la mission' },
  'minusma.tcc.benin-police': { counts: 'policiers béninois qui quittent la mission', alternatives: ['Sahel News en donne 140'] },
  'minusma.strength.uniformed-2013': {
    counts: 'membres du personnel en uniforme autorisés à la création, 11 200 militaires et 1 440 policiers',
    alternatives: ['Le communiqué de l’ONU arrondissait le total à 12 600'],
  },
  'minusma.proposal-2021-total': { counts: 'membres du personnel en uniforme que la proposition de juillet 2021 aurait atteints' },
  'minusma.withdrawal-months': { counts: 'mois donnés à la mission pour se retirer, du 1er juillet au 31 décembre 2023' },
  'minusma.tcc.egypt': { counts: 'militaires égyptiens dont l’activité a été suspendue' },
  'minusma.tcc.egypt-pullout': { counts: 'casques bleus égyptiens partis pendant le retrait de la mission' },
  'minusma.tcc.cote-divoire': {
    counts: 'membres du personnel ivoirien retirés peu à peu',
    alternatives: ['Security Council Report : environ 900', 'Décompte de l’ONU de février 2023'],
  },
  'minusma.tcc.uk': { counts: 'militaires britanniques partis tôt', alternatives: ['Security Council Report donne 260'] },
  'minusma.tcc.germany': {
    counts: 'soldats allemands autorisés, jusqu’en mai 2024',
    alternatives: ['soldats réellement déployés, au moins', 'soldats réellement déployés, au plus'],
  },
  'minusma.tcc.ivorian-detained': { counts: 'soldats ivoiriens détenus par le Mali à partir de juillet 2022' },
  'minusma.casualties.killed-2021': { counts: 'casques bleus tués dans des incidents hostiles, bilan de janvier 2021' },
  'minusma.casualties.wounded-2021': { counts: 'casques bleus blessés dans des incidents hostiles, bilan de janvier 2021' },
  'minusma.casualties.hostile-2022': { counts: 'morts dans des actes hostiles, décompte de l’AFP de septembre 2022' },
  'minusma.fatalities.hostile-end': {
    counts: 'morts dans des actes hostiles sur toute la durée de la mission (AFP)',
    note: 'Ce n’est pas le total de 311 morts, toutes causes confondues.',
  },
  'minusma.injured.total': { counts: 'membres du personnel blessés pendant la mission' },
  'minusma.deadliest-2022': { counts: 'casques bleus de la MINUSMA tués en 2022, plus que dans toute autre mission' },
  'minusma.proposal-2021': {
    counts: 'membres du personnel en uniforme supplémentaires proposés par le Secrétaire général en juillet 2021',
    note: 'Ce n’est pas l’une des options de l’examen de janvier 2023.',
  },
  'minusma.strength.police-2013': { counts: 'policiers autorisés à la création' },
  'minusma.civilians-2023': {
    counts: 'membres du personnel civil au début du retrait',
    alternatives: ['Une autre catégorie de personnel civil'],
  },
  'minusma.years': { counts: 'ans de présence de la mission au Mali, de juillet 2013 à décembre 2023' },
  'mali.referendum-yes': { counts: 'de oui au référendum de juin 2023' },
  'mali.referendum-turnout': { counts: 'de participation au référendum de juin 2023' },
  'mali.transition-months': { counts: 'mois de transition convenus avec la CEDEAO en 2022' },
  'minusca.ceiling-military': { counts: 'militaires, plafond de la MINUSCA depuis novembre 2023' },
  'unmiss.total-2023': {
    counts: 'membres du personnel de la MINUSS, toutes catégories',
    note: 'Proche des 17 500 de la MINUSMA : un total seul n’identifie pas une mission.',
  },
  'barkhane.troops-peak': { counts: 'militaires français dans Barkhane au plus fort', alternatives: ['D’autres décomptes donnent 5 500'] },
  'barkhane.troops-start': { counts: 'militaires français au lancement de Barkhane' },
  'takuba.troops': {
    counts: 'membres des forces spéciales de Takuba au plus fort, venus de dix pays au plus',
    alternatives: ['au plus fort, selon le décompte le plus bas'],
  },
  'minusma.tcc.chad-2023': { counts: 'membres du personnel tchadien dans la mission, décompte de l’ONU de février 2023' },
  'minusma.tcc.bangladesh-2023': { counts: 'membres du personnel bangladais dans la mission, décompte de l’ONU de février 2023' },
  'minusma.tcc.egypt-2023': { counts: 'membres du personnel égyptien dans la mission, décompte de l’ONU de février 2023' },
  'minusma.tcc.senegal-2023': { counts: 'membres du personnel sénégalais dans la mission, décompte de l’ONU de février 2023' },
  'minusma.tcc.niger-2023': { counts: 'membres du personnel nigérien dans la mission, décompte de l’ONU de février 2023' },
  'minusma.tcc.togo-2023': { counts: 'membres du personnel togolais dans la mission, décompte de l’ONU de février 2023' },
};

/** The French words of every shipped dated event, by id. */
export const DATES_FR: Record<string, DateFrench> = {
  'minusma.established': { event: 'Le Conseil de sécurité crée la MINUSMA' },
  'minusma.takeover': { event: 'La MINUSMA prend le relais de la MISMA' },
  'minusma.terminated': { event: 'La résolution 2690 met fin au mandat' },
  'minusma.drawdown-start': { event: 'Les opérations cessent et le retrait commence' },
  'minusma.exit-request': { event: 'Le Mali demande le retrait sans délai de la MINUSMA' },
  'minusma.flag-lowered': { event: 'Le drapeau de l’ONU est descendu à Bamako, fin formelle du mandat' },
  'minusma.withdrawal-complete': { event: 'La MINUSMA achève son retrait' },
  'minusma.mandate-2014': { event: 'La résolution 2164 recentre le mandat sur la sécurité et les civils' },
  'minusma.mandate-2016': { event: 'La résolution 2295 relève les plafonds et précise le mandat' },
  'minusma.mandate-2019': { event: 'La résolution 2480 fait du centre du Mali une priorité' },
  'minusma.mandate-2022': { event: 'La résolution 2640 renouvelle le mandat et demande un examen' },
  'minusma.civilian-protection-end': { event: 'Fin du mandat de la mission pour protéger les civils' },
  'minusma.liquidation': { event: 'Des équipes résiduelles à Gao et Bamako commencent la liquidation de la mission' },
  'review.due': { event: 'L’examen interne est attendu au Conseil de sécurité' },
  'cma.founded': { event: 'Fondation de la Coordination des mouvements de l’Azawad' },
  'g5.created': { event: 'Le Burkina Faso, le Mali, la Mauritanie, le Niger et le Tchad créent le G5 Sahel à Nouakchott' },
  'platform.formed': { event: 'Des groupes armés progouvernementaux forment la Plateforme à Alger' },
  'platform.left-csp': { event: 'La Plateforme quitte le cadre commun des groupes armés et désavoue la reprise des combats' },
  'isgs.recognised': { event: 'L’État islamique reconnaît son groupe au Grand Sahara' },
  'cote-divoire.exit-announced': { event: 'La Côte d’Ivoire annonce à l’ONU le retrait progressif de son contingent' },
  'uk.exit-announced': { event: 'Le Royaume-Uni annonce le départ anticipé de son contingent' },
  'germany.exit-decided': { event: 'L’Allemagne décide de quitter la mission d’ici mai 2024' },
  'ivorian-soldiers.detained': { event: 'Le Mali détient 46 soldats ivoiriens' },
  'egypt.pullout-2023': { event: 'Plus de 460 casques bleus égyptiens partent pendant le retrait de la mission' },
  'russia.sanctions-veto': { event: 'La Russie oppose son veto au renouvellement des sanctions de l’ONU contre le Mali' },
  'sg.proposal-2021': { event: 'Le Secrétaire général propose 2 069 membres du personnel en uniforme de plus' },
  'guterres.took-office': { event: 'António Guterres prend ses fonctions de secrétaire général de l’ONU' },
  'review.debate': { event: 'Le Conseil de sécurité débat de l’examen interne' },
  'mali.insurgency': { event: 'Début de l’insurrection dans le nord' },
  'mali.coup-2020': { event: 'Un coup d’État renverse le président Keïta' },
  'mali.coup-2021': { event: 'Deuxième coup d’État : Bah Ndaw et Moctar Ouane arrêtés' },
  'mali.goita-sworn-in': { event: 'Goïta investi président de la transition' },
  'mali.referendum-planned': { event: 'Première date prévue du référendum constitutionnel' },
  'mali.referendum-postponed': { event: 'Le référendum de mars 2023 est reporté' },
  'mali.referendum-held': { event: 'Référendum constitutionnel tenu (pas de vote à Kidal)' },
  'mali.legislative-planned': { event: 'Législatives prévues (non tenues)' },
  'mali.presidential-postponed': { event: 'La junte reporte la présidentielle pour des raisons techniques' },
  'mali.presidential-planned': { event: 'Présidentielle prévue (reportée ensuite)' },
  'mali.transition-end': { event: 'Fin prévue de la transition' },
  'serval.start': { event: 'La France lance l’opération Serval' },
  'barkhane.start': { event: 'Barkhane succède à Serval' },
  'barkhane.exit-announced': { event: 'Macron annonce le retrait du Mali' },
  'barkhane.mali-exit': { event: 'Les derniers militaires français quittent le Mali' },
  'barkhane.end': { event: 'Macron déclare la fin de Barkhane' },
  'takuba.end': { event: 'Le groupement Takuba cesse ses opérations au Mali' },
  'algiers.signed': { event: 'Accord de paix signé à Bamako par le gouvernement et la Plateforme' },
  'algiers.cma-signed': { event: 'La CMA signe l’accord de paix' },
  'algiers.ended': { event: 'Les autorités de transition mettent fin à l’accord' },
  'cma.suspension': { event: 'Les mouvements armés suspendent leur participation à l’accord' },
  'wagner.arrival': { event: 'Wagner commence à se déployer au Mali' },
  'jnim.formed': { event: 'Le JNIM naît de la fusion de groupes djihadistes du Sahel' },
  'prigozhin.death': { event: 'Prigojine meurt dans un accident d’avion' },
  'ecowas.sanctions': { event: 'La CEDEAO impose des sanctions au Mali' },
  'ecowas.sanctions-lifted': { event: 'La CEDEAO lève ses sanctions économiques' },
  'egypt.suspension': { event: 'L’Égypte suspend l’activité de son contingent après des attaques contre ses escortes de convois' },
  'g5.mali-exit': { event: 'Le Mali annonce qu’il quitte le G5 Sahel' },
  'germany.exit': { event: 'Les derniers soldats allemands doivent quitter la mission' },
  'wane.appointed': { event: 'El-Ghassim Wane nommé chef de la MINUSMA' },
};
