/**
 * The JSON-LD blocks a page declares about itself. News sites describe their articles there
 * more reliably than in any visible markup, but the blocks are hand-written often enough to be
 * broken, so every block is parsed on its own and a bad one is simply left out.
 */

/** One JSON-LD node: a plain object with string keys. */
export type LinkedData = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;
/** Pages with dozens of blocks are rare; the limits keep a hostile page from costing us seconds. */
const MAX_BLOCKS = 30;
const MAX_BLOCK_CHARS = 1_000_000;
const MAX_NODES = 500;

/** Every JSON-LD node in the given blocks, flattened out of arrays and `@graph` lists. */
export function linkedData(blocks: string[]): LinkedData[] {
  const nodes: LinkedData[] = [];
  for (const source of blocks.slice(0, MAX_BLOCKS)) {
    if (source.length > MAX_BLOCK_CHARS) continue;
    const parsed = parseBlock(source);
    if (parsed !== undefined) collect(parsed, nodes, 0);
  }
  return nodes;
}

/** The node describing the page's article, when the page declares one. */
export function articleNode(nodes: LinkedData[]): LinkedData | undefined {
  return nodes.find((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
}

export function stringField(node: LinkedData | undefined, key: string): string | undefined {
  const value = node?.[key];
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0].trim() || undefined;
  return undefined;
}

/** `publisher.name`, whether the publisher is an object, a list of them or a bare name. */
export function publisherName(node: LinkedData | undefined): string | undefined {
  const publisher = node?.['publisher'];
  const first = Array.isArray(publisher) ? publisher[0] : publisher;
  if (typeof first === 'string') return first.trim() || undefined;
  if (isObject(first)) return stringField(first, 'name');
  return undefined;
}

function parseBlock(source: string): unknown {
  // CMSes wrap blocks in CDATA or HTML comments so old parsers skip them.
  const text = source
    .trim()
    .replace(/^(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\]\]>|-->)$/, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function collect(value: unknown, into: LinkedData[], depth: number): void {
  if (depth > 4 || into.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) collect(graph, into, depth + 1);
  // Some sites nest the article in a WebPage's mainEntity.
  const main = value['mainEntity'];
  if (isObject(main)) collect(main, into, depth + 1);
}

function types(node: LinkedData): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function isObject(value: unknown): value is LinkedData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
