/**
 * The whole pure analysis of one article: text in, entities and claims out.
 * No DOM, no extension API, no storage: the background, the CLI and the tests run this same code.
 */
import type { Analysis, ArticleInput } from './model.ts';
import { recogniseEntities } from './entities/recognise.ts';
import { detectClaims } from './claims/detect.ts';
import { articleText } from './text.ts';

/** For a worker starting: the gazetteer's index as the extension's build packed it. */
export { usePacked } from './entities/gazetteer.ts';
export type { PackedGraph } from './entities/packed.ts';

export function analyse(article: ArticleInput): Analysis {
  const text = articleText(article);
  const { entities, mentions } = recogniseEntities(text);
  const claims = detectClaims({ text, reportUrl: article.url, entities, mentions });
  return { text, entities, mentions, claims };
}
