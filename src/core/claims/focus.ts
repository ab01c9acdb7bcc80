/**
 * The places an article is about, as a reader keeps them in mind: "the region" is the region the
 * story has been talking about, not the village it named last, and a village the gazetteer does
 * not know lies in the district the passage just named.
 */
import type { Entity, EntityMention } from '../model.ts';
import { districtCentredOn, gazetteer, placeAncestors, type Place } from '../entities/gazetteer.ts';
import { mayFoldToLatin } from './screened.ts';
import { matchesOf } from './matches.ts';
import { remembered } from '../remembered.ts';

/** What a place is, at the grain a definite noun phrase ("the region", "the district") picks it. */
export type FocusKind = 'country' | 'region' | 'district' | 'settlement' | 'street';

const KIND_WORDS: [RegExp, FocusKind][] = [
  [/^(?:country)$/i, 'country'],
  [
    /^(?:region|oblast|krai|kray|province|republic|autonomous (?:okrug|oblast)|federal city)$/i,
    'region',
  ],
  [/^(?:district|city district|raion|rayon|municipality)$/i, 'district'],
  [/^(?:city|town|village|settlement|hamlet)$/i, 'settlement'],
  [/^(?:street|road|avenue|lane)$/i, 'street'],
];

/**
 * Kinds by word, bounded: every place of every article is asked its kind, mostly with the same
 * few words ("region", "district", "village").
 */
const kindOfWord = remembered(
  (word): FocusKind | undefined => KIND_WORDS.find(([pattern]) => pattern.test(word.trim()))?.[1],
  5_000,
);

/** The kind of a place: the gazetteer's when it knows it, else what the recogniser described. */
function kindOf(entity: Entity): FocusKind | undefined {
  const known = gazetteer().byId.get(entity.id) as Place | undefined;
  if (known?.kind === 'region') return 'region';
  if (known?.kind === 'district') return 'district';
  if (known?.kind === 'city') return 'settlement';
  if (known?.kind === 'country') return 'country';
  const described = kindOfWord(entity.description.split(',')[0] ?? '');
  if (described) return described;
  return kindOfWord(/(\S+)$/.exec(entity.name)?.[1] ?? '');
}

/**
 * Before a place, a bearing that makes it a landmark to find another by: "a city east of
 * Dnepropetrovsk", "40 km from Kharkiv". The city it locates, not the landmark, is "the city".
 */
const BEARING_BEFORE =
  /\b(?:(?:north|south)?-?(?:east|west)|north|south|kilometres|kilometers|km|miles) (?:of|from) $/i;

/** Around a settlement's name, the words that call it a town: "the town of Kupiansk", "Izium city". */
const CALLED_TOWN_BEFORE = /\b(?:town|city) of $/i;
const CALLED_TOWN_AFTER = /^ (?:town|city)\b/i;

/** "the region", "this district", "the same city": a place the reader must already know. */
const ANAPHOR =
  /\b(?:the|this|that) (?:same )?(region|oblast|province|krai|republic|district|raion|city|town|village|settlement)\b(?!\s+of\s+\p{Lu})/giu;

/**
 * ANAPHOR without `u` and its closing look-ahead: it matches wherever ANAPHOR does in text
 * without ſ or the Kelvin sign (`FOLDS_TO_LATIN`), at a tenth of the cost, so the clauses that
 * hold no anaphor, most of them, are cleared by it alone. Searched without the word screen: the
 * clauses asked are mostly ones no rule has scanned, and a scan of one costs several times
 * this search.
 */
const MAYBE_ANAPHOR =
  /\b(?:the|this|that) (?:same )?(?:region|oblast|province|krai|republic|district|raion|city|town|village|settlement)\b/i;

/** An official's title right before "of the region": "the head of", "the governor of". */
const TITLE_OF_BEFORE =
  /\b(?:head|heads|governor|governors|mayor|mayors|chief|chiefs|leader|leaders|leadership|administration|authorities|council)\s+of\s+$/i;

/**
 * An office's verb right before "the region": "whom Kyiv appointed to head the region", "who has
 * run the district since March". It says what the speaker heads, not where the news happened.
 */
const OFFICE_VERB_BEFORE =
  /\b(?:to|who|which|that)\s+(?:(?:has|had|now)\s+)?(?:head|heads|headed|run|runs|ran|lead|leads|led|govern|governs|governed)\s+$/i;

/** After a place's possessive, its speaker and what they said: "'s health ministry reported". */
const SPEAKER_OF_AFTER =
  /^['’]s (?:[\w-]+ ){1,3}?(?:said|says|reported|reports|wrote|writes|added|announced|stated|told)\b/i;

export interface Anaphor {
  kind: FocusKind;
  /** Offset in the clause. */
  at: number;
  /** "The town", "the city": a settlement of some size, not the village named last. */
  town: boolean;
}

/**
 * The definite noun phrases of a clause that point back at a place of a given kind. `offices`:
 * whether one after an office's verb ("appointed to head the region") counts too; it names no
 * scene, though the reader then has the region in mind.
 */
export function anaphorsIn(clause: string, offices = false): Anaphor[] {
  if (!mayFoldToLatin(clause) && !MAYBE_ANAPHOR.test(clause)) return [];
  const found: Anaphor[] = [];
  for (const m of matchesOf(ANAPHOR, clause)) {
    // "Four were hurt, the head of the region wrote": a title names who speaks, not where.
    const before = clause.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    if (TITLE_OF_BEFORE.test(before) || (!offices && OFFICE_VERB_BEFORE.test(before))) continue;
    // So does a possessive before the speaker: "one was hurt, the republic's health ministry said".
    const end = (m.index ?? 0) + m[0].length;
    if (SPEAKER_OF_AFTER.test(clause.slice(end, end + 60))) continue;
    const kind = kindOfWord(m[1] ?? '');
    if (kind) found.push({ kind, at: m.index ?? 0, town: /^(?:town|city)$/i.test(m[1] ?? '') });
  }
  return found;
}

/**
 * The places of one article, in text order, with their kinds: enough to say what "the region"
 * meant at a given offset.
 */
export class Focus {
  private readonly places: {
    at: number;
    id: string;
    kind: FocusKind | undefined;
    /** A town the gazetteer lists, or one the text calls a town or a city. */
    town: boolean;
    /**
     * A town of the hand-checked lists, which hold each region's cities and towns, or one the
     * text calls so; not a settlement known from GeoNames alone, which is mostly a village.
     */
    chartered: boolean;
  }[];
  private readonly byId: Map<string, Entity>;
  /** `ancestors` by place, worked out once an article: every clause's places ask for them. */
  private readonly chains = new Map<string, readonly string[]>();
  /** `kind` by place, for the same reason. */
  private readonly kinds = new Map<string, FocusKind | undefined>();

  constructor(mentions: EntityMention[], byId: Map<string, Entity>, text = '') {
    this.byId = byId;
    this.places = mentions
      .filter(
        (m) =>
          byId.get(m.entityId)?.type === 'place' &&
          !BEARING_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)),
      )
      .map((m) => {
        const entity = byId.get(m.entityId);
        const g = gazetteer();
        const known = g.byId.get(m.entityId) as Place | undefined;
        const called =
          CALLED_TOWN_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
          CALLED_TOWN_AFTER.test(text.slice(m.end, m.end + 6));
        const town = known?.kind === 'city' || called;
        const chartered = called || (known?.kind === 'city' && !g.derived.has(known));
        const kind = entity ? kindOf(entity) : undefined;
        return { at: m.start, id: m.entityId, kind, town, chartered };
      })
      .sort((a, b) => a.at - b.at);
  }

  /**
   * The containers of a place, nearest first: the gazetteer's chain (a town's own district first,
   * `districtCentredOn`), else the article's parents.
   */
  ancestors(id: string): readonly string[] {
    let chain = this.chains.get(id);
    if (!chain) {
      chain = this.findAncestors(id);
      this.chains.set(id, chain);
    }
    return chain;
  }

  private findAncestors(id: string): string[] {
    const known = placeAncestors(id);
    const district = districtCentredOn(id);
    if (district) known.unshift(district);
    if (known.length) return known;
    const out: string[] = [];
    let parent = this.byId.get(id)?.parentId;
    while (parent && !out.includes(parent) && out.length < 6) {
      out.push(parent);
      parent = this.byId.get(parent)?.parentId;
    }
    return out;
  }

  /**
   * The place of `kind` that "the region" (or "the district"…) at `offset` means: the last one
   * named before it; for a region, else the region holding the last place named; else the region
   * named most often in the whole article (a headline can name it after the body's first line).
   */
  resolve(kind: FocusKind, offset: number, town = false): string | undefined {
    const before = this.places.filter((p) => p.at < offset);
    // "Two were killed in Ivanivka (a village the gazetteer does not list). A shell fell near the
    // town hospital": the town is the one the story is about, named before the village.
    // "Debris fell near Atlasheve (a village GeoNames lists). Classes in the city's schools …":
    // the city is the listed one named before the village.
    const last =
      (town ? before.filter((p) => p.kind === kind && p.chartered).pop() : undefined) ??
      (town ? before.filter((p) => p.kind === kind && p.town).pop() : undefined) ??
      before.filter((p) => p.kind === kind).pop();
    if (last) return last.id;
    if (kind !== 'region') return undefined;
    for (let i = before.length - 1; i >= 0; i--) {
      const place = before[i];
      const region = place && this.ancestors(place.id).find((a) => this.kind(a) === 'region');
      if (region) return region;
    }
    const tally = new Map<string, number>();
    for (const p of this.places)
      if (p.kind === 'region') tally.set(p.id, (tally.get(p.id) ?? 0) + 1);
    return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /**
   * For a settlement the gazetteer does not know, the district that lies in the same region and
   * is named beside it in its sentence ("Kulbaki, Glushkovsky district"), else the last one named
   * since `since`, where the passage began: "drones attacked the Shebekinsky district … near the
   * village of Novaya Tavolzhanka" puts the village in that district.
   */
  districtAround(
    id: string,
    offset: number,
    since: number,
    sentenceEnd: number,
  ): string | undefined {
    // Where the gazetteer knows the place, it knows better than the passage.
    if (this.kind(id) !== 'settlement' || placeAncestors(id).length) return undefined;
    const region = this.regionOf(id);
    const districts = this.places.filter((p) => p.kind === 'district');
    const district =
      districts.find((p) => p.at > offset && p.at < sentenceEnd) ??
      districts.filter((p) => p.at >= since && p.at < offset).pop();
    if (!region || !district) return undefined;
    return this.regionOf(district.id) === region ? district.id : undefined;
  }

  /** The region holding a place; its nearest container when none is known to be a region. */
  private regionOf(id: string): string | undefined {
    const chain = this.ancestors(id);
    return chain.find((a) => this.kind(a) === 'region') ?? chain[0];
  }

  private kind(id: string): FocusKind | undefined {
    if (this.kinds.has(id)) return this.kinds.get(id);
    const entity = this.byId.get(id) ?? gazetteer().byId.get(id);
    const kind = entity ? kindOf(entity) : undefined;
    this.kinds.set(id, kind);
    return kind;
  }
}
