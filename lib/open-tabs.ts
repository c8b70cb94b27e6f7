import { browser } from 'wxt/browser';

// What the manifest's content script is built to; `wxt build` keeps these names.
const DETECTOR = { js: '/content-scripts/news.js', css: '/content-scripts/news.css' } as const;

/**
 * Starts the detector in the http(s) tabs already open when the extension is installed or updated.
 * Chrome runs content scripts only in pages loaded afterwards, so an article the reader already had
 * open showed nothing and its popup said the page could not be read. Firefox injects them itself.
 * `reason` is `runtime.onInstalled`'s: after a browser update every tab already runs the detector.
 */
export async function detectInOpenTabs(reason: string): Promise<void> {
  if (import.meta.env.FIREFOX || (reason !== 'install' && reason !== 'update')) return;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.map(async ({ id, discarded }) => {
      if (id === undefined || discarded) return;
      const target = { tabId: id };
      // A tab that cannot be scripted (an error page, a page still loading) is left as it is.
      await browser.scripting
        .insertCSS({ target, files: [DETECTOR.css] })
        .then(() => browser.scripting.executeScript({ target, files: [DETECTOR.js] }))
        .catch(() => undefined);
    }),
  );
}
