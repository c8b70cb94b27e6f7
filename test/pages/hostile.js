// A page that tries to drive the extension, spoof its messages and break the DOM APIs it uses.
window.__spoofs = 0;
const spoof = () => {
  for (const type of ['getPageSummary', 'revealItem', 'stepHighlight', 'reportBadge']) {
    window.postMessage({ id: 1, type, data: 0, timestamp: Date.now() }, '*');
    window.postMessage({ type, data: { count: 999 } }, '*');
    window.__spoofs++;
  }
};
setInterval(spoof, 100);
Range.prototype.getClientRects = () => { throw new Error('page broke Range'); };
Node.prototype.contains = () => false;
CSS.escape = () => { throw new Error('page broke CSS'); };
document.addEventListener('keydown', () => { window.__keys = (window.__keys || 0) + 1; });
window.__pageAlive = () => true;
// The name under which the detector's copies agree which one reads the page: a page's globals are not the extension's.
window.__minusmaDetector = () => true;
// Replays, under another id, every "content script started" notice a script posts to the page: with
// it, a page could tell the extension's scripts that a newer copy of them started, and shut them down.
window.__replays = 0;
window.addEventListener('message', (event) => {
  const notice = event.data;
  if (typeof notice?.type !== 'string' || !notice.type.includes('content-script-started') || notice.messageId === 'page') return;
  const forged = { ...notice, messageId: 'page' };
  document.dispatchEvent(new CustomEvent(notice.type, { detail: forged }));
  window.postMessage(forged, '*');
  window.__replays++;
  // The same prefix names the event that tells a script the page navigated: forge one every 50 ms.
  const navigated = notice.type.replace('content-script-started', 'locationchange');
  setInterval(() => {
    window.dispatchEvent(new Event(navigated));
    window.__navigations = (window.__navigations || 0) + 1;
  }, 50);
});
// Moves a synthetic pointer onto the first highlight every 100 ms, to open the extension's card at will.
window.__pointed = 0;
setInterval(() => {
  const range = [...(CSS.highlights.get('minusma-entity-match') ?? [])][0];
  const rect = range?.getBoundingClientRect?.call(range);
  if (!rect) return;
  const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, bubbles: true };
  document.elementFromPoint(at.clientX, at.clientY)?.dispatchEvent(new PointerEvent('pointermove', at));
  window.__pointed++;
}, 100);
// Looks into the extension's card host as soon as it is added: the card may show the reader's own facts.
new MutationObserver(() => {
  const host = document.querySelector('minusma-reader-ui');
  if (host && window.__cardRoot === undefined) window.__cardRoot = host.shadowRoot === null ? 'closed' : host.shadowRoot.innerHTML;
}).observe(document.documentElement, { childList: true });
