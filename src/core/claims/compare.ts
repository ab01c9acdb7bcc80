/**
 * Whether two claims state the same fact, facts that cannot both be true, or unrelated facts.
 *
 * Both must be about the same kind of event (or one the other entails: a strike that injured two
 * people and the two injured, `events.ts`) at the same place (one place may contain the other)
 * before anything else is weighed: one drone over Smolensk and four over Kirishsky
 * district are two events, not a disagreement. Then a detail that cannot also be true
 * (another count, near rather than on, "no one injured" against injuries, another date)
 * makes them contradict; otherwise enough shared content words make them the same. Told of
 * different days and otherwise differing too, they are two events, not a disagreement; a denial
 * of harm meets any count of that harm at its place, however the two are worded.
 */
import { closureHoursClash } from './closure-hours.ts';
import type { Claim, ClaimFrame, Count, Difference } from '../model.ts';
import { clashingMeasure, deniesFact, sharedTopic, type SharedTopic } from './fact-measures.ts';
import { FACT } from './plain-facts.ts';
import {
  clockOf,
  clockRangeOf,
  dawnSpanOf,
  twelveHourOf,
  untilClockOf,
  countRange,
  datedTime,
  daysOf,
  EITHER_NIGHT,
  isHarm,
  nightsMeant,
  numberInOneWord,
  relationObject,
  statedTime,
  timeOf,
  weekdaySpan,
  WEEKS_BEFORE,
  ASIDE_DAY,
} from './details.ts';
import {
  burnsObject,
  eventsOf,
  isSighting,
  shareEvent,
  shotDownByHour,
  TRAILING_UNHARMED,
  UNHARMED,
  UNTOUCHED,
} from './events.ts';
import {
  AFLOAT,
  BROADCAST_SUBJECT,
  DENIED_REPORT,
  GAS_BLAST,
  NO_ATTACK_AT_ALL,
  NO_FIRE_AT_ALL,
  SANK_OR_AGROUND,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { districtCentredOn, gazetteer, placeAncestors, type Place } from '../entities/gazetteer.ts';
import { centredOnUnknown } from '../entities/unknown-district.ts';
import { execs } from './screened.ts';

export interface Comparison {
  relation: 'same' | 'contradicts' | 'unrelated';
  difference?: Difference;
  score: number;
}

/** An outage told as its end: "power was restored", "water is back", "had their supply back". */
const RESTORED =
  /\b(?:restor\w*|resumed|back on|is back|was back|reconnected|(?:had|have|has|got|get|gets|getting) (?:(?:their|its|the) )?(?:power|electricity|gas|water|heating|light|supply|supplies) back)\b/i;

/** An outage told as its start: "power was cut", "left without gas", "lost power", "on generators". */
const CUT_OFF =
  /\b(?:cut|without|lost|knocked out|disrupted|interrupted|outages?|blackouts?|went out|failed|generators)\b/i;

/**
 * Whether two tellings of an outage share an end of it: the cut, or the supply restored. One
 * that tells both ("power was briefly cut in part of the town and restored by 7 a.m.") meets
 * either; a restoration alone is a later fact than a cut alone.
 */
function sharesOutageEnd(ours: string, theirs: string): boolean {
  const oursBack = RESTORED.test(ours);
  const theirsBack = RESTORED.test(theirs);
  const oursCut = !oursBack || CUT_OFF.test(ours);
  const theirsCut = !theirsBack || CUT_OFF.test(theirs);
  return (oursCut && theirsCut) || (oursBack && theirsBack);
}

/** A power line named by its voltage: "the 750 kV line", "the 330-kilovolt Ferrosplavnaya-1 line". */
const LINE_VOLTAGE = /\b(\d{2,4})(?:\s+|-)?(?:kv|kilovolts?)\b/gi;

function voltagesOf(text: string): string[] {
  return text.includes('olt') || /kv/i.test(text)
    ? matchesOf(LINE_VOLTAGE, text).map((m) => m[1] ?? '')
    : [];
}

/**
 * Each telling names the line whose loss cut the plant off by its voltage, and no voltage is
 * in both ("the 330-kilovolt line was disconnected", "shelling damaged the 750 kV line"): one
 * outage blamed on two lines.
 */
function otherLine(ours: string, theirs: string): boolean {
  const a = voltagesOf(ours);
  const b = voltagesOf(theirs);
  return a.length > 0 && b.length > 0 && !a.some((v) => b.includes(v));
}

/** Whether a claim counts hours: how long an outage lasted. */
function lastedHours(counts: Count[]): boolean {
  return counts.some((c) => c.unit === 'hour');
}

/** The supplies a text speaks of: power, gas, water or heat. */
const SUPPLIES = /\b(?:(power|electricity|light)|(gas)|(water)|(heat|heating))\b/gi;

/** A bit per supply the text names (power 1, gas 2, water 4, heat 8); 0 for none. */
function suppliesOf(text: string): number {
  let bits = 0;
  for (const m of matchesOf(SUPPLIES, text))
    bits |= 1 << (m.findIndex((group, i) => i > 0 && group !== undefined) - 1);
  return bits;
}

/**
 * Whether two tellings speak of one supply: either names none, or they share one ("water and
 * heating were working as usual" against "left without electricity and water").
 */
function sameSupply(a: string, b: string): boolean {
  const sa = suppliesOf(a);
  const sb = suppliesOf(b);
  return !sa || !sb || (sa & sb) !== 0;
}

/** Working as before, not merely again: a reopening follows a closure, and denies nothing. */
const AS_NORMAL =
  /\b(?:as (?:normal|usual)|normally|not (?:been )?(?:disrupted|interrupted|affected|stopped|halted)|continue[sd]? to (?:operate|work|run|function)|(?:kept|keeps|continued|continues) (?:working|running|operating)|is operating|was operating)\b/i;

/** A supply said to work as normal: "the power supply in the oblast is working normally". */
const SUPPLY_NORMAL =
  /\b(?:power|electricity|gas|water|heat|heating)(?: supply| supplies| grid)?\b.{0,40}\b(?:working|operating|functioning) (?:normally|as (?:normal|usual))\b/i;

/** A denial of damage that also says the place works as normal (`eventsOf` files it with halts). */
function worksDespiteDenial(c: Claim): boolean {
  return c.frame.event === 'damage' && c.frame.negated && AS_NORMAL.test(c.text);
}

/**
 * Television, radio or the internet said to have stayed on the air ("broadcasting continued
 * without interruption", "the channels kept transmitting"), and the same gone off it ("several
 * channels went off the air", "transmission was cut for an hour"): one denies the other.
 */
const ON_AIR =
  /\b(?:without (?:any )?(?:interruptions?|breaks?|a break|disruptions?)|uninterrupted(?:ly)?|not (?:been )?(?:interrupted|disrupted)|(?:continued|continues|kept|keeps) (?:to )?(?:broadcast(?:ing)?|transmit(?:ting)?))\b/i;
const OFF_AIR =
  /\b(?:off (?:the )?air|(?:broadcasting|broadcasts?|transmissions?) (?:was |were |is |are |had been |has been )?(?:(?:briefly|temporarily|partly|partially|completely) )?(?:interrupted|cut|halted|stopped|suspended|lost|disrupted))\b/i;
/** One place's broadcasting told on the air and off it (`ON_AIR`, `OFF_AIR`). */
function onAndOffAir(working: Claim, stopped: Claim): boolean {
  return (
    BROADCAST_SUBJECT.test(working.text) &&
    BROADCAST_SUBJECT.test(stopped.text) &&
    ON_AIR.test(working.text) &&
    OFF_AIR.test(stopped.text)
  );
}

/** A halt, as opposed to a delay or a resumption. */
const STOPPED =
  /\b(?:stop(?:ped|s)?|halt(?:ed|s)?|suspend(?:ed|s)?|shut(?: down)?|closed|disrupted|idled?)\b/i;

/**
 * A town and the district named after it are one ground (`districtCentredOn`): "five drones
 * downed over Kirishi" and "three over the Kirishsky district" tell one count two ways.
 */
function oneGround(a: string[], b: string[]): boolean {
  for (const p of a) {
    const district = districtCentredOn(p);
    if (district && b.includes(district)) return true;
  }
  for (const p of b) {
    const district = districtCentredOn(p);
    if (district && a.includes(district)) return true;
  }
  return a.some((p) => b.some((q) => centredOnUnknown(p, q) || centredOnUnknown(q, p)));
}

/** Whether `container` holds `place`: by the gazetteer, or, for a place it lacks, by its id. */
function holds(container: string, place: string): boolean {
  if (container === place) return false;
  if (gazetteer().byId.has(place)) return placeAncestors(place).includes(container);
  return place.startsWith(`${container}-`);
}

/** Told of another day than its article's, or weeks before (`details.ts`). */
function toldAside(frame: ClaimFrame): boolean {
  const time = frame.time ?? '';
  return time.includes(ASIDE_DAY) || time.includes(WEEKS_BEFORE);
}

/**
 * Two denials of harm by one official, each placed where its sentence was ("“There are no
 * casualties,” the head of the republic wrote" after a grass fire near a village; "No one was
 * injured, he added" after a strike in its capital): he speaks for the region he heads, which
 * holds both places, so the two are one denial told twice.
 */
function oneOfficialsDenials(a: Claim, b: Claim): boolean {
  if (!a.frame.negated || !b.frame.negated) return false;
  if (a.frame.event !== 'casualties' || b.frame.event !== 'casualties') return false;
  // Of one night, as each article dates it: not of another day set aside ("On Friday evening, a
  // drone was shot down over X, and no one was harmed, the governor said at the time"), nor of
  // another day or night of his region ("on Saturday" beside "overnight into Sunday").
  if (toldAside(a.frame) || toldAside(b.frame) || a.frame.time !== b.frame.time) return false;
  return a.frame.actors.some((actor) => {
    if (!b.frame.actors.includes(actor)) return false;
    const official = gazetteer().byId.get(actor);
    const region = official?.type === 'official' ? official.parentId : undefined;
    if (!region) return false;
    const within = (p: string) => p === region || holds(region, p);
    return a.frame.places.every(within) && b.frame.places.every(within);
  });
}

/**
 * `places` without those that only say where another of them lies ("the Dniprovskyi district of
 * Kherson": the city, and so its region), unless `others` name that container too: a district
 * of a city and a village elsewhere in the region share no ground, whatever the region they share.
 */
function withoutContainers(places: string[], others: string[]): string[] {
  if (places.length < 2) return places;
  return places.filter((p) => others.includes(p) || !places.some((q) => holds(p, q)));
}

/**
 * Whether `places` name a village or town beside the district it lies in ("in Zarichne, in the
 * Kirishsky district"), and `others` name that district's centre but not the district: there the
 * district only says where the village lies, and the village is not the town the district is named
 * after, however a claim about that town is filed under its district (`oneGround`).
 */
function villageBesideCentre(places: string[], others: string[]): boolean {
  if (places.length < 2) return false;
  return places.some(
    (district) =>
      !others.includes(district) &&
      others.some((q) => districtCentredOn(q) === district) &&
      locatesAnother(district, places),
  );
}

/**
 * Whether `places` name, beside `district`, a town or village other than the one it is named
 * after: a place the gazetteer knows as a city, or one it does not know (a village found by the
 * words around it) that is no district itself.
 */
function locatesAnother(district: string, places: string[]): boolean {
  const byId = gazetteer().byId;
  return places.some((q) => {
    if (q === district || districtCentredOn(q) === district) return false;
    const place = byId.get(q) as Place | undefined;
    return place ? place.kind === 'city' : !q.endsWith('-district');
  });
}

/**
 * "41 drones destroyed over the Black Sea and the Krasnodar krai": a count over a sea and a region
 * is a night's tally over a wide front, not what was repelled over one district or town of it.
 */
function seaTally(c: Claim, wider: boolean): boolean {
  if (!wider || c.frame.event !== 'shootdown' || !c.frame.counts.length) return false;
  const byId = gazetteer().byId;
  return c.terms.some((t) => {
    const e = t.startsWith('place:') ? (byId.get(t) as Place | undefined) : undefined;
    return e?.kind === 'area' && e.description.startsWith('sea');
  });
}

/** A river's id: what a town "on the Danube" is told beside. */
const isRiver = (id: string): boolean => id.endsWith('-river');

/**
 * Both claims' places without the rivers they share, when each names somewhere else too: the
 * river then locates the towns, and only the towns say whether the claims are of one place.
 */
function withoutSharedRiver(a: string[], b: string[]): [string[], string[]] {
  const shared = a.filter((p) => isRiver(p) && b.includes(p));
  if (!shared.length) return [a, b];
  const rest = (places: string[]) => places.filter((p) => !shared.includes(p));
  const [ra, rb] = [rest(a), rest(b)];
  return ra.length && rb.length ? [ra, rb] : [a, b];
}

/** Share of the shorter signature found in the longer one that makes two claims the same. */
const SAME_THRESHOLD = 0.34;
/** Events of which a place has one a day, however it is told (`judgeClaims`). */
const ONE_FACT_A_DAY = new Set(['alert', 'trapped', 'surfaced', 'scramble', 'reading', 'advice']);
/** A contradiction needs the two claims to be recognisably about one thing first. */
const CONTRADICTION_THRESHOLD = 0.25;

/**
 * What is computed once per claim of ours: checking an article meets each candidate once for
 * every claim of ours, so nothing here is worked out per pair. A candidate gets only what its
 * time expression says (`timedOf`), once per expression in a check; its terms and places are
 * read as they are.
 */
interface Prepared extends Timed {
  terms: Set<string>;
  /** How many terms are not entity ids: what is said, apart from where and by whom. */
  topicSize: number;
  /** The claim's places and those that hold them, read back from its index keys. */
  area: Set<string>;
}

interface Dates {
  days: string[];
  /** The days and nights its weekdays allow (`weekdaySpan`). */
  weekdays: string[];
  /** The same, with the night before each "Thursday night" it names (`nightsMeant`). */
  meant: string[];
}

/** A claim's days as it states them, and with those it only takes from its article. */
interface Dated extends Dates {
  /** The same, with the days it only takes from its article (`datedByArticle`) read as said. */
  dated: Dates;
}

/** All a pair's judgement reads of one side's time expression. */
interface Timed extends Dated {
  /** Its hour as minutes after midnight (`clockOf`). */
  clock: number | undefined;
  /** Its hour told in either half of the day, as minutes past midnight or noon (`twelveHourOf`). */
  twelve: number | undefined;
  /** The hours it tells in words as a span of the clock, such as dawn (`dawnSpanOf`). */
  span: [number, number] | undefined;
  /** The nights it names (`nightsOf`). */
  nights: string[];
  /** Its weekdays when each is a whole day, told without an hour or a part of it (`wholeDaysOf`). */
  wholeDays: string[];
  /** Whether it is told of another day than its article's (`ASIDE_DAY`). */
  aside: boolean;
  /** Whether it is told "a week earlier" (`weeksBefore`). */
  weeksBefore: boolean;
}

const prepared = new WeakMap<Claim, Prepared>();

/** A claim that names no time names no day: most do not, and they share this. */
const UNTIMED: Timed = {
  days: [],
  weekdays: [],
  meant: [],
  dated: { days: [], weekdays: [], meant: [] },
  clock: undefined,
  twelve: undefined,
  span: undefined,
  nights: [],
  wholeDays: [],
  aside: false,
  weeksBefore: false,
};

/** What one claim's own words say, whatever it is paired with (`factsOf`). */
interface Facts {
  /** Whether one of its actors is a plant standing in a town (`isPlant`). */
  plant?: boolean;
  /** The kind of object its text tells of (`damagedKind`). */
  kind?: number;
  /** Whether it tells a weapon struck, or striking (`weaponStruck`, `weaponStriker`). */
  struck?: boolean;
  striker?: boolean;
  /** Its words for each aspect it was found to differ in (`ourWords`). */
  words?: Map<string, string>;
}

/**
 * What time expressions say, for one check (`timeMemo`): its candidates are new objects, but
 * tell of a few days in a few words ("~--12-08", "night mon"), so each expression is read once.
 * It holds, too, what each claim's own words say (`facts`), read at its first pair of the check,
 * not at each: a claim meets every candidate, a candidate several claims. Made anew per check.
 */
export class TimeMemo extends Map<string, Timed> {
  readonly facts = new WeakMap<Claim, Facts>();
}

export function timeMemo(): TimeMemo {
  return new TimeMemo();
}

function factsOf(claim: Claim, facts: WeakMap<Claim, Facts>): Facts {
  let f = facts.get(claim);
  if (!f) {
    f = {};
    facts.set(claim, f);
  }
  return f;
}

function timed(time: string): Timed {
  const stated = statedTime(time);
  const own = datesOf(stated);
  // Taking no day from its article, it is dated as it states.
  const whole = datedTime(time);
  const dated = whole === stated ? own : datesOf(whole);
  // Spelled out, not spread from `own`: Node 20's V8 builds a spread followed by more properties
  // many times slower than a literal (microseconds each), and this runs per expression per check.
  return {
    days: own.days,
    weekdays: own.weekdays,
    meant: own.meant,
    dated,
    clock: clockOf(time),
    twelve: twelveHourOf(time),
    span: dawnSpanOf(time) ?? clockRangeOf(time),
    nights: nightsOf(time),
    wholeDays: wholeDaysOf(time),
    aside: time.split(' ').includes(ASIDE_DAY),
    weeksBefore: weeksBefore(time),
  };
}

function datesOf(time: string | undefined): Dates {
  const weekdays = weekdaySpan(time);
  const meant = time?.includes(EITHER_NIGHT) ? weekdaySpan(time, true) : weekdays;
  return { days: days(time), weekdays, meant };
}

function timedOf(claim: Claim, memo: TimeMemo | undefined): Timed {
  const time = claim.frame.time;
  if (time === undefined) return UNTIMED;
  let t = memo?.get(time);
  if (!t) {
    t = timed(time);
    memo?.set(time, t);
  }
  return t;
}

function prepare(claim: Claim): Prepared {
  let p = prepared.get(claim);
  if (!p) {
    const area = new Set(claim.frame.places);
    for (const key of claim.keys) {
      const place = key.slice(key.indexOf('|') + 1);
      if (place.startsWith('place:')) area.add(place);
    }
    p = {
      terms: new Set(claim.terms),
      topicSize: claim.terms.filter((t) => !t.includes(':')).length,
      area,
      ...timedOf(claim, undefined),
    };
    prepared.set(claim, p);
  }
  return p;
}

/**
 * The term an unnamed target leaves ("an infrastructure facility", `terms.ts`): shared, it
 * counts; said by one side only, it is no word the other lacks, since the other may name the
 * very target ("a fuel depot") that it leaves unnamed.
 */
const UNNAMED_TARGET_TERM = 'infrastructure';

/** Shares of the shorter signature found in the other: all terms, and content words alone. */
/** The term of a convoy's departure (`terms.ts`): "the buses set off", "the convoy left". */
const DEPARTED = 'depart';

function overlaps(ours: Prepared, theirs: string[]): { score: number; topical: number } {
  let shared = 0;
  let sharedTopic = 0;
  let theirTopic = 0;
  let theirSize = theirs.length;
  const oursUnnamed = ours.terms.has(UNNAMED_TARGET_TERM);
  let theirsUnnamed = false;
  for (const t of theirs) {
    if (t === UNNAMED_TARGET_TERM) theirsUnnamed = true;
    if (t === UNNAMED_TARGET_TERM && !oursUnnamed) {
      theirSize--;
      continue;
    }
    const topic = !t.includes(':');
    if (topic) theirTopic++;
    if (ours.terms.has(t)) {
      shared++;
      if (topic) sharedTopic++;
    }
  }
  const alone = oursUnnamed && !theirsUnnamed ? 1 : 0;
  const size = Math.min(ours.terms.size - alone, theirSize);
  const topicSize = Math.min(ours.topicSize - alone, theirTopic);
  return { score: size ? shared / size : 0, topical: topicSize ? sharedTopic / topicSize : 0 };
}

/**
 * A fire at an object (`burnsObject`) against a telling of damage there that is no denial and
 * no fire: they meet only through the damage the fire did, which the other does not tell.
 */
function burnedOnly(fire: Claim, other: Claim): boolean {
  if (other.frame.negated || !burnsObject(fire.frame, fire.terms)) return false;
  if (other.frame.event === 'fire' || eventsOf(other.frame, other.terms).includes('fire'))
    return false;
  // A fire in a counted house or car was already damage to it (`eventsOf`).
  return !fire.frame.counts.some((c) => c.unit === 'building' || c.unit === 'vehicle');
}

/** What a city named like its region (`cityOnly`) keeps to the city: a strike, debris, or a fire. */
const STRUCK_IN_CITY = new Set(['damage', 'debris', 'fire']);

/** A comparison before the differing words are looked up: cheap enough for every candidate. */
export interface Judgement {
  relation: Comparison['relation'];
  aspect?: Difference['aspect'];
  /** For a count that differs: the unit counted. */
  unit?: string;
  score: number;
}

const UNRELATED: Judgement = { relation: 'unrelated', score: 0 };

/** Whether one of `keys` indexes a claim under `place`, whatever the event: no string is built. */
function indexedUnder(keys: string[], place: string): boolean {
  return keys.some(
    (k) => k.length > place.length && k.endsWith(place) && k[k.length - place.length - 1] === '|',
  );
}

function rangesMeet(a: Count, b: Count): boolean {
  const [alo, ahi] = tollRange(a);
  const [blo, bhi] = tollRange(b);
  return alo <= bhi && blo <= ahi;
}

/**
 * A count's range, where a toll told as "up to thirty killed" is an estimate near thirty, not a
 * ceiling any smaller toll meets: "two were killed" tells another toll than "up to thirty".
 */
function tollRange(c: Count): [number, number] {
  return c.qualifier === 'at-most' && isHarm(c) ? [c.value / 2, c.value] : countRange(c);
}

/** A unit both claims count, for which no count of one allows any count of the other. */
function clashingUnit(ours: Count[], theirs: Count[]): string | undefined {
  if (!ours.length || !theirs.length) return undefined;
  for (const x of ours) {
    let counted = false;
    let meets = false;
    for (const o of ours) {
      if (o.unit !== x.unit) continue;
      for (const y of theirs) {
        if (y.unit !== x.unit) continue;
        counted = true;
        if (rangesMeet(o, y)) meets = true;
      }
    }
    if (counted && !meets) return x.unit;
  }
  return undefined;
}

const NUMBER =
  '(?:(?:more than|over|at least|less than|fewer than|up to|about|around|approximately|nearly|some)\\s+)?(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|dozens?|several|multiple|many|numerous|an?)';

const UNIT_WORDS: Record<string, string> = {
  drone: 'unmanned aerial (?:vehicles?|systems?)(?: \\(\\w+\\))?|drones?|uavs?|uas|бпла',
  missile: 'missiles?',
  bomb: 'bombs?|kabs?',
  building: '(?:residential )?(?:houses?|homes?|buildings?|apartments?)',
  kV: 'kilovolts?|kv',
  person: 'people|persons?|civilians?|residents?|men|women|children',
  'person killed': 'people|persons?|civilians?|residents?|men|women|children',
  'person injured': 'people|persons?|civilians?|residents?|men|women|children',
  district: 'districts?',
  region: 'regions?|oblasts?',
  hour: 'hours?',
  vehicle: 'cars?|vehicles?',
};

const countPatterns = new Map<string, RegExp[]>();

/** Numeral-then-unit first, and "a"/"an" only when no numeral counts the unit; compiled once per unit. */
function countPatternsFor(unit: string): RegExp[] {
  let patterns = countPatterns.get(unit);
  if (!patterns) {
    const unitWords = UNIT_WORDS[unit];
    const numbers = [NUMBER.replace('|an?)', ')'), NUMBER];
    patterns = unitWords
      ? numbers.map(
          (n) => new RegExp(`\\b${n}\\b(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:${unitWords})\\b`, 'iu'),
        )
      : [];
    patterns.push(new RegExp(`\\b${NUMBER}\\b`, 'iu'));
    countPatterns.set(unit, patterns);
  }
  return patterns;
}

/** The words a claim uses for its count of `unit`: "one Ukrainian UAV", "more than 10 drones". */
function countWords(text: string, unit: string): string {
  for (const pattern of countPatternsFor(unit)) {
    const phrase = pattern.exec(text);
    if (phrase) return phrase[0];
  }
  return text;
}

/** `countWords` of the unit an aspect names (`count drone`), as `ourWords` keys it. */
function countWordsOfUnit(text: string, aspect: string): string {
  return countWords(text, aspect.slice('count '.length));
}

const RELATION_PHRASE =
  /(?:located |lying )?\b(?:near|next to|close to|beside|striking|strikes|struck|hitting|hits|hit|damaging|damages|damaged|crashed into|onto|on)\b[^,.;:]*/i;

function relationWords(text: string): string {
  return RELATION_PHRASE.exec(text)?.[0].trim() ?? text;
}

const CONTACT = new Set(['struck', 'on']);

function relationsClash(a: Claim, b: Claim): boolean {
  const ra = a.frame.relation;
  const rb = b.frame.relation;
  if (!ra || !rb || ra === rb) return false;
  const nearVsContact = (ra === 'near' && CONTACT.has(rb)) || (rb === 'near' && CONTACT.has(ra));
  if (!nearVsContact) return false;
  const ia = a.frame.identifiers;
  const ib = b.frame.identifiers;
  if (ia.length && ib.length) return ia.some((id) => ib.includes(id));
  // "Hit two houses" and "near houses 12 and 13" speak of as many houses: the same ones.
  if (ia.length) return buildingCount(b) === ia.length;
  if (ib.length) return buildingCount(a) === ib.length;
  // "Fell near a school" and "hit a school": the same object, near or struck.
  const oa = relationObject(a.text);
  const ob = relationObject(b.text);
  if (oa && ob) return plantNoun(oa) === plantNoun(ob);
  if (nearOrOnOneObject(a, b)) return true;
  // Without numbers, "near a house" and "hit a house" still speak of one house.
  return a.terms.includes('building') && b.terms.includes('building');
}

/**
 * "Debris fell near the airfield" and "two hangars on the airfield were hit": one object of a
 * kind damage is told of, named in both (`sameObject`), near it in one and struck on it in the
 * other, whatever else each names beside it.
 */
function nearOrOnOneObject(a: Claim, b: Claim): boolean {
  const [near, struck] = a.frame.relation === 'near' ? [a, b] : [b, a];
  const object = NEAR_OBJECT.exec(near.text);
  if (!object || damagedKind(object[1] ?? '') === 0) return false;
  const on = ON_OBJECT.exec(struck.text);
  return !!on && sameObject(object[1] ?? '', on[1] ?? '');
}

/** The object after "near": "near the airfield". */
const NEAR_OBJECT = /\bnear (?:the |an? )?((?:[\w-]+ ){0,2}?[\w-]+)\b/i;
/**
 * Both objects of a near-or-struck clash are plants, by whichever of their nouns (`plantNoun`), or
 * both a plant's buildings ("near a production building", "hit a workshop").
 */
function plantNearAndStruck(a: Claim, b: Claim): boolean {
  const oa = relationObject(a.text);
  const ob = relationObject(b.text);
  if (!oa || !ob) return false;
  const [pa, pb] = [plantNoun(oa), plantNoun(ob)];
  return pa === pb && (pa === 'plant' || pa === 'workshop');
}

/** Things struck "on" or "at" an object: "hangars on the airfield were hit". */
const ON_OBJECT =
  /\b(?:on|at) (?:the |an? )?((?:[\w-]+ ){0,2}?[\w-]+) (?:was|were|had been|have been) (?:hit|struck|damaged|destroyed)\b/i;

function buildingCount(c: Claim): number | undefined {
  const count = c.frame.counts.find((n) => n.unit === 'building' && n.qualifier === 'exact');
  return count?.value;
}

/** The claim says which buildings, or how many: a detail about objects, not only a place. */
function namesBuildings(c: Claim): boolean {
  return c.frame.identifiers.length > 0 || buildingCount(c) !== undefined;
}

/**
 * One claim says what happened to particular buildings, the other does not speak of buildings
 * at all: "debris fell on the street" is no evidence, either way, that it struck two houses there.
 */
function onlyOneNamesBuildings(a: Claim, b: Claim): boolean {
  return (
    (namesBuildings(a) && !speaksOfBuildings(b) && !siteBuildingAndObject(a, b)) ||
    (namesBuildings(b) && !speaksOfBuildings(a) && !siteBuildingAndObject(b, a))
  );
}

/** A building of a site, no home: "a technical building", "an administrative building". */
const SITE_BUILDING =
  /\b(?:technical|industrial|administrative|production|service|auxiliary|office|storage) (?:building|premises)\b/i;

/** The objects a site's building may house, by their terms (`terms.ts`; a substation is 'utility'). */
const HOUSED_OBJECTS = new Set(['utility', 'station', 'depot', 'plant', 'warehouse', 'workshop']);

/**
 * One counts a site's building ("a fire broke out in a technical building" of the railway
 * facility), the other names the object it housed ("the junction's traction substation caught
 * fire"): one building told two ways, not particular buildings against none.
 */
function siteBuildingAndObject(building: Claim, object: Claim): boolean {
  return (
    buildingCount(building) === 1 &&
    SITE_BUILDING.test(building.text) &&
    object.terms.some((t) => HOUSED_OBJECTS.has(t))
  );
}

/**
 * In its words, or in what it counts: "a warehouse" is a building the terms keep apart from a
 * house, and is one in the words too ("the roof of a grain store" beside "a warehouse was damaged").
 */
function speaksOfBuildings(c: Claim): boolean {
  return (
    c.terms.includes('building') ||
    c.terms.includes('warehouse') ||
    c.frame.counts.some((n) => n.unit === 'building')
  );
}

/** One claim counts only the dead, the other only the injured: two facts, neither confirms the other. */
function differentHarm(ours: Count[], theirs: Count[]): boolean {
  let ourHarm = false;
  let theirHarm = false;
  for (const x of ours) {
    if (!isHarm(x)) continue;
    ourHarm = true;
    for (const y of theirs) if (y.unit === x.unit) return false;
  }
  for (const y of theirs) if (isHarm(y)) theirHarm = true;
  return ourHarm && theirHarm;
}

/**
 * Both claims say when, and no day (or, by weekday, no day or night) one names is one the other
 * names; "on Thursday night" names the night into Thursday too (`meant`).
 */
function timesClash(ours: Dates, theirs: Dates): boolean {
  if (ours.days.length && theirs.days.length)
    return !ours.days.some((d) => theirs.days.includes(d));
  if (!ours.meant.length) return false;
  const wb = theirs.meant;
  return wb.length > 0 && !ours.meant.some((d) => wb.includes(d));
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A supply still off: "still without power", "remained without electricity". */
const STILL_OUT =
  /\b(?:still|remained|remains) (?:(?:largely|mostly|partly|partially) )?without (?:power|electricity|gas|water|heating|heat|light)\b/i;

/**
 * `restored` tells a supply back, `out` the same supply still off on a later half-day, at most a
 * day and a half later: "restored by evening" on Saturday, "still without power on Sunday morning".
 */
function restoredBeforeStillOut(restored: Claim, rt: Timed, out: Claim, ot: Timed): boolean {
  if (!RESTORED.test(restored.text) || STILL_OUT.test(restored.text)) return false;
  if (!STILL_OUT.test(out.text) || RESTORED.test(out.text)) return false;
  const later = ot.dated;
  const earlier = rt.dated;
  if (later.days.length && earlier.days.length)
    return later.days.some((x) => earlier.days.some((y) => dayNumber(x) - dayNumber(y) === 1));
  // Days that overlap ("Monday morning" may reach back into Sunday night) are no day after.
  if (later.weekdays.some((x) => earlier.weekdays.includes(x))) return false;
  return later.weekdays.some((x) =>
    earlier.weekdays.some((y) => {
      const ahead = (halfDay(x) - halfDay(y) + 14) % 14;
      return ahead >= 1 && ahead <= 3;
    }),
  );
}

/** A supply back by a part of the day: "power was restored by morning"; group 1 the part. */
const RESTORED_BY =
  /\b(?:restored|reconnected|back on)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?(dawn|morning|noon|midday|afternoon|evening)\b/i;

/**
 * A supply off until a named day's part: "remained without electricity until Saturday evening";
 * groups: the weekday, the part of the day.
 */
const OUT_UNTIL_DAY =
  /\bwithout (?:power|electricity|gas|water|heating|heat|light)\s+until\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(morning|noon|midday|afternoon|evening)\b/i;

/**
 * `restored` tells a supply back by a part of the day, `out` the same supply off until a part of
 * a named day at least five hours later, that day being the one the restoration's night leads
 * into or the restoration's own day: "restored by morning" after a night into Saturday,
 * "without electricity until Saturday evening". Named, the day rules out the next morning.
 */
function restoredBeforeOutEnded(restored: Claim, rt: Timed, out: Claim): boolean {
  const back = RESTORED_BY.exec(restored.text);
  const off = OUT_UNTIL_DAY.exec(out.text);
  if (!back || !off) return false;
  if (PART_HOURS[off[2]!.toLowerCase()]! - PART_HOURS[back[1]!.toLowerCase()]! < FIRE_END_APART)
    return false;
  const day = halfDay(off[1]!.toLowerCase());
  return rt.dated.weekdays.some((w) => {
    const ahead = (day - halfDay(w) + 14) % 14;
    return ahead === 0 || (ahead === 1 && w.includes('+night'));
  });
}

/** A supply off until a part of the day, no day named: "stayed without heating until the evening". */
const OUT_UNTIL_PART =
  /\bwithout (?:power|electricity|gas|water|heating|heat|light)\s+until\s+(?:the\s+)?(morning|noon|midday|afternoon|evening)\b/i;

/** A supply back at an hour its claim's time holds: "restored by nine in the morning", "back on at 7 a.m.". */
const RESTORED_AT_HOUR =
  /\b(?:restored|reconnected|back on)\s+(?:[\w-]+\s+){0,2}?(?:by|at)\s+(?:about\s+|around\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

/**
 * `restored` tells a supply back by an hour ("restored by nine in the morning"), `out` the same
 * supply off that day until a part of it at least five hours later ("stayed without heating
 * until the evening"): one outage of one night, over at two hours far apart.
 */
function restoredBeforeOutThatDay(restored: Claim, rt: Timed, out: Claim): boolean {
  const part = OUT_UNTIL_PART.exec(out.text);
  if (!part || rt.clock === undefined || !RESTORED_AT_HOUR.test(restored.text)) return false;
  return PART_HOURS[part[1]!.toLowerCase()]! - rt.clock / 60 >= FIRE_END_APART;
}

/**
 * "The power supply was not interrupted", naming no place of its own, after a strike at a village:
 * said of the supply around, it denies an outage told of the district or region holding that
 * village ("several villages in the district were left without electricity").
 */
function unplacedSupplyDenialWithin(a: Claim, b: Claim): boolean {
  if (a.frame.negated === b.frame.negated) return false;
  const [denier, teller] = a.frame.negated ? [a, b] : [b, a];
  if (denier.terms.some((t) => t.startsWith('place:'))) return false;
  return teller.frame.places.some((p) => indexedUnder(denier.keys, p));
}

/** "There was no fire": no fire there at all (`NO_FIRE_AT_ALL`). */
function fireDeniedOutright(c: Claim): boolean {
  return c.frame.event === 'fire' && c.frame.negated && NO_FIRE_AT_ALL.test(c.text);
}

/** A fire told, on its own or as what a strike did ("a fuel tank caught fire"). */
function fireTold(c: Claim): boolean {
  return !c.frame.negated && eventsOf(c.frame, c.terms).includes('fire');
}

/** Half-days of the week, day then the night after it, 0..13: "tue" 2, "tue+night" 3. */
function halfDay(token: string): number {
  return WEEKDAYS.indexOf(token.slice(0, 3)) * 2 + (token.includes('+night') ? 1 : 0);
}

/**
 * Told more than half a day apart (a day and the night after it, or a night and the day after):
 * two events, whatever else they share. Closer than that, two outlets may date one night's event
 * to either side of midnight ("23:40 on Sunday", "4 a.m. on Monday"), and only the details can tell.
 */
function farApart(ours: Dates, theirs: Dates): boolean {
  if (ours.days.length && theirs.days.length)
    return ours.days.every((a) =>
      theirs.days.every((b) => Math.abs(dayNumber(a) - dayNumber(b)) > 1),
    );
  if (!ours.weekdays.length || !theirs.weekdays.length) return false;
  return ours.weekdays.every((a) =>
    theirs.weekdays.every((b) => {
      const d = Math.abs(halfDay(a) - halfDay(b));
      return Math.min(d, 14 - d) > 1;
    }),
  );
}

/**
 * The nights a time names by weekday ("fri+night"; "on Friday night" either of two, `nightsMeant`),
 * when every weekday it names is a night.
 */
function nightsOf(time: string | undefined): string[] {
  const week = daysOf(datedTime(time)).filter((t) => !/\d/.test(t));
  return week.every((t) => t.includes('+night')) ? week.flatMap(nightsMeant) : [];
}

/**
 * Each names a night, and not the same one ("on Friday night", an article on the night into
 * Sunday): two events, though a night and the day after it lie close enough for `farApart`.
 */
function nightsApart(na: string[], nb: string[]): boolean {
  return na.length > 0 && nb.length > 0 && !na.some((n) => nb.includes(n));
}

/**
 * The weekdays a time names, its article's included, when each is a whole day told without an
 * hour or a part of the day ("on Wednesday", "The same day" in an article on Thursday): a day
 * nobody dates to either side of midnight, as "at 23:40 on Sunday" and "at 4 a.m. on Monday" may
 * tell of one night.
 */
function wholeDaysOf(time: string): string[] {
  const tokens = datedTime(time)?.split(' ') ?? [];
  if (tokens.some((t) => t.includes(':') || /night|morning|evening|afternoon/.test(t))) return [];
  return tokens.filter((t) => WEEKDAYS.includes(t));
}

/**
 * Each told of a whole day, and not the same one, and one set apart by its writer from the day
 * its article is about ("On Wednesday, a drone also struck a minibus" in a report on Thursday,
 * against a car struck there on Thursday): two events at one place, however alike. Two reports
 * each about its own day, the one event told on either, disagree on the day instead.
 */
function wholeDaysApart(ta: Timed, tb: Timed): boolean {
  const [da, db] = [ta.wholeDays, tb.wholeDays];
  return (
    (ta.aside || tb.aside) && da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d))
  );
}

/** Told "a week earlier" or longer before its article's day (`datedByArticle`). */
function weeksBefore(time: string | undefined): boolean {
  return !!time?.split(' ').includes(WEEKS_BEFORE);
}

/** A month-day ("12-07") as a day of the year, close enough to tell days apart. */
function dayNumber(monthDay: string): number {
  const [month = 0, day = 0] = monthDay.split('-').map(Number);
  return month * 31 + day;
}

/** Whether either claim names a day itself, not only through its article. */
function statesDay(ours: Dates, theirs: Dates): boolean {
  return [ours.days, ours.weekdays, theirs.days, theirs.weekdays].some((d) => d.length > 0);
}

/** Month-day pairs a time expression names ("--12-07/--12-08" names two). */
function days(time: string | undefined): string[] {
  return time?.match(/(?:\d{4}|-)-\d{2}-\d{2}/g)?.map((d) => d.slice(-5)) ?? [];
}

function timeWords(text: string): string {
  return (
    /\b(?:on |in the early hours of |the night of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))/i.exec(
      text,
    )?.[0] ??
    FIRE_OVER.exec(text)?.[0] ??
    text
  );
}

/** What a denial of casualties denies: "no injuries" the hurt, "no deaths" the dead, "no casualties" both. */
const DENIES_INJURED = /\b(?:injur\w*|hurt|wounded|harmed|casualt\w*|victims?|hospitali[sz]ed)\b/i;
const DENIES_KILLED =
  /\b(?:killed|died|dead|deaths?|fatalit\w*|casualt\w*|victims?|loss of life)\b/i;
/**
 * "No one was hurt" or "harmed" denies the dead too: whoever was killed was hurt, so "up to
 * twenty soldiers were killed" cannot stand beside it. "No one else was hurt" speaks of the
 * others, beside the dead its article tells.
 */
const DENIES_ANY_HARM =
  /\b(?:hurt|harmed)\b(?<!\b(?:no one|nobody|no-one|none) else (?:\w+ ){0,2}\w+)/i;

function deniedHarm(c: Claim): string[] {
  const said = unharmedBy(c) ? execs(TRAILING_UNHARMED, c.text)?.[0] : undefined;
  if (!said && (!c.frame.negated || c.frame.event !== 'casualties')) return [];
  const text = said ?? c.text;
  const denied: string[] = [];
  if (DENIES_INJURED.test(text)) denied.push('person injured');
  if (DENIES_KILLED.test(text) || DENIES_ANY_HARM.test(text)) denied.push('person killed');
  return denied;
}

/** An event told with a trailing ", without casualties", which denies harm there (`events.ts`). */
function unharmedBy(c: Claim): boolean {
  return !c.frame.negated && c.frame.event !== 'casualties' && c.terms.includes(UNHARMED);
}

function withoutUnharmed(terms: readonly string[]): readonly string[] {
  return terms.includes(UNHARMED) ? terms.filter((t) => t !== UNHARMED) : terms;
}

/** Whether a claim denies something: its own event, or harm after it (", without casualties"). */
function denies(c: Claim): boolean {
  return c.frame.negated || unharmedBy(c);
}

/**
 * One claim denies the harm the other counts: "no injuries in Rylsk" against "a woman was
 * injured in Rylsk", however differently each is worded, since the count is the whole claim.
 */
function harmDenied(denier: Claim, teller: Claim): boolean {
  if (teller.frame.negated) return false;
  const denied = deniedHarm(denier);
  return teller.frame.counts.some((c) => denied.includes(c.unit) && countRange(c)[1] > 0);
}

/**
 * Harm told by what struck, with no place or speaker of its own ("Shrapnel struck a passing bus
 * and injured its driver"): the passage's incident, placed only as coarsely as the passage last
 * named a place (the region), so a denial of that harm at a place within it ("No one was hurt" in
 * its district) gainsays it. Harm a region's head tells ("According to the governor, two were
 * injured") is placed at his region because he speaks for all of it, and may be anywhere in it;
 * so is a headline's tally of the hurt over a region ("18 drones downed, two workers hurt").
 */
function placedByPassage(teller: Claim): boolean {
  return teller.frame.relation === 'struck' && !teller.terms.some((t) => t.includes(':'));
}

/**
 * A target told without its name, and of another kind than a plant: "an infrastructure
 * facility", "an energy site" (not "an industrial enterprise", which a plant is).
 */
const UNNAMED_TARGET =
  /\b(?:an?|some|one) (?:critical )?(?:infrastructure|energy|power|fuel|transport|port|utility) (?:facility|facilities|sites?|objects?)\b/i;

/** Whether an organisation is a plant standing in a town (`site` in the gazetteer's data). */
function isPlant(id: string): boolean {
  const org = gazetteer().byId.get(id);
  if (org?.type !== 'organization' || !org.parentId) return false;
  if (org.description.startsWith('regional administration')) return false;
  return (gazetteer().byId.get(org.parentId) as Place | undefined)?.kind === 'city';
}

/**
 * One names the plant ("the Pavlohrad chemical plant was not hit"), the other a target it leaves
 * unnamed, of another kind ("an infrastructure facility was hit"): neither confirms nor denies
 * the other, which may be another site of the town. "An industrial enterprise" may be the plant.
 */
function namedAgainstUnnamed(a: Claim, b: Claim, facts: WeakMap<Claim, Facts>): boolean {
  const na = namesPlant(a, facts);
  const nb = namesPlant(b, facts);
  return na !== nb && UNNAMED_TARGET.test(na ? b.text : a.text);
}

function namesPlant(claim: Claim, facts: WeakMap<Claim, Facts>): boolean {
  // Most claims name no actor: they need no look-up in the memo.
  if (!claim.frame.actors.length) return false;
  const f = factsOf(claim, facts);
  return (f.plant ??= claim.frame.actors.some(isPlant));
}

/** `damagedKind` of a claim's whole text, read once per check. */
function kindOf(claim: Claim, facts: WeakMap<Claim, Facts>): number {
  const f = factsOf(claim, facts);
  return (f.kind ??= damagedKind(claim.text));
}

/** "No damage to the airfield": the object a denial of damage speaks of. */
const DAMAGE_DENIED_TO =
  /\b(?:no|not any|without) (?:serious |significant |major )?damage (?:was (?:done|caused) )?to (?:the |a |an |its |their )?/i;

/** "The airfield was not damaged": the object is the subject before it. */
const NOT_DAMAGED = /\b(?:was|were|has|have|had) not (?:been )?(?:damaged|hit|struck)\b/i;

/**
 * "No aircraft were damaged at the airfield", "no ships in the port were hit": the object is the
 * words between "no" and the verb, less the place they were spared at.
 */
const NONE_DAMAGED =
  /\bno ((?:[\w-]+ ){0,2}?[\w-]+)(?: (?:in|at|on) (?:the )?[\w-]+)? (?:was|were|has been|have been|had been) (?:damaged|hit|struck|destroyed)\b/i;

/** Objects too general to be another than the one struck: "no infrastructure was damaged". */
const ANY_OBJECT =
  /^(?:infrastructure|facilit(?:y|ies)|objects?|property|sites?|targets?|buildings?|structures?|equipment|one|people|civilians?)$/i;

/** An object's part named by its possessive: "the plant's units", "the airport's runway". */
const OWN_PART = /\b[\w-]+['’]s (?:[\w-]+ ){0,2}([\w-]+)\s*$/i;

/** What a denied report said was struck: "denied reports that the plant's unit had been hit". */
const STRUCK_AFTER = /\b(?:was|were|ha(?:d|s|ve) been) (?:damaged|hit|struck)\b/i;

/** The object of a denied report of a strike (`DENIED_REPORT`), when the denial is one. */
function reportedObject(text: string): string | undefined {
  const denial = DENIED_REPORT.exec(text);
  if (!denial) return undefined;
  const reported = text.slice(denial.index + denial[0].length);
  const verb = STRUCK_AFTER.exec(reported);
  return verb ? reported.slice(0, verb.index) : undefined;
}

/**
 * Kinds of object damage is told of; a kind is one group, its parts (a hangar) are none. "The
 * building of a school" is of the kind named after "of". A vessel is a kind of its own: "the
 * ferry was not damaged" speaks of the ferry a later report says was hit, not of the port.
 */
const DAMAGED_KIND =
  /\b(?:(airfields?|air ?bases?|airports?|aerodromes?)|(power lines?|transmission lines?|substations?|transformers?)|(pipelines?|gas mains?)|(plants?|factor(?:y|ies)|enterprises?|refiner(?:y|ies)|depots?|terminals?)|(bridges?)|(schools?|kindergartens?)|(hospitals?|clinics?)|(houses?|homes?|buildings?(?!\s+of\b)|blocks?|apartments?)|((?:railway |train )?stations?)|(ferr(?:y|ies)|barges?|vessels?|ships?|tankers?)|(towers?|masts?))\b/i;

export function damagedKind(text: string): number {
  const m = DAMAGED_KIND.exec(text);
  return m ? m.findIndex((group, i) => i > 0 && group !== undefined) : 0;
}

/**
 * A denial of damage to one object does not deny damage to an object of another kind: "no
 * damage to the airfield" leaves "a power line was damaged" standing (a hangar, a part of no kind
 * here, is still the airfield's).
 */
function deniesOtherObject(a: Claim, b: Claim): boolean {
  const [denier, teller] = a.frame.negated ? [a, b] : [b, a];
  if (!denier.frame.negated || teller.frame.negated) return false;
  // "No damage to the airfield" names the object after the noun; "The airfield was not damaged"
  // before the verb.
  const to = DAMAGE_DENIED_TO.exec(denier.text);
  const before = to ? undefined : NOT_DAMAGED.exec(denier.text);
  // "Denied reports that the plant's unit had been hit": the object is the report's subject.
  const reported = to || before ? undefined : reportedObject(denier.text);
  if (!to && !before && reported === undefined) return noneOtherDamaged(denier, teller);
  const object = to
    ? denier.text.slice(to.index + to[0].length)
    : (reported ?? denier.text.slice(0, before?.index ?? 0));
  // "The plant's generating units had not been damaged", "no damage to the airport's runway": a
  // part of the object was spared, which leaves the object itself struck elsewhere, unless the
  // other claim tells of that part ("two of its generating units were knocked out").
  const part = OWN_PART.exec(object)?.[1]?.toLowerCase().replace(/s$/, '');
  if (part && !teller.text.toLowerCase().includes(part)) return true;
  const denied = damagedKind(object);
  const told = damagedKind(teller.text);
  return denied > 0 && told > 0 && denied !== told;
}

/**
 * "No aircraft were damaged at the airfield": things at the object, of no kind of object struck,
 * were spared, which leaves the airfield itself struck ("missiles struck the airfield"), unless
 * the other claim tells of those things ("aircraft were destroyed at the airfield").
 */
function noneOtherDamaged(denier: Claim, teller: Claim): boolean {
  const none = NONE_DAMAGED.exec(denier.text);
  const noun = none?.[1]?.split(' ').pop()?.toLowerCase();
  if (!none || !noun || ANY_OBJECT.test(noun) || damagedKind(none[1] ?? '') > 0) return false;
  return (
    damagedKind(teller.text) > 0 && !teller.text.toLowerCase().includes(noun.replace(/s$/, ''))
  );
}

/** A plant told by another of its nouns: "the factory", "the enterprise", "the works". */
const PLANT_NOUNS = new Set([
  'plant',
  'factory',
  'factories',
  'enterprise',
  'enterprises',
  'plants',
  'design bureau',
]);
/** A relation's object with a plant told by another of its nouns read as "plant" (`PLANT_NOUNS`). */
function plantNoun(object: string): string {
  return PLANT_NOUNS.has(object) ? 'plant' : object;
}

/** Words before an object's noun that say nothing of which object it is. */
const NOT_MODIFIERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'of',
  'in',
  'on',
  'at',
  'and',
  'or',
  'to',
  'by',
  'for',
  'local',
  'city',
  'town',
  'regional',
  'main',
  'large',
  'big',
  'one',
]);

/** The noun of the first object of a kind a text names, and the words before it that tell it. */
function objectOf(text: string): { noun: string; modifiers: string[] } | undefined {
  const m = DAMAGED_KIND.exec(text);
  if (!m) return undefined;
  const word = m[0].toLowerCase();
  const noun = PLANT_NOUNS.has(word) ? 'plant' : word.replace(/(?:ies)$/, 'y').replace(/s$/, '');
  const modifiers: string[] = [];
  const before = text
    .slice(Math.max(0, m.index - 60), m.index)
    .split(/\s+/)
    .filter(Boolean);
  for (let i = before.length - 1; i >= 0 && modifiers.length < 2; i--) {
    const w = before[i]!.toLowerCase();
    if (!/^[\p{L}-]+$/u.test(w) || NOT_MODIFIERS.has(w)) break;
    modifiers.push(w);
  }
  return { noun, modifiers };
}

/**
 * Whether two texts speak of one object, not only of one kind: "the Sheskharis oil terminal"
 * is not "an oil depot", nor is "the water treatment plant" "a bread factory"; "the refinery in
 * Novokuibyshevsk" is "the Novokuibyshevsk refinery".
 */
export function sameObject(a: string, b: string): boolean {
  const x = objectOf(a);
  const y = objectOf(b);
  if (!x || !y || x.noun !== y.noun) return false;
  if (!x.modifiers.length || !y.modifiers.length) return true;
  return x.modifiers.some((w) => y.modifiers.includes(w));
}

/** The kind of object a denial of damage names, 0 when it names none (`deniesOtherObject`). */
function deniedKind(denier: Claim): number {
  const to = DAMAGE_DENIED_TO.exec(denier.text);
  if (to) return damagedKind(denier.text.slice(to.index + to[0].length));
  const before = NOT_DAMAGED.exec(denier.text);
  return before ? damagedKind(denier.text.slice(0, before.index)) : 0;
}

/** "No ships in the port were damaged": the kind none of was damaged, 0 when it names none. */
function noneDamagedKind(denier: Claim): number {
  const none = NONE_DAMAGED.exec(denier.text);
  return none ? damagedKind(none[1] ?? '') : 0;
}

/** What was struck: the words after the verb ("hit a tanker moored …"), or its passive's subject. */
const STRUCK_OBJECT =
  /\b(?:hit|hits|struck|strikes|damaged|destroyed|sank)\s+(?:the |a |an |one |two )?((?:[\w-]+ ){0,2}[\w-]+)/i;
const STRUCK_SUBJECT =
  /((?:[\w-]+ ){0,2}[\w-]+) (?:was|were|had been|has been|have been) (?:hit|struck|damaged|destroyed|sunk)\b/i;

/**
 * The kind of the object a telling says was struck (`damagedKind`): "one of them hit a tanker",
 * "a ferry was damaged"; not the ship that shot ("the drone was hit by fire from a patrol ship").
 */
function struckKind(text: string): number {
  const object = STRUCK_OBJECT.exec(text);
  const kind = object ? damagedKind(object[1] ?? '') : 0;
  if (kind > 0) return kind;
  const subject = STRUCK_SUBJECT.exec(text);
  return subject ? damagedKind(subject[1] ?? '') : 0;
}

/**
 * One says an object was not damaged, the other that one of its kind was struck there: "the
 * station building was not damaged" against "the railway station was struck", however little
 * else of their words they share.
 */
function objectDenied(denier: Claim, teller: Claim, facts: WeakMap<Claim, Facts>): boolean {
  if (!denier.frame.negated || teller.frame.negated || denier.frame.event !== 'damage')
    return false;
  const neither = NEITHER_NOR_DAMAGED.exec(denier.text);
  if (neither) return neitherDenies([neither[1] ?? '', neither[2] ?? ''], teller, facts);
  // "The tanker caught fire", "tanker on fire": what burned was damaged, whatever else it names.
  const burned = burnedKind(teller.text);
  if (burned > 0 || teller.frame.event === 'fire')
    return burned > 0 && burned === (deniedKind(denier) || noneDamagedKind(denier));
  if (teller.frame.relation !== 'struck') return false;
  const kind = deniedKind(denier);
  // "No ships in the port were damaged": none of the kind, so not the tanker another says was hit.
  const none = kind === 0 ? noneDamagedKind(denier) : 0;
  if (none > 0) return none === struckKind(teller.text);
  if (kind === 0)
    return (
      anyFacilityDenied(denier) &&
      (FACILITY_KINDS.has(kindOf(teller, facts)) || FACILITIES_OF_NO_KIND.test(teller.text))
    );
  return kind === kindOf(teller, facts);
}

/** "Neither its buildings nor its equipment were damaged": the two subjects a denial spares. */
const NEITHER_NOR_DAMAGED =
  /\bneither\s+((?:[\w'’-]+\s+){1,4}?)nor\s+((?:[\w'’-]+\s+){1,4}?)(?:was|were|has been|have been|had been)\s+(?:damaged|hit|struck|destroyed)\b/i;

/** A site's parts of no kind of their own: "its buildings", "the equipment", "its premises". */
const PARTS_OF_A_SITE =
  /^(?:(?:its|their|the)\s+)?(?:buildings?|equipment|premises|structures?|facilit(?:y|ies)|infrastructure|property)\s*$/i;

/** A building of a site told struck: "at least one workshop of the plant was hit". */
const PART_STRUCK =
  /\b(?:workshops?|shops?|buildings?|hangars?|warehouses?|units?)\b(?: of (?:the |its |an? )?[\w-]+)? (?:was|were|had been|has been|have been) (?:hit|struck|damaged|destroyed)\b/i;

/**
 * Two subjects denied damage at once. Kinds of object ("neither the school nor the houses were
 * hit") deny a strike on, or a fire in, an object of either kind; a site's parts of no kind
 * ("neither its buildings nor its equipment were damaged", said of the site the sentence before
 * named) deny that the site burned, or that a building of it was hit, that day ("a workshop of
 * the plant was hit and caught fire", "plant on fire after drone strike"). Not a strike on the
 * site told alone ("drones struck the plant"): that may be the debris that fell on its grounds
 * unharmed.
 */
function neitherDenies(subjects: string[], teller: Claim, facts: WeakMap<Claim, Facts>): boolean {
  if (subjects.every((s) => PARTS_OF_A_SITE.test(s)))
    return (
      FACILITY_KINDS.has(kindOf(teller, facts)) &&
      (teller.terms.includes('fire') || PART_STRUCK.test(teller.text))
    );
  const told =
    burnedKind(teller.text) || (teller.frame.relation === 'struck' ? kindOf(teller, facts) : 0);
  return told > 0 && subjects.some((s) => damagedKind(s) === told);
}

/** What burned: the noun right before "caught fire", "on fire", "ablaze", "in flames". */
const BURNED =
  /\b([\w-]+) (?:(?:was|were|is|are) )?(?:caught fire|(?:(?:was|were) set )?on fire|ablaze|in flames)\b/i;

/** The kind of object a fire burned (`damagedKind`), 0 when it names none. */
function burnedKind(text: string): number {
  const burned = BURNED.exec(text);
  return burned ? damagedKind(burned[1] ?? '') : 0;
}

/** "There were no barges at the pier": the thing said to be absent (`lexicon.ts`'s denial). */
const NONE_THERE = /\bthere (?:was|were) no ([\w-]+) (?:at|in|on|near)\b/i;

/**
 * One says a thing was not there, the other that it was hit or destroyed there: "there was no
 * train at the depot" against "a supply train was destroyed", one thing, there or not.
 */
function absentWhenHit(denier: Claim, teller: Claim): boolean {
  if (!denier.frame.negated || teller.frame.negated || teller.frame.event !== 'damage')
    return false;
  const noun = NONE_THERE.exec(denier.text)?.[1]
    ?.toLowerCase()
    .replace(/(?:s|ies)$/, '');
  return !!noun && new RegExp(`\\b${noun}(?:s|ies|y)?\\b`, 'i').test(teller.text);
}

/** "No facilities were damaged": no site of any kind, which a struck airfield or plant is. */
const ANY_FACILITY =
  /^(?:(?:critical |energy )?(?:facilit(?:y|ies)|objects?|sites?|targets?)|(?:critical |energy )?infrastructure)$/i;

/** Facilities struck without a kind here: "energy facilities", "critical infrastructure sites". */
const FACILITIES_OF_NO_KIND =
  /\b(?:energy|power|infrastructure) (?:facilit(?:y|ies)|sites?|objects?)\b|\bcritical infrastructure\b/i;

/** `DAMAGED_KIND`'s sites (airfields, power and gas lines, plants, bridges, stations), not homes. */
const FACILITY_KINDS = new Set([1, 2, 3, 4, 5, 9]);

function anyFacilityDenied(denier: Claim): boolean {
  const none = NONE_DAMAGED.exec(denier.text);
  return !!none && ANY_FACILITY.test(none[1] ?? '');
}

/**
 * Two things struck at one place, of other kinds: "the railway station was struck" and "a drone
 * hit a locomotive depot" are two facts, neither the other's evidence.
 */
function struckOtherKinds(a: Claim, b: Claim, facts: WeakMap<Claim, Facts>): boolean {
  if (a.frame.relation !== 'struck' || b.frame.relation !== 'struck') return false;
  const ka = kindOf(a, facts);
  const kb = kindOf(b, facts);
  return ka > 0 && kb > 0 && ka !== kb;
}

/** What is fired or flown at a target: the striker of "a drone hit", the struck of "was hit". */
const WEAPON = String.raw`(?:drones?|boats?|missiles?|rockets?|uavs?)`;
const WEAPON_STRUCK = new RegExp(
  String.raw`\b${WEAPON} (?:was|were|had been|has been) (?:hit|struck)\b`,
  'i',
);
const WEAPON_STRIKES = new RegExp(String.raw`\b${WEAPON} (?:hits?|struck|strikes)\b`, 'i');

/**
 * One tells a drone that was hit ("the drone was hit by fire from a patrol ship"), the other a
 * drone that hit something ("sea drone hits corvette"): the same words, other roles, no evidence.
 */
function strikerAndStruck(a: Claim, b: Claim, facts: WeakMap<Claim, Facts>): boolean {
  return (
    (weaponStruck(a, facts) && weaponStriker(b, facts)) ||
    (weaponStruck(b, facts) && weaponStriker(a, facts))
  );
}

/**
 * Whether its text tells a weapon struck (`WEAPON_STRUCK`), read once per claim and check: every
 * pair asks it of both claims, and a claim of ours meets every candidate.
 */
function weaponStruck(c: Claim, facts: WeakMap<Claim, Facts>): boolean {
  const f = factsOf(c, facts);
  return (f.struck ??= WEAPON_STRUCK.test(c.text));
}

/** Whether its text tells a weapon striking and none struck (`WEAPON_STRIKES`); read as above. */
function weaponStriker(c: Claim, facts: WeakMap<Claim, Facts>): boolean {
  const f = factsOf(c, facts);
  return (f.striker ??= !weaponStruck(c, facts) && WEAPON_STRIKES.test(c.text));
}

/** A fall told with no damage done: "landed on a road without causing damage". */
const DID_NO_DAMAGE =
  /\bwithout (?:causing |doing |inflicting )?(?:any )?damag(?:e|ing)\b|\b(?:caus|do|did|doing)(?:ing|ed|es)? no damage\b/i;

/** One denies damage and the other, told without denial, says no damage was done: they agree. */
function bothSayNoDamage(a: Claim, b: Claim): boolean {
  const [denier, teller] = a.frame.negated ? [a, b] : [b, a];
  return (
    denier.frame.negated &&
    !teller.frame.negated &&
    denier.frame.event === 'damage' &&
    DID_NO_DAMAGE.test(teller.text)
  );
}

/** What a strike was aimed at, not what it did: "drones attacked the airfield". */
const AIMED_AT = /\b(?:attack(?:ed|ing)|target(?:ed|ing))\b/i;
/**
 * A telling that something was only attacked or targeted ("drones attacked the airfield"): it
 * says no more than that a strike came, which an hour sentence ("the attack began at 2 a.m.")
 * tells too.
 */
function onlyAimedAt(c: Claim): boolean {
  return !c.frame.negated && AIMED_AT.test(c.text) && !HARM_DONE.test(c.text);
}

/** A structure told to fall, or said not to: "collapsed", "did not collapse", "caved in". */
const COLLAPSE = /\b(?:collaps\w*|caved in)\b/i;

/** "There was no attack on the town": no strike came there at all (`NO_ATTACK_AT_ALL`). */
function attackDeniedOutright(c: Claim): boolean {
  return c.frame.negated && c.frame.event === 'attack' && NO_ATTACK_AT_ALL.test(c.text);
}

/** A strike told as having come, or as having hit something, not near it. */
function strikeTold(c: Claim): boolean {
  return (
    !c.frame.negated && c.frame.relation !== 'near' && eventsOf(c.frame, c.terms).includes('attack')
  );
}

/** Words telling that an object took harm, beside its being aimed at. */
const HARM_DONE =
  /\b(?:damag\w*|destroy\w*|hit|hits|struck|burn\w*|fire|ablaze|alight|blew|blown|broke|broken|shatter\w*|collaps\w*|smash\w*|slamm\w*|crash\w*|gutted|riddled|holes?|wounded|injured|killed)\b/i;

/**
 * One denies damage and the other only says the place was attacked or targeted: an attack is no
 * damage, so "the airfield was not damaged" leaves "drones attacked the airfield" standing.
 */
function aimedOnly(a: Claim, b: Claim): boolean {
  const [denier, teller] = a.frame.negated ? [a, b] : [b, a];
  return (
    denier.frame.negated &&
    denier.frame.event === 'damage' &&
    !teller.frame.negated &&
    AIMED_AT.test(teller.text) &&
    !HARM_DONE.test(teller.text)
  );
}

/**
 * The settlements a denial names within the district it names: "In the X raion, debris fell near
 * Y, without casualties" speaks for Y, not for the raion's other towns (its centre included).
 * Undefined when it names no district, or nothing within one.
 */
function deniedWithin(denier: Claim): string[] | undefined {
  const places = denier.frame.places;
  if (places.length < 2) return undefined;
  const { byId } = gazetteer();
  const kind = (id: string) => (byId.get(id) as Place | undefined)?.kind;
  const districts = places.filter((p) => kind(p) === 'district');
  if (!districts.length) return undefined;
  const within = places.filter((p) => {
    const k = kind(p);
    if (districts.includes(p) || districts.includes(districtCentredOn(p) ?? '')) return false;
    return k === 'city' || (k === undefined && !/district|raion/.test(p));
  });
  return within.length ? within : undefined;
}

/** A denial that speaks only for settlements the other claim is not about. */
function deniedElsewhere(a: Claim, b: Claim): boolean {
  const [denier, teller] = denies(a) ? [a, b] : [b, a];
  if (!denies(denier) || teller.frame.negated) return false;
  const ground = deniedWithin(denier);
  if (!ground) return false;
  return !teller.frame.places.some(
    (p) =>
      ground.includes(p) ||
      oneGround([p], ground) ||
      ground.some((g) => indexedUnder(teller.keys, g)),
  );
}

/** One denies one harm and the other counts only another: "no one killed", "a woman hurt". */
function otherHarm(a: Claim, b: Claim): boolean {
  const [denier, teller] = a.frame.negated ? [a, b] : [b, a];
  const denied = deniedHarm(denier);
  const told = teller.frame.counts.filter(isHarm);
  return denied.length > 0 && told.length > 0 && !told.some((c) => denied.includes(c.unit));
}

/**
 * Shoot-downs over a city named like its region (`cityOnly`) against those over the region: the
 * city's are some of the region's ("a drone was destroyed on the outskirts of Kaluga", "18 UAVs
 * over the Kaluga region"), so fewer in the city is no other count. More in the city than in the
 * whole region still is.
 */
function cityTallyWithinRegion(ours: Claim, theirs: Claim): boolean {
  if (ours.frame.event !== 'shootdown' || theirs.frame.event !== 'shootdown') return false;
  if (!ours.frame.cityOnly === !theirs.frame.cityOnly) return false;
  const [city, region] = ours.frame.cityOnly ? [ours, theirs] : [theirs, ours];
  return city.frame.counts.every((x) =>
    region.frame.counts.every((y) => y.unit !== x.unit || countRange(x)[0] <= countRange(y)[1]),
  );
}

/** A harm the wider place counts fewer of than the narrower one within it: its unit. */
function widerCountsFewer(wider: Count[], narrower: Count[]): string | undefined {
  for (const x of wider) {
    if (!isHarm(x)) continue;
    for (const y of narrower)
      if (y.unit === x.unit && countRange(x)[1] < countRange(y)[0]) return x.unit;
  }
  return undefined;
}

/** Both claims count one thing, and their counts of it agree. */
function sameCount(ours: Count[], theirs: Count[]): boolean {
  return ours.some((x) => theirs.some((y) => y.unit === x.unit && rangesMeet(x, y)));
}

/** Both count the same harm with the same exact number. */
function sameExactHarm(ours: Count[], theirs: Count[]): boolean {
  return ours.some(
    (x) =>
      isHarm(x) &&
      x.qualifier === 'exact' &&
      theirs.some((y) => y.unit === x.unit && y.qualifier === 'exact' && y.value === x.value),
  );
}

/** What a strike is told as: one of them dated to an hour can be told at another hour. */
const STRIKES = new Set(['attack', 'damage', 'debris']);

/**
 * A strike, or the drone brought down told by its hour alone ("the drone was brought down at
 * about half past four", `shotDownByHour`): the night's one event, whose hour the blast heard
 * there tells too.
 */
const struckOrDownedByHour = (frame: ClaimFrame): boolean =>
  STRIKES.has(frame.event) || shotDownByHour(frame);

/**
 * When a fire was over, by the part of the day its end is told in: "put out by noon",
 * "extinguished before dawn", "burned until the evening", "was put out only in the evening".
 * Its verb is the putting out or the burning on: "broke out in the evening" is when it began.
 */
const FIRE_OVER =
  /\b(?:(put out|extinguished|(?:was|were|is|had been|been) out|under control|contained|locali[sz]ed)\s+(?:only\s+)?(by|before|in|at|towards?)|(?:burn(?:ed|t|ing)|raged|raging|blazed|lasted|continued)\s+(?:until|till|into))\s+(?:the\s+)?(dawn|morning|noon|midday|afternoon|evening|night|midnight)\b/i;

/** Hours of the day the parts of the day FIRE_OVER reads stand for. */
const PART_HOURS: Record<string, number> = {
  dawn: 6,
  morning: 9,
  noon: 12,
  midday: 12,
  afternoon: 15,
  evening: 19,
  night: 22,
  midnight: 24,
};

/** A fire in the open: "broke out in a field", "dry grass caught fire", "a forest fire". */
const FIRE_IN_OPEN =
  /\b(?:in|on) (?:a|an|the) (?:[\w-]+ )?(?:fields?|forest|meadow|steppe|wasteland|grassland)\b|\b(?:grass|forest|field) fire\b|\bgrass caught fire\b/i;
/** A fire on a site: "on its grounds", "on the plant's premises", "at the depot". */
const FIRE_ON_SITE =
  /\b(?:on|at|in) (?:its|the [\w-]+['’]s) (?:grounds|premises|territory)\b|\b(?:at|in) the (?:plant|enterprise|factory|depot|refinery|warehouse|substation|terminal|workshop)\b/i;

/** Hours apart two ends of one fire must be to disagree: noon and the evening, not noon and afternoon. */
const FIRE_END_APART = 5;

/**
 * What a telling says of the hour a fire was over: no later than ("put out by noon"), no earlier
 * than ("burned until the evening"), or both ("was put out in the evening").
 */
interface FireEnd {
  earliest?: number;
  latest?: number;
}

/**
 * A fire put out by an hour its claim's time holds: "the firefighters put it out by 9 a.m.",
 * "was extinguished at about seven in the morning"; group 1 the preposition.
 */
const FIRE_OUT_AT_HOUR =
  /\b(?:put (?:it |them )?out|extinguished|(?:was|were|is|had been|been) out|under control|contained|locali[sz]ed)\s+(?:only\s+)?(by|before|at)\s+(?:about\s+|around\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

function fireOverAt(text: string, clock?: number): FireEnd | undefined {
  const atHour = clock === undefined ? null : FIRE_OUT_AT_HOUR.exec(text);
  if (atHour) {
    const hour = clock! / 60;
    return /^(?:by|before)$/i.test(atHour[1]!)
      ? { latest: hour }
      : { earliest: hour, latest: hour };
  }
  const m = FIRE_OVER.exec(text);
  const hour = m?.[3] ? PART_HOURS[m[3].toLowerCase()] : undefined;
  if (!m || hour === undefined) return undefined;
  if (!m[1]) return { earliest: hour };
  return /^(?:by|before)$/i.test(m[2]!) ? { latest: hour } : { earliest: hour, latest: hour };
}

/**
 * Whether two tellings of one fire's end cannot both hold: one has it burning at least five hours
 * after the other has it out ("out by noon", "burned until the evening"). "By morning" after a
 * fire that burned into the evening or the night is the next morning, which agrees, unless both
 * tell a fire lit `overnight`.
 */
function fireEndsClash(x: FireEnd, y: FireEnd, overnight: boolean): boolean {
  const apart = (earliest?: number, latest?: number): boolean =>
    earliest !== undefined &&
    latest !== undefined &&
    earliest - latest >= FIRE_END_APART &&
    (overnight || !(latest <= PART_HOURS.morning! && earliest >= PART_HOURS.evening!));
  return apart(x.earliest, y.latest) || apart(y.earliest, x.latest);
}

/** Dated to a night ("overnight into Thursday"): `details.ts` writes such a night as "wed+night". */
const OF_A_NIGHT = /\+night\b/;

/**
 * Two tellings of a fire, each told by when it was over, at ends that cannot both hold. A fire lit
 * overnight, as both tell it, was out "by 9 a.m." that morning, before the evening another says it
 * burned until: not the next morning, as after a fire lit by day (`fireEndsClash`).
 */
function fireEndsApart(
  a: Claim,
  aClock: number | undefined,
  b: Claim,
  bClock: number | undefined,
): boolean {
  if (!eventsOf(a.frame, a.terms).includes('fire') || !eventsOf(b.frame, b.terms).includes('fire'))
    return false;
  const aOver = fireOverAt(a.text, aClock);
  const bOver = fireOverAt(b.text, bClock);
  if (!aOver || !bOver) return false;
  const overnight = OF_A_NIGHT.test(a.frame.time ?? '') && OF_A_NIGHT.test(b.frame.time ?? '');
  return fireEndsClash(aOver, bOver, overnight);
}

/** A fire told as put out at once: "was quickly put out", "extinguished within minutes". */
const QUICKLY_OUT =
  /\b(?:quickly|promptly|swiftly|immediately|rapidly|soon)\s+(?:put out|extinguished|contained|locali[sz]ed)\b|\b(?:put out|extinguished)\s+(?:quickly|promptly|swiftly|immediately|within minutes)\b/i;

/** A fire put out within some time: "put it out within", "extinguished in" (the time follows). */
const PUT_OUT_WITHIN = String.raw`\b(?:put (?:it |them )?out|extinguished|contained|locali[sz]ed)\s+(?:with)?in\s+`;

/** One fire told as out within hours and out only later, or out within the hour and burning for hours. */
function firesLastApart(ours: string, theirs: string): boolean {
  return (
    oneEach(ours, theirs, OUT_WITHIN_HOURS, OUT_ONLY_LATER) ||
    oneEach(ours, theirs, OUT_WITHIN_THE_HOUR, BURNED_FOR_HOURS)
  );
}

/** A fire told as out within a few hours of breaking out: "put it out within two hours", "in an hour". */
const OUT_WITHIN_HOURS = new RegExp(
  String.raw`${PUT_OUT_WITHIN}(?:an?|one|two|three|half an|\d) (?:hours?|minutes)\b`,
  'i',
);

/**
 * A fire told as out only at a later day or part of it: "put out only on Tuesday morning", "not
 * extinguished until the next day". Against one out within hours, the two cannot both hold.
 */
const OUT_ONLY_LATER =
  /\b(?:put out|extinguished|contained|locali[sz]ed)\s+only\s+(?:on|by|in|at|the next|the following)\b|\bnot (?:put out|extinguished|contained|locali[sz]ed) until\b/i;

/**
 * A fire told as out within the hour it broke out: "put out within an hour", "extinguished in
 * forty minutes". Against one that "burned for several hours", the two cannot both hold.
 */
const OUT_WITHIN_THE_HOUR = new RegExp(
  String.raw`${PUT_OUT_WITHIN}(?:(?:an|one|half an) hour|(?:\d+|[a-z]+(?:[ -][a-z]+)?) minutes)\b`,
  'i',
);

/**
 * A fire told as burning for hours: "burned for several hours", "blazed for three hours", or
 * fought for them ("firefighters fought the blaze for more than five hours").
 */
const BURNED_FOR_HOURS =
  /\b(?:burn(?:ed|t|s|ing)?|raged|blazed|(?:fought|battled|tackled) (?:the |a )?(?:[\w-]+ )?(?:fires?|blazes?|flames))\s+for\s+(?:(?:more than|over|about|around|almost|nearly|at least)\s+)?(?:(?:several|many|a few|some|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?hours\b/i;

/**
 * A fire's start told with its hour: "the fire started at about six in the evening", "the blaze
 * began shortly after 8 p.m.". Two starts of one fire an hour or more apart cannot both hold.
 */
const FIRE_STARTED =
  /\b(?:fire|blaze|flames?)\s+(?:started|began|broke out|erupted)\s+(?:at|around|about|shortly|just|soon)\b/i;

/** A reading told by what residents smelt: "complained of a strong chemical smell". */
const SMELT = /\bcomplain(?:ed|s|ing)? (?:of|about)\b/i;

/** A fire told as burning on until a part of the day ("burned until morning"), not as put out then. */
function burnedOn(over: FireEnd | undefined): boolean {
  return over?.earliest !== undefined && over.latest === undefined;
}

/** What a closure shuts, by its noun: "the road", "traffic on the highway", "the airport". */
const CLOSED_THING =
  /\b(road|highway|motorway|bridge|crossing|checkpoint|airport|airspace|port|railway|school|internet)s?\b/gi;

/** Whether two closures name the same kind of thing shut (a road in both, not a road and a port). */
function sameClosed(a: string, b: string): boolean {
  const x = new Set([...a.matchAll(CLOSED_THING)].map((m) => (m[1] ?? '').toLowerCase()));
  const y = [...b.matchAll(CLOSED_THING)].map((m) => (m[1] ?? '').toLowerCase());
  return x.size > 0 && y.length > 0 && y.every((t) => x.has(t)) && x.size === new Set(y).size;
}

/** A closure over at an hour: "resumed at about nine in the morning", "reopened at 10 a.m."; group 1 the hour. */
const REOPENED_AT =
  /\b(?:resumed|reopened|re-opened|restored)\s+(?:[\w-]+\s+){0,3}?(?:at|by|from|shortly after|after)\s+([^,;]{1,40})/i;
/** A closure still on: "had still not reopened", "was still closed", "remained closed". */
const STILL_SHUT =
  /\bstill (?:not (?:been )?(?:reopened|re-opened|resumed)|closed|shut|suspended|halted|blocked)\b|\b(?:had|has|have) (?:still )?not (?:yet )?(?:been )?(?:reopened|re-opened|resumed)\b|\bremained (?:closed|shut|suspended|blocked)\b/i;
/** The hour a closure was still on, told as noon: "by noon", "at midday". */
const SHUT_AT_NOON = /\b(?:by|at|as of|until) (?:noon|midday)\b/i;

/** The minutes past midnight a STILL_SHUT telling says the closure was still on. */
function stillShutAt(text: string): number | undefined {
  return SHUT_AT_NOON.test(text) ? 12 * 60 : clockOf(timeOf(text));
}

/**
 * `reopened` tells a closure over at an hour, `shut` the same closure still on an hour or more
 * later: what `shut` says is closed ("the bridge") is among what `reopened` names ("road traffic
 * on the bridge").
 */
function reopenedBeforeStillShut(reopened: string, shut: string): boolean {
  const named = new Set(
    [...reopened.matchAll(CLOSED_THING)].map((m) => (m[1] ?? '').toLowerCase()),
  );
  const closed = [...shut.matchAll(CLOSED_THING)].map((m) => (m[1] ?? '').toLowerCase());
  if (!closed.length || !closed.every((thing) => named.has(thing))) return false;
  const over = REOPENED_AT.exec(reopened)?.[1];
  const overAt = over === undefined ? undefined : clockOf(timeOf(over));
  if (overAt === undefined || !STILL_SHUT.test(shut)) return false;
  // Still shut at no hour ("Bridge still closed after night of explosions", a headline) is
  // still shut as it is told, against a closure said to be over that day.
  const stillAt = stillShutAt(shut);
  return stillAt === undefined || stillAt - overAt >= HOUR_TOLERANCE;
}

/**
 * Whether two tellings open on the same kind of thing shut or working, whatever else they name:
 * "the checkpoint at the entrance is operating normally", "the police checkpoint on the road into
 * the town was closed" tell of one checkpoint in few common words.
 */
function firstClosed(a: string, b: string): boolean {
  const x = FIRST_CLOSED.exec(a)?.[1]?.toLowerCase();
  return x !== undefined && x === FIRST_CLOSED.exec(b)?.[1]?.toLowerCase();
}

const FIRST_CLOSED = new RegExp(CLOSED_THING.source, 'i');

/** Traffic stopped for a whole day: "was halted for the whole day", "suspended all day". */
const HALTED_ALL_DAY =
  /\b(?:halted|suspended|stopped|closed)\s+(?:for\s+)?(?:the\s+)?(?:whole|entire|all)\s+(?:the\s+)?day\b/i;
/** Trains that ran, however late: "ran up to two hours late", "were delayed by", "ran on schedule". */
const TRAINS_RAN =
  /\btrains?\b.*\b(?:ran|run|running)\b.{0,40}\b(?:late|on schedule|on time)\b|\btrains?\b.*\b(?:were|was) delayed\b/i;

/** `halted` stops the trains for the whole day that `ran` says ran that day. */
function haltedAllDayWhileRan(halted: string, ran: string): boolean {
  return HALTED_ALL_DAY.test(halted) && /\btrains?\b/i.test(halted) && TRAINS_RAN.test(ran);
}

/** A death that came after the toll: "later died", "has since died", "succumbed to her wounds". */
const LATER_DEATH = /\b(?:later|since|subsequently)\s+died\b|\bdied\s+later\b|\bsuccumbed\b/i;

/** The term of people moved away from danger (`terms.ts`). */
const EVACUATED = 'evacuate';

function evacuated(c: Claim): boolean {
  return c.terms.includes(EVACUATED);
}

/** Harm denied in a telling of an evacuation: "the evacuation went without incident, no one was hurt". */
function unhurtInEvacuation(c: Claim): boolean {
  return c.frame.event === 'casualties' && c.frame.negated && evacuated(c);
}

/** A building told as gone: "was destroyed", "was razed", "reduced to rubble". */
const WHOLLY_DESTROYED =
  /\b(?:(?:was|were|been) (?:completely |totally |fully |entirely )?(?:destroyed|razed)|reduced to rubble)\b/i;
/** A building told as barely touched: "was only slightly damaged", "suffered minor damage". */
const SLIGHTLY_DAMAGED =
  /\b(?:(?:slightly|lightly|superficially) damaged|(?:minor|slight|superficial) damage)\b/i;

/**
 * Whether two tellings of damage name one kind of building, or one names a kind and the other a
 * building it does not say the kind of ("the building of the old cinema").
 */
function oneKindDamaged(a: string, b: string): boolean {
  const [x, y] = [damagedKind(a), damagedKind(b)];
  return x === y ? x > 0 : !x || !y;
}

/** A building where goods are kept, of whatever owner. */
const STORE = String.raw`(?:warehouses?|depots?|storehouses?|storage (?:sites?|facilit(?:y|ies)))`;
/** Where goods are kept, told as a business's: "a warehouse of a logistics company", "a retailer's depot". */
const CIVILIAN_STORE = new RegExp(
  String.raw`\b${STORE} (?:of|belonging to|owned by|rented by|used by) (?:an? |the |one )?(?:[\w-]+ ){0,2}?(?:company|firm|retailer|business|supermarket|chain|distributor|farm|cooperative)\b|\b(?:civilian|commercial|company['’]s|retailer['’]s|supermarket['’]s) ${STORE}`,
  'i',
);
/** Where goods are kept, told as the army's: "a military warehouse", "a depot holding Western-supplied shells". */
const MILITARY_STORE = new RegExp(
  String.raw`\b(?:military|army|ammunition|munitions?|weapons|arms) ${STORE}|\b${STORE} (?:holding|storing|stocked with|full of|containing|with|of|for) (?:[\w-]+ ){0,2}?(?:ammunition|munitions|shells|weapons|arms|missiles|military equipment)\b|\barsenals?\b`,
  'i',
);

/** A woman or a girl told of, and no man: "a woman was wounded". */
const WOMAN_ALONE = /^(?!.*\b(?:man|men|boy|boys)\b).*\b(?:woman|girl)\b/i;
/** A man or a boy told of, and no woman: "a man was injured when a drone hit his car". */
const MAN_ALONE = /^(?!.*\b(?:woman|women|girl|girls)\b).*\b(?:man|boy)\b/i;

/** Both claims count one person hurt, and no more. */
function oneHurtEach(a: ClaimFrame, b: ClaimFrame): boolean {
  const one = (f: ClaimFrame) => {
    const hurt = f.counts.filter(isHarm);
    return hurt.length > 0 && hurt.every((c) => c.value === 1 && c.qualifier === 'exact');
  };
  return one(a) && one(b);
}

/** How long a measure is said to last: "for three days", "for a week", "for two weeks". */
const LASTS_FOR =
  /\bfor (a|an|one|two|three|four|five|six|seven|ten|fourteen|\d+) (day|week|month)s?\b/i;

const DAYS_IN: Record<string, number> = { day: 1, week: 7, month: 30 };

/** Days a measure is said to last ("restricted for three days": 3), when said so. */
function lastsDays(text: string): number | undefined {
  const m = LASTS_FOR.exec(text);
  if (!m) return undefined;
  const n = numberInOneWord(m[1]!);
  return n === undefined ? undefined : n * DAYS_IN[m[2]!.toLowerCase()]!;
}

/**
 * Minutes two clock times must differ by less than to be one report's "about" and another's:
 * "about 5 a.m." and "shortly after 5:30" are one hour, "about 4 a.m." and "around five in the
 * morning" two, each told as the hour it was.
 */
const HOUR_TOLERANCE = 60;

/**
 * "The strike on the Kovel district came at about 1 a.m.": a sentence whose news is when the
 * strike the article tells of came, whatever it names on the way. Bounded, so linear.
 */
const STRIKE_CAME_AT =
  /\bthe (?:[\w-]+ ){0,2}?(?:strike|attack|raid|shelling|bombardment)s?\b.{0,80}?\b(?:came|happened|occurred|took place|began|started|commenced)\b/i;

/** A blast, not a weapon's strike: "the blast was at", "the explosion happened at". */
const BLAST = /\b(?:blast|explosion|detonation|went off|exploded|detonated)\b/i;
const WEAPON_NAMED =
  /\b(?:drones?|uavs?|missiles?|rockets?|shells?|shelling|bombs?|airstrikes?)\b/i;

/** An attack or sabotage told as a blast at an hour, with no weapon named. */
function blastByHour(c: Claim, t: Timed): boolean {
  return (
    (c.frame.event === 'attack' || c.frame.event === 'sabotage') &&
    !c.frame.negated &&
    t.clock !== undefined &&
    BLAST.test(c.text) &&
    !WEAPON_NAMED.test(c.text)
  );
}

/** A weapon denied as the cause: "not a missile", "rather than a drone". */
const NOT_A_WEAPON =
  /\b(?:not|rather than) an? (?:[\w-]+ )?(?:drones?|uavs?|missiles?|rockets?|shells?|bombs?|strike|attack)\b/gi;

/** Gas told as a blast's own cause, not one a strike set off: "domestic", "household". */
const DOMESTIC = /\b(?:domestic|household)\b/i;

/**
 * A blast put down to gas as against a weapon: one denied ("gas explosion, not a missile") or the
 * gas a home's own ("a domestic gas explosion"), naming no weapon but one it denies. A gas blast
 * a strike set off ("a drone hit a gas pipe, and a gas explosion damaged the house") is neither.
 */
function gasBlast(c: Claim): boolean {
  if (!GAS_BLAST.test(c.text)) return false;
  const undenied = c.text.replace(NOT_A_WEAPON, '');
  return (undenied !== c.text || DOMESTIC.test(c.text)) && !WEAPON_NAMED.test(undenied);
}

/** A weapon told striking, with no gas blast in the telling. */
function weaponStrike(c: Claim): boolean {
  return (
    (c.frame.event === 'attack' || c.frame.event === 'damage') &&
    c.frame.relation !== 'near' &&
    WEAPON_NAMED.test(c.text) &&
    !GAS_BLAST.test(c.text)
  );
}

/** Counts that say how long a strike lasted or how it sounded, not what it hit. */
const HEARD_OR_LASTED = new Set(['minute', 'hour', 'explosion', 'blast', 'bang']);

/**
 * A follow-up that says when and little else: its place taken from the passage ("The building
 * was hit at 2:30 a.m."), or the strike itself said to have come at that hour ("The strike on
 * the depot came at 5 a.m."). A claim naming its own place otherwise ("Drones struck Kharkiv at
 * 2 a.m.") may tell another strike that day.
 */
function toldByHour(claim: Claim, clock: number | undefined): boolean {
  const frame = claim.frame;
  return (
    // How long it lasted is still told by the hour: "began shortly after 2 a.m. and lasted
    // about forty minutes" counts nothing that was hit; nor do the blasts heard ("more than ten
    // explosions were heard from about three").
    !frame.counts.some((c) => !HEARD_OR_LASTED.has(c.unit)) &&
    !frame.identifiers.length &&
    clock !== undefined &&
    (!claim.terms.some((t) => t.startsWith('place:')) || STRIKE_CAME_AT.test(claim.text))
  );
}

/**
 * Blasts heard at an hour, told with no place of their own ("The explosions were heard at about
 * two in the morning"): heard where the passage's story is, not over its whole region like a raid,
 * so they are the night's one strike or shooting-down at a town within the region the passage
 * last named ("a drone was shot down over the town at about midnight"), whose hour they tell too.
 */
function blastsHeardAt(claim: Claim, clock: number | undefined): boolean {
  return (
    claim.terms.includes('heard') &&
    (claim.terms.includes('explosion') || claim.terms.includes('blast')) &&
    toldByHour(claim, clock)
  );
}

/** Weapons a strike's teller counts one by one, unlike drones of a raid or shells of a barrage. */
const AIR_WEAPONS = new Set(['bomb', 'missile']);

/**
 * A follow-up that tells only the bombs or missiles a strike used, its place taken from the
 * passage: "Three guided bombs were used", "Two missiles were fired in the attack".
 */
function toldByWeapons(claim: Claim): boolean {
  const frame = claim.frame;
  return (
    frame.event === 'attack' &&
    frame.counts.length > 0 &&
    frame.counts.every((c) => AIR_WEAPONS.has(c.unit)) &&
    !frame.identifiers.length &&
    !claim.terms.some((t) => t.startsWith('place:'))
  );
}

/** Minutes between the clock times of two claims, either way round midnight; 0 unless both say one. */
function hoursApart(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return 0;
  const d = Math.abs(a - b);
  return Math.min(d, 24 * 60 - d);
}

/** Homes in blocks of flats: "a multi-storey building", "a nine-storey block", "a high-rise". */
const APARTMENT_BLOCKS =
  /\b(?:multi-?stor(?:e)?y|[\p{L}\p{N}]+-stor(?:e)?y (?:residential )?(?:buildings?|blocks?)|apartment (?:buildings?|blocks?|houses?)|blocks? of (?:flats|apartments)|high-?rises?)\b/iu;
/** Homes of one family: "private houses", "private homes". */
const PRIVATE_HOUSES = /\bprivate (?:residential )?(?:houses?|homes?)\b/i;

/**
 * Buildings counted of two kinds of home, blocks of flats in one telling and private houses in
 * the other ("a multi-storey building was damaged", "twelve private houses were damaged"): two
 * sets of buildings, whose counts neither contradict nor confirm each other.
 */
function homesOfTwoKinds(a: string, b: string): boolean {
  const blocksOnly = (t: string) => APARTMENT_BLOCKS.test(t) && !PRIVATE_HOUSES.test(t);
  const housesOnly = (t: string) => PRIVATE_HOUSES.test(t) && !APARTMENT_BLOCKS.test(t);
  return (blocksOnly(a) && housesOnly(b)) || (housesOnly(a) && blocksOnly(b));
}

/** Whether one telling matches `x` and the other `y`, whichever way round. */
function oneEach(ours: string, theirs: string, x: RegExp, y: RegExp): boolean {
  return (x.test(ours) && y.test(theirs)) || (y.test(ours) && x.test(theirs));
}

/** The clock times a side may mean: its clock, or both halves of the day of one told without. */
function readingsOf(t: Timed): number[] {
  if (t.clock !== undefined) return [t.clock];
  return t.twelve === undefined ? [] : [t.twelve, t.twelve + 12 * 60];
}

/** Minutes a clock time lies outside a span of the clock, either way round midnight; 0 within it. */
function outsideSpan(clock: number, [from, to]: [number, number]): number {
  return clock >= from && clock <= to
    ? 0
    : Math.min(hoursApart(clock, from), hoursApart(clock, to));
}

/**
 * Minutes between two sides' hours, the nearest readings of each ("half past four" is 4:30 or
 * 16:30); 0 unless both tell an hour.
 */
function clocksApart(a: Timed, b: Timed): number {
  const ra = readingsOf(a);
  const rb = readingsOf(b);
  // "Just before dawn" against "at 23:40": the hour told in digits, as far as it lies outside dawn.
  if (a.span && !ra.length && rb.length) return Math.min(...rb.map((y) => outsideSpan(y, a.span!)));
  if (b.span && !rb.length && ra.length) return Math.min(...ra.map((x) => outsideSpan(x, b.span!)));
  if (!ra.length || !rb.length) return 0;
  return Math.min(...ra.flatMap((x) => rb.map((y) => hoursApart(x, y))));
}

/** "lasted about forty minutes", "lasted around half an hour", "lasted two hours". */
const LASTED =
  /\b(?:lasted|went on|continued) (?:for )?(?:about |around |some |roughly |nearly |almost |under |less than )?(half an hour|an hour and a half|an hour|(\d+|[a-z]+(?:[ -][a-z]+)?) (minutes?|hours?))\b/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  ninety: 90,
};

/** Minutes a claim says its event lasted, when it says so in words a clock can use. */
function lastedMinutes(claim: Claim): number | undefined {
  const m = LASTED.exec(claim.text);
  if (!m) return undefined;
  const said = m[1]!.toLowerCase();
  if (said === 'half an hour') return 30;
  if (said === 'an hour and a half') return 90;
  if (said === 'an hour') return 60;
  const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : NUMBER_WORDS[m[2]!.toLowerCase()];
  if (n === undefined) return undefined;
  return /^hour/i.test(m[3]!) ? n * 60 : n;
}

/**
 * Whether the earlier of two strikes told by their hours is said to have ended more than an hour
 * before the later began: its start and how long it lasted, both told.
 */
function overBefore(
  a: Claim,
  aClock: number | undefined,
  b: Claim,
  bClock: number | undefined,
): boolean {
  if (aClock === undefined || bClock === undefined) return false;
  const [first, firstClock, laterClock] =
    aClock <= bClock ? [a, aClock, bClock] : [b, bClock, aClock];
  const lasted = lastedMinutes(first);
  return lasted !== undefined && laterClock - (firstClock + lasted) > HOUR_TOLERANCE;
}

/** What a strike was made with, as its terms or its counts name it. */
const WEAPONS = new Set(['drone', 'missile', 'rocket', 'shell', 'bomb', 'artillery']);

/** Neither its counts nor its terms name a weapon. */
function unarmed(c: Claim): boolean {
  return !c.frame.counts.some((x) => WEAPONS.has(x.unit)) && !c.terms.some((t) => WEAPONS.has(t));
}

/**
 * Two full reports of a strike may be one: counted alike, or one naming neither a count nor a
 * weapon ("Russian forces struck a facility at around 4 a.m.") beside the other's "a missile hit
 * it at 2:15". Drones counted at night and a missile that morning stay two strikes.
 */
function oneWeaponry(ours: Claim, theirs: Claim): boolean {
  return sameCount(ours.frame.counts, theirs.frame.counts) || unarmed(ours) || unarmed(theirs);
}

/** Both claims count the same harm, and their counts agree: whatever else they mention is aside. */
function sameHarm(ours: Count[], theirs: Count[]): boolean {
  return ours.some((x) => isHarm(x) && theirs.some((y) => y.unit === x.unit && rangesMeet(x, y)));
}

/**
 * `memo` carries what time expressions say from one pair to the next within a check; without it,
 * each pair reads its candidate's afresh, to the same judgement.
 */
/** Events a place has one answer to on a day, so that a denial there gainsays a telling. */
const ONE_ANSWER_A_DAY = new Set(['sabotage', 'detention']);

export function judgeClaims(ours: Claim, theirs: Claim, memo?: TimeMemo): Judgement {
  const a = ours.frame;
  const b = theirs.frame;
  // Debris that fell near a building and a drone that hit it are one event told two ways.
  if (!shareEvent(a, b, ours.terms, theirs.terms) && !relationsClash(ours, theirs))
    return UNRELATED;
  // A fire at an object meets what else tells of damage to it only as a denial's contradiction.
  if (burnedOnly(ours, theirs) || burnedOnly(theirs, ours)) return UNRELATED;
  const pa = prepare(ours);
  // "A tug hit a mine near Izmail, on the Danube" and "drones hit the Danube port of Reni": a river
  // named beside a town on each side says where the towns are, and two towns are two places.
  const [aNamed, bNamed] = withoutSharedRiver(a.places, b.places);
  const [aPlaces, bPlaces] = [withoutContainers(aNamed, bNamed), withoutContainers(bNamed, aNamed)];
  // A denial said of a spot ("No one was hurt there", `detect.ts`) is not said of the town its
  // district is named after.
  const sharePlace = aPlaces.some((p) => bPlaces.includes(p));
  // An evacuation names where people left and where they went ("children of the X district went
  // to camps in Y"): Y is where they went, not a village of the district.
  const moved = a.event === 'evacuation' && b.event === 'evacuation';
  if (
    !sharePlace &&
    !moved &&
    (villageBesideCentre(aNamed, bNamed) || villageBesideCentre(bNamed, aNamed))
  )
    return UNRELATED;
  const samePlace = sharePlace || (!a.cityOnly && !b.cityOnly && oneGround(aPlaces, bPlaces));
  const theirsWithinOurs = bPlaces.some((p) => pa.area.has(p));
  const oursWithinTheirs = aPlaces.some((p) => indexedUnder(theirs.keys, p));
  const nested =
    samePlace || oursWithinTheirs || theirsWithinOurs || oneOfficialsDenials(ours, theirs);
  const placeless = !a.places.length && !b.places.length;
  if (!nested && !placeless) return UNRELATED;
  // "The evacuation went without incident and no one was hurt": harm denied of the evacuation,
  // not of whatever else befell the town that day (debris that injured a teacher there).
  if (
    unhurtInEvacuation(ours) !== unhurtInEvacuation(theirs) &&
    !(evacuated(ours) && evacuated(theirs))
  )
    return UNRELATED;
  if (placeless && !a.actors.some((x) => b.actors.includes(x))) return UNRELATED;
  const facts = memo?.facts ?? new WeakMap<Claim, Facts>();
  if (namedAgainstUnnamed(ours, theirs, facts)) return UNRELATED;
  if (!samePlace && (seaTally(ours, oursWithinTheirs) || seaTally(theirs, theirsWithinOurs)))
    return UNRELATED;

  // Damage in a city named like its region is the city's: not a strike on another town of it;
  // nor is debris that fell there ("fragments fell on the outskirts of Kherson") a fall
  // elsewhere in the region.
  if (
    !samePlace &&
    ((STRUCK_IN_CITY.has(a.event) && a.cityOnly && !theirsWithinOurs) ||
      (STRUCK_IN_CITY.has(b.event) && b.cityOnly && !oursWithinTheirs))
  )
    return UNRELATED;
  const { score, topical } = overlaps(pa, theirs.terms);
  const exactPlace = samePlace || placeless;
  // Told of different days, two claims are two events, unless nothing else tells them apart.
  const pb = timedOf(theirs, memo);
  const timeClash = timesClash(pa, pb);
  // Apart only by the days their articles are about: two events, or one, but never a disagreement.
  const dayApart = timeClash || timesClash(pa.dated, pb.dated);
  // A supply back by one day's end and still off there the day after ("power was restored by
  // evening", "the town was still without power on Sunday morning"): the days are the point.
  if (
    exactPlace &&
    a.event === 'outage' &&
    b.event === 'outage' &&
    !a.negated &&
    !b.negated &&
    sameSupply(ours.text, theirs.text) &&
    (restoredBeforeStillOut(ours, pa, theirs, pb) ||
      restoredBeforeStillOut(theirs, pb, ours, pa) ||
      restoredBeforeOutEnded(ours, pa, theirs) ||
      restoredBeforeOutEnded(theirs, pb, ours) ||
      (!dayApart &&
        (restoredBeforeOutThatDay(ours, pa, theirs) || restoredBeforeOutThatDay(theirs, pb, ours))))
  )
    return { relation: 'contradicts', aspect: 'time', score };
  if (dayApart && farApart(pa.dated, pb.dated)) return { relation: 'unrelated', score };
  if (dayApart && nightsApart(pa.nights, pb.nights)) return { relation: 'unrelated', score };
  if (dayApart && wholeDaysApart(pa, pb)) return { relation: 'unrelated', score };
  // "A week earlier, …" against a claim dated to a day: another week's event, however alike.
  if (
    pa.weeksBefore !== pb.weeksBefore &&
    [pa.dated, pb.dated].some((d) => d.days.length > 0 || d.weekdays.length > 0)
  )
    return { relation: 'unrelated', score };

  // An attack on a place denied outright ("there was no Russian attack on the town") denies a
  // strike told there that day, whatever it hit: the denial names no object to set them apart.
  if (
    exactPlace &&
    !dayApart &&
    (attackDeniedOutright(ours)
      ? strikeTold(theirs)
      : attackDeniedOutright(theirs) && strikeTold(ours))
  )
    return { relation: 'contradicts', aspect: 'polarity', score };

  // A blast put down to gas at a place that day ("a domestic gas explosion destroyed part of a
  // block", "gas explosion, not a missile") against a weapon's strike told there: two causes of
  // one blast, which cannot both hold.
  if (
    exactPlace &&
    !dayApart &&
    pa.weeksBefore === pb.weeksBefore &&
    !a.negated &&
    !b.negated &&
    ((gasBlast(ours) && weaponStrike(theirs)) || (gasBlast(theirs) && weaponStrike(ours)))
  )
    return { relation: 'contradicts', aspect: 'polarity', score };

  // One vessel struck there that day, afloat in one telling ("stayed afloat and was towed into
  // port") and aground or sunk in the other ("took on water and ran aground"): both cannot hold.
  if (
    exactPlace &&
    !dayApart &&
    pa.weeksBefore === pb.weeksBefore &&
    ((AFLOAT.test(ours.text) && SANK_OR_AGROUND.test(theirs.text)) ||
      (AFLOAT.test(theirs.text) && SANK_OR_AGROUND.test(ours.text)))
  )
    return { relation: 'contradicts', aspect: 'polarity', score };

  // One closure of one bridge or road that day, over at an hour in one telling ("traffic resumed
  // at about nine") and still on hours later in the other ("by noon it had still not reopened"):
  // the hours are the point, so only the days the two are dated to may set them apart.
  if (
    exactPlace &&
    !timesClash(pa.dated, pb.dated) &&
    (reopenedBeforeStillShut(ours.text, theirs.text) ||
      reopenedBeforeStillShut(theirs.text, ours.text))
  )
    return { relation: 'contradicts', aspect: 'time', score };
  // One fire there that day, out by an hour in one telling ("put it out by 9 a.m.") and burning
  // until a part of the day hours later in the other ("burned until the evening"): the hours told
  // are its ends, not when it happened, so only the days the two are dated to may set them apart.
  if (
    exactPlace &&
    !timesClash(pa.dated, pb.dated) &&
    !a.negated &&
    !b.negated &&
    fireEndsApart(ours, pa.clock, theirs, pb.clock)
  )
    return { relation: 'contradicts', aspect: 'time', score };
  // A place working as normal against the same place stopped ("the refinery is operating as
  // normal", "two of the refinery's units were stopped") that day: a denial, never the same fact.
  if ((a.event === 'operating') !== (b.event === 'operating')) {
    const [working, stopped] = a.event === 'operating' ? [ours, theirs] : [theirs, ours];
    // Working "normally" where its own article tells of no hit on it says nothing happened to
    // it: a strike on that object, or a fire in it, that day is denied ("the plant continues to
    // operate normally" against "drones struck the plant"). Merely working on ("the refinery
    // continues to operate"), or working normally after the fire its article tells, is not.
    if (
      !dayApart &&
      exactPlace &&
      !working.frame.negated &&
      !stopped.frame.negated &&
      stopped.frame.relation !== 'near' &&
      eventsOf(stopped.frame, stopped.terms).includes('damage') &&
      working.terms.includes(UNTOUCHED) &&
      kindOf(working, facts) > 0 &&
      kindOf(working, facts) === kindOf(stopped, facts) &&
      sameObject(working.text, stopped.text)
    )
      return { relation: 'contradicts', aspect: 'polarity', score };
    // "The power supply in the oblast is working normally" against "part of a town in it was
    // left without electricity" that day: the supply there is not normal.
    if (
      !dayApart &&
      stopped.frame.event === 'outage' &&
      !stopped.frame.negated &&
      !RESTORED.test(stopped.text) &&
      SUPPLY_NORMAL.test(working.text) &&
      sameSupply(working.text, stopped.text) &&
      (exactPlace || working.frame.places.some((p) => indexedUnder(stopped.keys, p)))
    )
      return { relation: 'contradicts', aspect: 'polarity', score };
    // "Broadcasting continued without interruption" against "several TV channels went off the
    // air" in the same place that night: the broadcast was cut, or it was not.
    if (
      !dayApart &&
      exactPlace &&
      !working.frame.negated &&
      !stopped.frame.negated &&
      onAndOffAir(working, stopped)
    )
      return { relation: 'contradicts', aspect: 'polarity', score };
    return !dayApart &&
      !stopped.frame.negated &&
      (topical >= CONTRADICTION_THRESHOLD ||
        (exactPlace && firstClosed(working.text, stopped.text)) ||
        // "The refinery is working normally" against "the plant halted processing": one object
        // of one kind named two ways at that place.
        (exactPlace &&
          damagedKind(working.text) > 0 &&
          damagedKind(working.text) === damagedKind(stopped.text))) &&
      AS_NORMAL.test(working.text) &&
      STOPPED.test(stopped.text)
      ? { relation: 'contradicts', aspect: 'polarity', score }
      : { relation: 'unrelated', score };
  }
  // Working as normal told with a denial of damage ("the plant is operating normally, and its
  // equipment was not damaged"), whose verb files it as damage denied, still denies a halt there
  // that day ("the plant has halted production").
  if ((a.event === 'disruption') !== (b.event === 'disruption')) {
    const [working, stopped] = a.event === 'disruption' ? [theirs, ours] : [ours, theirs];
    if (
      !dayApart &&
      worksDespiteDenial(working) &&
      !stopped.frame.negated &&
      topical >= CONTRADICTION_THRESHOLD &&
      STOPPED.test(stopped.text)
    )
      return { relation: 'contradicts', aspect: 'polarity', score };
  }

  // Two tellings of a disruption at one place that day, neither denied.
  const oneDayDisrupted =
    a.event === 'disruption' &&
    b.event === 'disruption' &&
    exactPlace &&
    !dayApart &&
    !a.negated &&
    !b.negated;
  // Trains halted at a place for the whole day against trains that ran there that day, late or
  // on another traction ("several trains ran up to two hours late"): both cannot hold.
  if (
    oneDayDisrupted &&
    (haltedAllDayWhileRan(ours.text, theirs.text) || haltedAllDayWhileRan(theirs.text, ours.text))
  )
    return { relation: 'contradicts', aspect: 'polarity', score };

  // One closure of one road or crossing that day, said to end at hours far apart ("the road was
  // closed until 8 a.m.", "closed until 3 a.m."): the two tellings cannot both hold.
  if (
    oneDayDisrupted &&
    hoursApart(untilClockOf(a.time), untilClockOf(b.time)) >= HOUR_TOLERANCE &&
    sameClosed(ours.text, theirs.text)
  )
    return { relation: 'contradicts', aspect: 'time', score };

  // One closure that night told with its start or end hours apart ("suspended from one in the
  // morning … resumed only after ten", "restrictions were in force from half past two to seven").
  if (oneDayDisrupted && closureHoursClash(ours.text, theirs.text, HOUR_TOLERANCE))
    return { relation: 'contradicts', aspect: 'time', score };

  // One measure at one place that day, said to last for different spans ("mobile internet will be
  // restricted for three days", "for a week"): the two tellings cannot both hold.
  if (
    a.event === 'disruption' &&
    b.event === 'disruption' &&
    exactPlace &&
    !dayApart &&
    !a.negated &&
    !b.negated &&
    sameClosed(ours.text, theirs.text)
  ) {
    const [ourDays, theirDays] = [lastsDays(ours.text), lastsDays(theirs.text)];
    if (ourDays !== undefined && theirDays !== undefined && ourDays !== theirDays)
      return { relation: 'contradicts', aspect: 'time', score };
  }

  // A denial of harm over a place speaks for every place within it; one over a region named
  // only as its capital ("In Poltava, …") speaks for that city, not for the region's other towns.
  if (
    !dayApart &&
    !deniesOtherObject(ours, theirs) &&
    !bothSayNoDamage(ours, theirs) &&
    !deniedElsewhere(ours, theirs) &&
    ((harmDenied(ours, theirs) &&
      (exactPlace ||
        (oursWithinTheirs && !a.cityOnly) ||
        (theirsWithinOurs && placedByPassage(theirs)))) ||
      (harmDenied(theirs, ours) &&
        (exactPlace ||
          (theirsWithinOurs && !b.cityOnly) ||
          (oursWithinTheirs && placedByPassage(ours)))) ||
      (exactPlace &&
        (objectDenied(ours, theirs, facts) ||
          objectDenied(theirs, ours, facts) ||
          absentWhenHit(ours, theirs) ||
          absentWhenHit(theirs, ours))))
  )
    return { relation: 'contradicts', aspect: 'polarity', score };
  // Met only through the harm one denies after its event ("debris fell near Kalynivka, without
  // casualties" against "two were injured in Brovary"): what it denies was judged above.
  if (
    (unharmedBy(ours) || unharmedBy(theirs)) &&
    !shareEvent(a, b, withoutUnharmed(ours.terms), withoutUnharmed(theirs.terms))
  )
    return { relation: 'unrelated', score };

  // One building that day destroyed in one telling and only slightly damaged in the other: the
  // two cannot both hold, whatever else their words share.
  if (
    exactPlace &&
    !dayApart &&
    !a.negated &&
    !b.negated &&
    oneEach(ours.text, theirs.text, WHOLLY_DESTROYED, SLIGHTLY_DAMAGED) &&
    eventsOf(a, ours.terms).includes('damage') &&
    eventsOf(b, theirs.terms).includes('damage') &&
    oneKindDamaged(ours.text, theirs.text)
  )
    return { relation: 'contradicts', aspect: 'relation', score };
  // One store hit at a place that night, a business's in one telling ("a warehouse of a logistics
  // company") and the army's in the other ("a depot holding ammunition"): what was hit, told two
  // ways by the two sides, cannot be both.
  if (
    exactPlace &&
    !dayApart &&
    !a.negated &&
    !b.negated &&
    oneEach(ours.text, theirs.text, CIVILIAN_STORE, MILITARY_STORE)
  )
    return { relation: 'contradicts', aspect: 'relation', score };
  // "A woman was wounded" and "a man was injured": one person hurt in each, not the same one.
  if (oneHurtEach(a, b) && oneEach(ours.text, theirs.text, WOMAN_ALONE, MAN_ALONE))
    return { relation: 'unrelated', score };
  // "A woman later died in hospital" tells one more death after a toll, not the toll: neither
  // the same fact as a count of the dead that day nor another count of them.
  if (LATER_DEATH.test(ours.text) !== LATER_DEATH.test(theirs.text))
    return { relation: 'unrelated', score };
  const plainFacts = a.event === FACT && b.event === FACT;
  /** What two plain facts share of their topic, read once for both tests below. */
  let topic: SharedTopic | undefined;
  if (plainFacts && exactPlace && !timeClash) {
    topic = sharedTopic(ours, theirs);
    const differ = factsDiffer(ours, theirs, topic, score);
    if (differ) return differ;
  }
  if (exactPlace && topical >= CONTRADICTION_THRESHOLD) {
    const relationClash = relationsClash(ours, theirs);
    const unit = clashingUnit(a.counts, b.counts);
    // Another day is a contradiction only for what is otherwise the same event, counted alike.
    if (timeClash) {
      if (relationClash || unit || !sameCount(a.counts, b.counts))
        return { relation: 'unrelated', score };
      return { relation: 'contradicts', aspect: 'time', score };
    }
    if (dayApart && (relationClash || unit || a.negated !== b.negated))
      return { relation: 'unrelated', score };
    if (relationClash) return { relation: 'contradicts', aspect: 'relation', score };
    if (unit === 'building' && homesOfTwoKinds(ours.text, theirs.text))
      return { relation: 'unrelated', score };
    if (unit && cityTallyWithinRegion(ours, theirs)) return { relation: 'unrelated', score };
    if (unit) return { relation: 'contradicts', aspect: 'count', unit, score };
    if (
      a.negated !== b.negated &&
      topical >= 0.5 &&
      !otherHarm(ours, theirs) &&
      !deniesOtherObject(ours, theirs) &&
      !bothSayNoDamage(ours, theirs) &&
      !aimedOnly(ours, theirs) &&
      !deniedElsewhere(ours, theirs)
    )
      return { relation: 'contradicts', aspect: 'polarity', score };
  }
  // One fire at one place and day, over at parts of the day far apart ("extinguished by noon",
  // "burned until the evening"): told two ways, they cannot both hold.
  const bothFires =
    eventsOf(a, ours.terms).includes('fire') && eventsOf(b, theirs.terms).includes('fire');
  // A fire told by how long it lasted in a region's telling ("the fire was put out within twenty
  // minutes", its place the tally's region) and in a town's of it ("fought the blaze for more than
  // five hours"): one night's fire, over within the hour or burning for hours, cannot be both.
  if (
    bothFires &&
    nested &&
    !exactPlace &&
    !dayApart &&
    !a.negated &&
    !b.negated &&
    firesLastApart(ours.text, theirs.text)
  )
    return { relation: 'contradicts', aspect: 'time', score };
  if (bothFires && exactPlace && !dayApart && !a.negated && !b.negated) {
    // Ends that cannot both hold were judged above (`fireEndsApart`); here, how long it burned.
    const oursOver = fireOverAt(ours.text, pa.clock);
    const theirsOver = fireOverAt(theirs.text, pb.clock);
    // "Quickly put out" against "burned until the morning": out within minutes, or for hours on.
    if (
      (QUICKLY_OUT.test(ours.text) && burnedOn(theirsOver)) ||
      (QUICKLY_OUT.test(theirs.text) && burnedOn(oursOver))
    )
      return { relation: 'contradicts', aspect: 'time', score };
    // "Out within two hours" against "put out only on Tuesday morning": hours, or overnight.
    // "Put out within an hour" against "burned for several hours".
    if (firesLastApart(ours.text, theirs.text))
      return { relation: 'contradicts', aspect: 'time', score };
    // "Started at about six in the evening" against "began shortly after 8 p.m.".
    if (
      FIRE_STARTED.test(ours.text) &&
      FIRE_STARTED.test(theirs.text) &&
      hoursApart(pa.clock, pb.clock) >= HOUR_TOLERANCE
    )
      return { relation: 'contradicts', aspect: 'time', score };
    // Where it burned: in the open in one telling ("a fire broke out in a field"), on a site's
    // grounds in the other ("a large fire broke out on its grounds", "at the depot").
    if (oneEach(ours.text, theirs.text, FIRE_IN_OPEN, FIRE_ON_SITE))
      return { relation: 'contradicts', aspect: 'relation', score };
  }
  // One strike on one place and day, told at hours more than an hour apart ("at about 6 a.m.",
  // "at around 9 a.m."): an hour is all a follow-up like "The attack came at …" tells, so its
  // few words need not match the other's. Two full reports must count alike to be one strike:
  // a city may be struck by drones at night and by a missile that morning.
  // Both told only by their hours, a raid over a region and an attack on a place within it that
  // night clash only when the raid was over an hour before the attack came ("began at about
  // 1 a.m. and lasted around half an hour", "the attack took place at about 4 a.m."): a raid told
  // by its start alone may have gone on for hours over the region.
  const byHours = toldByHour(ours, pa.clock) && toldByHour(theirs, pb.clock);
  if (
    (exactPlace ||
      (nested && byHours && overBefore(ours, pa.clock, theirs, pb.clock)) ||
      (nested && (blastsHeardAt(ours, pa.clock) || blastsHeardAt(theirs, pb.clock)))) &&
    !dayApart &&
    struckOrDownedByHour(a) &&
    struckOrDownedByHour(b) &&
    (toldByHour(ours, pa.clock ?? pa.twelve ?? pa.span?.[0]) ||
      toldByHour(theirs, pb.clock ?? pb.twelve ?? pb.span?.[0]) ||
      (topical >= CONTRADICTION_THRESHOLD && oneWeaponry(ours, theirs))) &&
    clocksApart(pa, pb) >= HOUR_TOLERANCE
  )
    return { relation: 'contradicts', aspect: 'time', score };
  // One strike on one place and day, its bombs or missiles counted apart ("with two guided
  // bombs", "three FAB-500 bombs were used"): a follow-up that tells only what was used, its
  // place taken from the passage, cannot hold beside the other's count.
  if (
    exactPlace &&
    !dayApart &&
    STRIKES.has(a.event) &&
    STRIKES.has(b.event) &&
    !a.negated &&
    !b.negated &&
    (toldByWeapons(ours) || toldByWeapons(theirs))
  ) {
    const unit = clashingUnit(a.counts, b.counts);
    if (unit && AIR_WEAPONS.has(unit))
      return { relation: 'contradicts', aspect: 'count', unit, score };
  }
  // A derailment and a blast at one place that day, each told by its hour ("The derailment
  // happened at about 4 a.m.", "The blast was at around five"): the blast under a track goes off
  // as the train comes off it, so hours apart cannot both hold. A drone or missile strike there
  // may come at any other hour.
  if (
    exactPlace &&
    !dayApart &&
    ((a.event === 'derailment' && blastByHour(theirs, pb)) ||
      (b.event === 'derailment' && blastByHour(ours, pa))) &&
    toldByHour(ours, pa.clock) &&
    toldByHour(theirs, pb.clock) &&
    clocksApart(pa, pb) >= HOUR_TOLERANCE
  )
    return { relation: 'contradicts', aspect: 'time', score };
  // One convoy of evacuees from one place that day, told leaving at hours apart ("the buses set
  // off at about eight", "the convoy left at around ten").
  if (
    exactPlace &&
    !dayApart &&
    a.event === 'evacuation' &&
    b.event === 'evacuation' &&
    ours.terms.includes(DEPARTED) &&
    theirs.terms.includes(DEPARTED) &&
    hoursApart(pa.clock, pb.clock) >= HOUR_TOLERANCE
  )
    return { relation: 'contradicts', aspect: 'time', score };
  // A headline's district and its body's village: near or struck, the same named object clashes.
  if (
    nested &&
    !dayApart &&
    topical >= CONTRADICTION_THRESHOLD &&
    relationsClash(ours, theirs) &&
    relationObject(ours.text)
  )
    return { relation: 'contradicts', aspect: 'relation', score };
  // Near a plant and struck on one ("debris fell near an industrial enterprise", "drones struck
  // the Kupol plant", "strike design bureau"): in one town that night, the same site, though a
  // plant's name leaves the two tellings few words in common.
  if (nested && !dayApart && relationsClash(ours, theirs) && plantNearAndStruck(ours, theirs))
    return { relation: 'contradicts', aspect: 'relation', score };
  // Near an object and struck on it ("debris fell near the airfield", "two hangars on the
  // airfield were hit"): one object, near or struck, however few other words the two share.
  if (exactPlace && !dayApart && relationsClash(ours, theirs) && nearOrOnOneObject(ours, theirs))
    return { relation: 'contradicts', aspect: 'relation', score };
  if (timeClash) return { relation: 'unrelated', score };
  // Apart by day, and one says when or counts what the other does not: the same event only if counted alike.
  if (
    dayApart &&
    (statesDay(pa, pb) || a.counts.length || b.counts.length) &&
    !sameCount(a.counts, b.counts)
  )
    return { relation: 'unrelated', score };
  // A wider place may count more hurt than a place within it, never fewer: "four injured in the
  // Chernihiv region" cannot hold beside "at least five" in one of its districts that day.
  if (!exactPlace && !dayApart && topical >= CONTRADICTION_THRESHOLD) {
    const unit = oursWithinTheirs
      ? widerCountsFewer(a.counts, b.counts)
      : theirsWithinOurs
        ? widerCountsFewer(b.counts, a.counts)
        : undefined;
    if (unit) return { relation: 'contradicts', aspect: 'count', unit, score };
  }
  if (!exactPlace && clashingUnit(a.counts, b.counts)) return { relation: 'unrelated', score };
  if (differentHarm(a.counts, b.counts)) return { relation: 'unrelated', score };
  if (onlyOneNamesBuildings(ours, theirs) && !sameHarm(a.counts, b.counts))
    return { relation: 'unrelated', score };
  // Sabotage ruled out at a place that day ("investigators found no signs of sabotage") denies
  // the charge another outlet says went off there ("a bomb exploded under the track"), however
  // few words the two share: the denial names the cause, the telling its means. Ruled out over
  // a district, it is ruled out at the town within it. So with arrests: "none of the partisans
  // has been detained" denies "two men were detained" for that place and day.
  if (
    a.event === b.event &&
    ONE_ANSWER_A_DAY.has(a.event) &&
    a.negated !== b.negated &&
    (exactPlace || (a.negated ? theirsWithinOurs : oursWithinTheirs)) &&
    !dayApart &&
    pa.weeksBefore === pb.weeksBefore
  )
    return { relation: 'contradicts', aspect: 'polarity', score };
  // A collapse denied at a place that day ("the span was damaged, but it did not collapse")
  // against one told there ("the span fell into the river, the top floors caved in"): one
  // structure, standing or down, however few words the two share besides the collapse.
  // The rules below read one event told both ways at one place on one day.
  const bothWaysHereThatDay =
    a.event === b.event && a.negated !== b.negated && exactPlace && !dayApart;
  if (
    bothWaysHereThatDay &&
    a.event === 'damage' &&
    pa.weeksBefore === pb.weeksBefore &&
    COLLAPSE.test(ours.text) &&
    COLLAPSE.test(theirs.text) &&
    !deniesOtherObject(ours, theirs)
  )
    return { relation: 'contradicts', aspect: 'polarity', score };
  // A supply said not to be cut denies its loss at that place that day ("gas supply was not
  // affected", "left without gas"), unless the two speak of different supplies.
  if (
    (bothWaysHereThatDay ||
      (a.event === b.event && !dayApart && unplacedSupplyDenialWithin(ours, theirs))) &&
    a.event === 'outage' &&
    RESTORED.test(ours.text) === RESTORED.test(theirs.text) &&
    sameSupply(ours.text, theirs.text)
  )
    return { relation: 'contradicts', aspect: 'polarity', score };
  // Air at a place that day found clean in one telling ("samples showed no excess") and above
  // the limit in the other ("five times above the norm"): one reading a day, told both ways. A
  // smell residents complained of is no measure against the limit.
  if (
    bothWaysHereThatDay &&
    a.event === 'reading' &&
    !SMELT.test(ours.text) &&
    !SMELT.test(theirs.text)
  )
    return { relation: 'contradicts', aspect: 'polarity', score };
  // A fire denied outright at a place that day ("There was no fire") names no object to set it
  // apart from one told there ("a fuel tank caught fire"): a denial of that fire.
  if (
    exactPlace &&
    !dayApart &&
    (fireDeniedOutright(ours) ? fireTold(theirs) : fireDeniedOutright(theirs) && fireTold(ours))
  )
    return { relation: 'contradicts', aspect: 'polarity', score };
  if (a.negated !== b.negated) return { relation: 'unrelated', score };
  // A strike told only by its hour tells nothing but the hour: it backs no telling that gives
  // none, however many words they share ("the attack began at 3 a.m." does not say that drones
  // struck the plant, nor that a workshop caught fire after the strike), unless that telling too
  // only says when the strike came. Told of the strike, the hour sentence may still be backed;
  // one that says what was hit ("the first drone hit the plant at 2 a.m.") tells more than when.
  if (
    struckOrDownedByHour(b) &&
    toldByHour(theirs, pb.clock) &&
    b.relation === undefined &&
    pa.clock === undefined &&
    !STRIKE_CAME_AT.test(ours.text) &&
    !onlyAimedAt(ours)
  )
    return { relation: 'unrelated', score };
  // The other way round, a follow-up told only by its hour at a town is backed only by a telling
  // of that place: one of the region around it with no hour ("attacks on the region's grid have
  // grown more frequent") shares the word "attack" and nothing of that night's strike.
  if (
    !exactPlace &&
    struckOrDownedByHour(a) &&
    toldByHour(ours, pa.clock) &&
    pb.clock === undefined &&
    !STRIKE_CAME_AT.test(theirs.text)
  )
    return { relation: 'unrelated', score };
  if (!a.negated && struckOtherKinds(ours, theirs, facts)) return { relation: 'unrelated', score };
  if (strikerAndStruck(ours, theirs, facts)) return { relation: 'unrelated', score };
  // A follow-up that only says when the strike came ("The attack began shortly after 1 a.m."),
  // at an hour that allows the other's telling of that place and day: that strike, though its
  // few words share little with the other's (the hours clashing were judged above). Both told
  // only by one hour, a place and one within it are one night's strike too ("explosions were
  // heard in the city from about 2 a.m.", "the attack on the village began at 2 a.m.").
  if (
    (exactPlace || (nested && byHours && hoursApart(pa.clock, pb.clock) < HOUR_TOLERANCE)) &&
    !dayApart &&
    struckOrDownedByHour(a) &&
    struckOrDownedByHour(b) &&
    (toldByHour(ours, pa.clock) || toldByHour(theirs, pb.clock))
  )
    return { relation: 'same', score: Math.max(score, SAME_THRESHOLD) };
  // Drones seen over a place (or air defences seen firing there) and drones shot down at it that
  // night: the sighting says no more than that they were there, in whatever words.
  if (
    exactPlace &&
    !dayApart &&
    !a.negated &&
    !b.negated &&
    ((isSighting(a, ours.terms) && b.event === 'shootdown') ||
      (isSighting(b, theirs.terms) && a.event === 'shootdown'))
  )
    return { relation: 'same', score: Math.max(score, SAME_THRESHOLD) };
  // The hurt of one place and day, counted alike and exactly, are the same people however the
  // outlets word it ("two employees were slightly injured", "two workers received minor injuries").
  if (
    a.event === 'casualties' &&
    b.event === 'casualties' &&
    !dayApart &&
    sameExactHarm(a.counts, b.counts)
  )
    return { relation: 'same', score: Math.max(score, SAME_THRESHOLD) };
  // A place losing its power is one fact however it is told ("part of the town was left without
  // power", "4,000 residents lost power"): the words around it say how much, not what happened.
  // But a supply restored is a later fact than the supply cut, neither the same nor a denial of it.
  // An outage told by how long it lasted ("ran on generators for about seven hours until the
  // line was restored") tells both its ends; told to last hours that cannot meet ("more than
  // eleven hours"), at one place that day, it is one outage said to last two lengths.
  if (a.event === 'outage' && b.event === 'outage') {
    const lasted = lastedHours(a.counts) && lastedHours(b.counts);
    if (!lasted && !sharesOutageEnd(ours.text, theirs.text))
      return { relation: 'unrelated', score };
    if (lasted && exactPlace && !dayApart && clashingUnit(a.counts, b.counts) === 'hour')
      return { relation: 'contradicts', aspect: 'count', unit: 'hour', score };
    if (exactPlace && !dayApart && otherLine(ours.text, theirs.text))
      return { relation: 'contradicts', aspect: 'count', unit: 'kV', score };
    if (!dayApart) return { relation: 'same', score: Math.max(score, SAME_THRESHOLD) };
  }
  // So is an air raid alert over a place that day: "the alert lasted", "sirens sounded"; and so
  // are people trapped under ground there, brought to the surface, jets scrambled, or a reading
  // against a limit ("ammonia exceeded the norm", "residents complained of a smell").
  if (
    a.event === b.event &&
    ONE_FACT_A_DAY.has(a.event) &&
    !dayApart &&
    (a.event === 'alert' || exactPlace)
  )
    return { relation: 'same', score: Math.max(score, SAME_THRESHOLD) };
  if (plainFacts && !oneTopic(topic ?? sharedTopic(ours, theirs)))
    return { relation: 'unrelated', score };
  return { relation: score >= SAME_THRESHOLD ? 'same' : 'unrelated', score };
}

/**
 * Two plain facts at one place and day that share their topic (content words beyond the place,
 * its numbers and who told it) and state different amounts of one measured thing ("once every
 * three days", "every four days"), or the one fact told as so and as not so ("the field had been
 * checked", "had not been checked"): both cannot hold.
 */
function factsDiffer(
  ours: Claim,
  theirs: Claim,
  { shared, share }: SharedTopic,
  score: number,
): Judgement | undefined {
  if (shared < TOPIC_WORDS) return undefined;
  const measure = clashingMeasure(ours.text, theirs.text);
  if (measure) return { relation: 'contradicts', aspect: 'count', unit: measure.unit, score };
  if (share >= 0.5 && deniesFact(ours.text) !== deniesFact(theirs.text))
    return { relation: 'contradicts', aspect: 'polarity', score };
  return undefined;
}

/** Content words two plain facts must share, beyond place, numbers and speaker, to be one. */
const TOPIC_WORDS = 2;

/**
 * Two plain facts are one fact only when they share their topic: a place, a speaker and a word
 * as generic as "hospital" ("the transfer began at eight, the hospital's chief doctor said",
 * "the hospital has been shut, the chief doctor said") make two facts of one place.
 */
function oneTopic({ shared, share }: SharedTopic): boolean {
  return shared >= TOPIC_WORDS && share >= SAME_THRESHOLD;
}

/**
 * Our claim's words for one aspect (`'relation'`, `'time'`, or a count's unit), found once per
 * check: a claim of ours may differ alike from many candidates, and finding the words takes a
 * pattern per unit over its whole sentence.
 */
function ourWords(
  ours: Claim,
  aspect: string,
  find: (text: string, unit: string) => string,
  memo: TimeMemo | undefined,
): string {
  if (!memo) return find(ours.text, aspect);
  const f = factsOf(ours, memo.facts);
  const words = (f.words ??= new Map<string, string>());
  let found = words.get(aspect);
  if (found === undefined) words.set(aspect, (found = find(ours.text, aspect)));
  return found;
}

/**
 * Where two contradicting claims differ, in each one's own words. `memo`, the check's, keeps our
 * claim's words from one candidate to the next.
 */
export function differenceOf(
  ours: Claim,
  theirs: Claim,
  judgement: Judgement,
  memo?: TimeMemo,
): Difference | undefined {
  switch (judgement.aspect) {
    case 'relation':
      return {
        aspect: 'relation',
        ours: ourWords(ours, 'relation', relationWords, memo),
        theirs: relationWords(theirs.text),
      };
    case 'count': {
      const unit = judgement.unit ?? '';
      // A plain fact's measure is read from its words (`fact-measures.ts`), not its counts.
      const measure =
        ours.frame.event === FACT && theirs.frame.event === FACT
          ? clashingMeasure(ours.text, theirs.text)
          : undefined;
      if (measure?.unit === unit)
        return { aspect: 'count', ours: measure.ours, theirs: measure.theirs };
      return {
        aspect: 'count',
        ours: ourWords(ours, `count ${unit}`, countWordsOfUnit, memo),
        theirs: countWords(theirs.text, unit),
      };
    }
    case 'time':
      return {
        aspect: 'time',
        ours: ourWords(ours, 'time', timeWords, memo),
        theirs: timeWords(theirs.text),
      };
    case 'polarity':
      return { aspect: 'polarity', ours: ours.text, theirs: theirs.text };
    default:
      return undefined;
  }
}

export function compareClaims(ours: Claim, theirs: Claim): Comparison {
  const judgement = judgeClaims(ours, theirs);
  const comparison: Comparison = { relation: judgement.relation, score: judgement.score };
  const difference = differenceOf(ours, theirs, judgement);
  if (difference) comparison.difference = difference;
  return comparison;
}
