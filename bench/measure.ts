/**
 * Timing on a shared machine: warm up first (the JIT and the gazetteer's first load would
 * otherwise dominate), run several rounds and keep the median, and interleave a measure with its
 * reference so both see the same background load and their ratio stays meaningful.
 */
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (!sorted.length) return Number.NaN;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A pass returns something derived from its work, so the engine cannot drop the work. */
export type Pass = () => unknown;

let sink: unknown;

/** Runs `pass` `times` times and returns the milliseconds taken per pass. */
function timeRound(pass: Pass, times: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) sink = pass();
  return (performance.now() - start) / times;
}

/** How many passes fill a round of `roundMs`, judged from passes already warm. */
function passesPerRound(pass: Pass, roundMs: number): number {
  let times = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < times; i++) sink = pass();
    const elapsed = performance.now() - start;
    if (elapsed >= roundMs / 4) return Math.max(1, Math.ceil((times * roundMs) / elapsed));
    times *= 2;
  }
}

export interface Paired {
  /** Median milliseconds per pass of the measure and of its reference. */
  subjectMs: number;
  referenceMs: number;
}

/**
 * Median time per pass of `subject` and of `reference`, in alternating rounds. With the defaults
 * each figure rests on at least a second and a quarter of work.
 */
export function timePaired(
  subject: Pass,
  reference: Pass,
  { rounds = 5, roundMs = 250, warmupMs = 300 } = {},
): Paired {
  for (const pass of [subject, reference]) {
    const until = performance.now() + warmupMs;
    do sink = pass();
    while (performance.now() < until);
  }
  const subjectTimes = passesPerRound(subject, roundMs);
  const referenceTimes = passesPerRound(reference, roundMs);
  const subjectRounds: number[] = [];
  const referenceRounds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    subjectRounds.push(timeRound(subject, subjectTimes));
    referenceRounds.push(timeRound(reference, referenceTimes));
  }
  void sink;
  return { subjectMs: median(subjectRounds), referenceMs: median(referenceRounds) };
}

/** Milliseconds taken by each named part of one asynchronous operation. */
export type Parts = Record<string, number>;

/**
 * Median milliseconds of each part of an asynchronous operation, one sample per call, until both
 * `minSamples` samples and `minMs` of work are in.
 */
export async function timeParts(
  operation: () => Promise<Parts>,
  { warmups = 3, minSamples = 15, minMs = 1000 } = {},
): Promise<{ parts: Parts; samples: number }> {
  for (let i = 0; i < warmups; i++) await operation();
  const samples: Parts[] = [];
  const start = performance.now();
  while (samples.length < minSamples || performance.now() - start < minMs) {
    samples.push(await operation());
  }
  const parts: Parts = {};
  for (const name of Object.keys(samples[0] ?? {})) {
    parts[name] = median(samples.map((sample) => sample[name] ?? Number.NaN));
  }
  return { parts, samples: samples.length };
}
