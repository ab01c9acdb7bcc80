/**
 * What the history holds about one place, official or organisation: how it was written, which
 * reports mention it and when, and the claims made about it. Gathered for the entity view.
 */
import type { CheckedClaim, Entity } from '../core/model.ts';
import { claimsAsTheyStandNow, type StandingClaim } from '../history/standing.ts';
import type { EntityReport, History, ReportSummary } from '../history/types.ts';
import { STATUS_ORDER } from './summary.ts';
import { startOfDay } from './when.ts';

/** Claims are read from at most this many of the newest reports, so a capital city stays quick. */
const REPORTS_FOR_CLAIMS = 40;
const MAX_CLAIMS = 60;

export interface ClaimAbout {
  /** As it stands now, judged against everything read since its report. */
  claim: StandingClaim;
  report: ReportSummary;
}

export interface EntityStory {
  entity: Entity;
  /** Its containing place (places) or the region it governs (officials), when a report names it. */
  parent?: Entity;
  /** Every spelling seen, canonical name first, then by how many reports used it. */
  spellings: string[];
  /** Newest first. */
  reports: EntityReport[];
  claims: ClaimAbout[];
  /** Reports per local day, oldest first: the timeline. */
  days: { day: number; count: number }[];
}

export function isAbout(claim: CheckedClaim, entityId: string): boolean {
  return (
    claim.frame.places.includes(entityId) ||
    claim.frame.actors.includes(entityId) ||
    claim.attribution === entityId
  );
}

/** Reports per local day, oldest first. */
export function readingDays(reports: readonly EntityReport[]): { day: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const { summary } of reports) {
    const day = startOfDay(summary.readAt);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts].map(([day, count]) => ({ day, count })).sort((a, b) => a.day - b.day);
}

export async function entityStory(
  history: History,
  entityId: string,
): Promise<EntityStory | undefined> {
  const reports = await history.entityReports(entityId);
  if (reports.length === 0) return undefined;
  const full = await Promise.all(
    reports.slice(0, REPORTS_FOR_CLAIMS).map(({ summary }) => history.getReport(summary.url)),
  );
  let entity: Entity | undefined;
  let parent: Entity | undefined;
  const claims: ClaimAbout[] = [];
  for (const [index, report] of full.entries()) {
    if (!report) continue;
    const found = report.entities.find((candidate) => candidate.id === entityId);
    if (found && !entity) entity = found;
    if (found?.parentId && !parent)
      parent = report.entities.find((candidate) => candidate.id === found.parentId);
    const summary = reports[index]?.summary;
    if (!summary || claims.length >= MAX_CLAIMS || !report.claims.some((c) => isAbout(c, entityId)))
      continue;
    // A claim new when its report was read may be corroborated by a later one: say so here too.
    for (const claim of await claimsAsTheyStandNow(history, report)) {
      if (claims.length < MAX_CLAIMS && isAbout(claim, entityId))
        claims.push({ claim, report: summary });
    }
  }
  if (!entity) return undefined;
  // What is disputed first, as in a report; newest first within each status.
  claims.sort(
    (a, b) => STATUS_ORDER.indexOf(a.claim.status) - STATUS_ORDER.indexOf(b.claim.status),
  );
  const uses = new Map<string, number>();
  for (const { surfaces } of reports)
    for (const surface of new Set(surfaces)) uses.set(surface, (uses.get(surface) ?? 0) + 1);
  uses.delete(entity.name);
  const spellings = [
    entity.name,
    ...[...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s),
  ];
  const story: EntityStory = { entity, spellings, reports, claims, days: readingDays(reports) };
  if (parent) story.parent = parent;
  return story;
}
