import { readFileSync } from 'node:fs';

const SEED = readFileSync(new URL('../fixtures/seed-original.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('READ ALSO'));

const PLAIN = [
  'Farmers around Sikasso planted more than 700,000 hectares of cotton this season, and the ginning company hopes for a record harvest.',
  'The city council approved a new budget for road repairs, parks and libraries after a long debate on Tuesday evening.',
  'Researchers at the university published a study on river water quality, finding that nitrate levels fell by a third over ten years.',
  'The football club signed two young midfielders and said the stadium would be renovated before the next season begins.',
  'Markets were calm as traders waited for inflation figures, with shares in energy companies rising slightly in afternoon trading.',
];

function paragraphs(source: string[], bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = source[i % source.length] as string;
    out.push(`<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    size += text.length;
  }
  return out.join('\n');
}

/** What a bench page holds: the seed report repeated, the report once then other news, or other news only. */
export type PageKind = 'coverage' | 'sparse' | 'other';

function body(kind: PageKind, bytes: number): string {
  if (kind === 'coverage') return paragraphs(SEED, bytes);
  if (kind === 'other') return paragraphs(PLAIN, bytes);
  const report = SEED.join('').length;
  return `${paragraphs(SEED, report)}\n${paragraphs(PLAIN, bytes - report)}`;
}

/** A news-like page with about `bytes` of article text. */
export function benchPage(bytes: number, kind: PageKind): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${bytes}</title>
<header><nav><a href="#">World</a> <a href="#">Africa</a></nav></header>
<article id="story"><h1>${kind === 'other' ? 'Local news' : 'Mali and the UN mission'}</h1>
${body(kind, bytes)}
</article>
<aside><a href="#">More news</a></aside><footer>© Bench</footer>
</body></html>`.replace('</title>', `</title>${SCRIPT}</head><body>`);
}

// In the head, as sites put their scripts: its text is not the article's.
const SCRIPT = `<script>
window.loadMore = (n) => { const a = document.getElementById('story'); for (let i = 0; i < n; i++) { const p = document.createElement('p');
  p.textContent = 'Update ' + i + ': Abdoulaye Diop met El-Ghassim Wane in Bamako; 165 peacekeepers were killed by hostile action since July 2013.'; a.append(p); } };
</script>`;

const SIZES: [label: string, bytes: number, runs: number][] = [
  ['10 KB', 10_000, 5],
  ['100 KB', 100_000, 5],
  ['1 MB', 1_000_000, 7],
  ['5 MB', 5_000_000, 5],
];

/** One page the benchmark runs, with how many runs it gets (the median is reported). */
export interface BenchPage {
  label: string;
  bytes: number;
  runs: number;
  kind: PageKind;
}

/** Every size as other news and as dense coverage; at 1 MB also the report once among other news. */
export const PAGES: BenchPage[] = SIZES.flatMap(([size, bytes, runs]) =>
  (['other', 'coverage', ...(bytes === 1_000_000 ? ['sparse' as const] : [])] as const).map((kind) => ({
    label: `${size} ${kind === 'sparse' ? 'sparse coverage' : kind}`,
    bytes,
    runs,
    kind,
  })),
);
