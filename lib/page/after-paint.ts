// A visible tab may still paint nothing for a while (an occluded window): past this wait, run anyway.
const LONGEST_WAIT_MS = 1000;

/**
 * Calls `run` once the page has painted its next frame, so the extension never holds up a page's first
 * paint: detection runs on every page, and a long page's first layout can take 50–100 ms of its own.
 * A hidden tab paints nothing, so there is nothing to hold up: it gets `run` in the next task.
 */
export function afterNextPaint(doc: Document, run: () => void, signal: AbortSignal): void {
  let done = false;
  const go = () => {
    if (done || signal.aborted) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(go, doc.visibilityState === 'hidden' ? 0 : LONGEST_WAIT_MS);
  // A rendering frame's callbacks run before it paints; a task queued from them runs after.
  requestAnimationFrame(() => setTimeout(go, 0));
}
