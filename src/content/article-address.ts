/**
 * The address a reading is stored under. Usually the page's declared (canonical) address; but a
 * single-page site that moves to another story often leaves its canonical link and og:url
 * naming the story it first loaded. Storing the new story under that address would replace the
 * first story's report with it, so a different text at a new location, still declaring the
 * previous reading's address, is stored under its location instead.
 */
import { withoutHash } from '../shared/address.ts';

export interface ReadAddress {
  /** The address the page declared when it was read. */
  declared: string;
  /** Where the page was (without its fragment). */
  location: string;
  text: string;
}

export function addressForReading(
  declared: string,
  location: string,
  text: string,
  previous: ReadAddress | undefined,
): string {
  const here = withoutHash(location);
  const stale =
    previous !== undefined &&
    previous.declared === declared &&
    previous.location !== here &&
    previous.text !== text &&
    /^https?:/.test(here);
  return stale ? here : declared;
}
