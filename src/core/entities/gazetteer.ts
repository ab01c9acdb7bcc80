/**
 * What Crosscheck knows before it reads anything: places, officials and organisations, indexed
 * by the folded keys of every spelling (English, Russian and Ukrainian Cyrillic and their
 * transliterations). Built from the data files once per process, on first use
 * (`gazetteer-build.ts`); the extension's worker unpacks the index its build packed instead
 * (`usePacked`).
 */
import type { Entity } from '../model.ts';
import { buildGazetteer } from './gazetteer-build.ts';
import { packGraph, unpackGraph, type PackedGraph } from './packed.ts';

export type PlaceKind = 'country' | 'area' | 'region' | 'city' | 'district' | 'river';

export interface Place extends Entity {
  type: 'place';
  kind: PlaceKind;
  /** For regions: oblast, krai, republic, ...; used when the text says "Altai Krai" or "Altai Republic". */
  regionKind?: string;
  /** Moscow Oblast is only meant when the text says "region" or "oblast"; bare "Moscow" is the city. */
  needsAreaWord?: boolean;
  /**
   * A town whose name is also a word or a surname ("Marks", "Pushkin", "Bor"): named only where the
   * text places it ("in Marks", "the Marks airfield", "the city of Marks"), never on its own.
   */
  needsPlaceContext?: boolean;
  /**
   * A town named after a famous person ("Pushkin", "Gagarin", "Chekhov"), whose name in news is far
   * more often the person's: its region being named elsewhere in the article does not place it.
   */
  namedForPerson?: boolean;
  /** Folded key of the canonical name's stem: "volgograd" for Volgograd Oblast. */
  stemKey: string;
  /**
   * For a region, the id of its capital: its city ("place:ru-kursk" of Kursk Oblast), the city
   * region that seats it (Kyiv of Kyiv Oblast), or its own id when the region is a city (Moscow,
   * Kyiv, Sevastopol). Unset where the law names none (Moscow Oblast).
   */
  capital?: string;
}

export interface Official extends Entity {
  type: 'official';
  surnameKey: string;
  firstName?: string;
}

export interface Organization extends Entity {
  type: 'organization';
  country?: string;
}

/** One place a phrase can name; `exact` keeps acronyms ("US", "UK") from matching ordinary words. */
export interface Named<T> {
  target: T;
  exact?: string;
  /**
   * Known under this key only through an adjectival form ("Ивановская" -> "ivanov"): it names the
   * place only when the text's word is adjectival too or an area word follows, so the surname
   * "Ivanov" is not Ivanovo Oblast.
   */
  adjectival?: boolean;
  /**
   * Known under this key only as a case form made from a Cyrillic name (`caseForms`): it names
   * the place only in Cyrillic text, since its Latin fold may be an English word ("США" ->
   * "СШЕ" folds to "she").
   */
  caseForm?: boolean;
}

/**
 * One word of the phrases the gazetteer knows, reached by the words before it: what the phrase up
 * to here names, and the words that may follow. The recogniser walks this along the tokens, one
 * lookup of each token's own key per word, instead of joining keys into phrases to look up.
 */
export interface PhraseNode {
  places?: Named<Place>[];
  organizations?: Named<Organization | string>[];
  next?: Map<string, PhraseNode>;
}

export interface Gazetteer {
  byId: Map<string, Entity>;
  /** Phrase key (folded words joined by spaces) to the places it can name. */
  places: Map<string, Named<Place>[]>;
  /** Phrase key to the named organisations, or to a kind ("mod") whose country the context decides. */
  organizations: Map<string, Named<Organization | string>[]>;
  /** The phrase keys of `places` and `organizations` word by word, for reading them off the tokens. */
  phrases: Map<string, PhraseNode>;
  /** Districts by the region they lie in, the districts of its cities included (Volgograd's in Volgograd Oblast). */
  districtsIn: Map<string, Place[]>;
  /** Districts by folded key across the whole gazetteer, for a district named without its region. */
  districtsByKey: Map<string, Place[]>;
  /** Folded key of a district (and of its aliases) within its parent. */
  districtKeys: Map<Place, string[]>;
  /** Folded keys of the names its centre may have ("glushkovo" for Glushkovsky), tried after the keys above. */
  centreKeys: Map<Place, string[]>;
  officialsBySurname: Map<string, Official[]>;
  firstNames: Map<string, string>;
  officialsByFirstName: Map<string, Official[]>;
  /** "russian" -> "ru": country adjectives, for "Russian Armed Forces". */
  countryAdjectives: Map<string, string>;
  organizationOfKind: Map<string, Organization>;
  /** Memo of placeAncestors and regionOf, for known ids only. */
  ancestors: Map<string, string[]>;
  /** Town id to the district named after it, made on first use (see `districtCentredOn`). */
  centredDistricts?: Map<string, string>;
  /** The ids of the regions' capitals. */
  capitals: Set<string>;
  /**
   * Phrase keys that name towns of more than one region ("kirov": the city of Kirov, Kirov Oblast
   * and the Kaluga region's Kirov), to the places they name: the article's regions pick one.
   */
  namesakes: Map<string, Place[]>;
  regionOf: Map<string, string | undefined>;
  /**
   * The towns of towns.json (GeoNames), not checked by hand: one that `needsPlaceContext` is placed
   * only by its own region named in the article ("in Zubovo" may be another region's Zubovo). A set
   * rather than a field, so these places have the shapes the other towns have.
   */
  derived: Set<Place>;
}

let loaded: Gazetteer | undefined;

/** The index, built from the data files on first use unless a packed one was given (`usePacked`). */
export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer();
  return loaded;
}

/**
 * The index as the extension's build packs it (`packed.ts`), for a worker to unpack instead of
 * building it. Packed fresh, before any analysis fills its memos.
 */
export function packGazetteer(): PackedGraph {
  return packGraph(buildGazetteer());
}

/**
 * Uses the index the extension's build packed, unless one is in use already. Unpacking takes a
 * tenth of the time building does; the answers are the same (`packed.test.ts`).
 */
export function usePacked(packed: PackedGraph): void {
  loaded ??= unpackGraph<Gazetteer>(packed);
}

/** The chain of places containing `id`, nearest first: district -> (city ->) region -> country. */
export function placeAncestors(id: string): string[] {
  const { byId, ancestors } = gazetteer();
  const cached = ancestors.get(id);
  if (cached) return [...cached];
  const chain: string[] = [];
  for (
    let parent = byId.get(id)?.parentId;
    parent && chain.length < 8;
    parent = byId.get(parent)?.parentId
  ) {
    chain.push(parent);
  }
  if (byId.has(id)) ancestors.set(id, chain);
  return [...chain];
}

/**
 * The district a town is the centre of, and so lies in: Klimovo in the Klimovsky district, Rylsk
 * in the Rylsky district, Kupiansk in the Kupianskyi raion. The gazetteer files a town under its
 * region, as the law does for many of them, but news of "the Klimovsky district" and news of
 * "Klimovo" are about the same ground, so claims about one must meet claims about the other.
 * A region's capital is left out: Belgorod is not news of the Belgorodsky district.
 */
export function districtCentredOn(id: string): string | undefined {
  const g = gazetteer();
  g.centredDistricts ??= centredDistricts(g);
  return g.centredDistricts.get(id);
}

function centredDistricts(g: Gazetteer): Map<string, string> {
  const towns = new Map<string, string>();
  for (const [district, centreKeys] of g.centreKeys) {
    const region = regionOf(district.id);
    // A raion is often named in English by its centre itself: "Izmail District".
    const keys = [...centreKeys, ...(g.districtKeys.get(district) ?? [])];
    for (const key of keys)
      for (const { target } of g.places.get(key) ?? [])
        if (
          target.kind === 'city' &&
          target.parentId === region &&
          !g.capitals.has(target.id) &&
          !towns.has(target.id)
        )
          towns.set(target.id, district.id);
  }
  return towns;
}

/** The country that holds a known place, or the place itself: its id ("place:ua"). */
export function countryHolding(id: string): string | undefined {
  const g = gazetteer();
  return [id, ...placeAncestors(id)].find(
    (candidate) => (g.byId.get(candidate) as Place | undefined)?.kind === 'country',
  );
}

/** The country code a place's id starts with: "ru" of "place:ru-rostov-oblast". */
export function countryOf(id: string): string {
  return id.replace(/^place:/, '').split('-')[0] ?? '';
}

/** The region (oblast, krai, republic, federal city) that holds a known place, or the place itself. */
export function regionOf(id: string): string | undefined {
  const g = gazetteer();
  if (g.regionOf.has(id)) return g.regionOf.get(id);
  const region = [id, ...placeAncestors(id)].find(
    (candidate) => (g.byId.get(candidate) as Place | undefined)?.kind === 'region',
  );
  if (g.byId.has(id)) g.regionOf.set(id, region);
  return region;
}
