import type { Source } from './schema';

/** The day the project's researchers last checked these sources. */
const READ = '2026-11-25';

/** A source the fact pack cites, read on the day above. */
export function source(title: string, url?: string, symbol?: string): Source {
  return { title, read: READ, ...(url ? { url } : {}), ...(symbol ? { symbol } : {}) };
}
