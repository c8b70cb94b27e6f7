const QUIET_MS = 250;

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };

/**
 * Calls `onChange` with the nodes added or edited under `root`, batched: after the page has been quiet
 * for a moment, and then when the browser is idle, so a burst of insertions costs one pass.
 */
export function watchChanges(root: Node, ignore: (node: Node) => boolean, onChange: (nodes: Node[]) => void, signal: AbortSignal): void {
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    const nodes = pending.filter((n) => n.isConnected && !ignore(n));
    pending = [];
    if (nodes.length > 0 && !signal.aborted) onChange(nodes);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.push(record.target);
      else for (const node of record.addedNodes) pending.push(node);
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      const win = window as IdleWindow;
      if (win.requestIdleCallback) win.requestIdleCallback(flush, { timeout: 500 });
      else flush();
    }, QUIET_MS);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
