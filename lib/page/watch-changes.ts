const QUIET_MS = 250;
// A page that is never quiet for QUIET_MS (a clock ticking every 100 ms, a live ticker) is still read this often.
const MAX_WAIT_MS = 1_000;

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };

/**
 * Calls `onChange` with the nodes added or edited under `root`, batched: after the page has been quiet
 * for a moment (or at the latest a second after the first change), and then when the browser is idle,
 * so a burst of insertions costs one pass.
 */
export function watchChanges(root: Node, ignore: (node: Node) => boolean, onChange: (nodes: Node[]) => void, signal: AbortSignal): void {
  // A set: a text node that changes ten times a second is one entry, not a list that grows for ever.
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  const flush = () => {
    const nodes = [...pending].filter((n) => n.isConnected && !ignore(n));
    pending = new Set();
    if (nodes.length > 0 && !signal.aborted) onChange(nodes);
  };
  const whenIdle = () => {
    // Changes from here on start a new wait; those before the idle callback still join its batch.
    firstChange = 0;
    const win = window as IdleWindow;
    if (win.requestIdleCallback) win.requestIdleCallback(flush, { timeout: 500 });
    else flush();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target);
      else for (const node of record.addedNodes) pending.add(node);
    }
    const now = performance.now();
    firstChange ||= now;
    clearTimeout(timer);
    timer = setTimeout(whenIdle, Math.max(0, Math.min(QUIET_MS, firstChange + MAX_WAIT_MS - now)));
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
