/**
 * The page survey (see `extract/page-survey.ts`) walked in time slices: on a 5 MB page of
 * 50,000 elements one walk takes a few hundred milliseconds, which as one task would freeze
 * the page's scrolling and timers.
 */
import { PageSurveyor, type PageSurvey } from '../extract/index.ts';
import { now, SLICE_MS, yieldToPage } from './yielding.ts';

/** Nodes walked between looks at the clock: some tens of microseconds of work. */
const STRETCH_NODES = 200;

/** The survey, or undefined when `signal` aborted the reading between slices. */
export async function surveyInSlices(
  doc: Document,
  signal: AbortSignal,
): Promise<PageSurvey | undefined> {
  const surveyor = new PageSurveyor(doc);
  for (let slices = 1; ; slices++) {
    const sliceEnd = now() + SLICE_MS;
    while (!surveyor.done && now() < sliceEnd) surveyor.walk(STRETCH_NODES);
    // A page that took slices gets a turn before extraction adds its work to the last one;
    // a small page is surveyed and read in one short task.
    if (surveyor.done && slices === 1) return surveyor.survey;
    await yieldToPage();
    if (signal.aborted) return undefined;
    if (surveyor.done) return surveyor.survey;
  }
}
