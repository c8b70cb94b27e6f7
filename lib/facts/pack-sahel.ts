import { dated } from './dated';
import type { DateFact, Entity } from './schema';
import { S } from './sources';

/** The alliance Mali's junta formed with its neighbours' as MINUSMA left. */
export const SAHEL_ENTITIES: Entity[] = [
  {
    id: 'org.aes',
    type: 'organisation',
    name: 'Alliance of Sahel States',
    names: { en: 'Alliance of Sahel States', fr: 'Alliance des États du Sahel' },
    aliases: ['Alliance of Sahel States', 'Alliance des États du Sahel', 'Sahel States Alliance', 'AES'],
    period: { from: '2023-09-16' },
    description: 'Defence alliance of the military governments of Mali, Burkina Faso and Niger, set up by the Liptako-Gourma Charter.',
    sources: [S.aesCreated],
    confidence: 'high',
  },
];

/** Its founding, and the three juntas' exit from ECOWAS. */
export const SAHEL_DATES: DateFact[] = [
  dated('aes.created', {
    subject: 'org.aes',
    event: 'Mali, Burkina Faso and Niger sign the Liptako-Gourma Charter creating the Alliance of Sahel States',
    date: '2023-09-16',
    en: ['created', 'formed', 'set up', 'established', 'founded', 'signed', 'charter', 'liptako-gourma'],
    fr: ['créé', 'créée', 'instituant', 'signé', 'charte', 'liptako-gourma', 'mis en place'],
    source: S.aesCreated,
  }),
  dated('ecowas.sahel-exit', {
    subject: 'body.ecowas',
    event: 'Mali, Burkina Faso and Niger announce their immediate withdrawal from ECOWAS',
    date: '2024-01-28',
    // Only the words of leaving the bloc itself: ECOWAS withdrew ambassadors of its own in January 2022.
    en: [
      'withdrawal from ecowas',
      'withdraw from ecowas',
      'withdrew from ecowas',
      'leave ecowas',
      'leaving ecowas',
      'left ecowas',
      'quit ecowas',
      'exit from ecowas',
      'departure from ecowas',
      'break away from ecowas',
    ],
    fr: ['retrait de la cedeao', 'quitter la cedeao', 'quitté la cedeao', 'quittent la cedeao', 'sortie de la cedeao'],
    source: S.ecowasExit,
  }),
];
