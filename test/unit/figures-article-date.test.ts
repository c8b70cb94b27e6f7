import { describe, expect, it } from 'vitest';
import fr from '../../assets/public/_locales/fr/messages.json';
import { annotateText } from '../../lib/engine/engine';
import { english, sayFrom } from '../../lib/say';
import { annotate, engine } from '../support/engine';

describe('the article date', () => {
  // `text → status factId` of each figure, judged in an article of that date.
  const judged = (text: string, articleDate: string, french = false) =>
    annotateText(text, engine, { articleDate, french }).figures.map((f) => `${f.text} → ${f.status} ${f.factId ?? ''}`.trim());

  it('prefers facts that held when the article was written, and says when a fact is older', () => {
    const text = 'The mission had 12,947 uniformed peacekeepers when the withdrawal began.';
    const [later] = annotateText(text, engine, { articleDate: '2023-12-11' }).figures;
    expect(later?.explanation).toMatch(
      /^Matches the canonical figure: about 12,947.*This fact holds until August 2023, before this article \(11 December 2023\)\.$/,
    );
    const [same] = annotateText(text, engine, { articleDate: '2023-08-30' }).figures;
    expect(same?.explanation).not.toMatch(/before this article/);
  });

  it('reads a day early in the year in a late December article as the coming one when an event of that day agrees', () => {
    expect(judged('The mission’s liquidation begins on January 1.', '2023-12-28')).toEqual(['January 1 → match minusma.liquidation']);
    expect(judged('The junta spoke on January 1.', '2023-12-28')).toEqual(['January 1 → unknown']);
  });

  it('matches the troops of the last year by AFP’s count before the withdrawal, and by the UN’s once it began', () => {
    const text = 'The 13,000 blue helmets of MINUSMA must leave Mali.';
    expect(judged(text, '2023-05-01')).toEqual(['13,000 → match minusma.strength.deployed-2022']);
    expect(judged(text, '2023-08-15')).toEqual(['13,000 → match minusma.strength.deployed-2023']);
    // Troops and police are the uniformed personnel of either count: the nearer value decides.
    expect(judged('The mission had 12,944 troops and police when the withdrawal began.', '2024-01-05')).toEqual([
      '12,944 → match minusma.strength.deployed-2023',
    ]);
    expect(judged('In September 2022, the mission had about 13,000 troops and police.', '2024-01-05')).toEqual([
      'September 2022 → unknown',
      '13,000 → match minusma.strength.deployed-2022',
    ]);
    // However many words name them.
    expect(judged('In total, more than 12,000 military personnel and police officers were withdrawn.', '2024-01-01')).toEqual([
      '12,000 → match minusma.strength.deployed-2023',
    ]);
    // Nor are they the soldiers alone, whose ceiling still held on the day the mandate ended.
    expect(judged('The mission, known as MINUSMA, had about 13,000 troops and police.', '2023-06-30')).toEqual([
      '13,000 → match minusma.strength.deployed-2022',
    ]);
  });

  it('dates a count by a year written a few words after what it counts, not by one of another verb before `and`', () => {
    expect(judged('Between 12,000 and 13,000 peacekeepers were deployed in 2022.', '2024-01-05')).toEqual([
      '12,000 and 13,000 → match minusma.strength.deployed-2022',
      '2022 → unknown',
    ]);
    expect(judged('La Minusma comptait quelque treize mille casques bleus et policiers en 2023.', '2024-01-05', true)).toEqual([
      'treize mille → match minusma.strength.deployed-2023',
      '2023 → unknown',
    ]);
    // Not one that dates another verb before `and`.
    expect(judged('MINUSMA was established in April 2013 and has about 15,000 uniformed personnel.', '2023-07-15')).toEqual([
      'April 2013 → match minusma.established',
      '15,000 → match minusma.strength.ceiling',
    ]);
    // Nor by a count of people written like a year.
    expect(judged('The ceiling is 1920 police and 13289 military personnel.', '2023-07-15')).toEqual([
      '1920 → match minusma.strength.police',
      '13289 → match minusma.strength.military',
    ]);
    // Who said it and when, ending the sentence: a tally as of then, disputed by that year's count.
    expect(judged('Since 2013, 150 peacekeepers have been killed in hostile acts, the UN said in September 2022.', '2024-03-01')).toEqual([
      '2013 → match minusma.takeover',
      '150 → conflict minusma.casualties.hostile-2022',
      'September 2022 → unknown',
    ]);
    // Said earlier than that count, or in that year with no month, a lower figure lies between it and the tally before.
    const earlier = (when: string) =>
      judged(`Since 2013, 150 peacekeepers have been killed in hostile acts, the UN said in ${when}.`, '2024-03-01');
    expect(earlier('June 2022')[1]).toBe('150 → unknown');
    expect(earlier('2022')[1]).toBe('150 → unknown');
    // Short of the tally before, it disputes that year's count still.
    const short = judged('Since 2013, 100 peacekeepers have been killed in hostile acts, the UN said in 2022.', '2024-03-01');
    expect(short[1]).toBe('100 → conflict minusma.casualties.hostile-2022');
    // A sentence opening with what happened then: its year dates the clause after it.
    expect(
      judged(
        'When the Security Council created MINUSMA in April 2013, it asked some 12,600 soldiers and police to stabilise Mali.',
        '2024-01-28',
      ),
    ).toEqual(['April 2013 → match minusma.established', '12,600 → match minusma.strength.uniformed-2013']);
    expect(judged('Lorsque la Minusma a été créée en 2013, elle comptait 12 640 soldats et policiers.', '2024-01-28', true)).toEqual([
      '2013 → match minusma.established',
      '12 640 → match minusma.strength.uniformed-2013',
    ]);
  });

  it('reads malicious acts (`actes malveillants`), as the UN writes them, as hostile acts', () => {
    expect(judged('Fatalities (2013-2023): 311, of which 180 due to malicious acts.', '2024-01-05').slice(2)).toEqual([
      '311 → match minusma.fatalities.all-causes',
      '180 → match minusma.fatalities.hostile-end',
    ]);
    expect(judged('La Mission a perdu environ 180 Casques bleus dans des actes malveillants.', '2024-01-05', true)).toEqual([
      '180 → match minusma.fatalities.hostile-end',
    ]);
  });

  it('reads French uniformed personnel `en tenue` as the English `uniformed`', () => {
    expect(judged('La Minusma comptait 12 947 personnels en tenue en mai 2023.', '2024-01-05', true)).toEqual([
      '12 947 → match minusma.strength.deployed-2023',
      'mai 2023 → unknown',
    ]);
  });

  it('judges an article by no fact that began after it was written', () => {
    // In 2014 the mission had about 9,000 peacekeepers, and 11,200 soldiers and 1,440 police were authorised.
    expect(judged('The mission has 9,000 peacekeepers.', '2014-05-20')).toEqual(['9,000 → unknown']);
    expect(judged('The mission is authorised to deploy 12,640 uniformed personnel.', '2014-05-20')).toEqual([
      '12,640 → match minusma.strength.uniformed-2013',
    ]);
    // The UN's press release rounded it to 12,600; the creation's count disputes no later one it does not name.
    expect(judged('The mission was established in 2013 with 12,600 personnel.', '2023-12-20')).toEqual([
      '2013 → match minusma.established',
      '12,600 → match minusma.strength.uniformed-2013',
    ]);
    expect(judged('La Minusma a été créée en 2013 avec 12 600 casques bleus.', '2023-12-20', true)).toEqual([
      '2013 → match minusma.established',
      '12 600 → match minusma.strength.uniformed-2013',
    ]);
    // Peacekeepers are no civilians: fewer than the mission's people dispute the uniformed deployed.
    expect(judged('The mission has 9,000 peacekeepers.', '2023-01-28')).toEqual(['9,000 → conflict minusma.strength.deployed-2022']);
    expect(
      judged(
        "Around 12,000 peacekeepers serve in MINUSMA, which has lost more than 170 personnel to hostile acts since 2013, making it the UN's deadliest mission.",
        '2022-11-14',
      ),
    ).toEqual([
      '12,000 → conflict minusma.strength.deployed-2022',
      '170 → match minusma.casualties.hostile-2022',
      '2013 → match minusma.takeover',
    ]);
    expect(judged('The mission had 1,750 peacekeepers, uniformed and civilian.', '2023-01-28')).toEqual([
      '1,750 → conflict minusma.strength.total',
    ]);
  });

  it('takes a number no one rounds to, given exactly, for the fact of that value, however old', () => {
    // 12,947 is near the 12,640 authorised in 2013 and near the 13,289 soldiers of 2016: each is its own fact's.
    expect(judged('MINUSMA initially had 12,640 uniformed personnel.', '2024-01-05')).toEqual([
      '12,640 → match minusma.strength.uniformed-2013',
    ]);
    expect(judged('Some 12,947 military personnel were deployed.', '2024-01-05')).toEqual([
      '12,947 → match minusma.strength.deployed-2023',
    ]);
    // A round number stays the newer fact's it is near.
    expect(judged('MINUSMA had about 13,000 uniformed personnel.', '2024-01-05')).not.toContain(
      '13,000 → match minusma.strength.uniformed-2013',
    );
  });

  it('takes a dateline for the story’s date, which disputes none of the events it reports', () => {
    expect(judged('PARIS, Feb 17 (Reuters) - France and its allies said they would begin a withdrawal from Mali.', '2022-02-17')).toEqual([
      'Feb 17 → match barkhane.exit-announced',
    ]);
    expect(judged('PARIS, Feb 16 (Reuters) - France said it would begin its withdrawal from Mali.', '2022-02-16')).toEqual([
      'Feb 16 → unknown',
    ]);
    // Not a date that opens a sentence of its own.
    expect(judged('On Feb 16, France completed its withdrawal from Mali.', '2022-02-16')).toEqual(['Feb 16 → conflict barkhane.mali-exit']);
    // The French press's `le` before it, and a deadline, which confirms what happened by then but disputes nothing.
    const lead =
      'Bamako, le 12 décembre 2023 – La Minusma a achevé le retrait de ses bases, à trois semaines de l’échéance du 31 décembre fixée par la résolution 2690.';
    expect(judged(lead, '2023-12-12', true)).toEqual(['12 décembre 2023 → unknown', 'trois → unknown', '31 décembre → unknown']);
  });

  it('takes what remains of a force after its fact was counted for a later count, no wrong figure', () => {
    expect(judged('Wane said the mission had left behind 600 civilian staff.', '2024-01-02')).toEqual(['600 → unknown']);
    expect(judged('About 2,500 French troops remain in the Sahel, mostly in Niger and Chad.', '2023-07-15')).toEqual(['2,500 → unknown']);
    // Before the count was taken, or without a word of what remains, it is still judged.
    expect(judged('The mission had 600 civilian staff.', '2024-01-02')).toEqual(['600 → conflict minusma.civilians-2023']);
    expect(judged('The mission still had 600 civilian staff.', '2023-08-20')).toEqual(['600 → conflict minusma.civilians-2023']);
  });

  it('reads a running total in an article written before it was counted as an earlier tally', () => {
    // True in 2014 and in 2017: the tallies of 2021 and 2023 and France's nine years were still growing.
    expect(judged('Some 30 peacekeepers have been killed.', '2014-06-01')).toEqual(['30 → unknown']);
    expect(judged('128 peacekeepers have been killed.', '2014-06-01')).toEqual(['128 → unknown']);
    expect(judged("France's two-year intervention goes on.", '2017-03-01')).toEqual(['two → unknown']);
    // A year's count is taken at the year's end.
    expect(judged('Some 8 peacekeepers were killed in 2022.', '2022-06-20')).toEqual(['8 → unknown', '2022 → unknown']);
    // A value counted by the article's date still agrees: 303 deaths as of May 2023.
    expect(judged('303 peacekeepers have died since 2013.', '2023-06-20')[0]).toBe('303 → match minusma.fatalities.all-causes');
    // Once counted, the totals judge as before.
    expect(judged('Some 30 peacekeepers have been killed.', '2023-06-20')[0]).toMatch(/^30 → conflict minusma\.casualties\.killed-/);
    expect(judged('Some 8 peacekeepers were killed in 2022.', '2023-02-01')).toEqual([
      '8 → conflict minusma.deadliest-2022',
      '2022 → unknown',
    ]);
    // A year said from the article's dates a count both ways: it may match that year's count, and dispute it.
    expect(judged('Last year 15 peacekeepers were killed in Mali, more than in any other mission.', '2023-07-15')).toEqual([
      '15 → conflict minusma.deadliest-2022',
    ]);
    // So does the year a sentence is about, in each of its clauses, and a count of that year is no running total.
    expect(judged('2022 was the deadliest year, with 14 peacekeepers killed in hostile acts.', '2023-08-01')).toEqual([
      '2022 → unknown',
      '14 → match minusma.deadliest-2022',
    ]);
    expect(judged('2022 was the deadliest year, with 20 peacekeepers killed.', '2023-08-01')).toEqual([
      '2022 → unknown',
      '20 → conflict minusma.deadliest-2022',
    ]);
    expect(judged('2021 saw 28 peacekeepers killed.', '2023-08-01')).toEqual(['2021 → unknown', '28 → unknown']);
    expect(judged('2021 alone saw 28 peacekeepers killed.', '2023-10-20')).toEqual(['2021 → unknown', '28 → unknown']);
    expect(judged('2022 alone saw 15 peacekeepers killed.', '2023-10-20')).toEqual([
      '2022 → unknown',
      '15 → conflict minusma.deadliest-2022',
    ]);
    // And an opening year `alone` (`seulement`), as `in 2022` would.
    expect(judged('En 2022 seulement, 14 Casques bleus ont été tués.', '2024-01-10', true)).toEqual([
      '2022 → unknown',
      '14 → match minusma.deadliest-2022',
    ]);
    // And the year a clause opening with `when` tells of.
    expect(judged('The deadliest year for the blue helmets was 2022, when 14 were killed.', '2023-08-01')).toEqual([
      '2022 → unknown',
      '14 → match minusma.deadliest-2022',
    ]);
    expect(judged('The worst year was 2022, during which 20 peacekeepers died.', '2023-08-01')).toEqual([
      '2022 → unknown',
      '20 → conflict minusma.deadliest-2022',
    ]);
    expect(judged("L'année la plus meurtrière fut 2022, lorsque 14 casques bleus ont été tués.", '2023-08-01', true)).toEqual([
      '2022 → unknown',
      '14 → match minusma.deadliest-2022',
    ]);
  });

  it('reads a running total above one counted before the article as a later tally, disputed only by a later count it exceeds', () => {
    // 165 killed by hostile acts were counted by January 2023, about 180 by the end; 687 injured, then over 700.
    expect(judged('The mission has lost 174 peacekeepers in attacks.', '2023-07-15')).toEqual(['174 → unknown']);
    // Its card names both tallies.
    const [between] = annotateText('The mission has lost 174 peacekeepers in attacks.', engine, { articleDate: '2023-07-15' }).figures;
    expect(between?.explanation).toMatch(
      /^No stored count of this date\..*: 165 peacekeepers killed .*\(July 2013 – January 2023\) and about 180 deaths .*\(July 2013 – December 2023\)\.$/,
    );
    expect(
      annotateText('La mission a perdu 174 casques bleus dans des attaques.', engine, { french: true, articleDate: '2023-07-15' })
        .figures[0]?.status,
    ).toBe('unknown');
    expect(judged('Since 2013, 700 peacekeepers have been injured in attacks.', '2023-07-15')).toEqual([
      '2013 → match minusma.takeover',
      '700 → unknown',
    ]);
    // A round hundred within a hundredth of a tally is that tally rounded: 300 of the 303 of May 2023.
    expect(judged('More than 170 peacekeepers have been killed in hostile acts, and 300 have died in total.', '2023-06-30')[1]).toBe(
      '300 → match minusma.fatalities.all-causes',
    );
    expect(judged('About 190 peacekeepers were killed in attacks on the mission.', '2023-07-15')).toEqual([
      '190 → conflict minusma.fatalities.hostile-end',
    ]);
    // A toll, `peacekeeper fatalities`, what `a coûté la vie`: words of deaths.
    expect(judged('The mission’s toll rose to 311 by the time it closed.', '2024-01-15')).toEqual([
      '311 → match minusma.fatalities.all-causes',
    ]);
    expect(judged('Peacekeeper fatalities totalled 310.', '2024-01-15')).toEqual(['310 → conflict minusma.fatalities.all-causes']);
    expect(judged('“More than 400 of our peacekeepers paid the ultimate price,” Guterres said.', '2024-01-15')).toEqual([
      '400 → conflict minusma.fatalities.all-causes',
    ]);
    expect(judged('Les attaques ont coûté la vie à 180 Casques bleus.', '2024-01-15', true)).toEqual([
      '180 → match minusma.fatalities.hostile-end',
    ]);
    // A later tally of `over 700` reaches only so far past it: 2,000 wounded exceed it.
    expect(judged('Some 2,000 peacekeepers were wounded over ten years.', '2023-07-15')[0]).toBe('2,000 → conflict minusma.injured.total');
    // A tally another source gave by the article's date is the earlier one: May 2023's 303 deaths, before 311.
    const [deaths] = annotateText('309 peacekeepers died.', engine, { articleDate: '2023-07-01' }).figures;
    expect(deaths?.explanation).toMatch(
      /: 303 personnel who died .*\(July 2013 – May 2023\) and 311 personnel .*\(July 2013 – December 2023\)\.$/,
    );
    // Once the later tally was made, a figure short of it disputes it.
    expect(judged('The mission has lost 174 peacekeepers in attacks.', '2024-03-01')).toEqual([
      '174 → conflict minusma.fatalities.hostile-end',
    ]);
    // In the month it was counted, the figure may be the same tally; a count of one year has no later tally.
    expect(judged('The mission has lost 174 peacekeepers in attacks.', '2023-01-20')).toEqual([
      '174 → conflict minusma.casualties.killed-2023',
    ]);
    expect(judged('In 2022, 20 peacekeepers were killed.', '2023-07-15')).toEqual([
      '2022 → unknown',
      '20 → conflict minusma.deadliest-2022',
    ]);
  });

  it('judges a figure by an earlier tally of the count when the tally it fits best was counted after the article', () => {
    // The 687 injured were counted in January 2023, after the article; the 649 of January 2021 before it.
    expect(judged('Some 600 peacekeepers have been injured in attacks.', '2022-06-15')).toEqual([
      '600 → conflict minusma.casualties.wounded-2021',
    ]);
    // Between the two, it may be a tally of the article's date; above the later one, it is too high for then.
    expect(judged('Some 670 peacekeepers have been injured in attacks.', '2022-06-15')[0]).toMatch(/^670 → unknown/);
    expect(judged('About 190 peacekeepers were killed in attacks on the mission.', '2022-06-15')).toEqual([
      '190 → conflict minusma.casualties.killed-2023',
    ]);
  });

  it('says which other source’s count a figure gives when it matches that one, not the canonical figure', () => {
    const said = (text: string, say = english) =>
      annotateText(text, engine, { articleDate: '2023-07-01', say, french: say !== english }).figures[0]?.explanation ?? '';
    // 165 is the review's count; France told the Council 180 in the same month.
    expect(said('More than 180 peacekeepers have been killed in hostile acts.')).toContain(
      'canonical figure: 165 peacekeepers killed by hostile acts since July 2013. The text agrees with 180, another source’s figure.',
    );
    expect(said('Plus de 180 casques bleus ont été tués dans des actes hostiles.', sayFrom(fr))).toContain(
      'Le texte concorde avec 180, le chiffre d’une autre source.',
    );
    expect(said('165 peacekeepers have been killed in hostile acts.')).not.toContain('agrees with');
    // Germany's 1,100 soldiers are in the source that gives its ceiling of 1,400.
    expect(said('Germany has about 1,100 soldiers in the mission.')).toContain(
      'The text agrees with 1,100, which the same source also gives.',
    );
  });

  it('matches the tallies of the mission’s end in an article of the month they were counted', () => {
    // The Secretary-General's 311 and AFP's about 180 were counted in December 2023, as the mission closed.
    expect(judged('The mission lost 311 peacekeepers, about 180 of them in attacks.', '2023-12-12')).toEqual([
      '311 → match minusma.fatalities.all-causes',
      '180 → match minusma.fatalities.hostile-end',
    ]);
    expect(judged('The mission lost 311 peacekeepers.', '2023-11-20')).toEqual(['311 → unknown']);
  });

  it('matches the latest tally of a count whose value the figure gives', () => {
    const text = 'Some 180 peacekeepers were killed in hostile acts.';
    // AFP's count at the end of the mission, not its count of September 2022 (over 175) that 180 also fits.
    expect(judged(text, '2024-01-02')).toEqual(['180 → match minusma.fatalities.hostile-end']);
    // Before the end, the tallies counted by then judge; `more than 175` is AFP's September count itself.
    expect(judged(text, '2023-06-30')).toEqual(['180 → match minusma.casualties.killed-2023']);
    expect(judged('More than 175 peacekeepers were killed in hostile acts.', '2024-01-02')).toEqual([
      '175 → match minusma.casualties.hostile-2022',
    ]);
    // A bound from above, with no year, is said of the article's date: a tally passed by then disputes it.
    expect(judged('Less than 150 peacekeepers were killed in hostile acts.', '2024-03-01')).toEqual([
      '150 → conflict minusma.casualties.killed-2023',
    ]);
    expect(judged('Fewer than 150 peacekeepers were killed in hostile acts by 2021.', '2024-03-01')[0]).toBe(
      '150 → match minusma.casualties.killed-2021',
    );
  });

  it('judges a count within one year by no total counted since an earlier one', () => {
    expect(judged('In 2021, 28 peacekeepers were killed, the highest toll of any UN mission that year.', '2024-01-10')).toEqual([
      '2021 → unknown',
      '28 → unknown',
    ]);
    // A year said from the article's date counts too.
    expect(judged('Last year, 28 peacekeepers were killed, the highest toll of any mission.', '2022-03-01')).toEqual(['28 → unknown']);
    expect(judged("L'an dernier, 28 casques bleus ont été tués.", '2022-03-01')).toEqual(['28 → unknown']);
    // So does a year said without its number, whatever the article's date.
    expect(judged('In total, 30 peacekeepers were killed in hostile acts that year, the UN said.', '2023-06-15')).toEqual(['30 → unknown']);
    expect(annotate('Last year, 28 peacekeepers were killed.').figures.map((f) => f.status)).toEqual(['unknown']);
    // By a year, or since one, the count is a running total, and the tally of January 2021 disputes it.
    expect(judged('By 2021, 28 peacekeepers had been killed.', '2024-01-10')).toEqual([
      '2021 → unknown',
      '28 → conflict minusma.casualties.killed-2021',
    ]);
    expect(judged('In 2023, 150 peacekeepers had been killed since 2013.', '2024-01-10')[1]).toBe(
      '150 → conflict minusma.casualties.killed-2023',
    );
  });

  it('judges a count of injuries by no count of deaths, and the other way round', () => {
    // `attacks` is a cue of the 165 killed; the figure's own words say it counts the injured.
    expect(judged('Some 600 peacekeepers have been injured in attacks.', '2023-07-15')).toEqual([
      '600 → conflict minusma.casualties.injured-2023',
    ]);
  });

  it('matches a duration still running by how long it had run when the article was written, and says so', () => {
    // France's intervention began on 11 January 2013, the mission on 1 July 2013.
    expect(judged("France's four-year intervention goes on.", '2017-03-01')).toEqual(['four → match france.years-in-mali']);
    expect(judged('After ten years in Mali, the UN mission is leaving.', '2023-06-30')).toEqual(['ten → match minusma.years']);
    expect(judged('After ten years in Mali, the UN mission is leaving.', '2016-06-01')).toEqual(['ten → unknown']);
    const [three] = annotateText('The mission, three years after its deployment, is struggling.', engine, {
      articleDate: '2016-06-01',
    }).figures;
    expect(three?.explanation).toMatch(/When this article was written \(1 June 2016\), it had run 2\.9 years\.$/);
  });

  it('judges a running total counted after the article by the values counted by then, or by the year the text gives', () => {
    // 303 had died by May 2023: fewer, in June, is disputed; more than a few is not.
    expect(judged('200 peacekeepers have died in Mali.', '2023-06-20')).toEqual(['200 → conflict minusma.fatalities.all-causes']);
    expect(judged('Up to 100 peacekeepers have died in Mali.', '2023-06-20')).toEqual(['100 → conflict minusma.fatalities.all-causes']);
    expect(judged('More than 200 peacekeepers have died in Mali.', '2023-06-20')).toEqual(['200 → unknown']);
    // A tally of 2016 is an earlier tally, even in an article written once all were counted.
    expect(judged('By 2016, 100 peacekeepers had died.', '2023-06-20')).toEqual(['2016 → unknown', '100 → unknown']);
    expect(judged('By 2016, 100 peacekeepers had died.', '2024-03-01')).toEqual(['2016 → unknown', '100 → unknown']);
    expect(judged('311 peacekeepers died.', '2024-03-01')).toEqual(['311 → match minusma.fatalities.all-causes']);
  });
});
