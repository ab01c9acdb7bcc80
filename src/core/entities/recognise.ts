/**
 * Entity recognition: places, officials and organisations in an article, each with an id that stays
 * the same across articles, spellings and scripts.
 *
 * One pass over the tokens with hash lookups of folded keys finds names the gazetteer knows and the
 * names the context announces ("Governor X", "X district", "X Street"); what needs the whole article
 * (which region a garbled district belongs to, which country's ministry is meant) is settled after
 * the pass, in context.ts.
 */
import type { Entity, EntityMention } from '../model.ts';
import { placeKeyOf, unknownNameKey } from './fold.ts';
import { countryOf, regionOf, type Named, type Organization, type Place } from './gazetteer.ts';
import { newEntity } from './shapes.ts';
import { tokenize } from './tokens.ts';
import { latin } from './transliterate.ts';
import {
  addFound,
  apostropheAt,
  areaAfter,
  firstNameAt,
  idKey,
  inHeadline,
  isUpperWord,
  latinText,
  longestPhrase,
  lowerAt,
  nameKeyAt,
  officialAt,
  pastInThe,
  possessiveAt,
  sentenceAround,
  startReading,
  type Reading,
  textAt,
  wordAt,
} from './reading.ts';
import { resolveContext } from './context.ts';
import { readOwnedMinistry, readRailwayName } from './regional-bodies.ts';
import { choosePlace } from './choose.ts';
import { readAppositiveName, readPerson, readRoleName, russianSurnameShaped } from './people.ts';
import {
  areaWord,
  leadsSettlement,
  looksLikeSlavicSettlement,
  looksLikeSurname,
  roleOf,
  streetWordLeads,
} from './vocabulary.ts';

export function recogniseEntities(text: string): { entities: Entity[]; mentions: EntityMention[] } {
  const r = startReading(text, tokenize(text));
  for (let i = 0; i < r.tokens.length;) {
    const t = r.tokens[i];
    if (!t?.word) {
      i++;
      continue;
    }
    i = Math.max(i + 1, t.upper ? readCapitalised(r, i) : readLower(r, i));
  }
  placeUnplaced(r);
  ukrainianNamesakesApart(r);
  resolveContext(r);
  enterprisesNamedAgain(r);
  return collect(r);
}

/**
 * "Engels is home to a bomber base" in an article about the Saratov region is the town; "Friedrich
 * Engels" in one that names no place of that region is not, nor is a word another reading took
 * (the governor Gusev, not the town of Gusev), nor a word of a longer name ("Lomonosov Moscow State
 * University"). A town named after a famous person ("A statue of Pushkin stands in St Petersburg")
 * is the person unless the text itself placed it.
 */
function placeUnplaced(r: Reading): void {
  if (!r.unplaced.length) return;
  const regions = new Set<string | undefined>();
  for (const f of r.found) if (f.entity.type === 'place') regions.add(regionOf(f.entity.id));
  for (const u of r.unplaced) {
    // "the Kola Peninsula" is the peninsula, whatever the town of Kola.
    // A town named after a person that the text has placed once ("Kurchatov, a town of …") is
    // that town wherever else the article names it, in either script.
    const placedOnce = u.place.namedForPerson && r.found.some((f) => f.entity.id === u.place.id);
    if (
      (u.place.namedForPerson && !placedOnce) ||
      inLongerName(r, u.first, u.end) ||
      wordAt(r, u.end).feature
    )
      continue;
    const taken =
      r.found.some((f) => f.first < u.end && u.first < f.end) ||
      // "the Pokrovska hromada", whose centre is settled with the hromada (context.ts).
      r.names.some((n) => n.kind === 'community' && n.first < u.end && u.first < n.end) ||
      r.surnames.some((s) => s.index >= u.first && s.index < u.end);
    if (!taken && (placedOnce || regions.has(regionOf(u.place.id))))
      addFound(r, u.place, u.first, u.end);
  }
}

/** A village's Ukrainian -івка / -ївка, in either script: "Marynivka", "Маринівка". */
const UKRAINIAN_VILLAGE_WORD = /(?:[iy]|yi|ï)vka$|[іїи]вка$/iu;

/**
 * "Shelling in the Kherson region … Marynivka was hit": Ukraine has a village of that name in
 * most regions, and Ukrainian spells Russia's Marinovka alike. A Russian town found only by its
 * Ukrainian -івка in an article that names Ukraine's regions and none of Russia's is a village
 * of the article's own region, read as a settlement the gazetteer lacks.
 */
function ukrainianNamesakesApart(r: Reading): void {
  const countries = new Set<string>();
  for (const f of r.found)
    if (
      f.entity.type === 'place' &&
      (r.g.byId.get(f.entity.id) as Place | undefined)?.kind === 'region'
    )
      countries.add(countryOf(f.entity.id));
  if (countries.size !== 1 || !countries.has('ua')) return;
  r.found = r.found.filter((f) => {
    const own =
      f.end === f.first + 1 && f.entity.type === 'place' && countryOf(f.entity.id) === 'ru';
    if (!own || !UKRAINIAN_VILLAGE_WORD.test(textAt(r, f.first))) return true;
    r.names.push({ first: f.first, end: f.end, nameEnd: f.end, kind: 'settlement' });
    return false;
  });
}

/**
 * "Yuri Gagarin", "Anton Chekhov", "Salavat Yulaev": a given name or a capitalised word right
 * before the name (not the sentence's first word, capitalised whatever it is), or a capitalised
 * word after it that is not a kind of place ("Chop district"), makes it part of another name. A
 * title-cased headline capitalises every word, so there capitals say nothing.
 */
function inLongerName(r: Reading, first: number, end: number): boolean {
  if (firstNameAt(r, first - 1) !== undefined && isUpperWord(r, first - 1)) return true;
  if (titleCased(r, first)) return false;
  const before = isUpperWord(r, first - 1) && sentenceAround(r, first)[0] !== first - 1;
  const after = isUpperWord(r, end) && !wordAt(r, end).area && !wordAt(r, end).feature;
  return before || after;
}

/** A sentence of three words or more with no lower-case word longer than "and": a headline. */
function titleCased(r: Reading, i: number): boolean {
  const [from, to] = sentenceAround(r, i);
  let words = 0;
  for (let at = from; at < to; at++) {
    const t = r.tokens[at];
    if (!t?.word) continue;
    if (!t.upper && t.text.length > 3) return false;
    words++;
  }
  return words > 2;
}

function readLower(r: Reading, i: number): number {
  if (roleOf(textAt(r, i))) return readRoleName(r, i);
  const body = readOwnedKind(r, i) || readOwnedMinistry(r, i);
  if (body) return body;
  const port = readNamedPort(r, i);
  if (port) return port;
  if (streetWordLeads(textAt(r, i)) && isUpperWord(r, i + 1)) {
    const end = capitalisedRun(r, i + 1);
    r.names.push({ first: i, end, nameEnd: end, kind: 'street' });
    return end;
  }
  return i + 1;
}

function readCapitalised(r: Reading, i: number): number {
  return (
    readChannelTitle(r, i) ||
    readMilitaryUnit(r, i) ||
    readLocalBody(r, i) ||
    // A title-cased headline capitalises "railway" whatever it names ("Drones Hit Kursk Railway").
    (!titleCased(r, i) && readRailwayName(r, i)) ||
    readOwnedMinistry(r, i) ||
    readAdjectiveOrganization(r, i) ||
    readPerson(r, i) ||
    readSpeakerSurname(r, i) ||
    readNewNamesake(r, i) ||
    readPhrase(r, i) ||
    readRefinerName(r, i) ||
    readPowerDistributor(r, i) ||
    readEnterpriseName(r, i) ||
    readBranchOwner(r, i) ||
    readWaterName(r, i) ||
    readAirBaseName(r, i) ||
    readFieldName(r, i) ||
    readBareSurname(r, i) ||
    readAnnouncedName(r, i) ||
    readAppositiveName(r, i) ||
    readRoleName(r, i) ||
    noteSurnameLike(r, i) ||
    i + 1
  );
}

/**
 * "the Telegram channel Yuzhny Front", "according to the channel Kyivskyi Ohliad": the capitalised
 * words right after "channel" are the channel's title, whatever place or person they recall.
 */
function readChannelTitle(r: Reading, i: number): number {
  if (lowerAt(r, i - 1) !== 'channel' || isUpperWord(r, i - 1)) return 0;
  return Math.max(i + 1, capitalisedRun(r, i));
}

/**
 * A sea named without its word "Sea" is the sea only as "the Baltic" closing its name ("ports of
 * the Baltic"): "Russia's Baltic exports" is an adjective, "the Baltic Pipeline System" another name.
 */
function bareSeaAsWord(r: Reading, i: number, end: number, named: Named<Place>): boolean {
  const place = named.target;
  if (place.kind !== 'area' || !place.description?.startsWith('sea')) return false;
  if (/\b(?:sea|море)$/i.test(textAt(r, end - 1))) return false;
  return lowerAt(r, i - 1) !== 'the' || isUpperWord(r, end);
}

/**
 * "off port Krym", "in port Kavkaz": a port the gazetteer knows by its own name, which news writes
 * after a lower-case "port", and whose last word alone may name another place (Krym, Crimea).
 */
function readNamedPort(r: Reading, i: number): number {
  if (lowerAt(r, i) !== 'port' || !isUpperWord(r, i + 1)) return 0;
  const phrase = longestPhrase(r, i);
  const port = phrase?.[1][0]?.target;
  if (!phrase || port?.kind !== 'area' || !port.description.startsWith('port')) return 0;
  addFound(r, port, i, phrase[0]);
  return phrase[0];
}

/**
 * "the operational headquarters of Krasnodar Krai": a body whose name opens with lower-case words
 * and closes with a place's. The lower-case words are passed over as the text is read, so the name
 * is found from its first capitalised word by looking back; the place inside it is no place.
 */
function organizationOpenedLower(r: Reading, i: number, end: number): number {
  for (let back = 1, first = i - 1; back <= 4 && first >= 0; first--) {
    const t = r.tokens[first];
    if (!t?.word || t.upper) return 0;
    back++;
    const phrase = longestPhrase(r, first);
    if (!phrase || phrase[0] < end || phrase[1].length) continue;
    const named = phrase[2][0];
    if (!named || typeof named.target === 'string') continue;
    addFound(r, named.target, first, phrase[0]);
    return phrase[0];
  }
  return 0;
}

/**
 * A Russian refining company named as such companies are, by a town's stem and its trade
 * ("Permnefteorgsintez", "Volgogradneftepererabotka"), maybe after its owner's name and a hyphen
 * ("Lukoil-Permnefteorgsintez"): a body, listed or not. The owner's name is part of the name, and
 * the id is the name without it, which one company keeps however it is written.
 */
const REFINER_NAME =
  /^(?:[A-Z][A-Za-z]+-)?([A-Z][a-z]*(?:nefteorgsintez|neftepererabotka|neftekhim|nefteprodukt))$/;

function readRefinerName(r: Reading, i: number): number {
  const name = REFINER_NAME.exec(textAt(r, i))?.[1];
  if (!name) return 0;
  const company = newEntity({
    id: `organization:ru-${name.toLowerCase()}`,
    type: 'organization',
    name,
    description: 'oil refining company',
  });
  addFound(r, company, i, i + 1);
  return i + 1;
}

/**
 * A Ukrainian region's power distributor, named by its region's stem and "oblenergo"
 * ("Khmelnytskoblenerho", "Kyivoblenergo", "Хмельницькобленерго"): a body, listed or not, with one
 * id for its Ukrainian h and Russian g and for either script. Where the stem is a region's or its
 * capital's spelling the gazetteer knows, the id is that region's, so the Russian reading of the
 * stem is the same company ("Nikolaevoblenergo", "Mykolaivoblenergo"; "Odessaoblenergo").
 */
const POWER_DISTRIBUTOR = /^(?:([A-Z][a-z]+)oblener[gh]o|(\p{Lu}\p{Ll}+)обленерго)$/u;

function readPowerDistributor(r: Reading, i: number): number {
  const name = POWER_DISTRIBUTOR.exec(textAt(r, i));
  if (!name) return 0;
  const region = regionNamedBy(r, latin(name[1] ?? name[2] ?? ''));
  const key = region
    ? `${region.slice('place:'.length)}-oblenergo`
    : `ua-${unknownNameKey(
        latin(textAt(r, i))
          .toLowerCase()
          .replace(/[^a-z]/g, ''),
      )}`;
  const company = newEntity({
    id: `organization:${key}`,
    type: 'organization',
    name: latinText(r, i, i + 1),
    description: 'regional power distributor',
  });
  addFound(r, company, i, i + 1);
  return i + 1;
}

/**
 * The Ukrainian region a stem names, itself or through its capital ("Dnipro", "Nikolaev"), or
 * as an adjective's stem ("Khmelnytsk", of Khmelnytskyi).
 */
function regionNamedBy(r: Reading, stem: string): string | undefined {
  for (const key of [placeKeyOf(stem), placeKeyOf(`${stem}yi`)]) {
    for (const { target } of r.g.places.get(key) ?? []) {
      if (!target.id.startsWith('place:ua-')) continue;
      if (target.kind === 'region') return target.id;
      if (target.kind === 'city') return regionOf(target.id);
    }
  }
  return undefined;
}

/** Words that call the following unknown name a lake or a river: "Lake Imandra", "the river Kuma". */
const WATER_BEFORE = new Map([
  ['lake', 'lake'],
  ['river', 'river'],
]);
/** Words that make a town's description: "a town of about 60,000 people on the Kuma". */
const TOWN_WORDS = new Set(['town', 'city', 'village', 'settlement']);

/**
 * A lake or a river the gazetteer lacks, named from its context: after "Lake" or "river" ("Lake
 * Imandra", "the river Kuma"), or as the water a town lies on ("Yelets, a town of about 100,000
 * people on the Bystraya Sosna"), one or two capitalised words no reader knows, closed by a
 * mark. A place with no region in its id, as a feature named before its kind word is.
 */
function readWaterName(r: Reading, i: number): number {
  const end = capitalisedRun(r, i, 2);
  if (end === i || longestPhrase(r, i) || isUpperWord(r, end)) return 0;
  // One adjective is no water's name: "a town on the Russian side" stops at the country's.
  if (end === i + 1 && wordAt(r, i).adjectival) return 0;
  let kind = WATER_BEFORE.get(lowerAt(r, i - 1));
  let first = kind ? i - 1 : i;
  // "the river Kuma", "Lake Imandra": not a longer name's "Silver Lake Park", "Hutt River Rules".
  if (kind === 'river' && isUpperWord(r, i - 1)) return 0;
  if (kind === 'lake' && (!isUpperWord(r, i - 1) || isUpperWord(r, i - 2))) return 0;
  if (!kind) {
    if (lowerAt(r, i - 1) !== 'the' || lowerAt(r, i - 2) !== 'on') return 0;
    if (!/^[,.;]$/.test(textAt(r, end))) return 0;
    const [from] = sentenceAround(r, i);
    let town = false;
    for (let k = Math.max(from, i - 10); k < i - 2 && !town; k++)
      town = TOWN_WORDS.has(lowerAt(r, k)) && /^an?$/.test(lowerAt(r, k - 1));
    if (!town) return 0;
    kind = 'river';
    first = i;
  }
  const water = newEntity({
    id: `place:${idKey(r, i, end)}-${kind}`,
    type: 'place',
    name: kind === 'lake' ? `Lake ${latinText(r, i, end)}` : latinText(r, i, end),
    description: kind,
  });
  addFound(r, water, first, end);
  return end;
}

/**
 * Head nouns that make a single unknown name before them an enterprise's: "the Stavrolen plant",
 * "the Azot chemical plant", "the Sheskharis oil terminal". Not "refinery" nor "power plant":
 * refineries and power stations are named after their towns ("the Kstovo refinery"), which an
 * unknown name there more likely is; an acronym is no town's name ("the TANECO refinery").
 */
const ENTERPRISE_AFTER = new Set([
  'plant',
  'factory',
  'works',
  'enterprise',
  'company',
  'terminal',
]);
/** An acronym names a company before "refinery" only: "the UAV plant", "the LNG terminal" name kinds. */
const ACRONYM_ENTERPRISE_AFTER = new Set(['refinery']);
/** Trades between the name and its head noun: "the Stavrolen petrochemical plant". */
const ENTERPRISE_TRADES = new Set(
  'petrochemical chemical steel metallurgical defence defense aircraft ammunition explosives engine tyre tire instrument optical electronics machine-building tank oil fertiliser fertilizer nitrogen'.split(
    ' ',
  ),
);
/** A company's acronym written in capitals: "TANECO", "KINEF", "ТАНЕКО". */
const ACRONYM = /^\p{Lu}{3,8}$/u;
/** A company's name of two capitalised parts run together: "PhosAgro", "TogliattiAzot", "ФосАгро". */
const JOINED_NAME = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;
/** Head nouns a quoted or apposed name follows: "the petrochemical plant Stavrolen", "завод «Ставролен»". */
const ENTERPRISE_BEFORE = new Set(
  'plant factory enterprise company refinery завод завода заводе заводом комбинат комбината комбинате нпз предприятие предприятия предприятии підприємство підприємства підприємстві'.split(
    ' ',
  ),
);
const QUOTES = /^["«»“”„]$/;

/**
 * An enterprise the gazetteer lacks, named from its context: one capitalised word right before
 * its head noun ("the Stavrolen plant"), or right after it, maybe in quotes ("the petrochemical
 * plant Stavrolen", "завод «Ставролен»"). Only a word no other reader took, that is not a
 * sentence's first word, a known name, a word of a longer name, an adjective (a town's: "the
 * Afipsky plant") or any word the reader knows for another thing. Its id is its folded key, so
 * its Cyrillic spelling and its bare mentions elsewhere in the article (`enterprisesNamedAgain`)
 * are the same company.
 */
function readEnterpriseName(r: Reading, i: number): number {
  // The questions go from the cheapest to the dearest: most capitalised words fail one early.
  // A sentence's opening "The" is no word of a longer name: "The Stavrolen plant was hit".
  if (isUpperWord(r, i - 1) && lowerAt(r, i - 1) !== 'the') return 0;
  if (isUpperWord(r, i + 1) || sentenceAround(r, i)[0] === i) return 0;
  const word = textAt(r, i);
  const acronym = ACRONYM.test(word);
  if (!acronym && !/^\p{Lu}\p{Ll}{3,}$/u.test(word) && !JOINED_NAME.test(word)) return 0;
  const facts = wordAt(r, i);
  if (facts.notName || facts.role || facts.country || facts.area || facts.street) return 0;
  if (facts.feature || facts.adjectival || facts.district) return 0;
  if (!enterpriseHeadNear(r, i, acronym ? ACRONYM_ENTERPRISE_AFTER : ENTERPRISE_AFTER)) return 0;
  if (facts.firstName !== undefined || officialAt(r, i)) return 0;
  if (longestPhrase(r, i)) return 0;
  // "a Spanish company", "Swishing plant oils": an adjective or a verb's form, not a name.
  if (/(?:ian|ish|ese|ing)$/.test(word)) return 0;
  const quoted = QUOTES.test(textAt(r, i - 1));
  const before = quoted ? i - 2 : i - 1;
  let head = quoted && QUOTES.test(textAt(r, i + 1)) ? i + 2 : i + 1;
  while (head < i + 3 && ENTERPRISE_TRADES.has(lowerAt(r, head))) head++;
  // "the Stavrolen plant", or a headline's "Drones strike Stavrolen plant": not "a Wisconsin
  // plant" nor "their Chicago plant", where a place the gazetteer lacks is as likely.
  const after =
    (acronym ? ACRONYM_ENTERPRISE_AFTER : ENTERPRISE_AFTER).has(lowerAt(r, head)) &&
    lowerAt(r, head + 1) !== 'of' &&
    (lowerAt(r, before) === 'the' || (inHeadline(r, i) && !r.tokens[before]?.upper));
  if (!after && !enterpriseBefore(r, before, quoted)) return 0;
  return addBodyFromContext(r, i, 'enterprise (from context)');
}

/**
 * The one-word body named at token `i` by the words around it, with its folded key as its id:
 * the same body as any earlier one of that key, and as its bare mentions elsewhere in the
 * article (`enterprisesNamedAgain`).
 */
function addBodyFromContext(r: Reading, i: number, description: string): number {
  const key = unknownNameKey(idKey(r, i, i + 1));
  const body: Entity =
    r.enterprises.get(key) ??
    newEntity({
      id: `organization:${key}`,
      type: 'organization',
      name: latinText(r, i, i + 1),
      description,
    });
  r.enterprises.set(key, body);
  addFound(r, body, i, i + 1);
  return i + 1;
}

/** Words whose "of" makes the acronym after it a body's: "the Kursk branch of RTRS". */
const BRANCH_OF = new Set(['branch', 'branches', 'subsidiary', 'subsidiaries']);

/**
 * A body the gazetteer lacks, named by its acronym as the owner of a branch: "the regional branch
 * of VGTRK reported", "a subsidiary of the KINEF". Only a word in capitals alone (not the first of
 * a longer name) that no other reader took.
 */
function readBranchOwner(r: Reading, i: number): number {
  if (!ACRONYM.test(textAt(r, i)) || isUpperWord(r, i + 1)) return 0;
  const of = lowerAt(r, i - 1) === 'the' ? i - 2 : i - 1;
  if (lowerAt(r, of) !== 'of' || !BRANCH_OF.has(lowerAt(r, of - 1))) return 0;
  if (longestPhrase(r, i)) return 0;
  const facts = wordAt(r, i);
  if (facts.notName || facts.role || facts.country || facts.area || facts.district) return 0;
  return addBodyFromContext(r, i, 'organisation (from context)');
}

/**
 * Whether a head noun lies where `readEnterpriseName` looks for one: one or two tokens before the
 * name, or one to three after it. Most capitalised words have none, which this tells first.
 */
function enterpriseHeadNear(r: Reading, i: number, heads: ReadonlySet<string>): boolean {
  if (ENTERPRISE_BEFORE.has(lowerAt(r, i - 1)) || ENTERPRISE_BEFORE.has(lowerAt(r, i - 2)))
    return true;
  for (let at = i + 1; at <= i + 3; at++) if (heads.has(lowerAt(r, at))) return true;
  return false;
}

/**
 * The head noun at token `at` before a name: "завод «Ставролен»", "НПЗ Славянск"; in English an
 * enterprise's head with its trade ("the petrochemical plant Stavrolen") or a quoted name ("the
 * plant "Stavrolen""), not a household plant named after it.
 */
function enterpriseBefore(r: Reading, at: number, quoted: boolean): boolean {
  if (!ENTERPRISE_BEFORE.has(lowerAt(r, at))) return false;
  return wordAt(r, at).cyrillic || quoted || ENTERPRISE_TRADES.has(lowerAt(r, at - 1));
}

/**
 * "Stavrolen, owned by Lukoil, is the town's largest employer": an enterprise named once by its
 * head noun is that enterprise wherever else the article writes its name, in either script, on
 * words no other reading took. One walk over the article, after every other reading.
 */
function enterprisesNamedAgain(r: Reading): void {
  if (!r.enterprises.size) return;
  const taken = new Set<number>();
  for (const f of r.found) for (let i = f.first; i < f.end; i++) taken.add(i);
  for (const s of r.surnames) taken.add(s.index);
  for (let i = 0; i < r.tokens.length; i++) {
    if (taken.has(i) || !isUpperWord(r, i)) continue;
    const company = r.enterprises.get(unknownNameKey(idKey(r, i, i + 1)));
    if (company) addFound(r, company, i, i + 1);
  }
}

/**
 * A city's military administration or a region's prosecutor's office, named by its place: "the
 * Nikopol City Military Administration", "the Odesa Regional Prosecutor's Office". A body, listed
 * or not, not the place whose name opens it.
 */
const LOCAL_BODIES: string[][] = [
  ['city', 'military', 'administration'],
  ['regional', 'prosecutor', "'", 's', 'office'],
  ['regional', 'prosecutor', '’', 's', 'office'],
];

/** The words a local body's name goes on with, asked before anything else of a capitalised word. */
const LOCAL_BODY_OPENINGS = new Set(LOCAL_BODIES.map((body) => body[0]));

function readLocalBody(r: Reading, i: number): number {
  if (!LOCAL_BODY_OPENINGS.has(lowerAt(r, i + 1))) return 0;
  if (!/^\p{Lu}\p{Ll}+$/u.test(textAt(r, i))) return 0;
  const words = LOCAL_BODIES.find((body) =>
    body.every((w, k) => lowerAt(r, i + 1 + k) === w && (k > 0 || isUpperWord(r, i + 1))),
  );
  if (!words) return 0;
  const end = i + 1 + words.length;
  // A listed one ("the Odesa City Military Administration") is the gazetteer's, with its region.
  if ((longestPhrase(r, i)?.[0] ?? 0) >= end) return 0;
  const name = r.text.slice(r.tokens[i]?.start ?? 0, r.tokens[end - 1]?.end ?? 0);
  const body = newEntity({
    id: `organization:${idKey(r, i, i + 1)}-${words.filter((w) => /\w{2}/.test(w)).join('-')}`,
    type: 'organization',
    name,
    description:
      words[0] === 'city' ? 'city military administration' : "regional prosecutor's office",
  });
  addFound(r, body, i, end);
  return end;
}

/** What an oil or gas field is called between its name and "field": "the X gas condensate field". */
const FIELD_KIND = new Set(['oil', 'gas', 'condensate', 'and']);
/** Words after "field" that make it another thing's: "the Kursk field hospital". */
const NOT_A_FIELD_AFTER = new Set([
  'hospital',
  'hospitals',
  'commander',
  'commanders',
  'kitchen',
  'kitchens',
  'camp',
  'camps',
  'office',
  'guns',
  'artillery',
  'trip',
  'day',
  'work',
]);

/**
 * An oil or gas field known by its own name ("the Karachaganak field", "the Kovykta gas field"),
 * which no gazetteer of towns holds: a place, one id however its kind is worded. A single
 * capitalised name after "the", no word the reader knows (a town's field is the town's, its
 * other readers' to place), closed by "field" or "deposit", with "oil", "gas" or "gas
 * condensate" between.
 */
function readFieldName(r: Reading, i: number): number {
  if (lowerAt(r, i - 1) !== 'the' || !/^\p{Lu}\p{Ll}{3,}$/u.test(textAt(r, i))) return 0;
  let at = i + 1;
  while (at < i + 5 && FIELD_KIND.has(lowerAt(r, at))) at++;
  const kind = lowerAt(r, at);
  if ((kind !== 'field' && kind !== 'deposit') || NOT_A_FIELD_AFTER.has(lowerAt(r, at + 1)))
    return 0;
  if (capitalisedRun(r, i, 1) !== i + 1 || wordAt(r, i).adjectival || longestPhrase(r, i)) return 0;
  const field = newEntity({
    id: `place:${idKey(r, i, i + 1)}-field`,
    type: 'place',
    name: `${latinText(r, i, i + 1)} field`,
    description: 'oil or gas field',
  });
  addFound(r, field, i, i + 1);
  return i + 1;
}

/** Where the words after a name make it an air base: past "airfield", "airbase", "aerodrome", "air base". */
function airBaseEnd(r: Reading, at: number): number {
  const word = lowerAt(r, at);
  if (word === 'airfield' || word === 'airbase' || word === 'aerodrome' || word === 'airport')
    return at + 1;
  return word === 'air' && lowerAt(r, at + 1) === 'base' ? at + 2 : 0;
}

/**
 * An air base or airport known by its own name rather than a town's ("the Kubinka airfield" is a
 * town's, "the Belbek air base" or "Begishevo airport" may be none the gazetteer knows): a place,
 * one id however the kind is worded. A single capitalised name, not an adjective of nationality
 * ("the Russian airfield") nor any word the reader knows for another thing; not a sentence's first
 * word, where any word is capitalised, unless it ends as a village does ("Begishevo airport was
 * closed": Russia's airports keep their villages' names, not "Regional airport").
 */
function readAirBaseName(r: Reading, i: number): number {
  const end = airBaseEnd(r, i + 1);
  if (!end || !/^\p{Lu}\p{Ll}+$/u.test(textAt(r, i))) return 0;
  if (capitalisedRun(r, i, 1) !== i + 1 || wordAt(r, i).adjectival) return 0;
  const airport = lowerAt(r, i + 1) === 'airport';
  if (sentenceAround(r, i)[0] === i && !(airport && looksLikeSlavicSettlement(textAt(r, i))))
    return 0;
  // A town's airfield is the town's ("the Engels aerodrome"), its other readers' to place.
  if (longestPhrase(r, i)) return 0;
  const base = newEntity({
    id: `place:${idKey(r, i, i + 1)}-airfield`,
    type: 'place',
    name: `${latinText(r, i, i + 1)} ${airport ? 'airport' : 'airfield'}`,
    description: airport ? 'airport' : 'airfield',
  });
  addFound(r, base, i, end);
  return end;
}

/** The word that closes a military unit's name: "76th Guards Air Assault Division". */
const UNIT_WORD = /^(?:Division|Brigade|Regiment|Battalion|Corps|Army|Squadron|Flotilla)$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;

/**
 * A military unit named by its number: "the 76th Guards Air Assault Division", "the 3rd Army
 * Corps". The ordinal written onto its number ("76" "th") and capitalised words closed by a
 * unit word make it a named body, one id for every article that numbers it alike.
 */
function readMilitaryUnit(r: Reading, i: number): number {
  const suffix = r.tokens[i - 1];
  const number = r.tokens[i - 2];
  // The number and its suffix touching ("76th"), told by offsets, before either text is read.
  if (!suffix || !number || number.end !== suffix.start || suffix.end === r.tokens[i]?.start)
    return 0;
  if (!ORDINAL_SUFFIX.test(suffix.text) || !/^\d{1,4}$/.test(number.text)) return 0;
  let end = 0;
  for (let at = i; at < i + 6 && isUpperWord(r, at); at++)
    if (UNIT_WORD.test(textAt(r, at))) end = at + 1;
  if (!end) return 0;
  const start = number.start;
  const name = r.text.slice(start, r.tokens[end - 1]?.end ?? start);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const unit = newEntity({
    id: `organization:unit-${slug}`,
    type: 'organization',
    name,
    description: 'military unit',
  });
  addFound(r, unit, i - 2, end);
  return end;
}

/** "Russian Armed Forces", "Ukrainian Defence Ministry": a country adjective and an organisation kind. */
function readAdjectiveOrganization(r: Reading, i: number): number {
  const country = wordAt(r, i).country;
  if (!country) return 0;
  const phrase = longestPhrase(r, i + 1);
  const kind = phrase?.[2].find((n) => typeof n.target === 'string')?.target;
  const organization =
    typeof kind === 'string' ? r.g.organizationOfKind.get(`${country}:${kind}`) : undefined;
  if (!phrase || !organization) return 0;
  addFound(r, organization, i, phrase[0]);
  return phrase[0];
}

/** Words that make a name before or after them a river's: "the Don River", "река Дон". */
const RIVER_WORDS = new Set([
  'river',
  'река',
  'реки',
  'реке',
  'реку',
  'рекой',
  'річка',
  'річки',
  'річці',
  'річку',
  'річкою',
]);
/** Words between "the" and a river's name: "the upper Don", "the left-bank Dnipro". */
const RIVER_REACHES = new Set(['upper', 'lower', 'middle', 'mouth', 'banks', 'bank']);

/** Lower-case words after a bare river's name that a river has: "Volga bridge", "the Dnipro delta". */
const RIVER_THINGS = new Set([
  ...['bridge', 'bridges', 'crossing', 'delta', 'basin', 'embankment'],
  // A river's power station is named for it: "the Dniester hydroelectric plant".
  'hydroelectric',
]);
/**
 * A river's ports, after a name no town or region has: "Danube port of Reni" (a town's name
 * before "port" stays the town's: "Dnipro port").
 */
const RIVER_PORTS = new Set(['port', 'ports']);
/**
 * Words that may follow "the Samara" when it is the river: where the name is a town's or a
 * region's too, any other word after it ("the Samara refinery", "the Samara governor") makes it
 * the town's thing, not the river.
 */
const AFTER_RIVER = new Set([
  ...RIVER_THINGS,
  ...['and', 'or', 'in', 'near', 'at', 'to', 'from', 'into', 'between', 'by', 'on', 'as', 'for'],
  ...['upstream', 'downstream', 'which', 'where', 'that', 'is', 'was', 'has', 'had', 'flows'],
  // A verb of those on it: "Fishermen on the Samara said …".
  ...['said', 'say', 'says', 'reported', 'told', 'saw', 'see', 'heard', 'rose', 'froze'],
]);

/**
 * Words after a bare river's name that make it a front or a battle named for the river, not the
 * river: "the Mius front", "the Dnipro direction", "the Desna offensive".
 */
const NAMED_FOR_RIVER = new Set([
  ...['front', 'fronts', 'line', 'direction', 'sector', 'axis', 'offensive', 'operation'],
  ...['battle', 'group', 'grouping', 'bridgehead', 'salient', 'flotilla'],
]);

/**
 * A river's name is also a town's ("Dnipro"), a first name ("Don") or an outlet's ("Volga Monitor"):
 * it is the river only where the text says river, or writes "the (upper) Don" with no name after it
 * (nor, if a town has its name, a word the town's things are named by), or writes a river's own
 * name before "bridge" or "delta", or names what a bridge spans ("the bridge over the Kuban"). A
 * name only a region shares ("the Kuban") is the river only where the text says river or bridge.
 */
function saysRiver(
  r: Reading,
  i: number,
  end: number,
  shared: boolean,
  regionToo: boolean,
): [boolean, number] {
  if (RIVER_WORDS.has(lowerAt(r, end))) return [true, end + 1];
  if (RIVER_WORDS.has(lowerAt(r, i - 1))) return [true, end];
  // A headline ends with its line, unpunctuated: the body's first word is no name after it.
  const lineEnds = lineBreakBefore(r, end);
  const after = lineEnds ? '' : lowerAt(r, end);
  if (!shared && (RIVER_THINGS.has(after) || RIVER_PORTS.has(after))) return [true, end];
  const before = RIVER_REACHES.has(lowerAt(r, i - 1)) ? i - 2 : i - 1;
  // "the bridge over the Kuban links …": what a bridge or a dam spans is the river, whatever follows.
  if (lowerAt(r, before) === 'the' && spansRiver(r, before - 1)) return [true, end];
  // "in the Kuban and Crimea": a region that English writes with "the" is no river for it.
  if (regionToo) return [false, end];
  const plain =
    lineEnds ||
    (!isUpperWord(r, end) &&
      !NAMED_FOR_RIVER.has(after) &&
      (!shared || !r.tokens[end]?.word || AFTER_RIVER.has(after)));
  return [lowerAt(r, before) === 'the' && plain, end];
}

/** Works built across a river: "the bridge over the Kuban", "a dam across the Dnieper". */
const CROSSINGS = new Set(['bridge', 'bridges', 'crossing', 'dam', 'ferry', 'pontoon']);

/** Whether token `at` is the "over" or "across" of a bridge or a dam: the water it spans follows. */
function spansRiver(r: Reading, at: number): boolean {
  return /^(?:over|across)$/.test(lowerAt(r, at)) && CROSSINGS.has(lowerAt(r, at - 1));
}

/** Whether a line break comes before token `i`: the end of a headline, or of the text. */
function lineBreakBefore(r: Reading, i: number): boolean {
  const next = r.tokens[i];
  const last = r.tokens[i - 1];
  return !next || (!!last && r.text.slice(last.end, next.start).includes('\n'));
}

/** Capitalised words that make a place's name an outlet's: "Kyiv Independent", "Moscow Times". */
const OUTLET_WORDS = new Set([
  'independent',
  'post',
  'times',
  'pravda',
  'herald',
  'tribune',
  // And an airline's: "Ural Airlines", "Siberia Airlines".
  'airlines',
]);

/** Words after a place's name that make it a thing named for it: "Urals crude", "a Ural truck". */
const NAMED_THING_WORDS = new Set(['crude', 'blend', 'truck', 'trucks']);

/**
 * A known place closing a road's two ends ("the Saki–Yevpatoria highway", "the Kharkiv – Kupiansk
 * road"): the road between two towns, not a street named after the second, which stays the town.
 */
function routeEnd(r: Reading, i: number): boolean {
  const dash = r.tokens[i - 1];
  return (
    !!dash &&
    !dash.word &&
    /^[-‐‑–—]$/.test(dash.text) &&
    isUpperWord(r, i - 2) &&
    !/\n/.test(r.text.slice(r.tokens[i - 2]?.end ?? 0, r.tokens[i]?.start ?? 0))
  );
}

/** The first words of a village named after a region or a country: "Novaya", "Nova", "Staryi". */
const NAMESAKE_OPENINGS = new Set(
  (
    'novaya novy novyi novoye novoe nova novyy nove staraya stary staryi staroye stara stare ' +
    'новая новый новое нова новий нове старая старый старое стара старий старе'
  ).split(' '),
);

/**
 * "Debris fell in Novaya Adygeya": a village named "New" or "Old" after a region or a country is
 * the village, a settlement the gazetteer lacks, not the region its second word names. A listed
 * town of that shape ("Nova Kakhovka") is read whole by `readPhrase` before this is asked.
 */
function readNewNamesake(r: Reading, i: number): number {
  if (!NAMESAKE_OPENINGS.has(lowerAt(r, i)) || (longestPhrase(r, i)?.[0] ?? i) > i + 1) return 0;
  const phrase = longestPhrase(r, i + 1);
  if (!phrase || isUpperWord(r, phrase[0])) return 0;
  const [end, places] = phrase;
  if (
    !places.length ||
    !places.every((n) => n.target.kind === 'region' || n.target.kind === 'country')
  )
    return 0;
  r.names.push({ first: i, end, nameEnd: end, kind: 'settlement' });
  return end;
}

function readPhrase(r: Reading, i: number): number {
  const phrase = longestPhrase(r, i);
  if (!phrase) return 0;
  const body = organizationOpenedLower(r, i, phrase[0]);
  if (body) return body;
  const [end, allPlaces, organizations] = phrase;
  if (isUpperWord(r, end) && OUTLET_WORDS.has(lowerAt(r, end))) return end + 1;
  if (NAMED_THING_WORDS.has(lowerAt(r, end))) return end + 1;
  const others = allPlaces.filter((n) => n.target.kind !== 'river');
  const [river, riverEnd] = allPlaces.some((n) => n.target.kind === 'river')
    ? saysRiver(
        r,
        i,
        end,
        others.length > 0,
        others.length > 0 && others.every((n) => n.target.kind === 'region'),
      )
    : [false, end];
  const named = allPlaces.find((n) => n.target.kind === 'river');
  if (river && named && !areaAfter(r, end)[0]) {
    addFound(r, named.target, i, riverEnd);
    return riverEnd;
  }
  const places = allPlaces.filter((n) => n.target.kind !== 'river' && !bareSeaAsWord(r, i, end, n));
  if (!places.length && !organizations.length) return 0;
  // A body listed by hand outranks a GeoNames town its name folds like: "the charity Proliska" is
  // the charity, not the village of Prolisky near Kyiv.
  const listedBody = organizations.some((n) => typeof n.target !== 'string');
  if (listedBody && places.every((n) => r.g.derived.has(n.target))) places.length = 0;
  if (organizations.length && !places.length) {
    const named = organizations[0] as Named<Organization | string>;
    if (typeof named.target !== 'string') {
      addFound(r, named.target, i, end);
      return end;
    }
    return readOrganizationKind(r, i, end, named.target);
  }
  if (wordAt(r, end).street && !routeEnd(r, i)) {
    r.names.push({ first: i, end: end + 1, nameEnd: end, kind: 'street' });
    return end + 1;
  }
  // "the Kinburn Spit": not at a sentence's start, where any word is capitalised.
  if (wordAt(r, end).feature && sentenceAround(r, i)[0] !== i) {
    r.names.push({ first: i, end: end + 1, nameEnd: end, kind: 'feature' });
    return end + 1;
  }
  const [word, wordEnd] = areaAfter(r, end);
  if (word === 'district') {
    const hint = places.find((n) => n.target.kind === 'region' || n.target.kind === 'city')?.target;
    r.districts.push({
      first: i,
      last: end,
      end: wordEnd,
      strong: true,
      ...(hint ? { hint } : {}),
    });
    return wordEnd;
  }
  const adjectival = wordAt(r, end - 1).adjectival;
  const saysCity =
    word === 'city' ||
    (lowerAt(r, i - 1) === 'of' && leadsSettlement(lowerAt(r, i - 2))) ||
    // "мэра Курска": a mayor's place is a town, whatever the case it is written in.
    wordAt(r, i - 1).role === 'Mayor' ||
    mayorFollows(r, end);
  const chosen = choosePlace(places, saysCity ? 'city' : word, adjectival);
  if (!chosen) return 0;
  const place = sharesRegionName(r, chosen) ?? chosen;
  // Read as a settlement the gazetteer lacks, placed where the text places it.
  if (place.kind === 'city' && placedInAnotherCountry(r, end, place)) {
    r.names.push({ first: i, end, nameEnd: end, kind: 'settlement' });
    return end;
  }
  // A small town from GeoNames is placed by its own region only: "in Zubovo" in an article about
  // Bashkortostan is that region's village, not the Zubovo of Vologda the gazetteer lists.
  const placed = r.g.derived.has(place)
    ? textAt(r, end) === ',' && ownRegionFollows(r, end + 1, place)
    : !!word || saysCity || placedAt(r, i, end, place);
  if (place.needsPlaceContext && !placed) {
    r.unplaced.push({ place, first: i, end });
    // "Velyka Bilozerka" is not the Bilozerka of its last word: a name of several words is read
    // whole, placed or not (one word is left to the other readers: "Gusev" the governor).
    return end - i > 1 && r.g.derived.has(place) ? end : 0;
  }
  // "the Nikopolska hromada" is the community of the town of Nikopol.
  if (adjectival && !word && place.kind === 'city' && namesCommunity(r, end)) {
    addFound(r, place, i, end + 1);
    return end + 1;
  }
  // "Graivoronsky" is the district named after the town of Graivoron, not the town.
  if (adjectival && !word && place.kind === 'city') {
    r.districts.push({ first: i, last: end, end, strong: false, hint: place });
    return end;
  }
  // "Republic of Tatarstan": the span takes the words before the name.
  const first =
    lowerAt(r, i - 1) === 'of' && areaWord(lowerAt(r, i - 2)) === 'republic' ? i - 2 : i;
  const last = word ? wordEnd : end;
  addFound(r, place, first, last);
  return last;
}

/** Words before a name that make it a place: "in Marks", "near Bor", "в Пушкине", "біля Бродів". */
const PLACING_WORDS = new Set([
  'in',
  'near',
  'outside',
  'at',
  'around',
  'over',
  'towards',
  'toward',
  'into',
  'в',
  'во',
  'под',
  'около',
  'возле',
  'близ',
  'у',
  'біля',
  'під',
  'поблизу',
]);
/** Words after a name that make it a place: "the Engels airfield", "Marks residents". */
const PLACED_WORDS = new Set([
  'airfield',
  'airbase',
  'air',
  'airport',
  'refinery',
  'port',
  'airports',
  'residents',
  'near',
  'аэродром',
  'аэродрома',
  'аеродром',
  'аеродрому',
]);

/**
 * A name that is also a word or a surname is a place where the text places it: after "in",
 * "near", "в", "біля", before "airfield", or followed by its own region ("Marks, Saratov region").
 */
function placedAt(r: Reading, i: number, end: number, place: Place): boolean {
  if (possessiveAt(r, end)) return false;
  if (PLACING_WORDS.has(lowerAt(r, i - 1)) || PLACED_WORDS.has(lowerAt(r, end))) return true;
  if (placedPastCountry(r, i, place)) return true;
  return (
    textAt(r, end) === ',' && (ownRegionFollows(r, end + 1, place) || townAppositive(r, end + 1))
  );
}

/**
 * "in Russia's Prokhladny", "near Ukraine's Kupiansk": a country's possessive between the placing
 * word and the name only says whose town it is.
 */
function placedPastCountry(r: Reading, i: number, place: Place): boolean {
  if (!possessiveAt(r, i - 2)) return false;
  if (!PLACING_WORDS.has(lowerAt(r, i - 4))) return false;
  const owner = r.found.find((f) => f.first === i - 3 && f.end === i - 2)?.entity as
    Place | undefined;
  // Only the town's own country: "in Ukraine's Prokhladny" places nothing.
  return owner?.kind === 'country' && place.id.startsWith(`${owner.id}-`);
}

/**
 * "Kurchatov, a town of some 37,000 people", "Marks, the town where …": the words after the
 * comma call the name a settlement. Not "Gusev, the city governor" nor "Pushkin, the town's
 * poet", where the settlement word leads a person's role or belongs to the place.
 */
function townAppositive(r: Reading, at: number): boolean {
  if (!['a', 'an', 'the'].includes(lowerAt(r, at))) return false;
  for (let i = at + 1; i <= at + 3; i++) {
    if (!r.tokens[i]?.word || wordAt(r, i).role) return false;
    const word = lowerAt(r, i);
    if (word === 'mayor' || word === 'outskirts' || !leadsSettlement(word)) continue;
    const next = i + 1;
    return !apostropheAt(r, next) && !wordAt(r, next).role && lowerAt(r, next) !== 'mayor';
  }
  return false;
}

/**
 * "Gusev, Kaliningrad region", "Pushkin, near St Petersburg": the town's own region, or a place in
 * it, right after the comma. Another region ("Gusev, the Voronezh region governor") says nothing
 * of the town, and a title after the region makes the name a person's ("Gusev, the Kaliningrad
 * region governor"), which a known official's surname then reads as.
 */
function ownRegionFollows(r: Reading, at: number, place: Place): boolean {
  if (lowerAt(r, at) === 'near' || lowerAt(r, at) === 'outside') at++;
  const after = longestPhrase(r, pastInThe(r, at));
  const region = regionOf(place.id);
  if (!after || !region || !after[1].some((n) => regionOf(n.target.id) === region)) return false;
  return !wordAt(r, areaAfter(r, after[0])[1]).role;
}

/**
 * "Marynivka in the Donetsk region": a town the text places in a region of another country is
 * not the town the gazetteer knows by that name. Ukraine's villages share the names of Russia's,
 * and Ukrainian spells both alike (Маринівка is also Russia's Мариновка).
 */
function placedInAnotherCountry(r: Reading, at: number, place: Place): boolean {
  if (textAt(r, at) === ',') at++;
  if (lowerAt(r, at) !== 'in') return false;
  const after = longestPhrase(r, pastInThe(r, at));
  const regions = after?.[1].filter((n) => n.target.kind === 'region') ?? [];
  const country = countryOf(place.id);
  return regions.length > 0 && regions.every((n) => countryOf(n.target.id) !== country);
}

/** "Kharkiv Mayor Ihor Terekhov", "Kharkiv's mayor": a mayor governs a city, so the name is the city. */
function mayorFollows(r: Reading, at: number): boolean {
  const possessive = possessiveAt(r, at);
  return wordAt(r, possessive ? at + 2 : at).role === 'Mayor';
}

/**
 * "Romania's defence ministry", "Ukraine's air force": a kind of body in lower case is a body only
 * after a country's possessive, which says whose (settled with the capitalised ones); "the air
 * force" alone may be anyone's, and "the ministry's defence budget" is no ministry.
 */
function readOwnedKind(r: Reading, i: number): number {
  if (!possessiveAt(r, i - 2)) return 0;
  const owner = r.found.find((f) => f.end === i - 2);
  if ((owner && (r.g.byId.get(owner.entity.id) as Place | undefined))?.kind !== 'country') return 0;
  const phrase = longestPhrase(r, i);
  const kind = phrase?.[2][0]?.target;
  if (!phrase || phrase[1].length || typeof kind !== 'string') return 0;
  r.organizations.push({ first: i, end: phrase[0], kind });
  return phrase[0];
}

/** "Ministry of Defense", "Armed Forces of Ukraine": the country comes from "of ..." or later from the article. */
function readOrganizationKind(r: Reading, i: number, end: number, kind: string): number {
  if (lowerAt(r, end) === 'of') {
    const at = lowerAt(r, end + 1) === 'the' ? end + 2 : end + 1;
    const country = longestPhrase(r, at);
    const place = country?.[1].find((n) => n.target.kind === 'country')?.target;
    const organization =
      place && r.g.organizationOfKind.get(`${place.id.slice('place:'.length)}:${kind}`);
    if (country && organization) {
      addFound(r, organization, i, country[0]);
      return country[0];
    }
  }
  r.organizations.push({ first: i, end, kind });
  return end;
}

/** Verbs that make the word before them a speaker: "Nikolaev says", "Nikolaev wrote". */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'wrote',
  'writes',
  'added',
  'adds',
  'told',
  'stated',
]);

/**
 * A place named like a Russian surname ("Nikolaev", also Mykolaiv's Russian name) is a person when
 * it speaks ("Nikolaev says") or when this article has named a person so ("Oleg Nikolaev, the head
 * of the republic"), unless the text places it ("in Nikolaev"). Settled with the other surnames
 * once the article is read, so a headline's speaker meets the official its body names.
 */
function readSpeakerSurname(r: Reading, i: number): number {
  if (!russianSurnameShaped(r, i) || PLACING_WORDS.has(lowerAt(r, i - 1))) return 0;
  const phrase = longestPhrase(r, i);
  if (!phrase || phrase[0] !== i + 1) return 0;
  const key = nameKeyAt(r, i);
  if (!SPEECH_VERBS.has(lowerAt(r, i + 1)) && !r.localSurnames.has(key)) return 0;
  r.surnames.push({ index: i, key });
  return i + 1;
}

/**
 * A known official's surname on its own ("Anokhin said"), or one named earlier in this article;
 * or a headline's speaker before a colon ("Brechalov: drones attack …") that names no place, or
 * a surname that speaks before its full name is given ("…, Melikov says" in a headline), each
 * kept only if the article names that person in full (settled with the other surnames once the
 * article is read).
 */
function readBareSurname(r: Reading, i: number): number {
  const key = nameKeyAt(r, i);
  const speaker =
    ((SPEECH_VERBS.has(lowerAt(r, i + 1)) && inHeadline(r, i)) ||
      (textAt(r, i + 1) === ':' && i === r.tokens.findIndex((t) => t.word))) &&
    !wordAt(r, i).notName &&
    !longestPhrase(r, i);
  if (!speaker && !officialAt(r, i) && !r.localSurnames.has(key)) return 0;
  if (wordAt(r, i + 1).street) return 0;
  r.surnames.push({ index: i, key });
  return i + 1;
}

/** A word that may be another spelling of an official's surname ("Syniegubov"); settled in context.ts. */
function noteSurnameLike(r: Reading, i: number): number {
  const key = nameKeyAt(r, i);
  if (key.length >= 5 && looksLikeSurname(key, textAt(r, i)) && !wordAt(r, i).notName)
    r.surnameLike.push({ index: i, key });
  return 0;
}

/**
 * Capitalised words that are not function words, months, adjectives of nationality or roles
 * ("Глава Беловского района" is the head of the Belovsky district): i..end.
 */
function capitalisedRun(r: Reading, i: number, most = 3): number {
  let end = i;
  while (
    end - i < most &&
    isUpperWord(r, end) &&
    !wordAt(r, end).notName &&
    !wordAt(r, end).role &&
    wordAt(r, end).country === undefined &&
    !wordAt(r, end).area &&
    !wordAt(r, end).street &&
    // "Kinburn Spit": the kind of place closes its name, capitalised or not.
    !(end > i && wordAt(r, end).feature)
  )
    end++;
  return end;
}

/** Names the words around them announce: "X district", "X Street", "the city of X", a district-like "Bokovsky". */
function readAnnouncedName(r: Reading, i: number): number {
  const end = capitalisedRun(r, i);
  if (end === i) return 0;
  if (wordAt(r, end).street) {
    r.names.push({ first: i, end: end + 1, nameEnd: end, kind: 'street' });
    return end + 1;
  }
  // "the Kinburn Spit": not at a sentence's start, where any word is capitalised.
  if (wordAt(r, end).feature && sentenceAround(r, i)[0] !== i) {
    r.names.push({ first: i, end: end + 1, nameEnd: end, kind: 'feature' });
    return end + 1;
  }
  const [area, areaEnd] = areaAfter(r, end);
  // "the North Caucasus Military District" is an army's, no raion: a military district the
  // gazetteer lacks is left unnamed rather than taken for a district of "North Caucasus Military".
  if (area === 'district' && lowerAt(r, end - 1) === 'military') return areaEnd;
  if (area === 'district') {
    // "Обстріл Купʼянський район": a sentence's first word is capitalised whatever it is; before
    // an adjectival district name it is not part of the name.
    const first =
      end - i > 1 && sentenceAround(r, i)[0] === i && wordAt(r, end - 1).adjectival ? i + 1 : i;
    r.districts.push({ first, last: end, end: areaEnd, strong: true });
    return areaEnd;
  }
  if (
    (lowerAt(r, i - 1) === 'of' && leadsSettlement(lowerAt(r, i - 2))) ||
    namesHromada(r, end) ||
    (lowerAt(r, i - 1) === 'in' &&
      BUILDINGS.has(lowerAt(r, i - 2)) &&
      looksLikeSlavicSettlement(textAt(r, end - 1)) &&
      (!r.tokens[end]?.word || AFTER_SETTLEMENT.test(lowerAt(r, end)))) ||
    inDistrictAfter(r, i, end)
  ) {
    r.names.push({ first: i, end, nameEnd: end, kind: 'settlement' });
    return end;
  }
  if (namesCommunity(r, end)) {
    // The span takes "hromada": what the text says after it ("…, in the X raion") places it.
    r.names.push({ first: i, end: end + 1, nameEnd: end, kind: 'community' });
    return end + 1;
  }
  if (end === i + 1 && wordAt(r, i).adjectival && wordAt(r, i).firstName === undefined) {
    r.districts.push({ first: i, last: i + 1, end: i + 1, strong: false });
    return i + 1;
  }
  return 0;
}

/**
 * "the Chervonohryhorivka hromada", "the Marhanets, Pokrov and Chervonohryhorivka hromadas": a
 * Ukrainian hromada is named after its centre, so the name before the word is a settlement's.
 * An adjective ("the Nikopolska hromada") is read by `namesCommunity`.
 */
function namesHromada(r: Reading, end: number): boolean {
  return HROMADA.test(lowerAt(r, end)) && !wordAt(r, end - 1).adjectival;
}

/**
 * "the Sokolivska hromada", "the Nikopolska hromada": the hromada's adjective is made from its
 * centre's name (Sokolivske, Sokolivka, Nikopol), so it names that settlement, not a raion
 * (whose adjective is masculine: "the Nikopolskyi raion"). Settled in context.ts, where the
 * centre may be a village the article named.
 */
function namesCommunity(r: Reading, end: number): boolean {
  return HROMADA.test(lowerAt(r, end)) && wordAt(r, end - 1).adjectival;
}

const HROMADA = /^hromad(?:a|as|y)$/;

/**
 * Buildings that stand in a settlement: "windows of a school in Kolyndiany", "two houses in
 * Lisne" place the name after "in" as a settlement, though no "village of" says so.
 */
const BUILDINGS = new Set(
  'school schools kindergarten kindergartens hospital hospitals house houses home homes church churches shop shops'.split(
    ' ',
  ),
);

/** What follows a settlement's name, not a noun it would qualify ("a house in Soviet times"). */
const AFTER_SETTLEMENT =
  /^(?:was|were|is|are|had|has|have|and|or|on|in|at|near|after|during|when|while|by|of|from|to)$/;

/**
 * "In Bilozerka, in the Khersonskyi district, …", "near Aleksin, in the Tula region", "in Murom, a
 * village …": a name placed in a district or a region, or called a village, right after it is a
 * settlement there, and so is one told by its bearing from another ("In Lisky, south of the city").
 * Only after "in", "near" or "outside", which make the name a place at all.
 */
function inDistrictAfter(r: Reading, i: number, end: number): boolean {
  // "Drones attacked Zhuravlevka in the Belgorodsky district": a name struck, then placed in a
  // district or region with no comma between, is a settlement there too.
  if (STRUCK_NAME.test(lowerAt(r, i - 1)) && lowerAt(r, end) === 'in')
    // A town the gazetteer knows ("attacked Orsk in the Orenburg region") is read as that town.
    // (A small GeoNames town, placed only where the text places it, is read here like any name.)
    return (
      !longestPhrase(r, i)?.[1].some((n) => !r.g.derived.has(n.target)) &&
      areaNamedAt(r, pastInThe(r, end)) !== undefined
    );
  if (!/^(?:in|near|outside)$/.test(lowerAt(r, i - 1)) || textAt(r, end) !== ',') return false;
  // "in Murom, a village in the Shebekinsky district": the name's own kind, said right after it.
  const article = lowerAt(r, end + 1);
  if (article === 'a' || article === 'an') {
    const kind = /^(?:village|town|settlement|hamlet)$/;
    return kind.test(lowerAt(r, end + 2)) || kind.test(lowerAt(r, end + 3));
  }
  if (compassOfAt(r, end + 1)) return true;
  return areaNamedAt(r, pastInThe(r, end + 1)) !== undefined;
}

/** The verbs of a strike whose object a name is: "shelled Kucherivka in the Kupianskyi raion". */
const STRUCK_NAME =
  /^(?:attacked|shelled|struck|hit|targeted|bombed|attacking|shelling|striking|hitting|targeting)$/;

/** The kind of a district, region or krai named by the capitalised words at `at`, if they name one. */
function areaNamedAt(r: Reading, at: number): 'district' | 'region' | 'krai' | undefined {
  const areaEnd = capitalisedRun(r, at);
  const area = areaEnd > at ? areaAfter(r, areaEnd)[0] : undefined;
  return area === 'district' || area === 'region' || area === 'krai' ? area : undefined;
}

const COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)$/;

/**
 * "In Lisky, south of the city, …", "near Ostrov, north-west of Pskov": a place told by where it
 * lies from another is a place, its own region the article's. The bearing, hyphenated or not,
 * then "of".
 */
function compassOfAt(r: Reading, at: number): boolean {
  if (!COMPASS.test(lowerAt(r, at))) return false;
  if (textAt(r, at + 1) === '-' && COMPASS.test(lowerAt(r, at + 2))) at += 2;
  return lowerAt(r, at + 1) === 'of';
}

function collect(r: Reading): { entities: Entity[]; mentions: EntityMention[] } {
  const entities = new Map<string, Entity>();
  const mentions: EntityMention[] = [];
  r.found.sort((a, b) => a.first - b.first);
  for (const f of r.found) {
    const start = r.tokens[f.first]?.start ?? 0;
    const end = r.tokens[f.end - 1]?.end ?? start;
    if (!entities.has(f.entity.id)) entities.set(f.entity.id, plain(f.entity));
    mentions.push({ entityId: f.entity.id, start, end, surface: r.text.slice(start, end) });
  }
  return { entities: [...entities.values()], mentions };
}

/** The entity as the model defines it, without the gazetteer's lookup fields. */
function plain(e: Entity): Entity {
  const out: Entity = {
    id: e.id,
    type: e.type,
    name: e.name,
    description: e.description,
    known: e.known,
  };
  if (e.parentId) out.parentId = e.parentId;
  return out;
}

/**
 * A regional capital named like its region ("Odesa", "the city of Odesa", "Odesa region") is one
 * place to news readers: the reports about one are reports about the other, and a reader searching
 * the history for Odesa wants both. The city keeps its own entity for what officials govern
 * ("Mayor of Odesa"); its mentions take the region's id.
 */
function sharesRegionName(r: Reading, place: Place): Place | undefined {
  if (place.kind !== 'city' || !place.parentId) return undefined;
  const region = r.g.byId.get(place.parentId) as Place | undefined;
  return region?.kind === 'region' &&
    (region.stemKey === place.stemKey || region.stemKey === withoutRiver(place.stemKey))
    ? region
    : undefined;
}

/**
 * A capital's name without the river it stands on: Rostov Oblast is named after "Rostov-on-Don"
 * ("Rostov-na-Donu"), the city its readers call "Rostov" too.
 */
function withoutRiver(key: string): string {
  return key.replace(/-(?:on|na)-[a-z]+$/, '');
}
