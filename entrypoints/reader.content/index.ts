import { defineContentScript } from 'wxt/utils/define-content-script';
import { registerReader } from '../../lib/page/reader-loader';
import { startSession } from '../../lib/page/session';

// Injected by the background only into pages detection judged coverage: other pages never parse it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    registerReader(startSession);
  },
});
