/** The element holding everything a reading read: where a page that streams its story grows. */
import type { TextMap } from '../extract/index.ts';

export function articleRoot(map: TextMap): Node | undefined {
  const first = map.runs[0]?.node;
  const last = map.runs[map.runs.length - 1]?.node;
  if (!first || !last) return undefined;
  let node: Node | null = first.parentNode;
  while (node && !node.contains(last)) node = node.parentNode;
  return node ?? undefined;
}
