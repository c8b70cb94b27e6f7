import '../../assets/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../lib/messaging';
import { startSession } from '../../lib/page/session';
import { badgeCount } from '../../lib/page/summary';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  async main(ctx) {
    const session = await startSession(ctx, document, (summary) => {
      void sendMessage('reportBadge', badgeCount(summary)).catch(() => undefined);
    });
    const stops = [
      onMessage('getPageSummary', () => session.summary()),
      onMessage('revealItem', ({ data }) => session.reveal(data)),
      onMessage('stepHighlight', ({ data }) => session.step(data)),
    ];
    ctx.onInvalidated(() => {
      for (const stop of stops) stop();
      session.destroy();
    });
  },
});
