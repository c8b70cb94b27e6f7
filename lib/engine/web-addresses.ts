/** Where a text writes a web address, an e-mail address or a handle, in its own offsets. */
export interface AddressSpan {
  start: number;
  end: number;
}

// What marks an address: a scheme, `www.`, an `@`, or a domain's ending (`.org`, not `.organised`). One
// expression of plain marks: every page is searched, and most hold few addresses.
const MARK = /:\/\/|www\.|WWW\.|@|\.(?:org|com|net|int|gov|edu|info|fr|ml)(?![\p{L}\p{N}])/gu;
// A domain's or a user's characters, read back from a mark, and a handle's after its `@`: plain ASCII, so a
// word of another script written against an `@` stays a word.
const NAME_CHAR = /[A-Za-z0-9._%+-]/;
// What may follow in an address's path: anything but spaces, quotes and brackets.
const PATH_CHAR = /[^\s"'«»<>()[\]{}]/u;
// A sentence's punctuation right after an address is the sentence's.
const TRAILING = /[.,;:!?]+$/;

function spanAt(text: string, mark: number, length: number): AddressSpan | undefined {
  let start = mark;
  while (start > 0 && NAME_CHAR.test(text[start - 1] ?? '')) start--;
  let end = mark + length;
  const rest = text[mark] === '@' ? NAME_CHAR : PATH_CHAR;
  while (end < text.length && rest.test(text[end] ?? '')) end++;
  end -= TRAILING.exec(text.slice(start, end))?.[0].length ?? 0;
  // An `@` needs a name after it.
  return end - start > length && end > mark + 1 ? { start, end } : undefined;
}

/**
 * The web addresses (`https://minusma.unmissions.org/en`, `www.un.org/press`), e-mail addresses and
 * handles (`@UN_MINUSMA`) of a text, in text order: their words and numbers are the address's, not the
 * article's (`reuters.com/…/2023-06-16/` dates nothing).
 */
export function webAddresses(text: string): AddressSpan[] {
  const spans: AddressSpan[] = [];
  for (const mark of text.matchAll(MARK)) {
    const last = spans[spans.length - 1];
    if (last && mark.index < last.end) continue;
    const span = spanAt(text, mark.index, mark[0].length);
    if (span && (!last || span.start >= last.end)) spans.push(span);
  }
  return spans;
}
