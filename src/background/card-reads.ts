/**
 * The hover cards of the reports just answered, kept until their page asks for them
 * (`article/cards`): a page draws its highlights without them, and they are read meanwhile. A
 * page that never asks (it went elsewhere first) leaves an entry the next ones push out.
 */
import type { EntityCard } from '../shared/protocol.ts';

type Cards = Record<string, EntityCard>;

/** Entries kept at most: one per tab that was just read, and then some. */
const KEPT = 16;

export function cardReads() {
  const reads = new Map<string, Promise<Cards>>();
  const key = (tabId: number, url: string) => `${tabId} ${url}`;
  return {
    /** The cards of the report of `url` answered to tab `tabId`, being read. */
    put(tabId: number, url: string, cards: Promise<Cards>): void {
      // Asked for later, or never: a failure until then must not count as unhandled.
      cards.catch(() => undefined);
      reads.delete(key(tabId, url));
      reads.set(key(tabId, url), cards);
      for (const oldest of reads.keys()) {
        if (reads.size <= KEPT) break;
        reads.delete(oldest);
      }
    },
    /** The cards put for the tab and URL, once: undefined when none are kept. */
    take(tabId: number, url: string): Promise<Cards> | undefined {
      const cards = reads.get(key(tabId, url));
      reads.delete(key(tabId, url));
      return cards;
    },
  };
}
