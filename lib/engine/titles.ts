/** Words that stand before a person's name without being part of it (`Minister Diop`, `M. Wane`), folded. */
export const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'm',
  'mme',
  'ambassador',
  'ambassadeur',
  'general',
  'gen',
  'colonel',
  'col',
  'president',
  'minister',
  'ministre',
  'secretary',
  'envoy',
  'chief',
  'deputy',
  'representative',
]);

/** Words that open a sentence with a capital without being a name (`Yesterday Diop said`), folded. */
export const OPENERS = new Set(
  'the but and then when while after before as so yet now today yesterday also here meanwhile later et mais puis alors quand selon hier ainsi enfin le la les'.split(
    ' ',
  ),
);
