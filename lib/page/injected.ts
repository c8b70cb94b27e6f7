import { sendMessage } from '../messaging';

// Scripts the background injects run in the detector's isolated world: the page cannot see or set these.
const holder = globalThis as { [key: symbol]: unknown };

/** Called by an injected script to hand its entry point to the scripts already on the page. */
export function provide(key: symbol, entry: unknown): void {
  holder[key] = entry;
}

/**
 * The entry point an injected script provides under `key`, asking the background to inject the script
 * on first use. Undefined where it cannot load.
 */
export async function injected<T>(key: symbol, ask: 'loadReader' | 'loadCards'): Promise<T | undefined> {
  if (!holder[key]) await sendMessage(ask, undefined).catch(() => false);
  return holder[key] as T | undefined;
}
