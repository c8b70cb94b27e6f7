import { foldForScan } from './fold-text';
import { isFrench, readsLanguage } from './language';

/** What counted towards a verdict: the popup names it in the reader's language. */
export type SignalName =
  | 'acronym'
  | 'fullName'
  | 'peacekeepersNearMali'
  | 'mali'
  | 'officials'
  | 'bases'
  | 'otherMissions'
  /** Coverage in a language the extension does not read: it is left alone. */
  | 'otherLanguage';

/** One signal found in an article, and how many times. */
export interface Signal {
  name: SignalName;
  count: number;
}

/** Why a page was or was not judged MINUSMA coverage. */
export interface Detection {
  coverage: boolean;
  /** 0 to 1. */
  confidence: number;
  score: number;
  signals: Signal[];
  /** The article is French: its numbers, number words and canonical names are read as French. */
  french: boolean;
}

// Cheap first pass over raw page text: one regular expression, no folding.
const TRIGGER = /minusma|stabili[sz]ation mission in mali|stabilisation au mali|peace-?keep|casques? bleus|maintien de la paix/i;

/** True when raw page text mentions anything that could make it MINUSMA coverage. */
export function hasTrigger(rawText: string): boolean {
  return TRIGGER.test(rawText);
}

interface SignalRule {
  name: SignalName;
  pattern: RegExp;
  weight: number;
  /** Points for each further occurrence, up to `cap` in all. */
  repeat?: number;
  cap?: number;
}

const PEACEKEEPING = "(?:peace-?keep\\w*|casques? bleus|blue helmets|maintien de la paix|un mission|mission de l'onu|u\\.n\\. mission)";
const SIGNALS: SignalRule[] = [
  { name: 'acronym', pattern: /\bminusma\b/g, weight: 2, repeat: 1, cap: 4 },
  { name: 'fullName', pattern: /stabili[sz]ation mission in mali|pour la stabilisation au mali/g, weight: 3 },
  {
    name: 'peacekeepersNearMali',
    pattern: new RegExp(`${PEACEKEEPING}[^\\n]{0,160}\\bmali\\b|\\bmali\\b[^\\n]{0,160}${PEACEKEEPING}`, 'g'),
    weight: 2,
  },
  { name: 'mali', pattern: /\bmali(?:an)?\b|\bmalien(?:ne)?s?\b/g, weight: 1 },
  { name: 'officials', pattern: /el-? ?ghassim wane|annadif|koenders|mongi hamdi/g, weight: 1, repeat: 1, cap: 2 },
  { name: 'bases', pattern: /\b(?:gao|kidal|timbuktu|tombouctou|mopti|menaka|tessalit|aguelhok)\b/g, weight: 1, repeat: 0, cap: 1 },
  { name: 'otherMissions', pattern: /\b(?:minusca|monusco|unmiss|unifil|minurso)\b/g, weight: -2, repeat: -1, cap: -4 },
];

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

function points(signal: SignalRule, n: number): number {
  if (n === 0) return 0;
  const total = signal.weight + (n - 1) * (signal.repeat ?? 0);
  const cap = signal.cap ?? signal.weight;
  return signal.weight < 0 ? Math.max(total, cap) : Math.min(total, cap);
}

const THRESHOLD = 3;

/**
 * Scores article text on several signals (the acronym, the full names, peacekeepers near Mali,
 * officials and bases) and discounts other missions, so a single keyword is never enough. `lang` is
 * the page's language attribute, if any: it says whether the article is French before its words do.
 */
export function detectCoverage(articleText: string, lang = ''): Detection {
  // The first 100,000 characters of an article decide; a longer page costs no more.
  const text = foldForScan(articleText.slice(0, 100_000));
  let score = 0;
  const signals: Signal[] = [];
  for (const signal of SIGNALS) {
    const n = count(signal.pattern, text);
    const p = points(signal, n);
    if (p === 0) continue;
    score += p;
    signals.push({ name: signal.name, count: n });
  }
  const minusma = count(/\bminusma\b/g, text);
  const others = count(/\b(?:minusca|monusco|unmiss)\b/g, text);
  let coverage = score >= THRESHOLD && (minusma > 0 || others === 0);
  // Its figures and words would be read as English: a German `1.100 Soldaten` is no 1.1.
  if (coverage && !readsLanguage(lang, articleText)) {
    coverage = false;
    signals.push({ name: 'otherLanguage', count: 1 });
  }
  const french = isFrench(lang, articleText);
  return { coverage, confidence: Math.max(0, Math.min(1, score / 8)), score, signals, french };
}
