interface TaskScheduler {
  yield(): Promise<void>;
}

/**
 * Gives the page's own work (input, rendering, its scripts) a turn before ours goes on.
 * `scheduler.yield()` resumes right after that turn; a timer would wait at least 4 ms once nested.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
