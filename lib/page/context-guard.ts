import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

// WXT's own name for the notice, kept on the class: it holds the extension id and the script's name.
const NOTICE = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/**
 * WXT shuts a content script down when a DOM event on `document` says a newer copy of it started, and
 * it posts that event's name to the page: a page could replay it and switch the extension off. The
 * notice is let through only once this copy has lost its extension (an update or a reload), the one
 * time a newer copy is really there to send it.
 */
export function ignoreForgedRestarts(signal: AbortSignal): void {
  if (!NOTICE) return;
  const guard = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  // Capture on the window runs before WXT's listener on the document.
  window.addEventListener(NOTICE, guard, { capture: true, signal });
}
