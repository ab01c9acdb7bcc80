/**
 * Stands for an answer of `undefined` in the map, so that one lookup tells a word whose answer is
 * `undefined` (most words, for some questions) from a word not met yet: a second lookup to tell
 * them apart cost as much as the first, the key's hash included.
 */
const NO_ANSWER: unique symbol = Symbol('no answer');

/**
 * A pure function of a word, remembered for the words it has met. The analysis asks the same few
 * thousand words the same questions (their key, their lemma, the unit they name) article after
 * article, so most questions are answered from the map. When the map is full it is emptied, not
 * trimmed: the bound is on memory, and the words that matter come back at once.
 */
export function remembered<T>(answer: (word: string) => T, most = 20_000): (word: string) => T {
  const known = new Map<string, T | typeof NO_ANSWER>();
  return (word) => {
    const kept = known.get(word);
    if (kept !== undefined) return (kept === NO_ANSWER ? undefined : kept) as T;
    if (known.size >= most) known.clear();
    const value = answer(word);
    known.set(word, value === undefined ? NO_ANSWER : value);
    return value;
  };
}
