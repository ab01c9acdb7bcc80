/**
 * Turns the background's report of this page into highlights on the page's own text, through
 * the text map kept when the article was extracted.
 */
import type { PageView } from '../shared/protocol.ts';
import { rangesFor, type TextMap } from '../extract/index.ts';
import type { Highlight } from './highlighter.ts';

/**
 * The highlights for a report, or none when the text the report's offsets index is not as long
 * as the text this page gave: offsets into another text would mark the wrong words.
 */
export function highlightsFor(view: PageView, map: TextMap): Highlight[] {
  const { report } = view;
  if (report.textLength !== map.text.length) return [];
  const highlights: Highlight[] = [];
  for (const claim of report.claims) {
    const ranges = rangesFor(map, claim.start, claim.end);
    if (ranges.length)
      highlights.push({ kind: 'claim', id: claim.id, status: claim.status, ranges });
  }
  const types = new Map(report.entities.map((entity) => [entity.id, entity.type]));
  for (const mention of report.mentions) {
    const kind = types.get(mention.entityId);
    const ranges = kind ? rangesFor(map, mention.start, mention.end) : [];
    if (kind && ranges.length) highlights.push({ kind, id: mention.entityId, ranges });
  }
  return highlights;
}

/** The element around the first highlighted text still in the page: where the palette is read. */
export function firstHighlighted(highlights: readonly Highlight[]): Element | undefined {
  for (const highlight of highlights)
    for (const range of highlight.ranges)
      if (range.node.isConnected && range.node.parentElement) return range.node.parentElement;
  return undefined;
}
