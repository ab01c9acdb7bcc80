/**
 * Reading one article: the whole path from text to a stored, checked report.
 */
import { analyse } from '../core/analyse.ts';
import { checkClaims } from '../core/check.ts';
import { lookupKeys } from '../core/match/lookup.ts';
import type { ArticleInput, Report } from '../core/model.ts';
import type { PageAnnotations } from '../shared/protocol.ts';
import type { History } from './types.ts';

/**
 * Analyses the article, checks its claims against earlier reports found through the claim index,
 * stores it and returns what the page shows. Reading a URL again replaces its report (keeping
 * when it was first read) and never lets the article corroborate itself.
 */
export async function readArticle(
  history: History,
  article: ArticleInput,
  now = Date.now(),
): Promise<PageAnnotations> {
  const analysis = analyse(article);
  const self = { url: article.url, source: article.source };
  const [earlier, candidates] = await Promise.all([
    history.getReport(article.url),
    history.candidateClaims(analysis.claims.map(lookupKeys), self),
  ]);
  const report: Report = {
    url: article.url,
    source: article.source,
    title: article.title,
    firstReadAt: earlier?.firstReadAt ?? now,
    readAt: now,
    text: analysis.text,
    entities: analysis.entities,
    mentions: analysis.mentions,
    claims: checkClaims(analysis.claims, candidates, self),
  };
  if (article.publishedAt !== undefined) report.publishedAt = article.publishedAt;
  if (article.file !== undefined) report.file = article.file;
  await history.saveReport(report);
  // Cards for the page's entities, and names for the officials earlier reports cite.
  const cited = report.claims.flatMap((claim) =>
    claim.evidence.flatMap((evidence) => evidence.attribution ?? []),
  );
  const cards = await history.entityCards([
    ...analysis.entities.map((entity) => entity.id),
    ...cited,
  ]);
  return { report, cards };
}
