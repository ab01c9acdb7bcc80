/**
 * A light English stemmer for ranking: "vaccines", "vaccinated" and "vaccination" should meet,
 * "university" and "universe" need not. Only regular endings go, longest first, and a stem
 * keeps at least three letters so short words are left as written.
 */

/**
 * Endings replaced by a shorter one, tried longest first: "-ational" reads as "-ate". The number
 * is the least a stem must keep for the ending to go, so "nation" and "news" stay whole.
 */
const ENDINGS: [string, string, number][] = [
  ['ational', 'ate', 4],
  ['ization', 'ize', 3],
  ['isation', 'ize', 3],
  ['fulness', 'ful', 3],
  ['iveness', 'ive', 3],
  ['ousness', 'ous', 3],
  ['ations', 'ate', 4],
  ['ation', 'ate', 4],
  ['ating', 'ate', 4],
  ['ated', 'ate', 4],
  ['ates', 'ate', 4],
  ['izing', 'ize', 3],
  ['ized', 'ize', 3],
  ['izes', 'ize', 3],
  ['ising', 'ize', 3],
  ['ised', 'ize', 3],
  ['ments', '', 4],
  ['ment', '', 4],
  ['ness', '', 4],
  ['ities', '', 4],
  ['ity', '', 4],
  ['ings', '', 3],
  ['ing', '', 3],
  ['ies', 'y', 3],
  ['ied', 'y', 3],
  ['edly', '', 3],
  ['ed', '', 3],
  ['ly', '', 4],
  ['es', '', 3],
  ['s', '', 3],
];

/** Endings that are part of the word, not an inflection: "news", "bus", "glass", "analysis". */
const KEEP = /(?:ss|us|is|news)$/;

export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || KEEP.test(word)) return word;
  let base = word;
  for (const [ending, replacement, least] of ENDINGS) {
    if (!base.endsWith(ending)) continue;
    const kept = base.slice(0, -ending.length);
    // "-es" only after a sibilant ("taxes", "watches"); elsewhere just the "s" goes ("vaccines").
    if (ending === 'es' && !/(?:x|z|ch|sh|ss)$/.test(kept)) continue;
    if (kept.length < least || !/[aeiouy]/.test(kept)) continue;
    base = kept + replacement;
    break;
  }
  // "-ize"/"-ise" and a final silent "e" do not tell words apart: "vaccinate", "vaccin".
  base = base.replace(/(?:ize|ise|ate|e)$/, (ending) =>
    base.length - ending.length >= 4 ? '' : ending,
  );
  // "stopped" → "stopp" → "stop".
  if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(?:ll|ss|zz)$/.test(base)) base = base.slice(0, -1);
  return base;
}
