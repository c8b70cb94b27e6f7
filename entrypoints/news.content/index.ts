import '../../assets/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../lib/messaging';
import { startSession } from '../../lib/page/session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  async main(ctx) {
    const report = (count: number) => void sendMessage('reportHighlights', count).catch(() => undefined);
    const session = await startSession(document, (summary) => report(summary.items.length));
    const stop = onMessage('getPageSummary', () => session.summary());
    ctx.onInvalidated(() => {
      stop();
      session.destroy();
    });
  },
});
