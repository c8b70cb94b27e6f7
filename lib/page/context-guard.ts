import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

// WXT's own name for the notice, kept on the class: it holds the extension id and the script's name.
const NOTICE = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/**
 * WXT shuts a content script down when a DOM event on `document` says a newer copy of it started, and
 * it posts that event's name to the page: a page could replay it and switch the extension off. The
 * notice is let through only once this copy has lost its extension (an update or a reload). A newer
 * copy started while this one lives stands down instead (`claimPage`).
 */
export function ignoreForgedRestarts(signal: AbortSignal): void {
  if (!NOTICE) return;
  const guard = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  // Capture on the window runs before WXT's listener on the document.
  window.addEventListener(NOTICE, guard, { capture: true, signal });
}

// Set in this extension's isolated world, which the page cannot reach: whether the copy there still runs.
const RUNNING = '__minusmaDetector';

/**
 * Claims the page for this copy of the detector; false when a live copy already reads it. The
 * background starts a copy in the tabs open at install time, and one of them may be loading just then,
 * with Chrome's own copy starting in it too: two copies would read and answer twice, and WXT's notice
 * cannot settle it while `ignoreForgedRestarts` holds it back.
 */
export function claimPage(ctx: ContentScriptContext): boolean {
  const world = globalThis as { [RUNNING]?: () => boolean };
  if (world[RUNNING]?.()) return false;
  world[RUNNING] = () => ctx.isValid;
  return true;
}

/**
 * Calls `navigated` when a single-page app moves to another address. WXT announces it with a DOM event
 * under the same kind of name, which a page can forge: only WXT's own event carries the new address
 * (a page's properties stay in the page's world), so a page cannot make the extension read it again and again.
 */
export function onNavigation(ctx: ContentScriptContext, navigated: () => void): void {
  let address = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const to: unknown = (event as Event & { newUrl?: unknown }).newUrl;
    if (!(to instanceof URL) || to.href === address) return;
    address = to.href;
    navigated();
  });
}
