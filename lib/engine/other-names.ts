/**
 * Names that hold a stored name but are something else: a river, a broadcaster, an airline, a news agency,
 * a think tank, a city, a shipping line.
 * Found as a whole, they hide the name inside them (`Niger River` is not the country, `France 24` not France)
 * and the number inside them (`24`).
 */
export const OTHER_NAMES: readonly string[] = [
  'Niger River',
  'River Niger',
  'fleuve Niger',
  'Niger Delta',
  'delta du Niger',
  'delta intérieur du Niger',
  'Niger Basin',
  'bassin du Niger',
  'boucle du Niger',
  'Office du Niger',
  'France 2',
  'France 3',
  'France 5',
  'France 24',
  'Radio France',
  'Radio France Internationale',
  'Air France',
  'Agence France-Presse',
  'Agence France Presse',
  'France Télévisions',
  'France Info',
  'France Inter',
  'France Culture',
  'Ouest-France',
  'Russia Today',
  'Benin City',
  'Security Council Report',
  // The line that shipped the mission's containers home: no armed movements.
  'CMA CGM',
  // A cipher, not the Alliance of Sahel States.
  'AES-128',
  'AES-192',
  'AES-256',
];
