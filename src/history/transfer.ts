// PLACEHOLDER: replaced by the durability branch at merge
/**
 * Export and import of the whole history as one JSON file. This stand-in keeps the agreed API so
 * the panel builds and its tests run; the durability branch supplies the real one.
 */
import type { Report } from '../core/model.ts';
import type { History } from './types.ts';

/** The file could not be imported; the message is shown to the reader as it is. */
export class ImportError extends Error {}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export async function exportHistory(history: History): Promise<string> {
  return JSON.stringify({ crosscheck: 'history', version: 1, reports: await history.allReports() });
}

function looksLikeReport(value: unknown): value is Report {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.url === 'string' &&
    typeof r.source === 'string' &&
    typeof r.title === 'string' &&
    typeof r.readAt === 'number' &&
    Array.isArray(r.claims) &&
    Array.isArray(r.entities) &&
    Array.isArray(r.mentions)
  );
}

export async function importHistory(history: History, text: string): Promise<ImportSummary> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not a Crosscheck history export (it is not JSON).');
  }
  const reports = (parsed as { reports?: unknown } | null)?.reports;
  if (!Array.isArray(reports) || !reports.every(looksLikeReport)) {
    throw new ImportError('This file is not a Crosscheck history export.');
  }
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  for (const report of reports) {
    const existing = await history.getReport(report.url);
    if (!existing) summary.added++;
    else if (JSON.stringify(existing) === JSON.stringify(report)) {
      summary.unchanged++;
      continue;
    } else summary.updated++;
    await history.saveReport(report);
  }
  return summary;
}
