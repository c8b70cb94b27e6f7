import type { Entity } from './schema';
import { S } from './sources';

/** The groups JNIM was formed from, and the Arab movement split between the CMA and the Platform. */
export const ARMED_GROUPS: Entity[] = [
  {
    id: 'org.ansar-dine',
    type: 'organisation',
    name: 'Ansar Dine',
    names: { en: 'Ansar Dine', fr: 'Ansar Dine' },
    aliases: ['Ansar Dine', 'Ansar Eddine', 'Ansar al-Dine', 'Ansar ad-Dine'],
    period: { to: '2017-03-02' },
    description: 'Jihadist group led by Iyad Ag Ghaly, one of those that merged into JNIM in March 2017.',
    sources: [S.jnim],
    confidence: 'high',
  },
  {
    id: 'org.katiba-macina',
    type: 'organisation',
    name: 'Katiba Macina',
    names: { en: 'Macina Liberation Front', fr: 'Front de libération du Macina' },
    aliases: ['Katiba Macina', 'katiba Macina', 'Macina Liberation Front', 'Front de libération du Macina'],
    description: 'Jihadist group of central Mali, one of those that merged into JNIM in March 2017.',
    sources: [S.jnim],
    confidence: 'high',
  },
  {
    id: 'org.al-mourabitoun',
    type: 'organisation',
    name: 'Al-Mourabitoun',
    names: { en: 'Al-Mourabitoun', fr: 'Al-Mourabitoun' },
    aliases: ['Al-Mourabitoun', 'al-Mourabitoun', 'Al-Murabitun', 'al-Murabitun', 'Al Mourabitoun'],
    description: 'Jihadist group, one of those that merged into JNIM in March 2017.',
    sources: [S.jnim],
    confidence: 'high',
  },
  {
    id: 'org.maa',
    type: 'organisation',
    name: 'MAA',
    names: { en: 'Arab Movement of Azawad', fr: 'Mouvement arabe de l’Azawad' },
    aliases: ['MAA', 'Arab Movement of Azawad', 'Mouvement arabe de l’Azawad'],
    description: 'Arab armed movement of the north, split between a wing in the CMA and a loyalist wing in the Platform.',
    sources: [S.cma, S.platform],
    confidence: 'high',
  },
];
