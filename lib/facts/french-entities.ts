/** An entity's words in French. */
export interface EntityFrench {
  description: string;
  role?: string;
  note?: string;
}

/** The French words of every shipped entity, by id: shown to readers whose browser speaks French. */
export const ENTITIES_FR: Record<string, EntityFrench> = {
  'mission.minusma': {
    description:
      'Mission de maintien de la paix de l’ONU créée par la résolution 2100 en avril 2013, close par la résolution 2690 le 30 juin 2023 et retirée avant la fin de 2023.',
    role: 'Mission de maintien de la paix de l’ONU au Mali',
    note: 'Le sigle suit l’ordre des mots en français. La MINUSCA est une autre mission.',
  },
  'mission.minusca': {
    description: 'Une autre mission de l’ONU, en Centrafrique ; une lettre la sépare de la MINUSMA, et on les confond souvent.',
    role: 'Mission de maintien de la paix de l’ONU en Centrafrique',
  },
  'mission.monusco': {
    description: 'Une autre mission de l’ONU, en République démocratique du Congo ; ce n’est pas la MINUSMA.',
    role: 'Mission de maintien de la paix de l’ONU en RD Congo',
  },
  'mission.unmiss': {
    description: 'Une autre mission de l’ONU, au Soudan du Sud, à peu près de la taille de la MINUSMA en 2023.',
    role: 'Mission de maintien de la paix de l’ONU au Soudan du Sud',
  },
  'body.security-council': {
    description: 'L’organe de l’ONU qui a créé la MINUSMA en 2013, renouvelé son mandat chaque année et l’a clos en 2023.',
    role: 'Autorise et clôt les mandats de maintien de la paix',
  },
  'body.united-nations': { description: 'L’organisation internationale qui dirigeait la MINUSMA.' },
  'body.ecowas': {
    description: 'Bloc ouest-africain qui a sanctionné le Mali de janvier à juillet 2022 pour le calendrier de la transition.',
  },
  'org.aes': {
    description:
      'Alliance de défense des gouvernements militaires du Mali, du Burkina Faso et du Niger, créée par la charte du Liptako-Gourma.',
  },
  'body.g5-sahel': {
    description: 'Groupe régional du Burkina Faso, du Mali, de la Mauritanie, du Niger et du Tchad ; le Mali l’a quitté en 2022.',
  },
  'body.national-assembly': {
    description: 'Le parlement du Mali, dont les élections, prévues en octobre et novembre 2023, n’ont pas eu lieu.',
  },
  'body.afisma': { description: 'Force africaine dont la MINUSMA a pris le relais le 1er juillet 2013.' },
  'report.internal-review': {
    description: 'L’examen interne de la MINUSMA par le Secrétaire général, en janvier 2023, avec trois options pour son avenir.',
    note: 'Le texte intégral n’a pas pu être consulté ; ses chiffres viennent de la presse.',
  },
  'report.sg-june-2023': {
    description:
      'Le rapport du Secrétaire général sur le Mali de juin 2023 : il recommandait de renouveler la MINUSMA pour un an autour de priorités resserrées, sans changer ses plafonds de militaires et de policiers.',
  },
  'report.mali-exit-letter': {
    description:
      'La lettre officielle du Mali au Conseil de sécurité, en juin 2023, demandant le retrait sans délai de la MINUSMA ; la résolution 2690 la cite.',
  },
  'person.guterres': {
    description: 'Neuvième Secrétaire général de l’ONU, ancien Premier ministre du Portugal et ancien Haut-Commissaire aux réfugiés.',
    role: 'Secrétaire général de l’ONU',
    note: 'L’orthographe portugaise porte un accent aigu ; les dépêches anglaises l’omettent souvent.',
  },
  'person.diop': {
    description: 'Ministre des Affaires étrangères du Mali dans le gouvernement de transition, et négociateur en chef de l’accord de 2015.',
    role: 'Ministre des Affaires étrangères du Mali',
  },
  'person.mills': {
    description: 'Ambassadeur américain qui a lu la déclaration des États-Unis à la séance du Conseil sur le Mali du 27 janvier 2023.',
    role: 'Représentant adjoint des États-Unis auprès de l’ONU',
    note: 'Les déclarations américaines sur le Mali plus tard en 2023 sont de Jeffrey DeLaurentis, non de Mills.',
  },
  'person.broadhurst': {
    description: 'Diplomate française qui a parlé pour la France à la séance du Conseil sur le Mali du 27 janvier 2023.',
    role: 'Représentante permanente adjointe de la France auprès de l’ONU',
    note: 'S’écrit Nathalie, avec th.',
  },
  'person.nebenzia': {
    description: 'Ambassadeur de la Russie auprès de l’ONU, intervenu à la séance sur le Mali de janvier 2023.',
    role: 'Représentant permanent de la Russie auprès de l’ONU',
  },
  'person.goita': {
    description:
      'Colonel de l’armée qui a pris part au coup d’État d’août 2020, a mené celui de mai 2021 et a été investi président de la transition.',
    role: 'Président de la transition du Mali',
    note: 'L’orthographe de référence porte un tréma ; Goita sans tréma est courant en anglais.',
  },
  'person.prigozhin': {
    description: 'Chef du groupe Wagner ; il a mené une brève mutinerie en juin 2023 et est mort dans un accident d’avion le 23 août 2023.',
    role: 'Fondateur du groupe Wagner',
  },
  'person.wane': {
    description: 'Diplomate mauritanien qui a dirigé la MINUSMA de 2021 à sa fermeture.',
    role: 'Chef de la MINUSMA (Représentant spécial du Secrétaire général)',
  },
  'person.putin': {
    description: 'Président de la Fédération de Russie ; dans la couverture du Mali, le protecteur de Prigojine et de Wagner.',
    role: 'Président de la Russie',
  },
  'person.keita': { description: 'Président malien renversé par le coup d’État du 18 août 2020.', role: 'Président du Mali' },
  'person.annadif': { description: 'Diplomate tchadien qui a dirigé la MINUSMA avant El-Ghassim Wane.', role: 'Chef de la MINUSMA' },
  'person.delaurentis': {
    description: 'Diplomate américain qui a lu les déclarations des États-Unis sur le Mali en avril et juin 2023.',
    role: 'Représentant adjoint par intérim des États-Unis auprès de l’ONU',
  },
  'person.bah-ndaw': {
    description: 'Président de la transition arrêté et contraint à la démission lors du coup d’État du 24 mai 2021.',
    role: 'Président de la transition du Mali',
  },
  'person.macron': {
    description: 'Président français qui a annoncé le retrait du Mali en février 2022 et déclaré la fin de Barkhane en novembre 2022.',
    role: 'Président de la République française',
  },
  'person.maiga': {
    description: 'Premier ministre du gouvernement de transition où Abdoulaye Diop est revenu aux Affaires étrangères.',
    role: 'Premier ministre de la transition du Mali',
  },
  'person.ouane': {
    description: 'Premier ministre arrêté avec le président Bah Ndaw lors du coup d’État du 24 mai 2021.',
    role: 'Premier ministre de la transition du Mali',
  },
  'person.ag-ghaly': {
    description: 'Chef djihadiste touareg, fondateur d’Ansar Dine et chef du JNIM.',
    role: 'Chef du JNIM',
  },
  'person.koenders': { description: 'Diplomate néerlandais, premier chef de la MINUSMA.', role: 'Chef de la MINUSMA' },
  'person.hamdi': { description: 'Diplomate tunisien, deuxième chef de la MINUSMA.', role: 'Chef de la MINUSMA' },
  'org.wagner': {
    description: 'Société militaire privée russe contrôlée par Prigojine, déployée au Mali à partir de décembre 2021 environ.',
    role: 'Société militaire privée russe',
  },
  'org.cma': {
    description: 'Coalition de mouvements armés du Nord, surtout touaregs et arabes, dont le MNLA et le HCUA.',
    role: 'Signataire de l’accord de paix de 2015',
  },
  'org.platform': {
    description: 'Alliance de groupes armés progouvernementaux formée à Alger en juin 2014, dont le GATIA.',
    role: 'Signataire de l’accord de paix de 2015',
  },
  'org.jnim': {
    description:
      'Fusion d’Ansar Dine, de la katiba Macina, d’al-Mourabitoun et de la branche saharienne d’AQMI, dirigée par Iyad Ag Ghaly.',
    role: 'Affilié d’Al-Qaïda au Sahel',
  },
  'org.al-qaida': { description: 'Réseau djihadiste dont les affiliés sahéliens ont combattu au Mali.' },
  'org.islamic-state': { description: 'Branche sahélienne de l’État islamique, ancien EIGS, active autour de Ménaka.' },
  'org.malian-armed-forces': { description: 'L’armée nationale du Mali.' },
  'org.mnla': { description: 'Mouvement séparatiste touareg, membre de la CMA.' },
  'org.hcua': { description: 'Mouvement armé du Nord, membre de la CMA.' },
  'org.csp': {
    description:
      'Cadre commun des groupes armés du Nord, la CMA et la Plateforme, à partir de mai 2021 ; la Plateforme l’a quitté en septembre 2023.',
  },
  'org.gatia': { description: 'Groupe armé progouvernemental, membre de la Plateforme.' },
  'org.ansar-dine': { description: 'Groupe djihadiste dirigé par Iyad Ag Ghaly, l’un de ceux qui ont fusionné dans le JNIM en mars 2017.' },
  'org.katiba-macina': { description: 'Groupe djihadiste du centre du Mali, l’un de ceux qui ont fusionné dans le JNIM en mars 2017.' },
  'org.al-mourabitoun': { description: 'Groupe djihadiste, l’un de ceux qui ont fusionné dans le JNIM en mars 2017.' },
  'org.maa': {
    description: 'Mouvement armé arabe du Nord, partagé entre une aile membre de la CMA et une aile loyaliste membre de la Plateforme.',
  },
  'operation.serval': {
    description: 'Intervention française de janvier 2013 qui a chassé les groupes djihadistes des villes du nord du Mali.',
  },
  'operation.barkhane': {
    description:
      'Opération française à l’échelle du Sahel qui a succédé à Serval ; elle a quitté le Mali en août 2022 et pris fin en novembre 2022.',
  },
  'operation.takuba': {
    description: 'Groupement européen de forces spéciales sous commandement de Barkhane ; il a cessé ses opérations au Mali en juin 2022.',
  },
  'agreement.algiers-2015': {
    description:
      'Accord de paix issu du processus d’Alger, signé à Bamako en mai et juin 2015 par le gouvernement, la Plateforme et la CMA.',
  },
  'resolution.2100': { description: 'A créé la MINUSMA le 25 avril 2013, en vertu du chapitre VII.' },
  'resolution.2164': { description: 'A recentré le mandat sur la sécurité, la stabilisation et la protection des civils.' },
  'resolution.2227': { description: 'A renouvelé le mandat et fixé le plafond militaire à 11 240, dont 40 observateurs.' },
  'resolution.2295': {
    description: 'A relevé les plafonds à 13 289 militaires et 1 920 policiers et permis une posture plus robuste.',
  },
  'resolution.2364': { description: 'A renouvelé le mandat en gardant les plafonds de 2016.' },
  'resolution.2423': { description: 'A renouvelé le mandat en gardant les plafonds de 2016.' },
  'resolution.2480': { description: 'A fait du centre du Mali la deuxième priorité stratégique de la mission.' },
  'resolution.2531': { description: 'A renouvelé le mandat jusqu’au 30 juin 2021 en gardant les plafonds de 2016.' },
  'resolution.2584': { description: 'A renouvelé le mandat jusqu’au 30 juin 2022 en gardant les plafonds de 2016.' },
  'resolution.2640': { description: 'A renouvelé le mandat jusqu’au 30 juin 2023 et demandé l’examen interne.' },
  'resolution.2690': { description: 'A mis fin au mandat le 30 juin 2023 et fixé le retrait au 31 décembre 2023.' },
  'resolution.1925': {
    description: 'A rebaptisé la MONUC en MONUSCO, la mission en République démocratique du Congo, au 1er juillet 2010.',
  },
  'resolution.1996': { description: 'A créé la MINUSS, la mission au Soudan du Sud, avec 7 000 militaires et 900 policiers.' },
  'resolution.2149': { description: 'A créé la MINUSCA, la mission en République centrafricaine.' },
  'resolution.2709': { description: 'A renouvelé la MINUSCA jusqu’au 15 novembre 2024, avec 14 400 militaires et 3 020 policiers.' },
  'resolution.2717': { description: 'A prolongé la MONUSCO jusqu’au 20 décembre 2024 et fixé son désengagement en trois phases.' },
  'place.mali': { description: 'Pays d’Afrique de l’Ouest où servait la MINUSMA.' },
  'place.bamako': { description: 'Capitale du Mali, siège du quartier général de la MINUSMA.' },
  'place.gao': { description: 'Ville du nord, avec l’une des plus grandes bases de la MINUSMA.' },
  'place.timbuktu': { description: 'Ville du nord, avec une base régionale de la MINUSMA.' },
  'place.kidal': { description: 'Ville du nord tenue par la CMA, avec une base de la MINUSMA.' },
  'place.tessalit': {
    description: 'Ville de la région de Kidal dont le camp de la MINUSMA, fermé le 21 octobre 2023, fut le premier de la région.',
  },
  'place.aguelhok': {
    description: 'Ville de la région de Kidal dont le camp de la MINUSMA a fermé quelques jours après celui de Tessalit.',
  },
  'place.mopti': { description: 'Ville du centre du Mali, avec une base de la MINUSMA.' },
  'place.menaka': { description: 'Ville de l’est, avec une base de la MINUSMA, près de la zone de l’État islamique.' },
  'place.azawad': { description: 'Nom que les mouvements du Nord donnent au nord du Mali.' },
  'place.algiers': { description: 'Capitale de l’Algérie, où l’accord de 2015 a été négocié.' },
  'place.france': { description: 'Ancienne puissance coloniale ; ses troupes ont combattu au Mali de 2013 à 2022.' },
  'place.russia': { description: 'Pays dont les mercenaires et les instructeurs ont travaillé avec l’armée malienne à partir de 2021.' },
  'place.niger': { description: 'Voisin du Mali où les troupes françaises sont allées en quittant le Mali.' },
  'place.algeria': { description: 'Voisin du Mali qui a mené la médiation de l’accord de 2015.' },
  'place.benin': { description: 'Pays contributeur de troupes qui a mis fin à sa contribution en 2022.' },
  'place.egypt': { description: 'Grand contributeur de troupes qui a suspendu son contingent en août 2022.' },
  'place.cote-divoire': {
    description: 'Pays contributeur de troupes qui a retiré peu à peu son contingent après l’arrestation de 46 de ses soldats.',
  },
  'place.united-kingdom': { description: 'Contributeur parti tôt, en invoquant le partenariat du Mali avec Wagner.' },
  'place.germany': { description: 'Contributeur qui a décidé en novembre 2022 de partir avant mai 2024.' },
  'place.sweden': { description: 'Contributeur dont le départ a été annoncé en 2022.' },
  'place.burkina-faso': { description: 'Voisin du Mali ; l’un des membres fondateurs du G5 Sahel.' },
  'place.mauritania': { description: 'Voisin du Mali ; l’un des membres fondateurs du G5 Sahel.' },
  'place.chad': { description: 'Premier contributeur de troupes en février 2023.' },
  'place.bangladesh': { description: 'Deuxième contributeur de troupes en février 2023.' },
  'place.senegal': { description: 'L’un des principaux contributeurs de troupes en février 2023.' },
  'place.togo': { description: 'L’un des principaux contributeurs de troupes en février 2023.' },
  'place.china': { description: 'Membre permanent du Conseil de sécurité ; s’est abstenue sur la résolution 2640 en 2022.' },
  'place.united-states': { description: 'Membre permanent du Conseil de sécurité.' },
};
