import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../lib/engine/describe';
import { detectCoverage } from '../../lib/engine/detect';
import { editDistance, mayBeWithin } from '../../lib/engine/edit-distance';
import { annotateText } from '../../lib/engine/engine';
import { foldText, originalSpan } from '../../lib/engine/fold-text';
import { tokenize } from '../../lib/engine/tokens';
import { readFactFile } from '../../lib/facts/import-file';
import { engine, fixture } from '../support/engine';

// Arbitrary text mixed with pieces of real coverage, so the engine meets both noise and names.
const PIECES = [
  'MINUSMA',
  'Goïta',
  'Asimi Goita',
  '17,500',
  '17\u00a0500',
  'July 2013',
  'nine years',
  'U.N.',
  'Nevenzia',
  '\u00ad',
  '\u200b',
  '\u2067',
  '30 juin 2023',
  '2.250',
  '1,100–1,270',
  'peacekeepers killed',
];
const FORMS = [
  '1k',
  '2 thousand',
  '15-0',
  '16/06/23',
  'June the 16th, 2023',
  'the twenty-first of',
  'July the first, 2023',
  'une dizaine de milliers',
  'mille neuf cent vingt',
  'one point two',
  'twelve and a half thousand',
  'one and a half',
  'virgule cinq mille',
  '\n1. Decides',
  '\n3. 311',
  '#2',
  'August of that year',
  '12/2021',
  'ended its nine-year military presence',
  'decade-long',
  '99% in Gao',
  '97 % à Bamako',
  '\n2/5 The',
  'nearly ten years',
  'UNSCR 2100',
  'A/C.5/77/32',
  'p. 14',
  '[3]',
  'Chad (1,400)',
  'What did it cost?',
  'About $1.2 billion.',
  ';',
  'the second, 2,000',
  '30 juin 2023',
  '2023-06-16T10:00Z',
  '12,947 personnel',
  'winter 2021-22',
  'Q4 2023',
  'le 12 décembre 2023 –',
  '00',
  'Elghassim Wane',
  '17 500',
  '13 thousand 289',
  'No,',
  "May '24",
  "Nov 14, '22",
  '1/',
  'de la même année',
  'that year',
  '$1,262,194,200',
  'dans les 13 000',
  '40% of the territory',
  '30-Jun-2023',
  '30. June 2023',
  'in June',
  'en juin dernier',
  'Last December',
  'June last year',
  '\nJuly – ',
  'the thirty-first of December',
  'December the eleventh',
  'the month of June',
  'Section 3',
  '2/7:',
  'one billion and 200 million',
  '1 milliard et',
  '180 of the 311',
  'the 2374 sanctions regime',
  'follows',
  'Ber on 13 August,',
  'peacekeepers, the UN said in 2022',
  'When the Council created MINUSMA in April 2013,',
  'in May and June 2015',
  'en mai-juin 2015',
  'in coups in 2020 and 2022',
  'cut from $1.3 billion to',
  'three hundred and eleven.',
  'ONE HUNDRED TWO:',
  'troops out. France',
  'ahead of Bangladesh (1,396)',
  'for 2023-24 was',
  'military personnel and police officers',
];
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...PIECES), fc.string()), { maxLength: 30 })
  .map((parts) => parts.join(' '));

describe('the engine on any text', () => {
  it('never throws, keeps offsets inside the text, and finds no overlapping results', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (input, french) => {
        const { entities, figures } = annotateText(input, engine, { french });
        const all = [...entities, ...figures].sort((a, b) => a.start - b.start);
        all.forEach((hit, i) => {
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeLessThanOrEqual(input.length);
          expect(hit.start).toBeLessThan(hit.end);
          expect(input.slice(hit.start, hit.end)).toBe(hit.text);
          const next = all[i + 1];
          if (next) expect(next.start).toBeGreaterThanOrEqual(hit.end);
        });
        detectCoverage(input);
      }),
      { numRuns: 300 },
    );
  });

  // Text built of the forms the engine reads, which meet in ways the arbitrary text above seldom makes: a count's
  // hundreds before a date (`1k 30 juin 2023`), a span of years before a day (`2021-22 June 16, 2023`), two runs of
  // number words (`mille neuf cent vingt mille neuf cent vingt`).
  it('finds no overlapping results in text built of its own forms', () => {
    const forms = fc
      .array(fc.oneof(fc.constantFrom(...FORMS), fc.string({ maxLength: 3 })), { maxLength: 25 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(forms, fc.boolean(), fc.constantFrom(undefined, '2023-07-15', '2024-01-05'), (input, french, articleDate) => {
        const { entities, figures } = annotateText(input, engine, { french, articleDate });
        const all = [...entities, ...figures].sort((a, b) => a.start - b.start);
        all.forEach((hit, i) => {
          expect(input.slice(hit.start, hit.end)).toBe(hit.text);
          const next = all[i + 1];
          if (next) expect(next.start).toBeGreaterThanOrEqual(hit.end);
        });
      }),
      { numRuns: Number(process.env.FORM_RUNS ?? 3000) },
    );
  });

  it('gives the same result twice', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(annotateText(input, engine)).toEqual(annotateText(input, engine));
      }),
      { numRuns: 100 },
    );
  });

  it('never cuts a character in two: a word is whole characters, beyond the BMP too', () => {
    const letters = fc.constantFrom('a', 'é', '\u{1D400}', '\u{20000}', '\u{1F600}', ' ', '-', '\ud835', '\udc00');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 20 }), (chars) => {
        const input = chars.join('');
        const tokens = tokenize(input);
        for (let i = 0; i < tokens.count; i++) {
          const word = input.slice(tokens.starts[i], tokens.ends[i]);
          expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
        }
      }),
    );
    const input = 'ab\u{1D400} cd \u{1D400}x';
    const tokens = tokenize(input);
    expect([0, 1, 2].map((i) => input.slice(tokens.starts[i], tokens.ends[i]))).toEqual(['ab\u{1D400}', 'cd', '\u{1D400}x']);
  });

  it('maps every folded span back inside the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (input, a, b) => {
        const folded = foldText(input);
        if (folded.text.length === 0) return;
        const from = a % folded.text.length;
        const to = from + 1 + (b % (folded.text.length - from));
        const [start, end] = originalSpan(folded, from, to);
        expect(0 <= start && start < end && end <= input.length).toBe(true);
      }),
    );
  });

  it('never lets the quick letter check turn away a name within the edit budget', () => {
    // Letters from a small alphabet make near-misses common; any character may still appear.
    const word = fc.string({
      unit: fc.oneof(fc.constantFrom(...'abdegilmnortu'), fc.string({ minLength: 1, maxLength: 1 })),
      maxLength: 12,
    });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        if (editDistance(a, b, max) <= max) expect(mayBeWithin(a, b, max)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the report forty times over as it reads it once: every copy’s figures are found', () => {
    const report = fixture('seed-original.txt');
    const said = ({ figures }: ReturnType<typeof annotateText>) => figures.map((f) => `${f.text} ${f.status}`);
    const once = said(annotateText(report, engine));
    expect(said(annotateText(report.repeat(40), engine))).toEqual(Array.from({ length: 40 }, () => once).flat());
  });
});

describe('the import path on any input', () => {
  it('never throws and either accepts the file or names where each problem is', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: '1.0.0', entities: [v], figures: [], dates: [] })),
        ),
        (input) => {
          const result = readFactFile(input);
          if (!result.ok) for (const issue of result.issues) expect(issue.path.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('numbers in cards and explanations', () => {
  it('are written as en-US writes them, with up to two decimals', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    const values = fc.oneof(
      fc.nat(1e12),
      fc.nat(1e8).map((n) => n / 100),
      fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => Math.round(d * 100) / 100),
    );
    fc.assert(fc.property(values, (value) => formatNumber(value) === intl.format(value)));
  });
});
