import type { Figure, Source } from './schema';

/** A figure's fields, with persons as the unit and medium confidence unless said. */
export interface CountSpec {
  subject: string;
  counts: string;
  value: number;
  unit?: Figure['unit'];
  qualifier?: Figure['qualifier'];
  from?: string;
  to?: string;
  en: string[];
  fr: string[];
  source: Source;
  confidence?: Figure['confidence'];
  alternatives?: Figure['alternatives'];
  note?: string;
  runningTotal?: boolean;
}

/** A counted figure from its spec: the shape every figure of the pack's history lists shares. */
export function count(id: string, spec: CountSpec): Figure {
  const { subject, counts, value, unit = 'persons', from, to, en, fr, source, confidence = 'medium', ...optional } = spec;
  return {
    id,
    subject,
    counts,
    value,
    unit,
    asOf: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
    cues: { en, fr },
    sources: [source],
    confidence,
    // The qualifier, alternatives, note and running-total flag, where the spec gives them.
    ...optional,
  };
}
