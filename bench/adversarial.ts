/**
 * The analysis on hostile text at growing sizes: the time per kilobyte must stay about the same
 * from 10 KB to 1 MB, or some step is worse than linear and a long page could stall the
 * background. The fuzz tests (src/core/test/fuzz.test.ts) check correctness on such text; the
 * speed is measured here, never asserted in a test.
 */
import { performance } from 'node:perf_hooks';
import { analyse } from '../src/core/analyse.ts';
import { median } from './measure.ts';
import { ratio, table } from './table.ts';

/** What the fuzz tests throw at the analysis, as fixed pieces. */
const PIECES = [
  'Governor Governor Governor said drones were shot down over the Smolensk region.',
  'Василий Анохин сообщил: Боковский район.',
  'ירושלים دمشق \u202Eoverride\u202C \u200F\u200E',
  'e\u0301\u0301\u0301 Z\u0351\u0353\u0354 \u200B\u200D\uFEFF 👩‍👩‍👧‍👦',
  '99999999999999999999999999 drones; 1,000,000,000,000,000 houses; 1e308.',
  '«„“‘\'"nested "quotes" inside"’”“»',
  'debris fell near houses 12 and 13 and 14 and 15 at 20:00 on December 8, 2024.',
  'GOVERNOR SAID DRONES WERE DOWNED OVER ROSTOV OBLAST',
  'Mr. U.S. No. St. V. Anokhin',
  // An unknown village placed again and again: each placing is read against the whole text.
  'Debris fell in the village of Zarechnoye in the Kursk region.',
  // Bare kind phrases again and again: each is resolved to its country's body (`context.ts`).
  'Drones hit Kursk, the Defence Ministry said, and the General Staff of Ukraine confirmed it.',
];

/** Long runs, each `length` characters: punctuation, digits, capitals, one word again and again. */
const RUNS = ['.', '9', 'A', 'Governor ', '!?', '"', '-', 'a'];

/** Hostile text of about `bytes` UTF-16 code units, the same on every run. */
export function adversarialText(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part =
      i % 5 === 4
        ? RUNS[((i / 5) % RUNS.length) | 0]!.repeat(200 + ((i * 37) % 800))
        : PIECES[i % PIECES.length]!;
    parts.push(part, i % 7 === 0 ? '\n\n' : ' ');
    length += part.length + 1;
  }
  return parts.join('').slice(0, bytes);
}

export interface AdversarialTiming {
  kilobytes: number;
  ms: number;
  runs: number;
}

/** Median time to analyse hostile text of each size (in KB), after a warm-up. */
export function measureAdversarial(sizesKb: number[]): AdversarialTiming[] {
  analyse({
    title: 'warm-up',
    body: adversarialText(20_000),
    url: 'https://bench.example/',
    source: 'Bench',
  });
  return sizesKb.map((kilobytes) => {
    const body = adversarialText(kilobytes * 1024);
    const runs = Math.max(1, Math.min(9, Math.round(1000 / kilobytes)));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      analyse({
        title: 'Hostile text',
        body,
        url: 'https://bench.example/hostile',
        source: 'Bench',
      });
      times.push(performance.now() - start);
    }
    return { kilobytes, ms: median(times), runs };
  });
}

export function adversarialTable(timings: AdversarialTiming[]): string {
  const first = timings[0];
  const perKb = (timing: AdversarialTiming) => timing.ms / timing.kilobytes;
  return table(
    ['hostile text', 'runs', 'median ms', 'ms per KB', `per KB vs ${first?.kilobytes ?? '?'} KB`],
    timings.map((timing) => [
      `${timing.kilobytes.toLocaleString('en')} KB`,
      timing.runs,
      timing.ms.toFixed(0),
      perKb(timing).toFixed(2),
      first ? ratio(perKb(timing) / perKb(first)) : 'n/a',
    ]),
  );
}
