import { describe, expect, it } from 'vitest';
import { linkedFigures } from '../support/engine';

// A mission's or an operation's years in brackets after its name, as retrospectives and encyclopedias write them.
const dates = (text: string, french = false) => linkedFigures(text, 'date', french);

describe('the years a mission or an operation lasted, after its name', () => {
  it('reads the first as the year it began and the second as the year it ended', () => {
    expect(dates('MINUSMA (2013–2023) was the deadliest UN mission.')).toEqual([
      '2013 → match minusma.established',
      '2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('La Minusma (2013-2023) a perdu 311 Casques bleus.', true)).toEqual([
      '2013 → match minusma.established',
      '2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('Task Force Takuba (2020–2022) gathered European special forces.')).toEqual([
      '2020 → match takuba.launched',
      '2022 → match takuba.end',
    ]);
  });

  it('reads months and days too, and the span an infobox or a timeline writes after a colon', () => {
    expect(dates('Mission: MINUSMA (July 2013 – December 2023)')).toEqual([
      'July 2013 → match minusma.takeover',
      'December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('La Minusma (1er juillet 2013 - 31 décembre 2023) a perdu 311 Casques bleus.', true)).toEqual([
      '1er juillet 2013 → match minusma.takeover',
      '31 décembre 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('Operation Barkhane: 1 August 2014 – 9 November 2022')).toEqual([
      '1 August 2014 → match barkhane.start',
      '9 November 2022 → match barkhane.end',
    ]);
    // A label that names no mission or operation dates nothing.
    expect(dates('Active: 1 July 2013 – 31 December 2023')).toEqual(['1 July 2013 → unknown', '31 December 2023 → unknown']);
  });

  it('dates each name by its own years, not by another operation the sentence names', () => {
    expect(dates('Operation Barkhane (2014–2022) succeeded Serval (2013–2014).')).toEqual([
      '2014 → match barkhane.start',
      '2022 → match barkhane.end',
      '2013 → match serval.start',
      '2014 → match serval.end',
    ]);
  });

  it('disputes nothing by a span in brackets, as it is as often someone’s time in the mission', () => {
    expect(dates('MINUSMA (2014–2022) was the deadliest UN mission.')).toEqual(['2014 → unknown', '2022 → unknown']);
    expect(dates('Major Smith deployed to MINUSMA (2018–2019) with the Canadian Air Task Force.')).toEqual([
      '2018 → unknown',
      '2019 → unknown',
    ]);
  });

  it('confirms a span written in words after the name, and disputes nothing by it', () => {
    expect(dates('MINUSMA was a United Nations peacekeeping mission in Mali from 2013 to 2023.')).toEqual([
      '2013 → match minusma.established',
      '2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('La Minusma, de 2013 à 2023, a perdu des Casques bleus.', true)).toEqual([
      '2013 → match minusma.established',
      '2023 → match minusma.withdrawal-complete',
    ]);
    // The words between may be a verb with dates of its own: the renewals of 2014 and 2022 are the mandate's.
    expect(dates('The Council renewed MINUSMA from 2014 to 2022.')).toEqual([
      '2014 → match minusma.mandate-2014',
      '2022 → match minusma.mandate-2022',
    ]);
    expect(dates('MINUSMA served from 2015 to 2019.')).toEqual(['2015 → unknown', '2019 → unknown']);
  });

  it('reads `the mission` and `its mandate` as the mission’s name before a span in words, but not a head’s years', () => {
    expect(dates('Its mandate ran from 25 April 2013 to 30 June 2023.')).toEqual([
      '25 April 2013 → match minusma.established',
      '30 June 2023 → match minusma.terminated',
    ]);
    expect(dates('The mission operated from July 2013 until December 2023.')).toEqual([
      'July 2013 → match minusma.takeover',
      'December 2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('La mission a été présente de 2013 jusqu’en 2023.', true)).toEqual([
      '2013 → match minusma.established',
      '2023 → match minusma.withdrawal-complete',
    ]);
    expect(dates('Bert Koenders led the mission from 2013 to 2015.')).toEqual(['2013 → unknown', '2015 → unknown']);
  });

  it('judges no person’s years by the events they took part in, only by the person’s own', () => {
    expect(dates('Yevgeny Prigozhin (1961–2023) founded Wagner.')).toEqual(['1961 → unknown', '2023 → match prigozhin.death']);
    expect(dates('Mongi Hamdi (2015–2016) led the mission.')).toEqual(['2015 → unknown', '2016 → unknown']);
  });

  it('reads `the mission` before a span in brackets as the mission, and dates in brackets after an event as its', () => {
    expect(dates('The mission (April 2013 – December 2023) was the UN’s response to the 2012 crisis.')).toEqual([
      'April 2013 → match minusma.established',
      'December 2023 → match minusma.withdrawal-complete',
      '2012 → unknown',
    ]);
    expect(dates('Key dates: the Algiers agreement (May–June 2015); France’s exit (August 2022); Wagner (Dec 2021).')).toEqual([
      'June 2015 → match algiers.cma-signed',
      'August 2022 → match barkhane.mali-exit',
      'Dec 2021 → match wagner.arrival',
    ]);
  });
});
