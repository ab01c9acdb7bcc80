/**
 * What the extension has in place of `core/entities/gazetteer-build.ts` (`vite.config.ts` swaps
 * it in): the code that builds the index, and the 700 KB of data it is built from, stay out of the
 * extension, whose worker and side panel unpack the index the build packed (`gazetteer-file.ts`).
 * Without them a worker's modules are evaluated sooner and hold less memory. Reached only when
 * that file could not be used.
 */
import type { Gazetteer } from '../core/entities/gazetteer.ts';

export function buildGazetteer(): Gazetteer {
  throw new Error(
    'Crosscheck could not load its list of places and officials (gazetteer.json); reinstalling the extension restores it.',
  );
}
