import { describe, expect, it } from 'vitest';
import { linkedFigures } from '../support/engine';

const counts = (text: string, french = false) => linkedFigures(text, 'count', french);

describe('the French and European operations beside the mission', () => {
  it('matches Barkhane’s size at its start and at its height', () => {
    expect(counts('Barkhane started with about 3,000 troops.')).toEqual(['3,000 → match barkhane.troops-start']);
    expect(counts('Barkhane peaked at about 5,100 French troops.')).toEqual(['5,100 → match barkhane.troops-peak']);
    expect(counts('Au plus fort de l’opération, Barkhane comptait 5 500 militaires français.', true)).toEqual([
      '5 500 → match barkhane.troops-peak',
    ]);
  });

  it('lets Barkhane’s size lie between the two, and finds one above its height', () => {
    expect(counts('Barkhane had 4,500 French troops in the Sahel.')).toEqual(['4,500 → unknown']);
    // After its end, the troops France still had in the Sahel in November 2022.
    expect(counts('About 3,000 French troops remain in the Sahel after Barkhane’s end.')).toEqual([
      '3,000 → match france.troops-sahel-2022',
    ]);
    expect(counts('At the end of Barkhane, 3,000 French soldiers remained in the region.')).toEqual([
      '3,000 → match france.troops-sahel-2022',
    ]);
    // What France kept there after leaving Mali, not the 3,000 Barkhane began with.
    expect(counts('After leaving Mali, France kept about 3,000 troops in the Sahel.')).toEqual(['3,000 → match france.troops-sahel-2022']);
    expect(counts('France still has 3,000 troops in the Sahel after Barkhane.')).toEqual(['3,000 → match france.troops-sahel-2022']);
    expect(counts('Barkhane began with 3,000 French troops.')).toEqual(['3,000 → match barkhane.troops-start']);
    expect(counts('At its peak Barkhane had 7,000 soldiers.')).toEqual(['7,000 → conflict barkhane.troops-peak']);
  });

  it('takes no word of the mission’s own sentences for Barkhane’s name', () => {
    expect(counts('MINUSMA, which at its peak had more than 15,000 troops and police, lowered the UN flag.')).toEqual([
      '15,000 → match minusma.strength.ceiling',
    ]);
    expect(counts('MINUSMA initially had 6,000 troops from African countries.')).toEqual(['6,000 → unknown']);
    expect(counts('MINUSMA was launched with 6,000 troops.')).toEqual(['6,000 → unknown']);
  });

  it('judges Takuba’s special forces against Takuba, not the review’s options', () => {
    expect(counts('Takuba had about 900 troops from ten countries.')).toContain('900 → match takuba.troops');
    expect(counts('Takuba had 2,000 European special forces.')).toEqual(['2,000 → conflict takuba.troops']);
    expect(counts('Takuba brought together some 800 special forces.')).toEqual(['800 → match takuba.troops']);
  });

  it('counts the French soldiers killed when the text says France lost them', () => {
    expect(counts('France lost 53 soldiers in its Mali operations.')).toEqual(['53 → match france.soldiers-killed']);
    expect(counts('La France a perdu 59 soldats au Mali.', true)).toEqual(['59 → match france.soldiers-killed']);
    expect(counts('France lost 70 soldiers in Mali.')).toEqual(['70 → conflict france.soldiers-killed']);
  });
});
