import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SHIPPED_PACK } from '../../lib/facts/pack';
import { CHROMIUM, launchWithExtension } from '../support/browser';
import { servePages } from '../support/server';
import { bareDomMs, bareWalk, heapGrowth, peerMs, type Run, runOnce } from './measure';
import { benchPage, PAGES } from './pages';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const medianOrNull = (values: (number | null)[]) => (values.some((v) => v === null) ? null : median(values as number[]));
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** One row of bench/results.json. */
interface Row {
  page: string;
  coverage: boolean;
  textBytes: number;
  /** A walk of a fresh copy of the page, without the extension: the baseline. */
  bareWalkMs: number;
  /** A walk once the extension has read the page, as runs before 78 took for the baseline. */
  walkAfterUsMs: number;
  detectMs: number;
  annotateMs: number | null;
  /** Of that, the time the page's main thread was busy: the engine reads in the background meanwhile. */
  annotateMainMs: number | null;
  /** How many results the first pass holds. */
  results: number | null;
  clearMs: number | null;
  /** The page's own DOM work once annotated, and the same without the extension. */
  pageDomMs: number | null;
  bareDomMs: number | null;
  longestTaskMs: number;
  peerMs: number | null;
  markJsMs: number | null;
  heapGrowthBytes: number | null;
}

// A peer's single run varied by a third between benchmarks, as much as ours does: both get medians.
const PEER_RUNS = 3;

async function medianOf(measure: () => Promise<number>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < PEER_RUNS; i++) runs.push(await measure());
  return median(runs);
}

// The first pages a fresh browser loads compile the extension's scripts, which V8 caches after (the first
// 10 KB page took up to six times its median): two loads of each small page, not counted, come first.
async function warmUp(browser: Awaited<ReturnType<typeof launchWithExtension>>, url: (name: string) => string): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await runOnce(browser, url('other-10000.html'), false);
    await runOnce(browser, url('coverage-10000.html'), true);
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'minusma-bench-'));
  const terms = [...new Set(SHIPPED_PACK.entities.flatMap((e) => e.aliases))];
  for (const { kind, bytes } of PAGES) await writeFile(join(dir, `${kind}-${bytes}.html`), benchPage(bytes, kind));
  const server = await servePages(dir);
  const browser = await launchWithExtension();
  const plain = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const rows: Row[] = [];
  await warmUp(browser, server.url.bind(server));
  for (const { label, bytes, runs: count, kind } of PAGES) {
    const coverage = kind !== 'other';
    const url = server.url(`${kind}-${bytes}.html`);
    const runs: Run[] = [];
    const walks: number[] = [];
    for (let i = 0; i < count; i++) {
      runs.push(await runOnce(browser, url, coverage));
      walks.push(await bareWalk(plain, url));
    }
    const peered = coverage && bytes <= 1_000_000;
    const peer = peered ? await medianOf(() => peerMs(plain, url, 'advanced-mark.js', terms)) : null;
    const markJs = peered ? await medianOf(() => peerMs(plain, url, 'mark.js', terms)) : null;
    const results = medianOrNull(runs.map((r) => r.results));
    const bareDom = coverage ? await medianOf(() => bareDomMs(plain, url)) : null;
    const heap = kind === 'coverage' && bytes === 100_000 ? await heapGrowth(browser, url) : null;
    rows.push({
      page: label,
      coverage,
      textBytes: bytes,
      bareWalkMs: round(median(walks)) ?? 0,
      walkAfterUsMs: round(median(runs.map((r) => r.walkAfterUsMs))) ?? 0,
      detectMs: round(median(runs.map((r) => r.detectMs))) ?? 0,
      annotateMs: round(medianOrNull(runs.map((r) => r.annotateMs))),
      annotateMainMs: round(medianOrNull(runs.map((r) => r.annotateMainMs))),
      results,
      clearMs: round(medianOrNull(runs.map((r) => r.clearMs))),
      pageDomMs: round(medianOrNull(runs.map((r) => r.domMs))),
      bareDomMs: round(bareDom),
      longestTaskMs: round(median(runs.map((r) => r.longestTaskMs))) ?? 0,
      peerMs: round(peer),
      markJsMs: round(markJs),
      heapGrowthBytes: heap,
    });
    console.log(`measured ${rows.at(-1)?.page}`);
  }
  await browser.close();
  await plain.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
  const machine = `${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  await mkdir('bench', { recursive: true });
  await writeFile(
    'bench/results.json',
    `${JSON.stringify({ machine, date: new Date().toISOString(), terms: terms.length, rows }, null, 2)}\n`,
  );
  console.log(table(rows));
  console.log(`\nmachine: ${machine}; ${terms.length} names for the peers; written to bench/results.json`);
}

const ratio = (a: number | null, b: number) => (a === null ? '—' : `${a.toFixed(1)} (${(a / Math.max(b, 0.01)).toFixed(1)}×)`);

/** The results as a Markdown table, each figure beside its ratio to the bare walk. */
export function table(rows: Row[]): string {
  const head =
    '| page | bare walk ms | walk after us ms | detect ms (× walk) | annotate ms (× walk) | of it main thread ms (× walk) | clear ms | page DOM work ms (× without us) | longest task ms | advanced-mark.js ms (× ours) | mark.js ms (× ours) | heap growth |';
  const lines = rows.map((r) =>
    [
      r.page,
      r.bareWalkMs.toFixed(1),
      r.walkAfterUsMs.toFixed(1),
      ratio(r.detectMs, r.bareWalkMs),
      ratio(r.annotateMs, r.bareWalkMs),
      ratio(r.annotateMainMs, r.bareWalkMs),
      r.clearMs?.toFixed(1) ?? '—',
      r.pageDomMs === null || r.bareDomMs === null
        ? '—'
        : `${r.pageDomMs.toFixed(1)} (${(r.pageDomMs / Math.max(r.bareDomMs, 0.01)).toFixed(1)}×)`,
      r.longestTaskMs.toFixed(1),
      r.peerMs === null || r.annotateMs === null ? '—' : ratio(r.peerMs, r.annotateMs),
      r.markJsMs === null || r.annotateMs === null ? '—' : ratio(r.markJsMs, r.annotateMs),
      r.heapGrowthBytes === null ? '—' : `${(r.heapGrowthBytes / 1024).toFixed(0)} KiB`,
    ].join(' | '),
  );
  return [head, `|${'---|'.repeat(12)}`, ...lines.map((l) => `| ${l} |`)].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
