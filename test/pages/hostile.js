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
