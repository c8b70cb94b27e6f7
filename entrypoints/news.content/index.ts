import '../../assets/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createEngine } from '../../lib/engine/engine';
import { indexFacts } from '../../lib/facts/fact-index';
import { SHIPPED_PACK } from '../../lib/facts/pack';
import { onMessage, sendMessage } from '../../lib/messaging';
import { clearPage, readPage } from '../../lib/page/reader';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    const summary = readPage(document, () => createEngine(indexFacts(SHIPPED_PACK)));
    const stop = onMessage('getPageSummary', () => summary);
    if (summary.coverage) void sendMessage('reportHighlights', summary.items.length).catch(() => undefined);
    ctx.onInvalidated(() => {
      stop();
      clearPage();
    });
  },
});
