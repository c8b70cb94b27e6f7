/**
 * A function of one text that remembers its answer for the last text it was given. Figures come in text order,
 * and most share the sentence of the one before: what is worked out of a sentence is worked out once.
 */
export function rememberLast<T>(compute: (text: string) => T): (text: string) => T {
  let last: string | undefined;
  let answer: T | undefined;
  return (text) => {
    if (text !== last || answer === undefined) {
      last = text;
      answer = compute(text);
    }
    return answer;
  };
}
