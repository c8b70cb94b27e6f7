const FRENCH = /\b(?:le|la|les|des|du|une|est|dans|pour|qui|avec|sur)\b/g;
const ENGLISH = /\b(?:the|of|and|is|in|for|that|with|on|was)\b/g;

/** True when a page is French: by its `lang` attribute, else by counting common words. */
export function isFrench(lang: string, sample: string): boolean {
  if (lang) return lang.toLowerCase().startsWith('fr');
  const text = sample.slice(0, 5000).toLowerCase();
  return (text.match(FRENCH)?.length ?? 0) > (text.match(ENGLISH)?.length ?? 0);
}
