/** Claims of a shootdown, made by hand, for the tests of how the history files and finds them. */
import type { CheckedClaim, Count } from '../../core/model.ts';

export interface Shootdown {
  url: string;
  index: number;
  text: string;
  keys: string[];
  places: string[];
  counts?: Count[];
  time?: string;
}

/** A checked claim of report `url`, filed under `keys`, new and citing nothing. */
export function shootdownClaim({ url, index, text, keys, places, counts = [], time }: Shootdown) {
  const frame: CheckedClaim['frame'] = {
    event: 'shootdown',
    places,
    actors: [],
    counts,
    negated: false,
    identifiers: [],
  };
  if (time !== undefined) frame.time = time;
  const claim: CheckedClaim = {
    id: `${url}#${index}`,
    start: 0,
    end: text.length,
    text,
    frame,
    keys,
    terms: [],
    status: 'new',
    evidence: [],
  };
  return claim;
}
