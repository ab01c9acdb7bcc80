/**
 * What is settled once the whole article has been read: the region a district belongs to (and so
 * which district a garbled name is), the country of a bare "Ministry of Defense", the street's
 * region, and whether a lone surname is the official named elsewhere in the article.
 */
import type { Entity } from '../model.ts';
import { jaroWinkler, unknownNameKey, unknownNameKeyOf } from './fold.ts';
import {
  countryHolding,
  countryOf,
  placeAncestors,
  regionOf,
  type Gazetteer,
  type Official,
  type Place,
} from './gazetteer.ts';
import { choosePlace } from './choose.ts';
import { hasCyrillic, isUkrainian } from './transliterate.ts';
import { newEntity } from './shapes.ts';
import {
  addFound,
  idKey,
  inHeadline,
  isUpperWord,
  keyAt,
  latinText,
  longestPhrase,
  lowerAt,
  nameKeyAt,
  pastInThe,
  sentenceAround,
  type Found,
  type PendingDistrict,
  type PendingName,
  type Reading,
  textAt,
  wordAt,
} from './reading.ts';
import { roleOf } from './vocabulary.ts';
import { roleRulesOut } from './people.ts';

/**
 * A garbled district name is taken for the nearest district of the region at hand only when it is
 * clearly closer to that one than to any other: similar enough, and by a clear margin.
 */
const FUZZY_ACCEPT = 0.85;
const FUZZY_MARGIN = 0.05;

export function resolveContext(r: Reading): void {
  resolveNamesakes(r);
  resolveOrganizations(r);
  for (const d of r.districts) resolveDistrict(r, d);
  resolveDistrictOf(r);
  townsPlacedElsewhere(r);
  resolveNames(r);
  resolveSurnames(r);
  resolveRespelledSurnames(r);
  placeUnknownOfficials(r);
}

/**
 * "Kirov" in an article about the Kaluga region is that region's town, not the city of Kirov; a
 * town named like one of another region is the one whose region the passage names: before it (the
 * nearest first), then the article's most named region, then after it; else the one of the
 * article's country; else the one the gazetteer lists first. Runs before anything reads the
 * article's regions, which the towns chosen here then count for.
 */
function resolveNamesakes(r: Reading): void {
  const ambiguous: Array<[(typeof r.found)[number], Place[]]> = [];
  for (const f of r.found) {
    if (f.entity.type !== 'place') continue;
    const places = namesakesOf(r, f);
    if (places) ambiguous.push([f, places]);
  }
  if (!ambiguous.length) return;
  const own = new Set(ambiguous.map(([f]) => f));
  const mentions = r.found
    .filter((f) => !own.has(f) && f.entity.type === 'place')
    .map((f) => ({ first: f.first, id: f.entity.id, region: regionOf(f.entity.id) }))
    .sort((a, b) => a.first - b.first);
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.region) counts.set(m.region, (counts.get(m.region) ?? 0) + 1);
  const dominant = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const countries = new Map<string, number>();
  for (const m of mentions) {
    const kind = (r.g.byId.get(m.id) as Place | undefined)?.kind;
    const country = m.region ?? (kind === 'country' ? m.id : undefined);
    if (country) countries.set(countryOf(country), (countries.get(countryOf(country)) ?? 0) + 1);
  }
  for (const [f, places] of ambiguous) {
    const before = mentions.filter((m) => m.first < f.first).reverse();
    const after = mentions.filter((m) => m.first > f.first);
    const order = [...before.map((m) => m.region), dominant, ...after.map((m) => m.region)];
    let chosen: Place | undefined;
    for (const region of order) {
      chosen = region ? places.find((p) => regionOf(p.id) === region) : undefined;
      if (chosen) break;
    }
    if (!chosen) {
      const current = countryOf(regionOf(f.entity.id) ?? f.entity.id);
      const best = [...countries].sort((a, b) => b[1] - a[1])[0]?.[0];
      const same = places.filter((p) => countryOf(regionOf(p.id) ?? p.id) === best);
      if (best && best !== current && same.length === 1) chosen = same[0];
    }
    if (chosen) f.entity = chosen;
  }
}

/** The towns of several regions that the words of a place mention name, if they name such towns. */
function namesakesOf(r: Reading, f: Found): Place[] | undefined {
  // Most mentions are one word, whose facts keep the answer.
  if (f.end === f.first + 1 && r.tokens[f.first]?.word) return wordAt(r, f.first).namesakes;
  let key = '';
  for (let i = f.first; i < f.end; i++) key += (i > f.first ? ' ' : '') + keyAt(r, i);
  return r.g.namesakes.get(key);
}

/** How close a respelt surname must be to an official named in the article, and by what margin over the next. */
const RESPELT_ACCEPT = 0.9;

/**
 * "Syniehubov ... Syniegubov", "Volobuyev ... Volobuev": a surname spelt another way later in the
 * article is the official named there, when it is clearly closer to that one than to any other.
 * Only officials of this article are weighed, so a stray capitalised word cannot reach the gazetteer.
 */
function resolveRespelledSurnames(r: Reading): void {
  if (!r.surnameLike.length) return;
  const officials = new Map<string, Entity>();
  for (const f of r.found) {
    if (f.entity.type !== 'official') continue;
    const known = r.g.byId.get(f.entity.id) as Official | undefined;
    const key = known?.surnameKey ?? nameKeyAt(r, f.end - 1);
    if (key) officials.set(key, f.entity);
  }
  for (const [key, entity] of r.localSurnames) officials.set(key, entity);
  if (!officials.size) return;
  for (const s of r.surnameLike) {
    let best: Entity | undefined;
    let bestScore = 0;
    let second = 0;
    for (const [key, entity] of officials) {
      // "Petrovich" and "Petrova" are other people: a respelling changes letters, it adds no ending.
      if (key[0] !== s.key[0] || Math.abs(key.length - s.key.length) > 2) continue;
      if (key.startsWith(s.key) || s.key.startsWith(key)) continue;
      const score = jaroWinkler(s.key, key);
      if (score > bestScore) [second, bestScore, best] = [bestScore, score, entity];
      else if (score > second) second = score;
    }
    if (best && bestScore >= RESPELT_ACCEPT && bestScore - second >= FUZZY_MARGIN)
      addFound(r, best, s.index, s.index + 1);
  }
}

function placeOf(r: Reading, entity: Entity): Place | undefined {
  const known = r.g.byId.get(entity.id);
  return known?.type === 'place' ? (known as Place) : undefined;
}

/** Region mentions of the article in text order, taken once the first pass is done. */
interface RegionMention {
  first: number;
  region: string;
}

/** The region mentions and the region named most among them, which every district asks for. */
interface RegionMentions {
  list: RegionMention[];
  dominant: string | undefined;
}

const regionMentions = new WeakMap<Reading, RegionMentions>();

function regionMentionsOf(r: Reading): RegionMentions {
  let mentions = regionMentions.get(r);
  if (!mentions) {
    const list: RegionMention[] = [];
    for (const f of r.found) {
      const region = f.entity.type === 'place' ? regionOf(f.entity.id) : undefined;
      if (region) list.push({ first: f.first, region });
    }
    list.sort((a, b) => a.first - b.first);
    mentions = { list, dominant: mostNamed(list) };
    regionMentions.set(r, mentions);
  }
  return mentions;
}

/** How many region mentions on each side of a token are weighed: enough for an article, bounded for a book. */
const NEAR_MENTIONS = 40;

/**
 * The regions a district named at token `at` may lie in, most likely first: those named before it,
 * the latest first (its own sentence, then the sentences before); then the region the article names
 * most; only then those named after it, the nearest first. A region named in the next sentence
 * ("Meanwhile in Bryansk Oblast...") starts another topic, it does not reach back.
 */
function regionsFor(r: Reading, at: number): string[] {
  const { list, dominant } = regionMentionsOf(r);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as RegionMention).first <= at) lo = mid + 1;
    else hi = mid;
  }
  const order: string[] = [];
  for (let k = lo - 1; k >= Math.max(0, lo - NEAR_MENTIONS); k--)
    order.push((list[k] as RegionMention).region);
  if (dominant) order.push(dominant);
  for (let k = lo; k < Math.min(list.length, lo + NEAR_MENTIONS); k++)
    order.push((list[k] as RegionMention).region);
  return [...new Set(order)];
}

/** The region the article names most often, the first named on a tie. */
function dominantRegion(r: Reading): string | undefined {
  return regionMentionsOf(r).dominant;
}

function mostNamed(list: RegionMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of list) counts.set(m.region, (counts.get(m.region) ?? 0) + 1);
  let best: string | undefined;
  for (const [region, count] of counts) if (count > (counts.get(best ?? '') ?? 0)) best = region;
  return best;
}

function articleCountry(r: Reading): string {
  const counts = new Map<string, number>();
  for (const f of r.found) {
    if (f.entity.type !== 'place') continue;
    const country = countryHolding(f.entity.id);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0].slice('place:'.length) : 'ru';
}

/**
 * The organisations bare kind phrases name ("ua:general-staff" for the General Staff of the
 * Armed Forces of Ukraine), by entity: built once per gazetteer.
 */
const kindKeys = new WeakMap<Map<string, Entity>, Map<Entity, string>>();

function kindKeysOf(r: Reading): Map<Entity, string> {
  let keys = kindKeys.get(r.g.organizationOfKind);
  if (!keys) {
    keys = new Map();
    for (const [key, organization] of r.g.organizationOfKind)
      if (!keys.has(organization)) keys.set(organization, key);
    kindKeys.set(r.g.organizationOfKind, keys);
  }
  return keys;
}

/**
 * Resolves the bare kind phrases ("the Defence Ministry", "the General Staff") to the body of a
 * country, each looked up in maps built once for the article, so an article that repeats them
 * costs in proportion to its length, not its square.
 */
function resolveOrganizations(r: Reading): void {
  if (!r.organizations.length) return;
  const fallback = articleCountry(r);
  const keys = kindKeysOf(r);
  // Countries found, by the token they end at: "Russia" of "Russia's Defense Ministry".
  const countryEnding = new Map<number, Found>();
  // Bodies named in full, by kind: the earliest found of each kind before a phrase is its body.
  const bodies = new Map<string, { at: number; first: number; key: string }[]>();
  const note = (f: Found, at: number): void => {
    const key = keys.get(f.entity);
    if (key === undefined) return;
    const kind = key.slice(key.indexOf(':') + 1);
    const list = bodies.get(kind) ?? [];
    list.push({ at, first: f.first, key });
    bodies.set(kind, list);
  };
  r.found.forEach((f, at) => {
    if (!countryEnding.has(f.end) && placeOf(r, f.entity)?.kind === 'country')
      countryEnding.set(f.end, f);
    note(f, at);
  });
  // The kind's body found first (in the order found) among those before token `first`.
  const bodyBefore = (kind: string, first: number): string | undefined => {
    let best: { at: number; key: string } | undefined;
    for (const b of bodies.get(kind) ?? []) {
      if (best && b.at > best.at) break;
      if (b.first < first) best = b;
    }
    return best?.key;
  };
  const spoken = countriesOfSpeakers(r);
  for (const o of r.organizations) {
    // "Russia's Defense Ministry": the country mention just before the possessive.
    const owner =
      lowerAt(r, o.first - 1) === 's' && /['’]/.test(textAt(r, o.first - 2))
        ? countryEnding.get(o.first - 2)
        : undefined;
    // "The General Staff said", after "the General Staff of the Armed Forces of Ukraine": the
    // body of that kind the article has already named in full, wherever its places lie.
    // "Defence Ministry: depot destroyed" over "…, the Russian Defence Ministry said": a
    // headline's bare body is the one its article names in full, wherever that comes.
    const named = owner
      ? undefined
      : (bodyBefore(o.kind, o.first) ??
        (inHeadline(r, o.first) ? bodyBefore(o.kind, r.tokens.length) : undefined));
    const country = owner
      ? owner.entity.id.slice('place:'.length)
      : named
        ? (named.split(':')[0] ?? fallback)
        : (spoken.get(o.kind) ?? fallback);
    const organization = r.g.organizationOfKind.get(`${country}:${o.kind}`);
    if (organization) {
      addFound(r, organization, o.first, o.end);
      const f = r.found[r.found.length - 1]!;
      note(f, r.found.length - 1);
    }
  }
}

/**
 * "Navy spokesman Dmytro Pletenchuk said", in a story of a strike on a Russian port: a bare body
 * whose spokesman or head is an official the gazetteer places in one country is that country's,
 * wherever the article's places lie, and so is the same kind named bare elsewhere in the article
 * ("Navy confirms strike"). By kind, the first such speaker's country.
 */
function countriesOfSpeakers(r: Reading): Map<string, string> {
  const countries = new Map<string, string>();
  for (const o of r.organizations) {
    if (countries.has(o.kind) || !roleOf(textAt(r, o.end))) continue;
    const speaker = r.found.find(
      (f) => f.entity.type === 'official' && f.first > o.end && f.first <= o.end + 2,
    );
    const known = speaker && r.g.byId.get(speaker.entity.id);
    if (!known?.parentId) continue;
    const country = countryHolding(known.parentId);
    if (country) countries.set(o.kind, country.slice('place:'.length));
  }
  return countries;
}

/** The article lists districts around this token: "in several districts, including A, B and C". */
function inDistrictList(r: Reading, at: number): boolean {
  const [from, to] = sentenceAround(r, at);
  for (let i = from; i < Math.min(to, at + 10); i++) if (wordAt(r, i).district) return true;
  return false;
}

/** Words between "district" and the region that holds it: "district of", "district, ", "district (", "district in the". */
const OWNER_LINKS = new Set(['of', ',', '(', 'in']);

/**
 * "Kirovsky and Leninsky districts of Donetsk", "the Shebekinsky district, Belgorod region",
 * "Беловского района Курской области": the region named right after the district word.
 */
function listOwner(r: Reading, at: number): string | undefined {
  const [, to] = sentenceAround(r, at);
  for (let i = at; i < Math.min(to, at + 10); i++) {
    if (!wordAt(r, i).district) continue;
    // "района Курской области": Russian and Ukrainian put the region's genitive right after.
    const linked = OWNER_LINKS.has(lowerAt(r, i + 1));
    if (!linked && !hasCyrillic(textAt(r, i))) continue;
    const next = !linked ? i + 1 : lowerAt(r, i + 2) === 'the' ? i + 3 : i + 2;
    const owner = r.found.find((f) => f.first === next && f.entity.type === 'place');
    return owner ? regionOf(owner.entity.id) : undefined;
  }
  return undefined;
}

/** A capital that is a region of its own: Moscow, Kyiv, Sevastopol. */
function isCapital(r: Reading, id: string): boolean {
  return (r.g.byId.get(id) as Place | undefined)?.capital === id;
}

function resolveDistrict(r: Reading, d: PendingDistrict): void {
  // "traffic on Yablonovsky bridge": an adjective-like name the article has placed as a town of
  // its region (placeUnplaced) is that town, not also a district named after it.
  if (!d.strong && r.found.some((f) => f.entity.type === 'place' && f.first === d.first)) return;
  const keys: string[] = [];
  for (let i = d.first; i < d.last; i++) keys.push(keyAt(r, i));
  const key = keys.join(' ');
  const around = regionsFor(r, d.first);
  let hinted = d.hint ? regionOf(d.hint.id) : listOwner(r, d.first);
  // "the Kamensky district" of an article about the Rostov region: the town its name recalls
  // (Ukraine's Kamianske) is in another country than every region the passage names, so the
  // name says nothing of which region the district is in.
  if (
    d.hint &&
    hinted &&
    around.length &&
    !around.some((a) => countryOf(a) === countryOf(hinted ?? ''))
  )
    hinted = undefined;
  // "the Kamensky district" of an article about the Voronezh region that names the Kharkiv region
  // later: the town its name recalls (Kamianske) is in a region the passage never names, so the
  // regions it does name are searched first, in either spelling of the district.
  const recalled = hinted ? [hinted] : [];
  const recalledOnly = !!hinted && around.length > 0 && !around.includes(hinted);
  const regions = [...new Set(recalledOnly ? [...around, ...recalled] : [...recalled, ...around])];
  for (const region of regions) {
    const { named, centred } = districtsByKeyIn(r.g, region);
    const exact =
      named.get(key) ??
      // "the Glushkovo district": named after its centre, which only the word "district" vouches for.
      (d.strong ? centred.get(key) : undefined);
    if (exact) return addFound(r, exact, d.first, d.end);
  }
  // A district-like word that is no district in the region at hand is the town it was named after.
  const listed = d.strong || inDistrictList(r, d.first);
  if (!listed) return d.hint?.kind === 'city' ? addFound(r, d.hint, d.first, d.end) : undefined;
  const anywhere = r.g.districtsByKey.get(key);
  if (anywhere?.length === 1 && !regions.length)
    return addFound(r, anywhere[0] as Place, d.first, d.end);
  // An unknown district lies in the region the passage is about: "the Kyivskyi district" of an
  // article about Kharkiv is Kharkiv's, whatever region its name recalls.
  // But a capital named just before ("departures to Moscow were delayed") is where flights go,
  // not the region of a district the article goes on to name: that is the article's own region.
  const nearest = (d.hint ? regionsFor(r, d.first)[0] : undefined) ?? regions[0];
  const dominant = dominantRegion(r);
  const region =
    nearest && dominant && nearest !== dominant && isCapital(r, nearest) ? dominant : nearest;
  for (const candidate of regions) {
    const fuzzy = closestDistrict(r, candidate, key);
    if (fuzzy) return addFound(r, fuzzy, d.first, d.end);
  }
  if (d.hint?.kind === 'city' && !d.strong) addFound(r, d.hint, d.first, d.end);
  else if (d.strong || wordAt(r, d.first).adjectival)
    addFound(r, unknownDistrict(r, d, region), d.first, d.end);
}

interface DistrictKeys {
  /** Each key of a district of the region, to the first district (in the gazetteer's order) with it. */
  named: Map<string, Place>;
  /** The same for the keys of the districts' centres. */
  centred: Map<string, Place>;
}

/** Per gazetteer and region, built when first asked for: the gazetteer never changes once built. */
const districtKeyIndexes = new WeakMap<Gazetteer, Map<string, DistrictKeys>>();

/**
 * The districts of a region by key: every district a text names is looked up in the regions it
 * may belong to, and a search through each region's list of districts and their keys cost more
 * than the rest of the lookup.
 */
function districtsByKeyIn(g: Gazetteer, region: string): DistrictKeys {
  let regions = districtKeyIndexes.get(g);
  if (!regions) districtKeyIndexes.set(g, (regions = new Map()));
  let index = regions.get(region);
  if (!index) {
    index = { named: new Map(), centred: new Map() };
    for (const district of g.districtsIn.get(region) ?? []) {
      for (const key of g.districtKeys.get(district) ?? [])
        if (!index.named.has(key)) index.named.set(key, district);
      for (const key of g.centreKeys.get(district) ?? [])
        if (!index.centred.has(key)) index.centred.set(key, district);
    }
    regions.set(region, index);
  }
  return index;
}

/** Per gazetteer, the district each garbled key of a region came closest to (bounded). */
const closestDistricts = new WeakMap<Gazetteer, Map<string, Place | undefined>>();
const MOST_CLOSEST = 5_000;

/**
 * The district of `region` whose name `key` is a garbling of, if one stands out. It depends on
 * the gazetteer, the region and the key alone, and scores every district of the region, so each
 * answer is kept: the same misspelt district comes back in report after report.
 */
function closestDistrict(r: Reading, region: string, key: string): Place | undefined {
  let known = closestDistricts.get(r.g);
  if (!known) closestDistricts.set(r.g, (known = new Map()));
  const asked = `${region}|${key}`;
  if (known.has(asked)) return known.get(asked);
  const found = scoreDistricts(r, region, key);
  if (known.size >= MOST_CLOSEST) known.clear();
  known.set(asked, found);
  return found;
}

function scoreDistricts(r: Reading, region: string, key: string): Place | undefined {
  let best: Place | undefined;
  let bestScore = 0;
  let second = 0;
  for (const district of r.g.districtsIn.get(region) ?? []) {
    const score = Math.max(
      ...(r.g.districtKeys.get(district) ?? []).map((k) => jaroWinkler(key, k)),
    );
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = district;
    } else if (score > second) second = score;
  }
  return bestScore >= FUZZY_ACCEPT && bestScore - second >= FUZZY_MARGIN ? best : undefined;
}

/**
 * A district the gazetteer lacks is named after its centre as often as by its adjective:
 * "Kupiansk district" and "Kupianskyi district" (adjective folded to "kupian"), "Glushkovo" and
 * "Glushkovsky". The centre's -sk and a final -o or -e after v or n fold away, so both land on one id.
 * Its Russian and Ukrainian forms differ mostly in a vowel or in g/h ("Dneprovsky", "Dniprovskyi"),
 * so a long enough name keeps only its consonants after the first letter (g read as h
 * there too: "Hudermeskyi", "Gudermessky"): within one region, two districts whose names differ
 * in nothing but vowels are far rarer than one spelled both ways.
 */
export function districtIdKey(key: string): string {
  const folded = key.replace(/sk$|(?<=[vn])[oe]$/, '');
  if (folded.length < 4) return key;
  const skeleton =
    folded.slice(0, 1).replace('g', 'h') +
    folded
      .slice(1)
      .replace(/[aeiouy]/g, '')
      .replace(/g/g, 'h')
      .replace(/(.)\1+/g, '$1');
  return skeleton.length >= 4 ? skeleton : folded;
}

/** The district's name as English news writes it: a Cyrillic adjective in any case gives "-sky" or "-skyi". */
function districtName(r: Reading, d: PendingDistrict): string {
  const name = latinText(r, d.first, d.last);
  const word = textAt(r, d.first);
  if (!hasCyrillic(word)) return name;
  // Ukrainian cases (Купʼянського, Купʼянському -> Kupianskoho, -omu) give -skyi, Russian ones -sky.
  return isUkrainian(word)
    ? name.replace(/(?<=sk)(?:oho|omu|ii|ym|yi|a|e|i)$/, 'yi')
    : name.replace(/(?<=sk)(?:ogo|omu|om|oye|oe|aya|oy|oi|iy|ikh|ykh)$/, 'y');
}

function unknownDistrict(r: Reading, d: PendingDistrict, region: string | undefined): Entity {
  const key = districtIdKey(idKey(r, d.first, d.last));
  const regionPlace = region ? r.g.byId.get(region) : undefined;
  const entity = newEntity({
    id: `${region ?? 'place:'}${region ? '-' : ''}${key}-district`,
    type: 'place',
    name: `${districtName(r, d)} District`,
    description: regionPlace ? `district, ${regionPlace.name}` : 'district',
  });
  if (region) entity.parentId = region;
  return entity;
}

/** "Tractor Factory District of Volga": a clipped or garbled name after a district is its city or region. */
function resolveDistrictOf(r: Reading): void {
  // The tokens the pass took, gathered only once a district is followed by "of": most articles have none.
  let taken: Set<number> | undefined;
  for (const f of [...r.found]) {
    const district = placeOf(r, f.entity);
    if (district?.kind !== 'district' || lowerAt(r, f.end) !== 'of') continue;
    const at = f.end + 1;
    taken ??= takenTokens(r);
    if (!isUpperWord(r, at) || taken.has(at)) continue;
    const key = keyAt(r, at);
    for (const id of placeAncestors(district.id)) {
      const parent = r.g.byId.get(id) as Place | undefined;
      if (!parent || parent.kind === 'country') continue;
      const close =
        (key.length >= 4 && parent.stemKey.startsWith(key)) ||
        jaroWinkler(key, parent.stemKey) >= 0.9;
      const place = close
        ? choosePlace(r.g.places.get(parent.stemKey) ?? [], undefined, false)
        : undefined;
      if (place) {
        addFound(r, place, at, at + 1);
        taken.add(at);
        break;
      }
    }
  }
}

function takenTokens(r: Reading): Set<number> {
  const taken = new Set<number>();
  for (const f of r.found) for (let i = f.first; i < f.end; i++) taken.add(i);
  return taken;
}

/**
 * A wire story's dateline, "KYIV, Nov 20 (Reuters) -": a capitalised place opening its line,
 * then a comma, a bracket or a dash. It names where the outlet writes from, not where the places
 * its sentence tells of lie.
 */
const DATELINE_AFTER = /^\s*(?:,|\(|[-–—]\s)/;

function isDateline(r: Reading, f: Found): boolean {
  const first = r.tokens[f.first];
  const last = r.tokens[f.end - 1];
  if (!first || !last) return false;
  // What follows the name is asked first: a comma, a bracket or a dash after a name is rare.
  if (!DATELINE_AFTER.test(r.text.slice(last.end, last.end + 3))) return false;
  const name = r.text.slice(first.start, last.end);
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return false;
  const line = r.text.lastIndexOf('\n', first.start - 1) + 1;
  return !r.text.slice(line, first.start).trim();
}

/** The place mention nearest before token `at` that is a district, city or region. */
function placeBefore(r: Reading, at: number): Entity | undefined {
  const found = r.found
    .filter((f) => f.first < at && f.first >= at - NEAR_TOKENS)
    .sort((a, b) => b.first - a.first);
  for (const f of found) {
    const kind =
      placeOf(r, f.entity)?.kind ??
      (f.entity.type === 'place' && !f.entity.known ? 'district' : undefined);
    if (kind && kind !== 'country' && kind !== 'area' && kind !== 'river' && !isDateline(r, f))
      return f.entity;
  }
  return undefined;
}

/** How far back a street or an official looks for the place it belongs to. */
const NEAR_TOKENS = 400;

function isDistrict(r: Reading, entity: Entity): boolean {
  const kind = placeOf(r, entity)?.kind;
  return kind
    ? kind === 'district'
    : entity.type === 'place' && !entity.known && entity.id.endsWith('-district');
}

/**
 * The district a settlement is said to lie in: "the village of Y in the X district", "Y, X
 * district", or a district named before it in its sentence or the one before, with nothing but the
 * district's own region in between ("In the X district of Z Oblast, ... the village of Y").
 */
function districtOfSettlement(r: Reading, n: PendingName): Entity | undefined {
  return districtRightAfter(r, n) ?? districtBefore(r, n);
}

/** "Y in the X district", "Y, X district", "Y, in the X district", "Y, a village in the X district". */
function districtRightAfter(r: Reading, n: PendingName): Entity | undefined {
  const link = lowerAt(r, n.end);
  if (link !== 'in' && link !== ',') return undefined;
  let at = n.end + 1;
  if (link === ',' && /^an?$/.test(lowerAt(r, at))) {
    const inAt = [at + 2, at + 3].find((k) => lowerAt(r, k) === 'in');
    if (inAt !== undefined) at = inAt;
  }
  if (link === ',') at = pastInThe(r, at);
  else if (lowerAt(r, at) === 'the') at++;
  return r.found.find((f) => f.first === at && isDistrict(r, f.entity))?.entity;
}

/** The district named before the settlement, when it lies in `region` (the one named right after it). */
function inRegion(r: Reading, n: PendingName, region: Entity): Entity | undefined {
  const before = districtBefore(r, n);
  return before && regionOf(before.id) === region.id ? before : undefined;
}

/** A district named before the settlement in its sentence or the one before, nothing else but its region between. */
function districtBefore(r: Reading, n: PendingName): Entity | undefined {
  const [sentence] = sentenceAround(r, n.first);
  const [from] = sentenceAround(r, Math.max(0, sentence - 2));
  const before = r.found.filter(
    (f) => f.first >= from && f.end <= n.first && f.entity.type === 'place',
  );
  const district = before
    .filter((f) => isDistrict(r, f.entity))
    .sort((a, b) => b.first - a.first)[0];
  if (!district) return undefined;
  const holders = new Set([district.entity.parentId, ...placeAncestors(district.entity.id)]);
  const between = before.filter((f) => f.first > district.first);
  return between.every((f) => holders.has(f.entity.id)) ? district.entity : undefined;
}

/**
 * A spit, an estuary or a lake the gazetteer lacks: named by its own words and its kind, with
 * no region in its id, since such places lie across regions ("the Dnieper-Bug estuary").
 */
function featureOf(r: Reading, first: number, last: number, end: number): Entity {
  const kindWord = textAt(r, end - 1).toLowerCase();
  const kind = kindWord.charAt(0).toUpperCase() + kindWord.slice(1);
  const feature = newEntity({
    id: `place:${idKey(r, first, last)}-${kindWord}`,
    type: 'place',
    name: `${latinText(r, first, last)} ${kind}`,
    description: kindWord,
  });
  // "Sevastopol Bay" is news of Sevastopol: a bay, a lake or an island named after a place the
  // gazetteer knows is that place to a reader, and to the claims told there. A river is not:
  // "the Volkhov river" runs far from the town of Volkhov, through towns of other names.
  if (kindWord === 'river') return feature;
  const phrase = longestPhrase(r, first);
  const named = phrase && phrase[0] === last ? phrase[1][0]?.target : undefined;
  // Not a GeoNames town: the Kola Peninsula is named after the bay and the river, not the town.
  return named && !r.g.derived.has(named) ? named : feature;
}

/** "near Kimovsk, in the Tula region": the region a settlement is placed in right after it. */
function regionRightAfter(r: Reading, n: PendingName): Entity | undefined {
  // "the Pokrovska hromada in the Donetsk oblast": a hromada lies in a region, not beside one.
  const link = lowerAt(r, n.end);
  if (link !== ',' && !(link === 'in' && n.kind === 'community')) return undefined;
  const at = pastInThe(r, n.end + 1);
  const after = r.found.find((f) => f.first === at && f.entity.type === 'place');
  return after && placeOf(r, after.entity)?.kind === 'region' ? after.entity : undefined;
}

/**
 * "In the village of Ivanovka, in the Rylsky district": a town the gazetteer knows in another
 * region is a namesake, and the text says where this one lies. It is a village of the district's
 * region, with the id an unknown village gets there (so its Russian and Ukrainian spellings meet),
 * or that region's own town of the name if the gazetteer has one. Only a district that places it
 * right after it, or, for what the text calls a village, just before it in the passage; a region
 * says less about which one is meant.
 */
function townsPlacedElsewhere(r: Reading): void {
  for (const f of r.found) {
    const town = placeOf(r, f.entity);
    if (town?.kind !== 'city' || r.g.capitals.has(town.id)) continue;
    const link = lowerAt(r, f.end);
    const at =
      link === ',' ? pastInThe(r, f.end + 1) : f.end + 1 + +(lowerAt(r, f.end + 1) === 'the');
    const after = /^(?:,|in)$/.test(link)
      ? r.found.find((d) => d.first === at && isDistrict(r, d.entity))?.entity
      : undefined;
    // A town whose name many places share (`needsPlaceContext`) is placed by a region too:
    // "near Kamenka, in the Voronezh region" is not the listed Kamenka of Penza.
    const regionAfter =
      !after && town.needsPlaceContext && link === ','
        ? r.found.find((d) => d.first === at && placeOf(r, d.entity)?.kind === 'region')?.entity
        : undefined;
    // A district named before it places only what the text calls a village: a town named in
    // the passage after some raion is as often the well-known town it names.
    const village =
      lowerAt(r, f.first - 1) === 'of' &&
      /^(?:village|settlement|hamlet)$/.test(lowerAt(r, f.first - 2));
    const district =
      after ??
      regionAfter ??
      (village
        ? districtOfSettlement(r, {
            first: f.first,
            end: f.end,
            nameEnd: f.end,
            kind: 'settlement',
          })
        : undefined);
    const region = district && (regionOf(district.id) ?? district.parentId);
    if (!district || !region || regionOf(town.id) === region) continue;
    const key = unknownNameKey(idKey(r, f.first, f.end));
    const own = townFoldedAlike(r.g, region, key);
    if (own) {
      f.entity = own;
      continue;
    }
    const regionName = r.g.byId.get(region)?.name;
    f.entity = newEntity({
      id: `${region}-${key}`,
      type: 'place',
      name: latinText(r, f.first, f.end),
      description:
        district.id === region
          ? `settlement, ${district.name}`
          : `settlement, ${district.name}${regionName ? `, ${regionName}` : ''}`,
      parentId: district.id,
    });
  }
}

function resolveNames(r: Reading): void {
  const villages: Village[] = [];
  // A hromada named by its centre's adjective last, once the villages it may be named after are.
  const communities = r.names.filter((n) => n.kind === 'community');
  const names = communities.length
    ? [...r.names.filter((n) => n.kind !== 'community'), ...communities]
    : r.names;
  for (const n of names) {
    // A village the gazetteer's GeoNames towns placed already ("the village of Pyatnitskoye").
    if (
      r.found.some((f) => f.first < n.end && n.first < f.end && r.g.derived.has(f.entity as Place))
    )
      continue;
    const words: number[] = [];
    for (let i = n.first; i < n.nameEnd; i++) if (isUpperWord(r, i)) words.push(i);
    if (!words.length) continue;
    const first = words[0] as number;
    const last = (words[words.length - 1] as number) + 1;
    if (n.kind === 'feature') {
      addFound(r, featureOf(r, first, last, n.end), n.first, n.end);
      continue;
    }
    const street = n.kind === 'street';
    // What the text places it in right after its name ("Y, X district", "Y, Kharkiv region")
    // outweighs a district named before it: a story of the Bryansk region's Pochep district
    // that goes on to "Kivsharovka, Kharkiv region" has moved on to another region.
    const placedAfter = street ? undefined : (districtRightAfter(r, n) ?? regionRightAfter(r, n));
    const before = street || placedAfter ? undefined : districtBefore(r, n);
    const district =
      placedAfter && isDistrict(r, placedAfter)
        ? placedAfter
        : (before ?? (placedAfter && inRegion(r, n, placedAfter)));
    const near = district ?? placedAfter ?? placeBefore(r, n.first);
    const region = near ? (regionOf(near.id) ?? near.parentId) : undefined;
    const regionName = region ? r.g.byId.get(region)?.name : undefined;
    // Russian g, Ukrainian h ("Kugesi", "Kuhesi"): one village, as for an unknown official.
    const key = unknownNameKey(idKey(r, first, last));
    // The Russian spelling of a town the gazetteer knows by its Ukrainian one, or the other way
    // round ("Vinogradov, in the Zakarpattia region" is Vynohradiv): a town of that region
    // whose name folds alike is the town, not a village of its own.
    const centre = n.kind === 'community' ? communityCentre(r, region, key) : undefined;
    if (centre) {
      addFound(r, centre, n.first, n.end);
      continue;
    }
    const town = !street && region ? townFoldedAlike(r.g, region, key) : undefined;
    if (town) {
      addFound(r, town, n.first, n.end);
      if (last === first + 1)
        villages.push({
          word: textAt(r, first),
          found: r.found[r.found.length - 1] as Found,
          region,
        });
      continue;
    }
    const name = latinText(r, first, last);
    const entity = newEntity({
      // The id stays on the region, so the village is one entity whether or not its district is named.
      id: `${region ?? 'place:'}${region ? '-' : ''}${key}${street ? '-street' : ''}`,
      type: 'place',
      name: street ? `${name} Street` : name,
      description: `${street ? 'street' : 'settlement'}${regionName ? `, ${near && near.id !== region ? `${near.name}, ` : ''}${regionName}` : ''}`,
    });
    const parent = street || district ? near?.id : region;
    if (parent) entity.parentId = parent;
    addFound(r, entity, n.first, n.end);
    // A hromada's adjective is not its village's name, to be found again as one.
    if (!street && n.kind !== 'community' && last === first + 1) {
      villages.push({
        word: textAt(r, first),
        found: r.found[r.found.length - 1] as Found,
        region,
      });
    }
  }
  namedAgain(r, villages);
}

/**
 * What a centre's name may end with where its hromada's adjective, stripped of -ska, ends: Sokolivske
 * (its -ske folds away too), Sokolivka, Marhanets (the Marhanetska hromada), Pokrovsk.
 */
const CENTRE_ENDINGS = ['', 'ka', 's', 'sk'];

/**
 * The settlement a hromada's adjective (folded to `key`) is named after: a place of `region` the
 * article has named, else a town of the region the gazetteer knows. Where nothing places the
 * hromada, a village the article placed anywhere, named alike ("the head of the Zelenivska
 * hromada said …; in Zelenivka, in the Beryslavskyi raion, …").
 */
function communityCentre(r: Reading, region: string | undefined, key: string): Entity | undefined {
  const candidates = CENTRE_ENDINGS.map((ending) => `${key}${ending}`);
  const towns = region
    ? candidates.map((candidate) => townFoldedAlike(r.g, region, candidate))
    : [];
  const names = (id: string, k: number): boolean =>
    region
      ? id === `${region}-${candidates[k]}` || id === towns[k]?.id
      : id.endsWith(`-${candidates[k]}`);
  for (const f of r.found)
    if (f.entity.type === 'place' && candidates.some((_, k) => names(f.entity.id, k)))
      return f.entity;
  return towns.find((town) => town !== undefined);
}

/**
 * Per gazetteer: each region's towns with the phrase keys that name them, and, folded on the first
 * question about the region, those towns by their names' `unknownNameKeyOf` (null where two share
 * one). An article asks of a region or two: folding every town of every region for its first
 * question cost a reader's new article more than its own words did.
 */
interface TownsOfRegions {
  named: Map<string, Array<[string, Place]>>;
  folded: Map<string, Map<string, Place | null>>;
}

const townsByFold = new WeakMap<Gazetteer, TownsOfRegions>();

function townFoldedAlike(g: Gazetteer, region: string, key: string): Place | undefined {
  let towns = townsByFold.get(g);
  if (!towns) {
    towns = { named: townsByRegion(g), folded: new Map() };
    townsByFold.set(g, towns);
  }
  let folded = towns.folded.get(region);
  if (!folded) {
    folded = foldedTowns(towns.named.get(region) ?? []);
    towns.folded.set(region, folded);
  }
  return folded.get(key) ?? undefined;
}

/** The towns of each region (by `regionOf`, '' for none), each with a phrase key that names it. */
function townsByRegion(g: Gazetteer): Map<string, Array<[string, Place]>> {
  const named = new Map<string, Array<[string, Place]>>();
  for (const [phrase, places] of g.places)
    for (const { target } of places) {
      if (target.kind !== 'city') continue;
      const region = regionOf(target.id) ?? '';
      let list = named.get(region);
      if (!list) named.set(region, (list = []));
      list.push([phrase, target]);
    }
  return named;
}

/** One region's towns by their names' `unknownNameKeyOf`, null where two towns share one. */
function foldedTowns(named: Array<[string, Place]>): Map<string, Place | null> {
  const towns = new Map<string, Place | null>();
  for (const [phrase, target] of named) {
    const key = unknownNameKeyOf(phrase.replace(/ /g, '-'));
    const had = towns.get(key);
    towns.set(key, had === undefined || had === target ? target : null);
  }
  return towns;
}

/** A one-word village the text named, where it was found, and the region it was placed in. */
interface Village {
  word: string;
  found: Found;
  region: string | undefined;
}

/**
 * An unknown village named once with what places it ("In Pesochne, a village in the Rybinskyi
 * raion") is that village wherever else the article writes its one-word name: in a headline
 * before it, or later without its district ("Later, the village of Pesochne was shelled again").
 * Only words no other reading took. Runs once all names are read, so a name still to be read
 * is never given a second village at its own word, and the article is walked once, not once per
 * village: a live blog naming one village thousands of times stays linear.
 */
function namedAgain(r: Reading, villages: Village[]): void {
  if (!villages.length) return;
  // The village each word means: the first one placed in a region, else the first named.
  const byWord = new Map<string, Village>();
  const regions = new Map<string, Set<string>>();
  for (const v of villages) {
    const had = byWord.get(v.word);
    if (!had || (!had.region && v.region)) byWord.set(v.word, v);
    if (v.region) regions.set(v.word, (regions.get(v.word) ?? new Set()).add(v.region));
  }
  // Named again without a region, a village placed once is that village, if only one was placed.
  for (const v of villages) {
    const placed = byWord.get(v.word);
    if (!v.region && placed?.region && regions.get(v.word)?.size === 1) {
      v.found.entity = placed.found.entity;
    }
  }
  const taken = new Set<number>();
  for (const f of r.found) for (let i = f.first; i < f.end; i++) taken.add(i);
  for (const s of r.surnames) taken.add(s.index);
  // Written in the other script ("Kozhushkivka" and later "Кожушківка"), it folds to the same key.
  let byKey: Map<string, Village> | undefined;
  for (let i = 0; i < r.tokens.length; i++) {
    const token = r.tokens[i];
    if (!token || taken.has(i)) continue;
    let village = byWord.get(token.text);
    if (!village && token.upper && hasCyrillic(token.text)) {
      byKey ??= new Map(
        [...byWord.values()].map((v) => [
          unknownNameKey(idKey(r, v.found.first, v.found.first + 1)),
          v,
        ]),
      );
      village = byKey.get(unknownNameKey(idKey(r, i, i + 1)));
    }
    if (village) addFound(r, village.found.entity, i, i + 1);
  }
}

function resolveSurnames(r: Reading): void {
  if (!r.surnames.length) return;
  const mentioned = new Set(r.found.map((f) => f.entity.id));
  // The places the article names and their regions: a mayor's parent is the city itself.
  const regions = new Set<string | undefined>();
  for (const f of r.found) {
    if (f.entity.type !== 'place') continue;
    regions.add(f.entity.id);
    regions.add(regionOf(f.entity.id));
  }
  let articleCountryId: string | undefined;
  const country = (): string => (articleCountryId ??= articleCountry(r));
  for (const s of r.surnames) {
    const local = r.localSurnames.get(s.key);
    if (local) {
      addFound(r, local, s.index, s.index + 1);
      continue;
    }
    // "Orlov, the head of the local community": a governor's namesake with a role not his.
    const all = r.g.officialsBySurname.get(s.key) ?? [];
    const known = all.filter((o) => !roleRulesOut(r, o, s.index, s.index + 1));
    const [from, to] = sentenceAround(r, s.index);
    let roleInSentence = false;
    for (let i = from; i < to && !roleInSentence; i++) roleInSentence = !!roleOf(textAt(r, i));
    const official =
      known.find((o) => mentioned.has(o.id)) ??
      known.find((o) => o.parentId && regions.has(o.parentId)) ??
      // A city's mayor in an article about the city's region ("Kharkiv" alone is the oblast).
      known.find((o) => o.parentId && regions.has(regionOf(o.parentId))) ??
      // A national figure ("Putin said") in an article about their country.
      known.find((o) => o.parentId === `place:${country()}`) ??
      // Only a surname the gazetteer gives one official: ruling out a namesake leaves no other.
      (roleInSentence && all.length === 1 ? known[0] : undefined);
    if (official) addFound(r, official, s.index, s.index + 1);
  }
}

/** Words between a role and the place it is of, or between a place and its role: "of the", "regional". */
const ROLE_PLACE_LINKS = new Set([
  'of',
  'the',
  'regional',
  'city',
  'district',
  'oblast',
  "'s",
  's',
  '’',
]);

/** The place mention starting at token `at`, past "of" and "the". */
function placeFrom(r: Reading, at: number): Entity | undefined {
  let i = at;
  while (i < at + 2 && (lowerAt(r, i) === 'of' || lowerAt(r, i) === 'the')) i++;
  const f = r.found.find((found) => found.first === i && found.entity.type === 'place');
  return f?.entity;
}

/** The place mention that ends right before token `at` ("Lviv mayor", "Kharkiv regional governor"). */
function placeEndingAt(r: Reading, at: number): Entity | undefined {
  let i = at;
  while (i > at - 3 && ROLE_PLACE_LINKS.has(lowerAt(r, i - 1))) i--;
  const f = r.found.find((found) => found.end === i && found.entity.type === 'place');
  return f?.entity;
}

function articleRegion(r: Reading): Entity | undefined {
  const region = dominantRegion(r);
  return region ? r.g.byId.get(region) : undefined;
}

/** "мэра Курска": a bare name read as the region is, for a mayor, the city of that name. */
function cityOf(r: Reading, place: Entity): Entity | undefined {
  const known = placeOf(r, place);
  if (known?.kind !== 'region') return undefined;
  const city = choosePlace(r.g.places.get(known.stemKey) ?? [], 'city', false);
  return city?.kind === 'city' ? city : undefined;
}

const PLACED_ROLES = new Set(['Governor', 'Mayor', 'Head']);

/**
 * Where an official the gazetteer lacks serves: "Governor of Kursk Oblast Ivanov", "the head of the
 * Starodubsky district, Kuzmin", "Мэр Шебекино Жданов", "Lviv mayor Sadovyi", else the place named
 * before the role ("the region's governor"). A governor governs the region, a mayor the town, a
 * head the place named, district or region. Whoever stays unplaced is described by the role alone,
 * marked as read from context.
 */
function placeUnknownOfficials(r: Reading): void {
  for (const entity of r.localSurnames.values()) {
    if (entity.known) continue;
    const role = r.roles.get(entity.id);
    if (!role) {
      entity.description = 'official (from context)';
      continue;
    }
    const place = PLACED_ROLES.has(role.role)
      ? (placeFrom(r, role.index + 1) ??
        placeFrom(r, role.nameEnd) ??
        placeEndingAt(r, role.index) ??
        placeBefore(r, role.index + 1) ??
        // "said X, the region's governor", the region named only later: the article's region.
        (role.role === 'Governor' ? articleRegion(r) : undefined))
      : undefined;
    if (!place) {
      entity.description = `${role.role} (from context)`;
      continue;
    }
    const governed =
      role.role === 'Governor'
        ? (regionOf(place.id) ?? place.id)
        : role.role === 'Mayor'
          ? (cityOf(r, place) ?? place).id
          : place.id;
    entity.parentId = governed;
    entity.description = `${role.role} of ${r.g.byId.get(governed)?.name ?? place.name}`;
  }
}
