/**
 * The answer to a page that sent its article: of the checked report, only what the page marks
 * and what its claims' cards say (`MarkedReport`). The whole report is some 55 KB for a
 * 1,500-word article, most of it the text the page already has and each claim's frame, keys and
 * terms; the answer is copied out of the worker and into the page while the reader waits.
 */
import type { Report } from '../core/model.ts';
import type { MarkedReport } from '../shared/protocol.ts';

export function markedReport(report: Report): MarkedReport {
  return {
    url: report.url,
    textLength: report.text.length,
    entities: report.entities.map(({ id, type, name, description }) => ({
      id,
      type,
      name,
      description,
    })),
    mentions: report.mentions,
    claims: report.claims.map(({ id, start, end, status, attribution, evidence }) =>
      attribution === undefined
        ? { id, start, end, status, evidence }
        : { id, start, end, status, attribution, evidence },
    ),
  };
}
