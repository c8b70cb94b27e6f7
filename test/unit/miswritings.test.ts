import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine/create-engine';
import { annotateText } from '../../lib/engine/engine';
import { indexFacts } from '../../lib/facts/fact-index';
import { SHIPPED_PACK } from '../../lib/facts/pack';
import { annotate, engine } from '../support/engine';

type Written = [sentence: string, written: string, entityId: string];

// How the engine reads a name written in a sentence: `status entityId`.
function readAs(sentence: string, written: string): string | undefined {
  const found = annotate(sentence).entities.find((e) => e.text === written);
  return found && `${found.status} ${found.entityId}`;
}

// The miswritings the reference sheet saw in real coverage, each in a sentence of its own.
const SEEN: Written[] = [
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

// Miswritings of other kinds: a possessive without its apostrophe, an operation's name.
const TYPOS: Written[] = [
  ['MINUSMAs troops left Kidal.', 'MINUSMAs', 'mission.minusma'],
  ['MONUSCOs base was attacked.', 'MONUSCOs', 'mission.monusco'],
  ['Operation Barkane ended in 2022.', 'Operation Barkane', 'operation.barkhane'],
  // An agreement's name, its town's letters swapped or one dropped.
  ['The Algeirs Agreement was signed in 2015.', 'Algeirs Agreement', 'agreement.algiers-2015'],
  ['The Algers accord was signed in 2015.', 'Algers accord', 'agreement.algiers-2015'],
  // A transliteration from Russian drops a long name's final `e`, after the name's lower-case first word.
  ['French military operation Barkhan ended in November 2022.', 'operation Barkhan', 'operation.barkhane'],
  ['L’opération Barkhan a pris fin en novembre 2022.', 'opération Barkhan', 'operation.barkhane'],
  // Quoted after that word, as Russian quotes it: the quoted name alone.
  ['The French operation "Barkhan" left Mali in August 2022.', 'Barkhan', 'operation.barkhane'],
  // A letter doubled or undoubled, which may be two edits (`tt` for `rr`).
  ['The UN Secretary General Antonio Gutteres warned.', 'Antonio Gutteres', 'person.guterres'],
  ['President Assimi Goitta spoke.', 'Assimi Goitta', 'person.goita'],
  // A homophone.
  ['The Security Counsel renewed the mandate.', 'Security Counsel', 'body.security-council'],
  // A transliteration's ending, which no people or plural makes.
  ['The UN Secretary General Antonio Guterresh expressed concern.', 'Antonio Guterresh', 'person.guterres'],
  // A letter added to a surname after a given name written right.
  ['Foreign Minister Abdoulaye Diope said the mission had failed.', 'Abdoulaye Diope', 'person.diop'],
  // A misspelled acronym right after a sentence's opening word.
  ['The MINUSAM mission was established in 2013.', 'MINUSAM', 'mission.minusma'],
  // Two letters of a long name swapped, however far apart.
  ['MUNISMA peacekeepers patrolled Gao.', 'MUNISMA', 'mission.minusma'],
  // A given name misspelled after a stored two-letter first word.
  ['The head of the mission El Gassim Wane spoke.', 'El Gassim Wane', 'person.wane'],
];

describe('names miswritten in real coverage', () => {
  it.each([...SEEN, ...TYPOS])('reads “%s” as a variant', (sentence, written, entityId) => {
    expect(readAs(sentence, written)).toBe(`variant ${entityId}`);
  });

  it('judges the dates of what a misspelled name names as those of the stored name', () => {
    const dates = (text: string) =>
      annotateText(text, engine, { articleDate: '2023-11-15' }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());
    expect(dates('Operation Barkane ended in November 2022.')).toEqual(['November 2022 → match barkhane.end']);
    expect(dates('Yegveny Prigozhin died in August 2023.')).toEqual(['August 2023 → match prigozhin.death']);
    expect(dates('Yegveny Prigozhin died in July 2023.')).toEqual(['July 2023 → conflict prigozhin.death']);
  });

  it('reads a surname that is also a word as the name only with a capital', () => {
    const names = (text: string) => annotate(text).entities.map((e) => `${e.text} ${e.entityId}`);
    expect(names('Support for the junta is on the wane in Bamako.')).toEqual(['Bamako place.bamako']);
    expect(names('Old mills closed along the river.')).toEqual([]);
    expect(names('The envoy, Wane, told reporters in Bamako.')).toEqual(['Wane person.wane', 'Bamako place.bamako']);
  });

  it('reads a name cut short as another word, but for a long name’s final `e` or a surname after given names', () => {
    const names = (text: string) => annotate(text).entities.map((e) => `${e.text} ${e.status}`);
    expect(names('Richard Mill spoke in Bamako.')).toEqual(['Richard Mill variant', 'Bamako match']);
    expect(names('The mission’s head, El-Ghassim Wan, said the withdrawal was on track.')).toEqual(['El-Ghassim Wan variant']);
    expect(names('Mill spoke in Bamako.')).toEqual(['Bamako match']);
    expect(names('The CFA Franc fell against the euro.')).toEqual([]);
    expect(names('Wind shapes each Barkhan in the desert.')).toEqual([]);
    expect(names('The operation moved north.')).toEqual([]);
  });
});

// Other ways the press writes a name, each the name itself rather than a miswriting of it.
const WRITTEN: Written[] = [
  ['The 2015 Algiers Accord is dead, the junta said.', 'Algiers Accord', 'agreement.algiers-2015'],
  ['Under the Algiers peace accord, rebels were to join the army.', 'Algiers peace accord', 'agreement.algiers-2015'],
  ['Les accords d’Alger ne tiennent plus.', 'accords d’Alger', 'agreement.algiers-2015'],
  ['Mr. Wane told reporters the mission would leave.', 'Wane', 'person.wane'],
  ['Jamaat Nusrat al-Islam wal-Muslimin claimed the attack.', 'Jamaat Nusrat al-Islam wal-Muslimin', 'org.jnim'],
  ['It is the deadliest mission of the UNO, a translator wrote.', 'UNO', 'body.united-nations'],
  ['Ag Ghaly founded Ansar Dine in 2012.', 'Ag Ghaly', 'person.ag-ghaly'],
  // The short names the press gives the mission.
  ['The UN Stabilisation Mission in Mali has come to an end.', 'UN Stabilisation Mission in Mali', 'mission.minusma'],
  ['MINUSMA, the UN peacekeeping mission in Mali, is leaving.', 'UN peacekeeping mission in Mali', 'mission.minusma'],
  ['La mission de l’ONU au Mali quitte le pays.', 'mission de l’ONU au Mali', 'mission.minusma'],
  ['La mission onusienne au Mali a pris fin.', 'mission onusienne au Mali', 'mission.minusma'],
  // And the other missions', as the press describes them too.
  ['The UN mission in South Sudan has about 18,000 personnel.', 'UN mission in South Sudan', 'mission.unmiss'],
  ['La mission de l’ONU en Centrafrique compte 14 400 militaires.', 'mission de l’ONU en Centrafrique', 'mission.minusca'],
  ['MINUSMA, the UN’s Mali mission, closed its doors.', 'UN’s Mali mission', 'mission.minusma'],
  ['Egypt Suspends Participation In UN Mali Mission', 'UN Mali Mission', 'mission.minusma'],
  ['Ag Ghali leads JNIM.', 'Ag Ghali', 'person.ag-ghaly'],
  // A surname after the person's own given name misspelled (`Yevgeni` for `Yevgeny`) is still the person's.
  ['Yevgeni Prigojine’s fighters were seen in Mopti.', 'Prigojine', 'person.prigozhin'],
  // An initial after the person's given name, or the person's own initial.
  ['Vassily A. Nebenzia, Russia’s envoy, opposed the draft.', 'Nebenzia', 'person.nebenzia'],
  ['A. Diop met the envoy.', 'Diop', 'person.diop'],
  // A Russian patronymic after the person's given name.
  ['Yevgeny Viktorovich Prigozhin founded Wagner.', 'Prigozhin', 'person.prigozhin'],
  ['The Group for the Support of Islam and Muslims claimed the attack.', 'Group for the Support of Islam and Muslims', 'org.jnim'],
  ['The Support Group for Islam and Muslims claimed it.', 'Support Group for Islam and Muslims', 'org.jnim'],
  // The groups JNIM was formed from, and the Arab movement of the north.
  ['JNIM was formed by merging Ansar Dine and other groups.', 'Ansar Dine', 'org.ansar-dine'],
  ['Ansar Eddine contrôlait Tombouctou.', 'Ansar Eddine', 'org.ansar-dine'],
  ['Le Front de libération du Macina a rejoint le JNIM.', 'Front de libération du Macina', 'org.katiba-macina'],
  ['The katiba Macina operates in central Mali.', 'katiba Macina', 'org.katiba-macina'],
  ['Al-Mourabitoun claimed the attack.', 'Al-Mourabitoun', 'org.al-mourabitoun'],
  ['The MNLA, the HCUA and the MAA formed the CMA.', 'MAA', 'org.maa'],
];

describe('names as the press writes them', () => {
  it.each(WRITTEN)('reads “%s” as the stored name', (sentence, written, entityId) => {
    expect(readAs(sentence, written)).toBe(`match ${entityId}`);
  });

  it('reads US before a dollar sign or word as the currency, not the United States', () => {
    expect(annotate('MINUSMA has a budget of US$1.2bn.').entities.map((e) => e.entityId)).toEqual(['mission.minusma']);
    expect(annotate('The budget was 1.26 billion US dollars.').entities).toEqual([]);
    expect(annotate('The US pledged 10 million U.S. dollars.').entities.map((e) => e.text)).toEqual(['US']);
    expect(annotate('The US pledged aid.').entities.map((e) => e.entityId)).toEqual(['place.united-states']);
  });
});

// Long names a machine translation renders word for word, in the other language's order.
const TRANSLATED: Written[] = [
  [
    'The Multidimensional Integrated Mission of the United Nations for Stabilization in Mali is leaving.',
    'Multidimensional Integrated Mission of the United Nations for Stabilization in Mali',
    'mission.minusma',
  ],
  ['The Council of Security of the UN voted.', 'Council of Security of the UN', 'body.security-council'],
  [
    'The Agreement for Peace and Reconciliation in Mali is over.',
    'Agreement for Peace and Reconciliation in Mali',
    'agreement.algiers-2015',
  ],
  [
    'The Economic Community of the States of West Africa lifted sanctions.',
    'Economic Community of the States of West Africa',
    'body.ecowas',
  ],
  // Opening with a stored name (`United Nations`), and in French with the inner words in lower case.
  [
    'The United Nations Multidimensional Integrated Stability Mission in Mali will withdraw.',
    'United Nations Multidimensional Integrated Stability Mission in Mali',
    'mission.minusma',
  ],
  [
    'La Mission intégrée multidimensionnelle de stabilisation des Nations unies au Mali a pris fin.',
    'Mission intégrée multidimensionnelle de stabilisation des Nations unies au Mali',
    'mission.minusma',
  ],
  // Or going on as a stored longer name does (`in the`) and then otherwise.
  ['The Islamic State in the Great Sahara killed dozens in Ménaka.', 'Islamic State in the Great Sahara', 'org.islamic-state'],
  ['The UN mission on stabilization in Mali (MINUSMA) numbered 15,209.', 'UN mission on stabilization in Mali', 'mission.minusma'],
];

describe('names a translation renders word for word', () => {
  it.each(TRANSLATED)('reads “%s” as a variant', (sentence, written, entityId) => {
    expect(readAs(sentence, written)).toBe(`variant ${entityId}`);
  });

  it('reads the other mission’s translated name as that mission, and another community as none', () => {
    const names = (text: string) => annotate(text).entities.map((e) => e.entityId);
    expect(names('The Multidimensional Integrated Stabilization Mission in the Central African Republic')).toEqual(['mission.minusca']);
    expect(names('The Economic Community of Central African States met.')).toEqual([]);
    const written = (text: string) => annotate(text).entities.map((e) => `${e.text} ${e.status}`);
    expect(written('Under Security Council pressure, the junta gave way.')).toEqual(['Security Council match']);
    expect(written('The Islamic State in Mali killed dozens.')).toEqual(['Islamic State match', 'Mali match']);
    // A renamed name opens with a capital, and a stored name gives way only to a longer one.
    expect(written('Soldiers of the peacekeeping mission in Mali left.')).toEqual(['Mali match']);
    // The press's descriptions are no names to reorder, even in a headline's capitals.
    expect(written('Security Council Votes To End Peacekeeping Mission In Mali')).toEqual(['Security Council match', 'Mali match']);
    expect(written('UN Mission In Mali To End After A Decade')).toEqual(['UN Mission In Mali match']);
    expect(written('The United Nations Development Programme stays in Mali.')).toEqual(['United Nations match', 'Mali match']);
    // The date a name holds is no name of its own: `June 14 2014` is no Platform of 14 June 2014.
    expect(written('Armed groups formed an alliance in Algiers on June 14 2014.')).toEqual(['Algiers match']);
    // A short name less a word is any country's: the Malian Armed Forces are not Britain's or Côte d'Ivoire's.
    expect(written('The Minister for the Armed Forces told the House.')).toEqual([]);
    expect(written('The Ivorian Armed Forces sent troops.')).toEqual([]);
    expect(written('The Armed Forces of Mali took Kidal.')).toEqual(['Armed Forces of Mali variant', 'Kidal match']);
  });
});

describe('the words kept for finding miswritten names', () => {
  it('stay bounded however many pages the background reads, and names are still found after', () => {
    const engine = createEngine(indexFacts(SHIPPED_PACK));
    // Capitalised made-up words, each compared with the stored names once and then remembered.
    const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + Number.parseInt(d, 26)));
    const words = Array.from({ length: 25_000 }, (_, n) => `Zu${letters(n)}`);
    annotateText(`${words.join(' and ')}.`, engine);
    expect(engine.fuzzy.candidates.size).toBeGreaterThan(0);
    expect(engine.fuzzy.candidates.size).toBeLessThanOrEqual(20_000);
    const found = annotateText('Foreign minister Aboulaye Diop spoke.', engine).entities;
    expect(found.map((e) => `${e.status} ${e.entityId}`)).toEqual(['variant person.diop']);
  });
});
