/**
 * The gazetteer's index built from the data files beside this module: every spelling of every
 * place, official and organisation (English, Russian and Ukrainian Cyrillic, their
 * transliterations and case forms) folded to its keys. Run once per process in Node; the
 * extension runs it when it is built, and its worker unpacks the result (`packed.ts`), so this
 * module and the data stay out of the extension (`vite.config.ts`).
 */
import placesData from './data/places.json' with { type: 'json' };
import citiesData from './data/cities.json' with { type: 'json' };
import townsData from './data/towns.json' with { type: 'json' };
import districtsData from './data/districts.json' with { type: 'json' };
import uaRaionsData from './data/ua-raions.json' with { type: 'json' };
import officialsData from './data/officials.json' with { type: 'json' };
import organizationsData from './data/organizations.json' with { type: 'json' };
import firstNamesData from './data/first-names.json' with { type: 'json' };
import { foldAccents } from './accents.ts';
import {
  isAdjectivalOf as isAdjectival,
  nameKey,
  placeKeyOf as placeKey,
  unknownNameKeyOf,
} from './fold.ts';
import type { Gazetteer, Named, PhraseNode, Place } from './gazetteer.ts';
import { tokenize } from './tokens.ts';
import {
  hasCyrillic,
  isUkrainian,
  latin,
  transliterate,
  ukrainianEndings,
} from './transliterate.ts';
import { areaWord } from './vocabulary.ts';
import { centreNames } from './centre-names.ts';
import { newNamed, newOfficial, newOrganization, newPlace } from './shapes.ts';

/** The node of a phrase key's last word in `g.phrases`, made with the nodes before it if need be. */
function phraseNode(g: Gazetteer, key: string): PhraseNode {
  const [first, ...rest] = key.split(' ') as [string, ...string[]];
  let node = g.phrases.get(first);
  if (!node) g.phrases.set(first, (node = {}));
  for (const word of rest) {
    node.next ??= new Map();
    let next = node.next.get(word);
    if (!next) node.next.set(word, (next = {}));
    node = next;
  }
  return node;
}

/** Folded key of a phrase as the recogniser computes it for text: words and punctuation, in order. */
function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => (t.word ? placeKey(t.text) : t.text))
    .join(' ');
}

/** The phrase without words that say what kind of area it is: "Смоленская область" -> "Смоленская". */
function stem(phrase: string): string {
  const words = phrase.split(/\s+/);
  const kept = words.filter((w, i) => {
    const lower = w.toLowerCase();
    if (lower === 'of' && i > 0 && areaWord(words[i - 1] ?? '')) return false;
    return (
      !areaWord(w) &&
      !['autonomous', 'автономный', 'автономна', 'автономная', 'the'].includes(lower)
    );
  });
  return kept.join(' ').trim() || phrase;
}

/**
 * A region's name as it is looked up: its stem ("Smolensk"), except where an English republic is
 * named by its people's adjective ("Chechen Republic", "Udmurt Republic") that none of its names
 * uses alone: "the Chechen authorities" and "Chechen fighters" speak of the people, not the place.
 */
function regionPhrase(name: string, names: readonly string[]): string {
  const stemmed = stem(name);
  const ofPeople =
    / Republic$/.test(name) && /^[A-Za-z -]+$/.test(name) && !names.includes(stemmed);
  return ofPeople ? name : stemmed;
}

const slug = (s: string): string =>
  foldAccents(latin(s))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function regionKindOf(name: string, given?: string): string {
  if (given) return given;
  if (/Autonomous Okrug$/.test(name)) return 'autonomous okrug';
  if (/Autonomous Oblast$/.test(name)) return 'autonomous oblast';
  if (/Oblast$/.test(name)) return 'oblast';
  if (/Krai$/.test(name)) return 'krai';
  return 'republic';
}

export function buildGazetteer(): Gazetteer {
  const g: Gazetteer = {
    byId: new Map(),
    places: new Map(),
    organizations: new Map(),
    phrases: new Map(),
    districtsIn: new Map(),
    districtsByKey: new Map(),
    districtKeys: new Map(),
    centreKeys: new Map(),
    officialsBySurname: new Map(),
    firstNames: new Map(),
    officialsByFirstName: new Map(),
    countryAdjectives: new Map(),
    organizationOfKind: new Map(),
    ancestors: new Map(),
    regionOf: new Map(),
    capitals: new Set(),
    namesakes: new Map(),
    derived: new Set(),
  };
  const countryName = new Map<string, string>();

  const addPhrase = <T>(
    index: Map<string, Named<T>[]>,
    phrase: string,
    target: T,
    areaWordOnly = false,
  ): void => {
    const key = phraseKey(phrase);
    if (!key) return;
    const list = index.get(key) ?? [];
    // A name is adjectival when it ends in the adjective ("Smolenskaya", "Kharkivska"): the adjective
    // alone names the place only before an area word. An adjective followed by its noun
    // ("Харківська обласна військова адміністрація") is a whole name. A region's name that alone
    // is its capital's old name (`regionWordOnly`) is read the same way.
    const words = tokenize(phrase).filter((t) => t.word);
    const adjectival =
      areaWordOnly || (words.length > 0 && isAdjectival(words[words.length - 1]!.text));
    const existing = list.find((n) => n.target === target);
    if (existing) {
      if (!adjectival) existing.adjectival = false;
      return;
    }
    list.push(newNamed(target, /^[\p{Lu}.]{2,5}$/u.test(phrase) ? phrase : undefined, adjectival));
    index.set(key, list);
  };
  // One-word Cyrillic names of towns, regions and countries, whose cases are added once all are known.
  const declinable: Array<[Place, string]> = [];
  let lean = false;
  const addPlace = (place: Place, names: string[]): void => {
    g.byId.set(place.id, place);
    for (const name of place.kind === 'city' ? [...names, ...onRiver(names)] : names) {
      const phrase = place.kind === 'region' ? regionPhrase(name, names) : name;
      addPhrase(g.places, phrase, place);
      if (
        place.kind !== 'river' &&
        place.kind !== 'district' &&
        /^[\p{Script=Cyrillic}’'ʼ]+$/u.test(phrase)
      )
        if (!lean) declinable.push([place, phrase]);
    }
  };

  for (const c of placesData.countries) {
    const id = `place:${c.id}`;
    countryName.set(c.id, c.name);
    addPlace(
      newPlace({
        id,
        kind: 'country',
        name: c.name,
        description: 'country',
        stemKey: phraseKey(c.name),
      }),
      [c.name, ...c.aliases],
    );
    for (const adjective of c.adjectives) g.countryAdjectives.set(placeKey(adjective), c.id);
  }
  for (const a of placesData.areas) {
    const country = 'country' in a ? (a.country as string) : undefined;
    const description = country ? `${a.kind}, ${countryName.get(country)}` : a.kind;
    const place = newPlace({
      id: `place:${a.id}`,
      kind: 'area',
      name: a.name,
      description,
      stemKey: phraseKey(a.name),
      // An area lying by a town (the Alabuga zone by Yelabuga) is news of that town's ground.
      parentId:
        'beside' in a ? `place:${a.beside as string}` : country ? `place:${country}` : undefined,
    });
    addPlace(place, [a.name, ...a.aliases]);
  }
  // Ukrainian news reads a Russian name's Cyrillic the Ukrainian way, г as h ("Enhels", "Kaluha"):
  // those readings are aliases too, collected here and added once every place is known.
  const ukrainianReadings: Array<[Place, string, string]> = [];
  const readUkrainian = (id: string, names: string[], from = (n: string): string => n): void => {
    const place = g.byId.get(id) as Place | undefined;
    if (place)
      for (const n of names)
        if (hasCyrillic(n) && !isUkrainian(n)) {
          ukrainianReadings.push([place, transliterate(ukrainianEndings(from(n)), 'uk'), from(n)]);
          for (const reading of ukrainianSpellings(from(n)))
            ukrainianReadings.push([place, reading, from(n)]);
        }
  };
  const regionName = new Map<string, string>();
  for (const r of placesData.regions) {
    const kind = regionKindOf(r.name, 'kind' in r ? (r.kind as string) : undefined);
    const note = 'note' in r ? ` (${r.note as string})` : '';
    const region = newPlace({
      id: `place:${r.id}`,
      kind: 'region',
      name: r.name,
      regionKind: kind,
      description: `${kind}, ${countryName.get(r.country)}${note}`,
      parentId: `place:${r.country}`,
      stemKey: phraseKey(stem(r.name)),
    });
    if ('needsRegionWord' in r && r.needsRegionWord) region.needsAreaWord = true;
    regionName.set(r.id, r.name);
    // "Dnepropetrovsk" alone is the city (Dnipro's old name), "the Dnepropetrovsk region" the oblast.
    const regionWordOnly = new Set('regionWordOnly' in r ? (r.regionWordOnly as string[]) : []);
    for (const name of regionWordOnly) addPhrase(g.places, stem(name), region, true);
    // A region whose English name ends in -ia is also told by its adjective in -ian, before the
    // region word only ("the Transcarpathian region", "the Volhynian oblast").
    for (const name of [r.name, ...r.aliases].map(stem))
      if (/^[A-Z][a-z-]+ia$/.test(name)) addPhrase(g.places, `${name}n`, region, true);
    addPlace(
      region,
      [r.name, ...r.aliases].filter((name) => !regionWordOnly.has(name)),
    );
    const [capital, ...spellings] = r.capital;
    if (capital) {
      region.capital = addCity(g, addPlace, capital, r.id, r.name, spellings);
      g.capitals.add(region.capital);
    } else if ('city' in r && r.city) region.capital = region.id;
    else if ('capitalRegion' in r) region.capital = `place:${r.capitalRegion as string}`;
    if (r.country === 'ru') {
      readUkrainian(region.id, r.aliases, stem);
      if (capital) readUkrainian(`place:ru-${slug(capital)}`, spellings);
      // A region named after its capital is also known by the capital's Ukrainian reading ("Kaluha region").
      if (capital && phraseKey(capital) === region.stemKey) readUkrainian(region.id, spellings);
    }
  }
  // Rivers locate what happens on their banks ("villages of the upper Don", "across the Dnipro").
  for (const river of placesData.rivers) {
    const country = 'country' in river ? (river.country as string) : undefined;
    const place = newPlace({
      id: `place:${river.id}-river`,
      kind: 'river',
      name: river.name,
      description: country ? `river, ${countryName.get(country)}` : 'river',
      stemKey: phraseKey(river.name),
      parentId: country ? `place:${country}` : undefined,
    });
    addPlace(place, [river.name, ...river.aliases]);
  }
  const guarded = new Set(citiesData.needsPlaceContext);
  const people = new Set(citiesData.namedForPerson);
  for (const [name, region, ...spellings] of citiesData.cities as string[][]) {
    const parentName = regionName.get(region as string) ?? countryName.get(region as string) ?? '';
    const id = addCity(g, addPlace, name as string, region as string, parentName, [
      ...spellings,
      ...ukrainianNeuter(region as string, spellings),
    ]);
    if (guarded.has(`${name as string}|${region as string}`))
      (g.byId.get(id) as Place).needsPlaceContext = true;
    if (people.has(`${name as string}|${region as string}`))
      (g.byId.get(id) as Place).namedForPerson = true;
    if ((region as string).startsWith('ru-')) readUkrainian(id, spellings);
  }
  // The smaller towns, derived from GeoNames (scripts/derive-towns.ts): after the hand-checked ones,
  // so a name or id those have stays theirs; the script has read their Cyrillic the Ukrainian way
  // already, leaving out readings that are English words ("Sharia"). A guarded one is a small Russian town's, whose case
  // forms are left out to keep the heap small (news declines few of them; "в Чудово" is not).
  const guardedTowns = new Set(townsData.guarded);
  for (const [name, region, ...spellings] of townsData.towns as string[][]) {
    const guardedTown = guardedTowns.has(`${name as string}|${region as string}`);
    lean = guardedTown;
    // Its id is the one the same name gets as an unknown settlement placed in its region
    // ("place:ru-belgorod-oblast-piatnit"), so an article that names it without the gazetteer's
    // help (or an older report) still meets one that names it with.
    const id = `place:${region as string}-${unknownNameKeyOf(
      tokenize(name as string)
        .filter((t) => t.word)
        .map((t) => placeKey(t.text))
        .join('-')
        .replace(/[^a-z0-9-]/g, ''),
    )}`;
    if (g.byId.has(id)) continue;
    const town = newPlace({
      id,
      kind: 'city',
      name: name as string,
      description: `city, ${regionName.get(region as string) ?? ''}`,
      parentId: `place:${region as string}`,
      stemKey: phraseKey(name as string),
    });
    g.derived.add(town);
    addPlace(town, [name as string, ...spellings, ...ukrainianNeuter(region as string, spellings)]);
    lean = false;
    // The script read a Russian town's Cyrillic letter by letter; how Ukrainian respells it
    // ("Персиановка", Persianivka) is added with the hand-listed towns' readings below.
    if ((region as string).startsWith('ru-'))
      for (const n of spellings)
        if (hasCyrillic(n) && !isUkrainian(n))
          for (const reading of ukrainianSpellings(n)) ukrainianReadings.push([town, reading, n]);
    if (guardedTown) town.needsPlaceContext = true;
  }
  // A reading is added only where it names no other place already and all who share it share their
  // Russian reading too (Kaluga the city and the region both become "Kaluha").
  const sources = new Map<string, Set<string>>();
  for (const [, reading, russian] of ukrainianReadings) {
    const key = phraseKey(reading);
    sources.set(key, (sources.get(key) ?? new Set()).add(phraseKey(russian)));
  }
  const added = ukrainianReadings.filter(([place, reading, russian]) => {
    const key = phraseKey(reading);
    if (key === phraseKey(russian) || sources.get(key)?.size !== 1) return false;
    return !g.places.get(key)?.some((n) => n.target !== place);
  });
  for (const [place, reading] of added) addPlace(place, [reading]);
  // "под Белгородом", "из Суджи", "у Львові": a known name in another case, under keys no name has.
  const cases = new Map<string, { phrase: string; places: Set<Place> }>();
  for (const [place, name] of declinable) {
    const base = phraseKey(name);
    const ukrainian =
      isUkrainian(name) || (place.id.startsWith('place:ua') && !/[ыэъё]/i.test(name));
    for (const form of caseForms(name, !isUkrainian(name), ukrainian)) {
      const key = phraseKey(form);
      // "Рыльске", "Черноморском" fold like the adjective of a district or a fleet: left out.
      if (key === base || g.places.has(key) || (isAdjectival(form) && !isAdjectival(name)))
        continue;
      const entry = cases.get(key) ?? { phrase: form, places: new Set() };
      cases.set(key, entry.places.add(place) && entry);
    }
  }
  for (const [key, { phrase, places }] of cases)
    for (const place of places) {
      addPhrase(g.places, phrase, place);
      const named = g.places.get(key)?.find((n) => n.target === place);
      if (named) named.caseForm = true;
    }
  for (const [key, named] of g.places) {
    const places = [...new Set(named.filter((n) => !n.adjectival).map((n) => n.target))];
    const cities = places.filter((p) => p.kind === 'city');
    if (new Set(cities.map((c) => c.parentId)).size > 1)
      g.namesakes.set(
        key,
        places.filter((p) => p.kind === 'city' || p.kind === 'region'),
      );
  }
  const parentOf = (file: string, id: string): Place => {
    const parent = g.byId.get(`place:${id}`) as Place | undefined;
    if (!parent) throw new Error(`${file}: unknown parent ${id}`);
    return parent;
  };
  // A city whose own name is an adjective ("Kropyvnytskyi", "Kamianske") shares its key with the
  // district named after it: there the key names the district only where the text says "district".
  const adjectivalCities = new Set<string>();
  for (const [key, named] of g.places)
    for (const n of named)
      if (n.target.kind === 'city' && n.adjectival)
        adjectivalCities.add(`${n.target.parentId}|${key}`);
  const sharesAdjectivalCity = (parent: Place, key: string): boolean =>
    adjectivalCities.has(`${parent.kind === 'city' ? parent.parentId : parent.id}|${key}`);
  const uaKeys = new Set(
    Object.values(uaRaionsData).flatMap((l) =>
      Array.isArray(l) ? l.map((r: UaRaion) => phraseKey(r.en)) : [],
    ),
  );
  for (const [parent, list] of Object.entries(districtsData)) {
    if (parent.startsWith('_')) continue;
    const parentPlace = parentOf('districts.json', parent);
    for (const item of list as Array<string | string[]>) {
      const [cyrillic, ...aliases] = typeof item === 'string' ? [item] : item;
      const english = transliterate(cyrillic as string);
      addDistrict(
        g,
        parentPlace,
        english,
        // The Ukrainian reading too ("Enhelskyi" for Энгельсский), unless a Ukrainian raion has it.
        [
          english,
          ...aliases,
          ...[transliterate(cyrillic as string, 'uk')].filter((n) => !uaKeys.has(phraseKey(n))),
        ],
        centreNames(cyrillic as string),
        (key) => sharesAdjectivalCity(parentPlace, key),
      );
    }
  }
  for (const [parent, list] of Object.entries(uaRaionsData)) {
    if (parent.startsWith('_')) continue;
    const parentPlace = parentOf('ua-raions.json', parent);
    for (const raion of list as UaRaion[]) {
      const aliases = raion.aliases ?? [];
      // Keys from the Ukrainian as an article's Cyrillic is read (a word without і, ї, є is read as
      // Russian: "Звенигородський" -> "zvenigorod") and as Ukrainian English writes it ("Zvenyhorodskyi").
      const spellings = [raion.en, raion.uk, transliterate(raion.uk, 'uk'), raion.ru, ...aliases];
      addDistrict(
        g,
        parentPlace,
        raion.en,
        [...spellings, ...declined(raion.uk), ...declined(raion.ru)],
        [...centreNames(raion.ru)],
        (key) => !!raion.needsDistrictWord || sharesAdjectivalCity(parentPlace, key),
      );
    }
  }

  for (const [canonical, spellings] of Object.entries(firstNamesData.names)) {
    for (const s of spellings) g.firstNames.set(nameKey(s), canonical);
  }
  for (const o of officialsData.officials) {
    const [first, ...rest] = o.name.split(' ');
    const surname = rest.join(' ');
    const official = newOfficial({
      id: `official:${slug(surname)}-${slug(first as string)}`,
      name: o.name,
      description: o.role,
      parentId: `place:${o.region}`,
      surnameKey: nameKey(surname),
    });
    const firstCanonical = g.firstNames.get(nameKey(first as string));
    if (firstCanonical) {
      official.firstName = firstCanonical;
      g.officialsByFirstName.set(firstCanonical, [
        ...(g.officialsByFirstName.get(firstCanonical) ?? []),
        official,
      ]);
    }
    g.byId.set(official.id, official);
    const spellings = [o.name, ...o.cyrillic, ...('aliases' in o ? (o.aliases as string[]) : [])];
    for (const s of spellings) {
      const key = nameKey(s.split(' ').slice(1).join(' '));
      const list = g.officialsBySurname.get(key) ?? [];
      if (!list.includes(official)) list.push(official);
      g.officialsBySurname.set(key, list);
    }
  }

  for (const k of organizationsData.kinds)
    for (const p of k.phrases) addPhrase(g.organizations, p, k.kind);
  for (const o of organizationsData.organizations) {
    const country = 'country' in o ? (o.country as string) : undefined;
    const org = newOrganization({
      id: `organization:${o.id}`,
      name: o.name,
      description: country
        ? `organisation, ${countryName.get(country)}`
        : 'international organisation',
      parentId: country ? `place:${country}` : undefined,
      country,
    });
    // A regional body (a Ukrainian oblast's military administration) belongs to its region.
    const region = 'region' in o ? g.byId.get(`place:${o.region as string}`) : undefined;
    if (region) {
      org.parentId = region.id;
      org.description = `regional administration, ${region.name}`;
    }
    // A plant stands in its town: news of it is news of the town (`sitePlaces` in claims).
    const site = 'site' in o ? g.byId.get(`place:${o.site as string}`) : undefined;
    if (site) org.parentId = site.id;
    if ('kind' in o && country) g.organizationOfKind.set(`${country}:${o.kind as string}`, org);
    g.byId.set(org.id, org);
    for (const p of [o.name, ...o.aliases]) addPhrase(g.organizations, p, org);
  }
  for (const [key, places] of g.places) phraseNode(g, key).places = places;
  for (const [key, organizations] of g.organizations)
    phraseNode(g, key).organizations = organizations;
  return g;
}

/**
 * A Ukrainian town's Cyrillic spellings in -ово / -ево read as -ове / -еве too ("Мукачеве" beside
 * "Мукачево"): Ukrainian writes the neuter so, as its Russian neighbours are read ("Kotove" above).
 */
function ukrainianNeuter(region: string, spellings: string[]): string[] {
  if (!region.startsWith('ua-')) return [];
  return spellings
    .filter((s) => hasCyrillic(s) && /[ое]во$/.test(s))
    .map((s) => s.replace(/о$/, 'е'))
    .filter((s) => !spellings.includes(s));
}

/**
 * A town "on" its river as English writes it: the Russian "-na-Donu", "-na-Kubani", "-na-Obi" put
 * the river in the locative, English news names it as it is ("Rostov-on-Don", "Kamen-on-Ob").
 */
function onRiver(names: string[]): string[] {
  return names
    .map((n) => n.replace(/-na-([A-Z][a-z]+?)[uie]$/, '-on-$1'))
    .filter((n) => !names.includes(n));
}

function addCity(
  g: Gazetteer,
  addPlace: (place: Place, names: string[]) => void,
  name: string,
  parent: string,
  parentName: string,
  spellings: string[],
): string {
  const country = parent.split('-')[0] as string;
  const plain = `place:${country}-${slug(name)}`;
  // A town named like one of another region ("Kirov" of the Kaluga region, "Zheleznogorsk" of
  // Krasnoyarsk Krai) is told apart by its region; the id the first one has kept stays its own.
  const taken = g.byId.get(plain);
  const id =
    taken && taken.parentId !== `place:${parent}` ? `place:${parent}-${slug(name)}` : plain;
  if (g.byId.has(id)) return id;
  addPlace(
    newPlace({
      id,
      kind: 'city',
      name,
      description: `city, ${parentName}`,
      parentId: `place:${parent}`,
      stemKey: phraseKey(name),
    }),
    [name, ...spellings],
  );
  return id;
}

/**
 * The cases of a one-word Cyrillic place name that its folded key does not already cover, by its
 * ending: Russian "Белгород" -> Белгорода, Белгороду, Белгородом; "Москва" -> Москвы, Москвой;
 * "Сумы" -> Сумах; Ukrainian "Харків" -> Харкова, Харкові (і -> о in the closed last syllable),
 * "Одеса" -> Одесі, Одесою. Russian names in -о are left as they are: news rarely declines them
 * ("в Шебекино"), and "Иваново" declined is the surname Иванова.
 */
function caseForms(name: string, russian: boolean, ukrainian: boolean): string[] {
  const forms: string[] = [];
  // An acronym ("США", "РФ") is not declined: "СШЕ", "РФА" would only be its Latin folds' words.
  if (name === name.toUpperCase()) return forms;
  const add = (stem: string, endings: string[]): void => {
    for (const e of endings) forms.push(stem + e);
  };
  const last = name.slice(-1).toLowerCase();
  const stem = name.slice(0, -1);
  if (russian) {
    if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) add(name, ['а', 'у', 'ом', 'е']);
    else if (last === 'ь') add(stem, ['я', 'ю', 'ем', 'е', 'и', 'ью']);
    else if (last === 'й') add(stem, ['я', 'ю', 'ем', 'е', 'ого', 'ому', 'ом', 'ым', 'им']);
    else if (last === 'а') add(stem, ['ы', 'и', 'е', 'у', 'ой', 'ей', 'ою']);
    // "Россия" -> России (never "Россие"), "Килия" -> Килии; "Земля" -> Земле.
    else if (last === 'я' && /[иі]я$/i.test(name)) add(stem, ['и', 'ю', 'ей']);
    else if (last === 'я') add(stem, ['и', 'е', 'ю', 'ей', 'ем']);
    else if (last === 'ы' || last === 'и') add(stem, ['ах', 'ам', 'ами']);
  }
  if (ukrainian) {
    // Харків -> Харков-, Київ -> Києв-, Миколаїв -> Миколаєв-: the last syllable's і, ї opens to
    // о, є in the other cases (ї after any vowel: "у Миколаєві", "біля Миколаєва").
    const opened = name
      .replace(/і(?=[^аеєиіїоуюяь’'ʼ]$)/, 'о')
      .replace(/(?<=[аеєиіїоуюя])ї(?=в$)/, 'є');
    const stems = [...new Set([name, opened])];
    if (/[бвгґджзклмнпрстфхцчшщ]/.test(last))
      for (const s of stems) add(s, ['а', 'у', 'ом', 'і', 'ові']);
    else if (last === 'ь') add(stem, ['я', 'ю', 'ем', 'і', 'ю']);
    else if (last === 'й') add(stem, ['я', 'ю', 'єм', 'ї']);
    else if (last === 'а') add(stem, ['и', 'і', 'у', 'ою', 'ею']);
    else if (last === 'я') add(stem, ['і', 'ю', 'ям', 'ею', 'ї']);
    else if (last === 'о') add(stem, ['а', 'і', 'ом', 'у']);
    else if (last === 'и' || last === 'і') add(stem, ['ах', 'ам', 'ами', 'ях', 'ям']);
  }
  return forms;
}

/** A raion of ua-raions.json; `lists` says which official lists name it (see SOURCES.md). */
interface UaRaion {
  en: string;
  uk: string;
  ru: string;
  aliases?: string[];
  lists?: string[];
  /** Its adjective is an everyday word too ("Черноморский флот", "Советский"). */
  needsDistrictWord?: boolean;
}

/**
 * A village's -овка / -евка closes its syllable, which Ukrainian opens to -івка, and to -ївка after
 * a vowel ("Мариновка", Маринівка; "Березовка", Березівка; "Николаевка", Николаївка).
 */
const VILLAGE_IN_OVKA = /(?<=[бвгджзклмнпрстфхцчшщ])[ое]вка(?=[\s-]|$)/gi;
const VILLAGE_IN_EVKA_AFTER_VOWEL = /(?<=[аеиоуыэюя])евка(?=[\s-]|$)/gi;
/** A town's neuter -ово / -ево is Ukrainian's -ове / -еве ("Котово", Котове; "Атлашево", Атлашеве). */
const TOWN_IN_OVO = /(?<=[ое]в)о$/i;
/**
 * Roots whose е stood for the old ѣ, which Ukrainian writes і in any syllable: "river" (Заречный,
 * Зарічний; Волгореченск, Волгоріченськ) and "light" (Светлогорск, Світлогорськ). Only where the
 * root opens a word or follows a vowel, as in compounds and after "за-", "при-": "Кречевицы" keeps its е.
 */
const YAT_ROOTS = /(?<=^|[\s-]|[аеиоуыя])(?:([Рр])еч|([Сс])вет)/g;

/**
 * A Russian town's name as Ukrainian may spell it, where that differs from reading its letters: ё
 * after a consonant other than ж, ч, ш, щ is ьо ("Королёв", Корольов), the closed last syllable
 * of a village in -овка / -евка is -івка, the neuter -ово / -ево is -ове / -еве, and the closed last
 * syllable of -овск / -евск often opens to -івськ, as Ukrainian closed syllables do, and the е of
 * an old ѣ in a few roots is і (`YAT_ROOTS`). The reading
 * of ьо drops the soft sign, as the national scheme does ("Korolov"), or writes it as i, as
 * English news often does ("Koroliov"). Only the Latin readings: an article's Cyrillic is folded
 * to them. They are aliases, dropped where they would name another place.
 */
function ukrainianSpellings(russian: string): string[] {
  const soft = russian.replace(/(?<=[бвгдзклмнпрстфхц])ё/gi, 'ьо');
  const forms = [
    soft.replace(VILLAGE_IN_OVKA, 'івка').replace(VILLAGE_IN_EVKA_AFTER_VOWEL, 'ївка'),
    soft.replace(/(?<=[бвгджзклмнпрстфхцчшщ])[ое]вск$/i, 'івськ'),
    soft.replace(TOWN_IN_OVO, 'е'),
    soft.replace(YAT_ROOTS, (_, river?: string, light?: string) =>
      river ? `${river}іч` : `${light as string}віт`,
    ),
  ];
  const readings = new Set<string>();
  for (const form of forms)
    if (form !== russian)
      for (const reading of [form, form.replace(/ьо/g, 'іо')])
        readings.add(transliterate(ukrainianEndings(reading), 'uk'));
  return [...readings];
}

/**
 * The cases of a district adjective that folding does not bring back to its stem: the Ukrainian
 * genitive "Харківського" (Latin "-skoho") and the instrumental "-ським"/"-ским".
 */
function declined(adjective: string): string[] {
  const stem = /(?:ий|ой)$/.exec(adjective) ? adjective.slice(0, -2) : undefined;
  return stem ? [`${stem}ого`, `${stem}ому`, `${stem}им`] : [];
}

/**
 * One district within `parent`: known under the folded keys of `spellings` wherever the text says it
 * is a district or lists districts, and under the names its centre may have (`centres`), and the
 * keys `needsWord` picks, only where the text says "district".
 */
function addDistrict(
  g: Gazetteer,
  parent: Place,
  english: string,
  spellings: string[],
  centres: string[],
  needsWord: (key: string) => boolean,
): void {
  const district = newPlace({
    id: `${parent.id}-${slug(english)}-district`,
    kind: 'district',
    name: `${english} District`,
    description: `${parent.kind === 'city' ? 'city district' : 'district'}, ${parent.name}`,
    parentId: parent.id,
    stemKey: phraseKey(english),
  });
  if (g.byId.has(district.id)) throw new Error(`two districts with the id ${district.id}`);
  g.byId.set(district.id, district);
  const all = [...new Set(spellings.map(phraseKey))];
  const keys = all.filter((k) => !needsWord(k));
  g.districtKeys.set(district, keys);
  const centreKeys = [...new Set([...all.filter(needsWord), ...centres.map(phraseKey)])];
  g.centreKeys.set(
    district,
    centreKeys.filter((k) => !keys.includes(k)),
  );
  for (const key of all)
    g.districtsByKey.set(key, [...(g.districtsByKey.get(key) ?? []), district]);
  const region = parent.kind === 'city' ? (parent.parentId as string) : parent.id;
  g.districtsIn.set(region, [...(g.districtsIn.get(region) ?? []), district]);
}
