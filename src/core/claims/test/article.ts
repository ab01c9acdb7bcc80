/**
 * Builds the entity half of an analysis by hand, so claim tests do not depend on recognition:
 * every whole-word occurrence of a listed surface becomes a mention, longest surface first.
 */
import type { Claim, Entity, EntityMention, EntityType, StoredClaim } from '../../model.ts';
import { detectClaims } from '../detect.ts';

export interface Named {
  surface: string | string[];
  id: string;
  type?: EntityType;
  parentId?: string;
  description?: string;
}

export function recognised(
  text: string,
  names: Named[],
): { entities: Entity[]; mentions: EntityMention[] } {
  const mentions: EntityMention[] = [];
  const entities = new Map<string, Entity>();
  const bySurface = names
    .flatMap((n) =>
      (Array.isArray(n.surface) ? n.surface : [n.surface]).map((surface) => ({ ...n, surface })),
    )
    .sort((a, b) => b.surface.length - a.surface.length);
  for (const n of bySurface) {
    for (let i = text.indexOf(n.surface); i >= 0; i = text.indexOf(n.surface, i + 1)) {
      const end = i + n.surface.length;
      if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
      if (mentions.some((m) => m.start < end && i < m.end)) continue;
      mentions.push({ start: i, end, entityId: n.id, surface: n.surface });
      const entity: Entity = {
        id: n.id,
        type: n.type ?? 'place',
        name: n.surface,
        description: n.description ?? '',
        known: true,
      };
      if (n.parentId) entity.parentId = n.parentId;
      entities.set(n.id, entity);
    }
  }
  return { entities: [...entities.values()], mentions: mentions.sort((a, b) => a.start - b.start) };
}

/** The claims of `text` read as the report at `url`. */
export function claimsOf(text: string, names: Named[], url = 'https://example.test/a'): Claim[] {
  return detectClaims({ text, reportUrl: url, ...recognised(text, names) });
}

/** A claim as the history would hand it back as a candidate. */
export function stored(
  claim: Claim,
  report: { url: string; source: string; readAt?: number },
): StoredClaim {
  return {
    ...claim,
    reportUrl: report.url,
    source: report.source,
    title: report.source,
    readAt: report.readAt ?? 1,
  };
}

/** Places used across the tests: districts inside regions inside a country. */
export const PLACES: Named[] = [
  { surface: 'Russia', id: 'place:ru', description: 'country' },
  { surface: ['Kursk region', 'Kursk Region', 'Kursk'], id: 'place:ru-krs', parentId: 'place:ru' },
  { surface: ['Lipetsk region', 'Lipetsk'], id: 'place:ru-lip', parentId: 'place:ru' },
  {
    surface: ['Belgorod region', 'Belgorod Oblast', 'Belgorod'],
    id: 'place:ru-bel',
    parentId: 'place:ru',
  },
  { surface: ['Bryansk region', 'Bryansk'], id: 'place:ru-bry', parentId: 'place:ru' },
  { surface: ['Rylsky district', 'Rylsk'], id: 'place:ru-krs-rylsky', parentId: 'place:ru-krs' },
  { surface: 'Sadovaya Street', id: 'place:sadovaya-street', parentId: 'place:ru-krs-rylsky' },
  {
    surface: ['Alexei Smirnov', 'Smirnov'],
    id: 'official:smirnov-alexei',
    type: 'official',
    parentId: 'place:ru-krs',
  },
  { surface: 'Ministry of Defence', id: 'organization:ru-mod', type: 'organization' },
];
