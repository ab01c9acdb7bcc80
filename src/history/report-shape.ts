/**
 * A Report read from outside (an imported file) is checked field by field and rebuilt from the
 * fields Crosscheck knows, in a fixed key order: what a damaged or hand-edited file holds never
 * reaches the history, and the same report always serialises to the same text.
 */
import type {
  CheckedClaim,
  ClaimFrame,
  Count,
  Difference,
  Entity,
  EntityMention,
  Evidence,
  Report,
} from '../core/model.ts';

/** What is wrong, and where (`claims[2].start`). */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path} ${problem}`);
  }
}

type Fields = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : String(value);
}

function object(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ShapeError(path, `should be an object, not ${describe(value)}`);
  }
  return value as Fields;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, `should be a list, not ${describe(value)}`);
  return value;
}

function text(fields: Fields, key: string, path: string): string {
  const value = fields[key];
  if (value === undefined) throw new ShapeError(`${path}.${key}`, 'is missing');
  if (typeof value !== 'string') {
    throw new ShapeError(`${path}.${key}`, `should be text, not ${describe(value)}`);
  }
  return value;
}

function nonEmpty(fields: Fields, key: string, path: string): string {
  const value = text(fields, key, path);
  if (value === '') throw new ShapeError(`${path}.${key}`, 'is empty');
  return value;
}

function optionalText(fields: Fields, key: string, path: string): string | undefined {
  return fields[key] === undefined ? undefined : text(fields, key, path);
}

function number(fields: Fields, key: string, path: string): number {
  const value = fields[key];
  if (value === undefined) throw new ShapeError(`${path}.${key}`, 'is missing');
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ShapeError(`${path}.${key}`, `should be a number, not ${describe(value)}`);
  }
  return value;
}

function boolean(fields: Fields, key: string, path: string): boolean {
  const value = fields[key];
  if (typeof value !== 'boolean') {
    throw new ShapeError(`${path}.${key}`, `should be true or false, not ${describe(value)}`);
  }
  return value;
}

function oneOf<T extends string>(fields: Fields, key: string, path: string, allowed: T[]): T {
  const value = text(fields, key, path);
  if (!(allowed as string[]).includes(value)) {
    throw new ShapeError(
      `${path}.${key}`,
      `should be one of ${allowed.join(', ')}, not ${describe(value)}`,
    );
  }
  return value as T;
}

function texts(fields: Fields, key: string, path: string): string[] {
  return list(fields[key], `${path}.${key}`).map((item, i) => {
    if (typeof item !== 'string') {
      throw new ShapeError(`${path}.${key}[${i}]`, `should be text, not ${describe(item)}`);
    }
    return item;
  });
}

/** Sets the optional field only when present, so absent fields stay absent (not `undefined`). */
function withOptional<T extends object>(target: T, key: keyof T & string, value: unknown): T {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}

/** A span of the report's text: whole offsets, start before end, both inside the text. */
function span(fields: Fields, path: string, length: number): { start: number; end: number } {
  const start = number(fields, 'start', path);
  const end = number(fields, 'end', path);
  for (const [key, value] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > length) {
      throw new ShapeError(`${path}.${key}`, `(${value}) is outside the text (0 to ${length})`);
    }
  }
  if (end <= start) throw new ShapeError(path, `ends (${end}) before it starts (${start})`);
  return { start, end };
}

function entityFrom(value: unknown, path: string): Entity {
  const fields = object(value, path);
  const entity: Entity = {
    id: nonEmpty(fields, 'id', path),
    type: oneOf(fields, 'type', path, ['place', 'official', 'organization']),
    name: text(fields, 'name', path),
    description: text(fields, 'description', path),
    known: boolean(fields, 'known', path),
  };
  return withOptional(entity, 'parentId', optionalText(fields, 'parentId', path));
}

function mentionFrom(value: unknown, path: string, body: string, ids: Set<string>): EntityMention {
  const fields = object(value, path);
  const entityId = text(fields, 'entityId', path);
  if (!ids.has(entityId)) {
    throw new ShapeError(`${path}.entityId`, `(${entityId}) is not among the report's entities`);
  }
  const { start, end } = span(fields, path, body.length);
  const surface = text(fields, 'surface', path);
  if (body.slice(start, end) !== surface) {
    throw new ShapeError(`${path}.surface`, `does not match the text at ${start} to ${end}`);
  }
  return { entityId, start, end, surface };
}

function countFrom(value: unknown, path: string): Count {
  const fields = object(value, path);
  return {
    value: number(fields, 'value', path),
    qualifier: oneOf(fields, 'qualifier', path, [
      'exact',
      'more-than',
      'at-least',
      'less-than',
      'at-most',
      'about',
      'several',
      'multiple',
    ]),
    unit: text(fields, 'unit', path),
  };
}

function frameFrom(value: unknown, path: string): ClaimFrame {
  const fields = object(value, path);
  const frame: ClaimFrame = {
    event: nonEmpty(fields, 'event', path),
    places: texts(fields, 'places', path),
    actors: texts(fields, 'actors', path),
    counts: list(fields.counts, `${path}.counts`).map((count, i) =>
      countFrom(count, `${path}.counts[${i}]`),
    ),
    negated: boolean(fields, 'negated', path),
    identifiers: texts(fields, 'identifiers', path),
  };
  if (fields.relation !== undefined) {
    frame.relation = oneOf<NonNullable<ClaimFrame['relation']>>(fields, 'relation', path, [
      'near',
      'on',
      'struck',
      'over',
      'in',
    ]);
  }
  return withOptional(frame, 'time', optionalText(fields, 'time', path));
}

function differenceFrom(value: unknown, path: string): Difference {
  const fields = object(value, path);
  return {
    aspect: oneOf(fields, 'aspect', path, ['count', 'relation', 'polarity', 'time', 'place']),
    ours: text(fields, 'ours', path),
    theirs: text(fields, 'theirs', path),
  };
}

function evidenceFrom(value: unknown, path: string): Evidence {
  const fields = object(value, path);
  const evidence: Evidence = {
    reportUrl: nonEmpty(fields, 'reportUrl', path),
    source: text(fields, 'source', path),
    title: text(fields, 'title', path),
    readAt: number(fields, 'readAt', path),
    claimId: nonEmpty(fields, 'claimId', path),
    // Empty when the cited report was deleted before the export.
    claimText: text(fields, 'claimText', path),
    relation: oneOf(fields, 'relation', path, ['corroborates', 'contradicts']),
  };
  withOptional(evidence, 'file', optionalText(fields, 'file', path));
  if (fields.difference !== undefined) {
    evidence.difference = differenceFrom(fields.difference, `${path}.difference`);
  }
  return withOptional(evidence, 'attribution', optionalText(fields, 'attribution', path));
}

function claimFrom(value: unknown, path: string, report: { url: string; text: string }) {
  const fields = object(value, path);
  const id = text(fields, 'id', path);
  // The claims store is keyed by claim id: an id under another URL would overwrite that report's claim.
  if (!id.startsWith(`${report.url}#`)) {
    throw new ShapeError(`${path}.id`, `(${describe(id)}) does not belong to the report's URL`);
  }
  const { start, end } = span(fields, path, report.text.length);
  const claim: CheckedClaim = {
    id,
    start,
    end,
    text: text(fields, 'text', path),
    frame: frameFrom(fields.frame, `${path}.frame`),
    keys: texts(fields, 'keys', path),
    terms: texts(fields, 'terms', path),
    status: oneOf(fields, 'status', path, ['new', 'corroborated', 'contradicted']),
    evidence: [],
  };
  withOptional(claim, 'attribution', optionalText(fields, 'attribution', path));
  claim.evidence = list(fields.evidence, `${path}.evidence`).map((item, i) =>
    evidenceFrom(item, `${path}.evidence[${i}]`),
  );
  return claim;
}

/** The report in `value`, rebuilt from its known fields; throws a ShapeError naming the first fault. */
export function reportFrom(value: unknown, path = 'report'): Report {
  const fields = object(value, path);
  const url = nonEmpty(fields, 'url', path);
  const body = text(fields, 'text', path);
  const firstReadAt = number(fields, 'firstReadAt', path);
  const readAt = number(fields, 'readAt', path);
  if (readAt < firstReadAt) {
    throw new ShapeError(`${path}.readAt`, 'is earlier than its firstReadAt');
  }
  const report: Report = {
    url,
    source: text(fields, 'source', path),
    title: text(fields, 'title', path),
    firstReadAt,
    readAt,
    text: body,
    entities: [],
    mentions: [],
    claims: [],
  };
  withOptional(report, 'publishedAt', optionalText(fields, 'publishedAt', path));
  withOptional(report, 'file', optionalText(fields, 'file', path));
  report.entities = list(fields.entities, `${path}.entities`).map((entity, i) =>
    entityFrom(entity, `${path}.entities[${i}]`),
  );
  const ids = new Set(report.entities.map((entity) => entity.id));
  if (ids.size !== report.entities.length) {
    throw new ShapeError(`${path}.entities`, 'lists the same entity twice');
  }
  report.mentions = list(fields.mentions, `${path}.mentions`).map((mention, i) =>
    mentionFrom(mention, `${path}.mentions[${i}]`, body, ids),
  );
  report.claims = list(fields.claims, `${path}.claims`).map((claim, i) =>
    claimFrom(claim, `${path}.claims[${i}]`, { url, text: body }),
  );
  const claimIds = new Set(report.claims.map((claim) => claim.id));
  if (claimIds.size !== report.claims.length) {
    throw new ShapeError(`${path}.claims`, 'use the same claim id twice');
  }
  return report;
}
