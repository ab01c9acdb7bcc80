/**
 * The analysis on text nobody wrote for it: whatever a page holds, analyse() must return (never
 * throw into the background), every offset must fall inside the analysed text, and every
 * highlight must cover exactly the words it names, or the page would mark the wrong words.
 * Speed on such text is the bench's business (`npm run bench`, section 4), not a timed assertion here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse.ts';
import type { Analysis, ArticleInput } from '../model.ts';
import { articleText } from '../text.ts';

/** Words of the domain, so random text still meets the recognisers' and detectors' paths. */
const DOMAIN = [
  'Governor',
  'governor Vasily Anokhin said',
  'Василий Анохин',
  'Боковский район',
  'Smolensk region',
  'Rostov Oblast',
  'Bokovsky',
  'Chertkovskiy',
  'Kirishsky district',
  'drone',
  'drones were shot down over',
  'air defences destroyed',
  'debris fell near houses 12 and 13',
  'struck',
  'no casualties',
  'injured',
  'according to the Defence Ministry',
  'overnight',
  'at 20:00',
  'on December 8, 2024',
  'more than',
  'about a dozen',
  'several',
];

/** Text that breaks naive code: scripts, direction marks, combining marks, surrogates, extremes. */
const HOSTILE = [
  'ירושלים',
  'دمشق',
  '\u202Eoverride\u202C',
  '\u200F\u200E',
  'e\u0301\u0301\u0301',
  'Z\u0351\u0353\u0354\u0355\u0356\u0357',
  '\u200B\u200D\uFEFF',
  '👩‍👩‍👧‍👦',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\r\n',
  '\u2028',
  '99999999999999999999999999 drones',
  '1e308',
  '-0',
  '1,000,000,000,000,000 houses',
  'NaN Infinity',
  '12 and 13 and 14 and 15',
  '«„“‘\'"nested "quotes" inside"’”“»',
  '(((((',
  ')))))',
  'GOVERNOR SAID DRONES',
  'Mr.',
  'U.S.',
  'No.',
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...DOMAIN), weight: 4 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  {
    // Long runs: punctuation, digits, capitals, one word repeated.
    arbitrary: fc
      .tuple(
        fc.constantFrom('.', '!', '?', ',', '9', '0', 'A', 'Governor ', '" ', '- '),
        fc.integer({ min: 2, max: 400 }),
      )
      .map(([unit, times]) => unit.repeat(times)),
    weight: 1,
  },
);

const separator = fc.constantFrom(' ', ' ', '. ', ', ', '\n\n', '\n', '', ' — ');

const prose = fc
  .array(fc.tuple(piece, separator), { maxLength: 30 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

const article = fc.record({
  title: prose,
  body: prose,
  url: fc.constantFrom(
    'https://news.example/a',
    'https://новости.example/б?x=1#frag',
    'file:///tmp/a.txt',
  ),
  source: fc.constantFrom('News Example', '', 'Новости'),
});

/** What must hold of any analysis, whatever the text. */
function checkAnalysis(input: ArticleInput, analysis: Analysis): void {
  const { text } = analysis;
  expect(text).toBe(articleText(input));
  const within = (span: { start: number; end: number }) => {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  };
  const entityIds = new Set(analysis.entities.map((entity) => entity.id));
  for (const mention of analysis.mentions) {
    within(mention);
    expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
    expect(entityIds.has(mention.entityId)).toBe(true);
  }
  const claimIds = new Set<string>();
  for (const claim of analysis.claims) {
    within(claim);
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claim.id.startsWith(`${input.url}#`)).toBe(true);
    expect(claimIds.has(claim.id)).toBe(false);
    claimIds.add(claim.id);
    for (const count of claim.frame.counts) expect(Number.isFinite(count.value)).toBe(true);
  }
  // Everything crosses message channels and IndexedDB: plain JSON data only.
  expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
}

describe('analyse() on random and hostile text', () => {
  it('never throws, keeps offsets inside the text, and marks exactly the words it names', () => {
    fc.assert(
      fc.property(article, (input) => {
        checkAnalysis(input, analyse(input));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('gives the same analysis for the same text', () => {
    fc.assert(
      fc.property(article, (input) => {
        expect(analyse(input)).toEqual(analyse(input));
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('copes with very long words, repeated titles and walls of digits', () => {
    const huge = fc.constantFrom(
      'a'.repeat(10_000),
      'Governor '.repeat(2_000),
      'Governor Governor Governor said drones were shot down over '.repeat(100),
      '9'.repeat(10_000),
      '.'.repeat(10_000),
      'A'.repeat(10_000),
      'e\u0301'.repeat(5_000),
      '"'.repeat(5_000),
      'Смоленск'.repeat(1_000),
    );
    fc.assert(
      fc.property(huge, prose, (wall, around) => {
        const input = {
          title: around,
          body: `${around} ${wall} ${around}`,
          url: 'https://news.example/x',
          source: 'X',
        };
        checkAnalysis(input, analyse(input));
      }),
      { numRuns: 20 },
    );
    // A generous limit for a slow shared machine: how fast is the bench's question.
  }, 120_000);
});
