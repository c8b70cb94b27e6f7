/** Optimal-string-alignment distance between two short words, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prev2[j - 2] ?? 0) + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) & 31);
  return set;
}

function countBits(n: number): number {
  let count = 0;
  for (let rest = n; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * A quick necessary condition for `editDistance(a, b, max) <= max`: each edit brings at most one
 * letter into a word and takes at most one out, so words whose sets of letters (folded into 32 bits)
 * differ by more than `max` either way are further apart.
 */
export function mayBeWithin(a: string, b: string, max: number): boolean {
  const x = letterSet(a);
  const y = letterSet(b);
  return countBits(x & ~y) <= max && countBits(y & ~x) <= max;
}

/** Edits a name token of this length may carry and still be the same name. */
export function editBudget(length: number): number {
  return length >= 9 ? 2 : length >= 4 ? 1 : 0;
}

// Endings that make another word of a name: its people or language (`Russian`, `Malien`, `Togolese`), a plural.
const INFLECTION = /^(?:s|es|n|an|ans|ian|ians|ese|i|is|e|en|ens|ien|iens|ienne|iennes|ais|aise|ois|oise|ite|ites)$/;

/**
 * True when `written` reads as a misspelling of `canonical`: within the edit budget, and neither a name
 * cut short nor a mere inflection of it (`Russian` is not a misspelling of `Russia`, but `Guterresh`, as a
 * transliteration writes it, is one of `Guterres`).
 */
export function isMisspelling(written: string, canonical: string): boolean {
  if (written === canonical) return false;
  if (canonical.startsWith(written) && !droppedFinalE(written, canonical)) return false;
  if (written.startsWith(canonical) && INFLECTION.test(written.slice(canonical.length))) return false;
  // A letter doubled where the name has it once, or the other way round, is the same name at any count of
  // such slips: `Gutteres` is two edits from Guterres.
  if (undoubled(written) === undoubled(canonical)) return true;
  const budget = editBudget(canonical.length);
  if (budget > 0 && mayBeWithin(written, canonical, budget) && editDistance(written, canonical, budget) <= budget) return true;
  return written.length === canonical.length && mayBeWithin(written, canonical, 0) && swapped(written, canonical);
}

// A transliteration from Russian drops a long name's silent final `e` (`Barkhan` for Barkhane); a short
// name cut so is often another word (`Wan`, `Franc`).
function droppedFinalE(written: string, canonical: string): boolean {
  return canonical.length >= 8 && canonical.length === written.length + 1 && canonical.endsWith('e');
}

// Two letters of a long name swapped, however far apart (`MUNISMA` for MINUSMA): one slip of the hand.
function swapped(written: string, canonical: string): boolean {
  if (written.length !== canonical.length || canonical.length < 6) return false;
  let first = -1;
  for (let i = 0; i < written.length; i++) {
    if (written[i] === canonical[i]) continue;
    if (first < 0) first = i;
    else return written[first] === canonical[i] && written[i] === canonical[first] && written.slice(i + 1) === canonical.slice(i + 1);
  }
  return false;
}

function undoubled(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}
