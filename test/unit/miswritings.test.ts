import { describe, expect, it } from 'vitest';
import { annotate } from '../support/engine';

// The miswritings the reference sheet saw in real coverage, each in a sentence of its own.
const SEEN: [sentence: string, written: string, entityId: string][] = [
  ['Foreign minister Aboulaye Diop spoke.', 'Aboulaye Diop', 'person.diop'],
  ['Abdullah Diop said Mali would decide.', 'Abdullah Diop', 'person.diop'],
  ['Colonel Asimi Gueta took power.', 'Asimi Gueta', 'person.goita'],
  ['El-Ghassum Wane said the mission would leave.', 'El-Ghassum Wane', 'person.wane'],
  ['Al-Qassem Wayne met the minister.', 'Al-Qassem Wayne', 'person.wane'],
  ['The UN envoy Qassem Vani said so.', 'Qassem Vani', 'person.wane'],
  ['Yegveny Prigozhin died.', 'Yegveny Prigozhin', 'person.prigozhin'],
  ['Vasily Nebenzya spoke for Russia.', 'Vasily Nebenzya', 'person.nebenzia'],
  ['Wasilij Nebenzia voted against.', 'Wasilij Nebenzia', 'person.nebenzia'],
  ['Natalie Broadhurst spoke for France.', 'Natalie Broadhurst', 'person.broadhurst'],
  ['The MUNUSMA peacekeepers left Kidal.', 'MUNUSMA', 'mission.minusma'],
];

describe('names miswritten in real coverage', () => {
  it.each(SEEN)('reads “%s” as a variant', (sentence, written, entityId) => {
    const found = annotate(sentence).entities.find((e) => e.text === written);
    expect(found && `${found.status} ${found.entityId}`).toBe(`variant ${entityId}`);
  });
});
