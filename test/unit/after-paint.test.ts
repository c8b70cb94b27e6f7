import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../lib/page/after-paint';

// Detection runs on every page: it must wait for the page's own frame, never hold up its first paint.
describe('reading a page after its next paint', () => {
  let frames: (() => void)[];
  const paint = () => {
    for (const callback of frames.splice(0)) callback();
  };
  const visible = { visibilityState: 'visible' } as Document;

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs in the task after the page paints a frame, not before', () => {
    const run = vi.fn();
    afterNextPaint(visible, run, new AbortController().signal);
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    paint();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once in a hidden tab, which paints nothing, and after a second in a window that paints nothing', () => {
    const hidden = vi.fn();
    afterNextPaint({ visibilityState: 'hidden' } as Document, hidden, new AbortController().signal);
    vi.advanceTimersByTime(0);
    expect(hidden).toHaveBeenCalledTimes(1);
    const occluded = vi.fn();
    afterNextPaint(visible, occluded, new AbortController().signal);
    vi.advanceTimersByTime(999);
    expect(occluded).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(occluded).toHaveBeenCalledTimes(1);
  });

  it('never runs once the page’s reader is stopped', () => {
    const run = vi.fn();
    const controller = new AbortController();
    afterNextPaint(visible, run, controller.signal);
    controller.abort();
    paint();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});
