/**
 * Lists every mention of a towns.json town (GeoNames) in English text that is not about Russia or
 * Ukraine: the CLEF-2020 CheckThat! task 2 verified claims and tweets beside the checkout
 * (../shared/data/clef2020-task2). Each one must be a true mention or a rule of
 * scripts/derive-towns.ts is wrong; on the committed data it lists none.
 *
 *   npx tsx scripts/check-towns-clef.ts [folder]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gazetteer } from '../src/core/entities/gazetteer.ts';
import { recogniseEntities } from '../src/core/entities/recognise.ts';

const folder = resolve(
  process.argv[2] ??
    [resolve(import.meta.dirname, '../../shared'), resolve(import.meta.dirname, '../../../shared')]
      .map((s) => resolve(s, 'data/clef2020-task2'))
      .find((f) => existsSync(f)) ??
    'clef2020-task2',
);
const texts: string[] = [];
const rows = (file: string): string[][] =>
  readFileSync(resolve(folder, file), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
for (const [, claim, title] of rows('verified_claims.docs.tsv'))
  texts.push(claim ?? '', title ?? '');
for (const part of ['train', 'dev', 'test'])
  for (const [, tweet] of rows(`${part}/tweets.queries.tsv`)) texts.push(tweet ?? '');

const derived = new Set([...gazetteer().derived].map((place) => place.id));
let places = 0;
let towns = 0;
const read = texts.filter(Boolean);
for (const text of read) {
  for (const m of recogniseEntities(text).mentions) {
    if (m.entityId.startsWith('place:')) places++;
    if (!derived.has(m.entityId)) continue;
    towns++;
    const around = text.slice(Math.max(0, m.start - 60), m.end + 60).replace(/\s+/g, ' ');
    console.log(`${m.entityId}\t${m.surface}\t${around}`);
  }
}
console.log(`${read.length} texts: ${places} place mentions, ${towns} of towns.json towns`);
