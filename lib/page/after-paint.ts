// A tab in the background paints no frames: past this wait, detection runs anyway.
const HIDDEN_WAIT_MS = 100;

/**
 * Calls `run` once the page has painted its next frame, so the extension never holds up a page's first
 * paint: detection runs on every page, and a long page's first layout can take 50–100 ms of its own.
 * A tab that paints nothing (hidden) gets `run` after a short wait.
 */
export function afterNextPaint(run: () => void, signal: AbortSignal): void {
  let done = false;
  const go = () => {
    if (done || signal.aborted) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(go, HIDDEN_WAIT_MS);
  // A rendering frame's callbacks run before it paints; a task queued from them runs after.
  requestAnimationFrame(() => setTimeout(go, 0));
}
