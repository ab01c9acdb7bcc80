/**
 * Reading one article: the whole path from text to a stored, checked report, in steps so the
 * background can answer the page between them: the checked report the page highlights, then its
 * hover cards and the write.
 */
import { analyse } from '../core/analyse.ts';
import { checkClaims } from '../core/check.ts';
import { lookupKeys } from '../core/match/lookup.ts';
import type { ArticleInput, Report } from '../core/model.ts';
import type { EntityCard, PageAnnotations } from '../shared/protocol.ts';
import type { History } from './types.ts';

/**
 * Analyses the article and checks its claims against earlier reports found through the claim
 * index; writes nothing. The report keeps when its URL was first read and never corroborates
 * itself. `step` is told when the analysis starts and ends.
 */
export async function checkArticle(
  history: History,
  article: ArticleInput,
  now = Date.now(),
  step: (name: 'analysing' | 'analysed') => void = () => undefined,
): Promise<Report> {
  // Asked before the analysis: the database looks it up while the analysis keeps this thread busy.
  // Only the list row: the earlier report itself, claims and evidence, is not needed here.
  const firstRead = history.firstReadAt(article.url);
  // Awaited below; until then a failure must not count as unhandled.
  firstRead.catch(() => undefined);
  // The caller may time the steps (the background marks them for the highlight bench): the
  // analysis is this thread's work, the reads after it the database's.
  step('analysing');
  const analysis = analyse(article);
  step('analysed');
  const self = { url: article.url, source: article.source };
  // The candidates are asked for before the first reading's time is awaited: neither waits for
  // the other.
  const [firstReadAt, candidates] = await Promise.all([
    firstRead,
    history.candidateClaims(analysis.claims.map(lookupKeys), self, now),
  ]);
  const report: Report = {
    url: article.url,
    source: article.source,
    title: article.title,
    firstReadAt: firstReadAt ?? now,
    readAt: now,
    text: analysis.text,
    entities: analysis.entities,
    mentions: analysis.mentions,
    claims: checkClaims(analysis.claims, candidates, self),
  };
  if (article.publishedAt !== undefined) report.publishedAt = article.publishedAt;
  if (article.file !== undefined) report.file = article.file;
  return report;
}

/**
 * The hover cards of a checked report: its entities, and the officials that only the earlier
 * reports its evidence cites mention (their names). They count the report as stored
 * (`History.entityCards` with it pending), so storing it afterwards changes none of them. Their
 * read is asked for at once, in this call: asked before the report's write, it is not held up
 * by it.
 */
export function reportCards(history: History, report: Report): Promise<Record<string, EntityCard>> {
  const cited = report.claims.flatMap((claim) =>
    claim.evidence.flatMap((evidence) => evidence.attribution ?? []),
  );
  return history.entityCards([...report.entities.map((entity) => entity.id), ...cited], report);
}

/** Analyses and checks the article, and reads its cards; writes nothing (see the steps above). */
export async function annotateArticle(
  history: History,
  article: ArticleInput,
  now = Date.now(),
): Promise<PageAnnotations> {
  const report = await checkArticle(history, article, now);
  return { report, cards: await reportCards(history, report) };
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
