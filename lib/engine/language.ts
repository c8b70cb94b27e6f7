// Enough small words that a French brief without a `lang` (`Plus de 300 Casques bleus ont péri depuis 2013.`)
// is not read as English for holding none of the few it was counted by.
const FRENCH = /\b(?:le|la|les|des|du|de|une|et|est|sont|ont|en|au|aux|dans|pour|par|qui|ce|avec|sur)\b/g;
const ENGLISH = /\b(?:the|of|and|is|are|was|were|has|have|in|to|for|from|by|that|with|on)\b/g;

/** True when a page is French: by its `lang` attribute, else by counting common words. */
export function isFrench(lang: string, sample: string): boolean {
  if (lang) return lang.toLowerCase().startsWith('fr');
  const text = sample.slice(0, 5000).toLowerCase();
  return (text.match(FRENCH)?.length ?? 0) > (text.match(ENGLISH)?.length ?? 0);
}

// Common words of each language that German, Spanish, Italian and Portuguese seldom use (not `la`, `le`, `de`,
// `il` or `in`, which they have). English and French news have a tenth of their words or more among them, a run
// of headlines a twentieth; articles in those other languages next to none.
const ENGLISH_ONLY = /\b(?:the|of|and|is|for|that|with|was|to)\b/g;
const FRENCH_ONLY = /\b(?:les|des|du|une|et|est|dans|pour|qui|au|aux|avec|sur|par|pas|elle|ce|ses|son|sont)\b/g;
const WORDS = /\p{L}+/gu;
const COMMON_SHARE = 0.03;

/**
 * True when a page is written in English or French, the languages the extension reads: by its `lang`
 * attribute, or else (no attribute, or another language's, which sites set wrong) by its common words.
 */
export function readsLanguage(lang: string, sample: string): boolean {
  if (/^(?:en|fr)\b/i.test(lang)) return true;
  const text = sample.slice(0, 5000).toLowerCase();
  const least = (text.match(WORDS)?.length ?? 0) * COMMON_SHARE;
  return least > 0 && Math.max(text.match(ENGLISH_ONLY)?.length ?? 0, text.match(FRENCH_ONLY)?.length ?? 0) >= least;
}
