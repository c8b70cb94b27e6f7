import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerReader } from '../../lib/page/reader-loader';
import { startSession } from '../../lib/page/session';

// Injected by the background only into pages detection judged coverage: other pages never parse it.
// An unlisted script, not a content script: it runs under the detector's context and posts nothing to the page.
export default defineUnlistedScript(() => registerReader(startSession));
