/**
 * Histories of thousands of plausible reports without analysing thousands of texts. The analysis
 * costs milliseconds per article, so a 10,000-report history would take over a minute to read
 * for real; instead each analysed article is re-told elsewhere: its places are moved to other
 * regions of the gazetteer (districts and cities to ones of the new region, governors with them),
 * its counts are nudged, and it gets another outlet and URL. Claim keys then spread over the
 * gazetteer the way a reader's history would: a few regions in the news often, most rarely.
 */
import { gazetteer, regionOf } from '../src/core/entities/gazetteer.ts';
import type { Place } from '../src/core/entities/gazetteer.ts';
import type { CheckedClaim, Claim, Entity, Report } from '../src/core/model.ts';

/** A small seeded generator (mulberry32), so every run builds the same histories. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const OUTLET_WORDS = [
  'Northern',
  'Evening',
  'Daily',
  'Regional',
  'Steppe',
  'River',
  'Border',
  'Morning',
];
const OUTLET_NOUNS = ['Courier', 'Herald', 'Wire', 'Ledger', 'Monitor', 'Post', 'Gazette'];

/** Everything the re-telling draws from the gazetteer, gathered once. */
interface World {
  byId: Map<string, Entity>;
  /** Regions in a fixed shuffled order; earlier ones are in the news more often. */
  regions: string[];
  /** Cumulative weights of `regions` (1/rank), for drawing a region. */
  cumulative: number[];
  placesIn: Map<string, string[]>;
  officialsOf: Map<string, string[]>;
}

function worldOf(random: () => number): World {
  const { byId } = gazetteer();
  const regions: string[] = [];
  const placesIn = new Map<string, string[]>();
  const officialsOf = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  for (const entity of byId.values()) {
    if (entity.type === 'official' && entity.parentId)
      push(officialsOf, entity.parentId, entity.id);
    if (entity.type !== 'place') continue;
    const kind = (entity as Place).kind;
    if (kind === 'region') regions.push(entity.id);
    const region = regionOf(entity.id);
    if ((kind === 'city' || kind === 'district') && region) push(placesIn, region, entity.id);
  }
  for (let i = regions.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [regions[i], regions[j]] = [regions[j]!, regions[i]!];
  }
  let total = 0;
  const cumulative = regions.map((_, rank) => (total += 1 / (rank + 1)));
  return { byId, regions, cumulative, placesIn, officialsOf };
}

function pick<T>(items: T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** Where one re-telling moves each entity of the original article. */
class Relocation {
  private readonly moved = new Map<string, string>();
  constructor(
    private readonly world: World,
    private readonly random: () => number,
    private readonly original: Map<string, Entity>,
  ) {}

  private drawRegion(): string {
    const { cumulative, regions } = this.world;
    const taken = new Set(this.moved.values());
    let region = regions[0]!;
    // A few tries for a region not already used, so two regions of one article stay two.
    for (let attempt = 0; attempt < 5; attempt++) {
      const target = this.random() * cumulative[cumulative.length - 1]!;
      region = regions[cumulative.findIndex((sum) => sum >= target)] ?? region;
      if (!taken.has(region)) break;
    }
    return region;
  }

  id(id: string): string {
    const done = this.moved.get(id);
    if (done !== undefined) return done;
    const moved = this.relocate(id);
    this.moved.set(id, moved);
    return moved;
  }

  private relocate(id: string): string {
    const known = this.world.byId.get(id);
    if (known?.type === 'place') {
      const kind = (known as Place).kind;
      if (kind === 'region') return this.drawRegion();
      const region = regionOf(id);
      if (!region) return id;
      const target = this.id(region);
      return pick(this.world.placesIn.get(target) ?? [], this.random) ?? target;
    }
    if (known?.type === 'official' && known.parentId && regionOf(known.parentId)) {
      const target = this.id(known.parentId);
      return pick(this.world.officialsOf.get(target) ?? [], this.random) ?? id;
    }
    // A name from context only (a street): it moves with the place it lies in.
    const parent = this.original.get(id)?.parentId;
    if (!known && parent) return `${this.id(parent)}-${id.split(':')[1] ?? id}`;
    return id;
  }

  entity(entity: Entity): Entity {
    const id = this.id(entity.id);
    const known = this.world.byId.get(id);
    if (known && id !== entity.id) return { ...known };
    const moved = { ...entity, id };
    if (entity.parentId) moved.parentId = this.id(entity.parentId);
    return moved;
  }

  key(key: string): string {
    const bar = key.indexOf('|');
    if (bar < 0 || bar === key.length - 1) return key;
    return `${key.slice(0, bar)}|${this.id(key.slice(bar + 1))}`;
  }
}

function nudged(claim: Claim, random: () => number): Claim['frame'] {
  const counts = claim.frame.counts.map((count) =>
    random() < 0.3
      ? { ...count, value: Math.max(1, count.value + Math.ceil(random() * 6) - 3) }
      : count,
  );
  return { ...claim.frame, counts };
}

/** The generator of re-told reports over a set of analysed originals. */
export function reportSynthesiser(originals: Report[], seed = 20251208) {
  const random = seededRandom(seed);
  const world = worldOf(random);
  const outlets = OUTLET_WORDS.flatMap((word) => OUTLET_NOUNS.map((noun) => `${word} ${noun}`));
  const start = Date.parse('2025-01-01T00:00:00Z');

  return (index: number): Report => {
    const original = originals[index % originals.length]!;
    const byId = new Map(original.entities.map((entity) => [entity.id, entity]));
    const move = new Relocation(world, random, byId);
    const source = pick(outlets, random)!;
    const url = `https://${source.toLowerCase().replace(/\s+/g, '')}.example/news/${index}`;
    const readAt = start + index * 15 * 60_000;
    const entities = [
      ...new Map(original.entities.map((e) => move.entity(e)).map((e) => [e.id, e])).values(),
    ];
    const claims: CheckedClaim[] = original.claims.map((claim, i) => {
      const frame = nudged(claim, random);
      return {
        ...claim,
        id: `${url}#${i}`,
        frame: {
          ...frame,
          places: frame.places.map((id) => move.id(id)),
          actors: frame.actors.map((id) => move.id(id)),
        },
        keys: [...new Set(claim.keys.map((key) => move.key(key)))],
        terms: claim.terms.map((term) => (term.includes(':') ? move.id(term) : term)),
        ...(claim.attribution !== undefined && { attribution: move.id(claim.attribution) }),
        status: 'new',
        evidence: [],
      };
    });
    return {
      url,
      source,
      title: original.title,
      firstReadAt: readAt,
      readAt,
      text: original.text,
      entities,
      mentions: original.mentions.map((m) => ({ ...m, entityId: move.id(m.entityId) })),
      claims,
    };
  };
}
