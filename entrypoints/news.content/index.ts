import '../../assets/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../lib/messaging';
import { claimPage, ignoreForgedRestarts } from '../../lib/page/context-guard';
import { watchForCoverage } from '../../lib/page/coverage-watch';
import { NOT_COVERAGE } from '../../lib/page/detect-page';
import { buildReport } from '../../lib/page/page-report';
import { loadReader, type ReaderSession } from '../../lib/page/reader-loader';

// Every page runs detection only; the reader is injected on coverage pages, the cards on the first card opened.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    if (!claimPage(ctx)) return ctx.abort('the detector already reads this page');
    // Where our time on the page starts, for the benchmark: detection itself waits for a painted frame.
    performance.mark('minusma:start');
    ignoreForgedRestarts(ctx.signal);
    let report = buildReport(location.hostname, NOT_COVERAGE, []);
    let session: ReaderSession | undefined;
    const badge = (count: number) => void sendMessage('reportBadge', count).catch(() => undefined);
    watchForCoverage(ctx, document, {
      detected: (found) => (report = buildReport(location.hostname, found.detection, [])),
      coverage: async (found) => {
        const start = await loadReader();
        if (start && ctx.isValid) session = await start(ctx, document, found, badge);
      },
    });
    const stops = [
      onMessage('getPageReport', () => session?.report() ?? report),
      onMessage('revealItem', ({ data }) => session?.reveal(data) ?? false),
      onMessage('stepHighlight', ({ data }) => session?.step(data)),
    ];
    ctx.onInvalidated(() => {
      for (const stop of stops) stop();
      session?.destroy();
    });
  },
});
