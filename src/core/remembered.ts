/**
 * A pure function of a word, remembered for the words it has met. The analysis asks the same few
 * thousand words the same questions (their key, their lemma, the unit they name) article after
 * article, so most questions are answered from the map. When the map is full it is emptied, not
 * trimmed: the bound is on memory, and the words that matter come back at once.
 */
export function remembered<T>(answer: (word: string) => T, most = 20_000): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    const kept = known.get(word);
    if (kept !== undefined || known.has(word)) return kept as T;
    if (known.size >= most) known.clear();
    const value = answer(word);
    known.set(word, value);
    return value;
  };
}
