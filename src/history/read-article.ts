/**
 * Reading one article: the whole path from text to a stored, checked report, in two steps so the
 * background can answer the page between them: what the page shows, then the write.
 */
import { analyse } from '../core/analyse.ts';
import { checkClaims } from '../core/check.ts';
import { lookupKeys } from '../core/match/lookup.ts';
import type { ArticleInput, Report } from '../core/model.ts';
import type { PageAnnotations } from '../shared/protocol.ts';
import type { History } from './types.ts';

/**
 * Analyses the article and checks its claims against earlier reports found through the claim
 * index; writes nothing. The report keeps when its URL was first read, never corroborates
 * itself, and its cards count it as stored (`History.entityCards` with it pending), so storing
 * the report afterwards changes nothing the page shows.
 */
export async function annotateArticle(
  history: History,
  article: ArticleInput,
  now = Date.now(),
): Promise<PageAnnotations> {
  // Asked before the analysis: the database looks it up while the analysis keeps this thread busy.
  const earlierRead = history.getReport(article.url);
  // Awaited below; until then a failure must not count as unhandled.
  earlierRead.catch(() => undefined);
  const analysis = analyse(article);
  const self = { url: article.url, source: article.source };
  const earlier = await earlierRead;
  const seen = {
    url: article.url,
    firstReadAt: earlier?.firstReadAt ?? now,
    readAt: now,
    entities: analysis.entities,
    mentions: analysis.mentions,
  };
  const mentioned = analysis.entities.map((entity) => entity.id);
  const [candidates, cards] = await Promise.all([
    history.candidateClaims(analysis.claims.map(lookupKeys), self),
    history.entityCards(mentioned, seen),
  ]);
  const report: Report = {
    url: article.url,
    source: article.source,
    title: article.title,
    firstReadAt: seen.firstReadAt,
    readAt: now,
    text: analysis.text,
    entities: analysis.entities,
    mentions: analysis.mentions,
    claims: checkClaims(analysis.claims, candidates, self),
  };
  if (article.publishedAt !== undefined) report.publishedAt = article.publishedAt;
  if (article.file !== undefined) report.file = article.file;
  // Names for the officials that only the earlier reports this one's evidence cites mention.
  const cited = report.claims
    .flatMap((claim) => claim.evidence.flatMap((evidence) => evidence.attribution ?? []))
    .filter((id) => !(id in cards));
  if (cited.length > 0) Object.assign(cards, await history.entityCards(cited, seen));
  return { report, cards };
}

/** Analyses, checks and stores the article; returns what the page shows. */
export async function readArticle(
  history: History,
  article: ArticleInput,
  now = Date.now(),
): Promise<PageAnnotations> {
  const annotations = await annotateArticle(history, article, now);
  await history.saveReport(annotations.report);
  return annotations;
}
