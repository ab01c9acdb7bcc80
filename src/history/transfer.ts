/**
 * The history as a file the reader keeps or moves to another browser: export writes every
 * report, import merges a file into the history.
 *
 * The file is `{"format":"crosscheck-history","version":1,"reports":[...]}` with one report per
 * line, oldest read first, every object's keys in one fixed order and no export time inside:
 * the same history always gives the same bytes, so an export imported into an empty history
 * exports again byte for byte, and two exports can be compared with any diff tool.
 *
 * Version 1 holds reports in the Report shape of `src/core/model.ts`, evidence written out in
 * full (the history stores it as references, but a file must stand on its own). A later
 * version of the format adds an upgrader to `UPGRADES`, from the version before it.
 */
import type { Report } from '../core/model.ts';
import { reportFrom, ShapeError } from './report-shape.ts';
import type { History } from './types.ts';

/** Why a file was refused; the message is shown to the reader as it is. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportSummary {
  /** Reports of URLs the history did not hold. */
  added: number;
  /** Reports that replaced an earlier reading of the same URL. */
  updated: number;
  /** Reports the history already held, or held a later reading of. */
  unchanged: number;
}

const FORMAT = 'crosscheck-history';
export const FORMAT_VERSION = 1;

/**
 * Upgraders of the file's reports, by the version they read: `UPGRADES[n]` takes the reports of
 * a version-n file to version n + 1. Version 1 is the first, so there are none yet.
 */
const UPGRADES: Record<number, (reports: unknown[]) => unknown[]> = {};

export async function exportHistory(history: History): Promise<string> {
  const reports = await history.allReports();
  // Rebuilding each report fixes its key order, whatever order the history kept it in.
  const lines = sortedForFile(reports).map((report) => JSON.stringify(reportFrom(report)));
  const head = `{"format":${JSON.stringify(FORMAT)},"version":${FORMAT_VERSION},"reports":[`;
  return lines.length === 0 ? `${head}]}\n` : `${head}\n${lines.join(',\n')}\n]}\n`;
}

/**
 * Merges the file into the history. Every report is checked before the first write, so a
 * damaged file is refused whole and changes nothing. For a URL in both, the later reading
 * stays (keeping the earlier first reading); a report identical to the stored one changes
 * nothing. Reports are stored through `saveReport`, which rebuilds the claim index and the
 * entity sightings from them.
 */
export async function importHistory(history: History, text: string): Promise<ImportSummary> {
  const incoming = reportsIn(text);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  const writes: Report[] = [];
  for (const report of incoming) {
    const stored = await history.getReport(report.url);
    if (!stored) {
      summary.added++;
      writes.push(report);
    } else if (report.readAt > stored.readAt) {
      summary.updated++;
      writes.push({ ...report, firstReadAt: Math.min(report.firstReadAt, stored.firstReadAt) });
    } else {
      summary.unchanged++;
    }
  }
  // Oldest first, as they were read: a later report's evidence cites the earlier ones.
  for (const report of writes) await history.saveReport(report);
  return summary;
}

/** The file's reports, checked, upgraded to the current version and one per URL; or an ImportError. */
function reportsIn(text: string): Report[] {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw refuse(
      `This file is not a Crosscheck history: it is not valid JSON, perhaps cut short (${why}).`,
    );
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw refuse('This file is not a Crosscheck history: it holds no history object.');
  }
  const { format, version, reports } = file as Record<string, unknown>;
  if (format !== FORMAT) {
    throw refuse(
      `This file is not a Crosscheck history: its "format" should be "${FORMAT}", not ${JSON.stringify(format) ?? 'missing'}.`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse(
      `This history file is damaged: its "version" should be a whole number from 1, not ${JSON.stringify(version) ?? 'missing'}.`,
    );
  }
  if (version > FORMAT_VERSION) {
    throw refuse(
      `This history file was written by a newer version of Crosscheck (format version ${version}); this version reads up to version ${FORMAT_VERSION}. Update Crosscheck, then import it again.`,
    );
  }
  if (!Array.isArray(reports)) {
    throw refuse('This history file is damaged: it has no list of "reports".');
  }
  let upgraded: unknown[] = reports;
  for (let from = version; from < FORMAT_VERSION; from++) upgraded = UPGRADES[from]!(upgraded);

  const byUrl = new Map<string, Report>();
  upgraded.forEach((value, i) => {
    // Claim ids start with their report's URL (checked), so two URLs never share one.
    const report = checked(value, i);
    // The same URL twice in one file (two exports joined by hand): the later reading wins.
    const earlier = byUrl.get(report.url);
    if (!earlier || report.readAt > earlier.readAt) byUrl.set(report.url, report);
  });
  return sortedForFile([...byUrl.values()]);
}

function checked(value: unknown, index: number): Report {
  try {
    return reportFrom(value, 'report');
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const url = (value as { url?: unknown } | null)?.url;
    const which =
      typeof url === 'string' && url ? `report ${index + 1} (${url})` : `report ${index + 1}`;
    const where = error.path.replace(/^report\.?/, '') || 'the report';
    throw refuse(`This history file is damaged: in ${which}, ${where} ${error.problem}.`);
  }
}

function refuse(why: string): ImportError {
  return new ImportError(`${why} Nothing was imported.`);
}

/** Oldest read first, then by URL: one order for the same set of reports. */
function sortedForFile(reports: Report[]): Report[] {
  return [...reports].sort(
    (a, b) => a.readAt - b.readAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
  );
}
