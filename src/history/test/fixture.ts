/**
 * The schema-version-1 fixture: every record of a history that the code at schema version 1
 * wrote after reading the five demo articles (see fixtures/make-v1-fixture.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, StoredClaim } from '../../core/model.ts';
import type { Sighting, SummaryRow } from '../db.ts';

export interface V1Fixture {
  version: 1;
  stores: {
    reports: Report[];
    summaries: SummaryRow[];
    claims: StoredClaim[];
    sightings: Sighting[];
  };
}

export function v1Fixture(): V1Fixture {
  const file = join(import.meta.dirname, 'fixtures/history-v1.json');
  return JSON.parse(readFileSync(file, 'utf8')) as V1Fixture;
}

/** The fixture's reports in the order they were read: the order a history must be given them. */
export function v1Reports(): Report[] {
  return [...v1Fixture().stores.reports].sort((a, b) => a.readAt - b.readAt);
}
