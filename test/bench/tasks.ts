import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** A trace of the page's tasks being recorded; `stop` ends it and returns the events. */
export interface TaskTrace {
  stop(): Promise<TraceEvent[]>;
}

/**
 * Starts recording every task of the browser with Chrome's tracing: the Long Tasks API reports only
 * tasks of 50 ms or more, and a 40 ms task of ours went unseen. Only two light categories are on.
 */
export async function traceTasks(context: BrowserContext, page: Page): Promise<TaskTrace> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

function isTask(e: TraceEvent, on: TraceEvent): boolean {
  return e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === on.pid && e.tid === on.tid;
}

/**
 * How long the page's main thread was busy during the first `name` measure, in milliseconds: the part
 * of a pass the page itself pays for. The background's reading runs in the meantime on another thread.
 */
export function busyDuring(events: readonly TraceEvent[], name: string): number | null {
  const marks = events.filter((e) => e.cat === 'blink.user_timing' && e.name === name);
  const begin = marks.find((e) => e.ph === 'b');
  const end = begin && marks.find((e) => e.ph === 'e' && e.ts >= begin.ts);
  if (!begin || !end) return null;
  let busy = 0;
  for (const e of events) if (isTask(e, begin)) busy += Math.max(0, Math.min(end.ts, e.ts + (e.dur ?? 0)) - Math.max(begin.ts, e.ts));
  return busy / 1000;
}

/**
 * The longest task on the page's main thread from the start of our content script (the task that starts it,
 * which holds Chrome's creating its isolated world, counts) to the end of the last measure (the unknown names
 * painted), in milliseconds: detection, reader injection, annotating, repaints and the page's own tasks in
 * that time all count.
 */
export function longestTask(events: readonly TraceEvent[]): number {
  const marks = events.filter((e) => e.cat === 'blink.user_timing' && e.name.startsWith('minusma:'));
  const start = marks.find((e) => e.name === 'minusma:start');
  if (!start) return Number.NaN;
  const to = Math.max(...marks.filter((e) => e.ph === 'e').map((e) => e.ts));
  let longest = 0;
  for (const e of events)
    if (isTask(e, start)) {
      const end = e.ts + (e.dur ?? 0);
      if (end >= start.ts && e.ts < to) longest = Math.max(longest, (e.dur ?? 0) / 1000);
    }
  return longest;
}
