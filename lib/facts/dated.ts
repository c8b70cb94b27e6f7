import type { DateFact, Source } from './schema';

/** What a dated event is written from: its subject, what happened, when, its cues and its source. */
export interface DateSpec {
  subject: string;
  event: string;
  date: string;
  en: string[];
  fr: string[];
  source: Source;
  singleSource?: boolean;
  /** Where the sheet rates the fact below high though more than one source gives it. */
  confidence?: 'medium';
}

/** A dated event with its cues in both languages; one source, or `singleSource` when only one was found. */
export function dated(id: string, spec: DateSpec): DateFact {
  const { subject, event, date, en, fr, source, singleSource, confidence } = spec;
  return {
    id,
    subject,
    event,
    date,
    cues: { en, fr },
    sources: [source],
    confidence: singleSource ? 'low' : (confidence ?? 'high'),
    ...(singleSource ? { singleSource } : {}),
  };
}
