/**
 * A frame that says only which event a claim tells: no place, actor, count or object. The CLI
 * files a fact check's statement this way, and tests build their claims from it.
 */
import type { ClaimFrame } from '../model.ts';

export function bareFrame(event: string, identifiers: string[] = []): ClaimFrame {
  return { event, places: [], actors: [], counts: [], negated: false, identifiers };
}
