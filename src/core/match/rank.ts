/**
 * Ranks earlier claims by how closely their words meet a claim's: the lexical path shared by the
 * extension's claim check and the `retrieve` command.
 *
 * Two signals, both cheap: BM25 over stems of the claim and (weighted) of its headline, which
 * rewards rare shared words and forgives length; and shared letter trigrams, which meet what
 * stemming misses ("Obamacare" / "Obama care", misspelt names). Tuned on the CLEF-2020 verified
 * claim retrieval train and dev tweets (`npm run cli -- retrieve`); shared neighbouring word pairs
 * were tried there and lowered the score, so they are not counted.
 */
import { cleanText, matchWords } from './words.ts';

/** How many earlier claims there are, and how many of them use a term: what makes a word rare. */
export interface TermStats {
  documents: number;
  frequency(term: string): number;
}

export interface RankParams {
  /** BM25's saturation of repeated terms and its length normalisation. */
  k1: number;
  b: number;
  /** Weight of the headline's BM25 beside the claim's own. */
  title: number;
  /** Weight of the cosine of letter trigrams, times the query's best BM25 (so it scales alike). */
  trigrams: number;
}

export const RANK_PARAMS: RankParams = { k1: 0.9, b: 0.4, title: 0.5, trigrams: 0.6 };

/** What ranking needs of an earlier claim: its text, its report's headline, when it was read. */
export interface Rankable {
  text: string;
  title: string;
  /** Of claims scored alike (one story told twice), the one read first comes first. */
  readAt?: number;
}

export interface Ranked<T> {
  item: T;
  score: number;
}

interface Prepared {
  words: Map<string, number>;
  length: number;
  titleWords: Map<string, number>;
  titleLength: number;
  grams: Map<string, number>;
  norm: number;
}

const preparedTexts = new WeakMap<Rankable, Prepared>();

function trigrams(text: string): { grams: Map<string, number>; norm: number } {
  const plain = ` ${cleanText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= plain.length; i++) {
    const gram = plain.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  let sum = 0;
  for (const count of grams.values()) sum += count * count;
  return { grams, norm: Math.sqrt(sum) };
}

function prepare(text: string, title: string): Prepared {
  const words = matchWords(text);
  const titleWords = matchWords(title);
  return {
    words: counts(words),
    length: words.length,
    titleWords: counts(titleWords),
    titleLength: titleWords.length,
    ...trigrams(`${text} ${title}`),
  };
}

/** Prepared once per earlier claim object: an article's claims all meet the same candidates. */
function prepared(item: Rankable): Prepared {
  let p = preparedTexts.get(item);
  if (!p) {
    p = prepare(item.text, item.title);
    preparedTexts.set(item, p);
  }
  return p;
}

export function inverseFrequency(stats: TermStats, term: string): number {
  const n = stats.documents;
  const df = Math.min(stats.frequency(term), n);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function counts(words: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

function cosine(a: Prepared, b: Prepared): number {
  if (!a.norm || !b.norm) return 0;
  let dot = 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  for (const [gram, count] of small) dot += count * (large.get(gram) ?? 0);
  return dot / (a.norm * b.norm);
}

/**
 * The candidates scored against `query` (a claim's or a post's text), best first. Lengths are
 * normalised against the candidates' own average: the history hands over the likely ones only.
 */
export function rankClaims<T extends Rankable>(
  query: string,
  candidates: T[],
  stats: TermStats,
  params: RankParams = RANK_PARAMS,
): Ranked<T>[] {
  if (!candidates.length) return [];
  const q = prepare(query, '');
  const queryTerms = [...q.words.keys()];
  const idf = new Map(queryTerms.map((t) => [t, inverseFrequency(stats, t)]));
  const docs = candidates.map(prepared);
  const averageLength = docs.reduce((sum, d) => sum + d.length, 0) / docs.length || 1;
  const averageTitle = docs.reduce((sum, d) => sum + d.titleLength, 0) / docs.length || 1;
  const { k1, b } = params;
  const bm25 = (tf: Map<string, number>, length: number, average: number) => {
    let score = 0;
    for (const term of queryTerms) {
      const f = tf.get(term);
      if (!f) continue;
      score += (idf.get(term)! * f * (k1 + 1)) / (f + k1 * (1 - b + (b * length) / average));
    }
    return score;
  };
  const lexical = docs.map(
    (d) =>
      bm25(d.words, d.length, averageLength) +
      params.title * bm25(d.titleWords, d.titleLength, averageTitle),
  );
  const best = Math.max(...lexical, 1e-9);
  return candidates
    .map((item, i) => ({ item, score: lexical[i]! + params.trigrams * best * cosine(q, docs[i]!) }))
    .sort((x, y) => y.score - x.score || (x.item.readAt ?? 0) - (y.item.readAt ?? 0));
}

/**
 * How rare each word is among `items` themselves: for ranking a set that is all there is to
 * compare with, such as the claims an article's keys found.
 */
export function statsOf(items: Rankable[]): TermStats {
  const frequency = new Map<string, number>();
  for (const item of items) {
    const p = prepared(item);
    for (const word of new Set([...p.words.keys(), ...p.titleWords.keys()]))
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return { documents: items.length, frequency: (word) => frequency.get(word) ?? 0 };
}

/**
 * The documents most worth ranking, from the postings of a query's terms (each a list of
 * document keys): those sharing the rarest terms, by the summed rarity of what they share.
 */
export function preselect(
  postings: Map<string, string[]>,
  stats: TermStats,
  limit: number,
): string[] {
  const sums = new Map<string, number>();
  for (const [term, keys] of postings) {
    const weight = inverseFrequency(stats, term);
    for (const key of keys) sums.set(key, (sums.get(key) ?? 0) + weight);
  }
  return [...sums.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([key]) => key);
}
