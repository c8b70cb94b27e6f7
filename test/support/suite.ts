import { afterAll, beforeAll, expect } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type PageServer, servePages } from './server';

/** The browser with the extension and the page server of one test file, ready inside its tests. */
export interface Suite {
  browser: ExtensionBrowser;
  server: PageServer;
}

/**
 * Starts Chromium with the built extension and a server for `root` before the file's tests, and stops
 * both after. With `offline`, the pages load nothing from elsewhere, so any other request would be the
 * extension's, and the file fails if one is seen.
 */
export function extensionSuite(options: { root?: string; locale?: string; offline?: boolean } = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await servePages(options.root ?? 'test/pages');
    suite.browser = await launchWithExtension(options.locale ? { locale: options.locale } : {});
  });
  afterAll(async () => {
    const requests = suite.browser?.foreignRequests ?? [];
    await suite.browser?.close();
    await suite.server?.close();
    if (options.offline ?? true) expect(requests).toEqual([]);
  });
  return suite;
}
