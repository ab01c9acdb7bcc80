/**
 * The in-memory index the panel searches as the reader types must find exactly the rows that
 * testing each row on its own (`matchesEvery`) finds, however rows were added, saved again or
 * deleted: it searches all rows' words joined into one text, so a word must never be found
 * across the end of one row and the start of the next, nor a skeleton inside a longer one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexReports, matchesEvery, queryWords, type SearchableSummary } from '../search.ts';

/** Spellings that fold alike or nearly so, short words, and words that end or start others. */
const VOCABULARY = [
  'Kharkiv',
  'Kharkov',
  'Харків',
  'Belgorod',
  'Бєлгород',
  'Bilhorod',
  'drone',
  'drones',
  'then',
  'than',
  'Anokhine',
  'Анохин',
  'Smolensk',
  'Lviv',
  'Lvov',
  'ab',
  'ba',
  'abba',
  'Chernigov',
  'Chernihiv',
];

const text = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 6 })
  .map((words) => words.join(' '));

/** A query word: a whole word, part of one, or letters that may be found nowhere. */
const queryWord = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc
    .tuple(fc.constantFrom(...VOCABULARY), fc.nat(), fc.nat())
    .map(([word, a, b]) => word.slice(a % word.length, (a % word.length) + 1 + (b % 6))),
  fc.stringMatching(/^[a-z]{1,6}$/),
);
const query = fc.array(queryWord, { minLength: 1, maxLength: 3 }).map((q) => q.join(' '));

type Change = { put: number; text: string; readAt: number } | { remove: number };
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ put: fc.nat(7), text, readAt: fc.nat(20) }),
  fc.record({ remove: fc.nat(7) }),
);

function row(n: number, words: string, readAt: number): SearchableSummary {
  return {
    url: `https://example.com/${n}`,
    source: 'Wire',
    title: `Report ${n}`,
    firstReadAt: 0,
    readAt,
    claimCounts: { new: 0, corroborated: 0, contradicted: 0 },
    entityNames: [],
    entityIds: [],
    words,
  };
}

/** The rows each tested alone, newest read first as the history lists them. */
function expected(rows: Map<string, SearchableSummary>, q: string): string[] {
  const words = queryWords(q);
  return [...rows.values()]
    .filter((r) => matchesEvery(r.words, words))
    .sort((a, b) => b.readAt - a.readAt || (a.url < b.url ? 1 : -1))
    .map((r) => r.url);
}

describe('the search index over joined words', () => {
  it('finds what testing each row alone finds, through saves, re-saves and deletions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.nat(20)), { maxLength: 8 }),
        fc.array(fc.tuple(change, query), { maxLength: 8 }),
        (initial, steps) => {
          const rows = new Map<string, SearchableSummary>();
          initial.forEach(([words, readAt], n) =>
            rows.set(row(n, words, readAt).url, row(n, words, readAt)),
          );
          const index = indexReports([...rows.values()]);
          for (const [step, q] of steps) {
            if ('put' in step) {
              const saved = row(step.put, step.text, step.readAt);
              rows.set(saved.url, saved);
              index.put(saved);
            } else {
              rows.delete(`https://example.com/${step.remove}`);
              index.remove(`https://example.com/${step.remove}`);
            }
            expect(index.search(q).map((r) => r.url)).toEqual(expected(rows, q));
            // The same query again, answered from what the index kept of the last one.
            expect(index.search(q).map((r) => r.url)).toEqual(expected(rows, q));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not find a word across the end of one report and the start of the next', () => {
    const index = indexReports([row(1, 'Kharkiv ab', 2), row(2, 'ba Lviv', 1)]);
    // "ab" ends the first row's words and "ba" starts the second's: "abba" is in neither.
    expect(index.search('abba')).toEqual([]);
    expect(index.search('ab').map((r) => r.url)).toEqual(['https://example.com/1']);
  });

  it('matches a long word by a whole skeleton only, not by the end of a longer one', () => {
    // Chernigov and Chernihiv share a skeleton; "rnihiv" would be a mere tail of it.
    const index = indexReports([row(1, 'Chernihiv', 2), row(2, 'drones', 1)]);
    expect(index.search('Chernigov').map((r) => r.url)).toEqual(['https://example.com/1']);
    expect(index.search('rnigov')).toEqual([]);
  });
});
