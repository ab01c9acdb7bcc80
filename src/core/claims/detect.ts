/**
 * Finds the checkable statements of fact in an article and reduces each to a frame.
 *
 * A claim is a clause that asserts an event (shot down, fell, deployed, no one injured, did not
 * comment…) rather than interpreting one. Commentary ("underscores", "raises questions",
 * "analysts suggest") is left out. A clause that names no place is about the place the passage
 * last named, so it inherits it: that is what lets "emergency services were on site" in one
 * report meet the same words in another. "The region" or "the district" is the one the article
 * is about (`focus.ts`), not whatever place it named last.
 */
import type { Claim, ClaimFrame, Entity, EntityMention, Span } from '../model.ts';
import {
  assertionOf,
  mayAssert,
  quotedAssertion,
  relativeReading,
  rememberingAssertions,
  sentenceWords,
  splitClauses,
  type ClauseSpan,
} from './clauses.ts';
import {
  ARTICLE_DAY,
  countsOf,
  daysBefore,
  daysOf,
  identifiersOf,
  isHarm,
  relationObject,
  relationOf,
  shiftedWeekday,
  TALLY_ITEM,
  tallyCount,
  colonCount,
  timeOf,
  utcOffsetsOf,
  WEEKS_BEFORE,
  ASIDE_DAY,
} from './details.ts';
import { damagedKind, sameObject } from './compare.ts';
import { eventsOf, filedEvents, TRAILING_UNHARMED, UNHARMED, UNTOUCHED } from './events.ts';
import { FACT, statesFact } from './plain-facts.ts';
import { districtCentredOn, gazetteer, type Place } from '../entities/gazetteer.ts';
import { unknownDistrictCentre } from '../entities/unknown-district.ts';
import { areaWord } from '../entities/vocabulary.ts';
import { anaphorsIn, Focus } from './focus.ts';
import {
  ACCORDING_TO,
  commentsWhereWorded,
  GENERIC,
  isGeneric,
  isLatinText,
  latinTwin,
  NOMINAL_NEGATION,
  OPINION_TAIL,
  RELATION_CLAUSE,
  REPORTING_VERB,
} from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { splitSentences } from './sentences.ts';
import { claimTerms } from './terms.ts';
import { remembered } from '../remembered.ts';
import { execs, screenAsStretch, screened, tests } from './screened.ts';

export interface ClaimInput {
  text: string;
  reportUrl: string;
  entities: Entity[];
  mentions: EntityMention[];
}

/**
 * A detour's route: "Trucks are being diverted through X", "traffic has to go round through X".
 * X is where traffic goes instead, not the scene later sentences speak of.
 */
const DETOUR_ROUTE = screened(
  /\b(?:diverted|rerouted|re-routed|go(?:es)? round|going round|detour(?:ed|ing)?)\b[^.]{0,30}?\b(?:through|via)\b/i,
);

/** How many sentences back a claim without a place still takes the last one named. */
const PLACE_MEMORY = 4;
/**
 * How far back when the last place named is still the lead's: a passage that never left the
 * article's own town ("A drone hit a bus in X. … six wounded … two killed. The doctor said that
 * two houses were damaged") is still told of it after the quotes and counts between.
 */
const LEAD_MEMORY = 8;

/**
 * A clause about people already counted: "They were taken to hospital", "The man is in a serious
 * condition". It speaks of the hurt the passage last counted, and carries their count, so that
 * "they" (three passengers) and "the man" (one driver) are told apart.
 */
const VICTIMS_SUBJECT =
  /^\s*(?:they|he|she|both|all of them|the (?:man|woman|boy|girl|child|driver|passenger|victim|injured|wounded|victims|passengers|two|three|four|five))\b/i;

/**
 * A fire's follow-up that names it only by a pronoun: "A fire broke out at the site. It was put
 * out by 9 a.m.", "Firefighters had contained it by dawn", "Rescuers had it out by morning". It
 * speaks of the fire the sentence before told of, or the clause before it in its own sentence
 * ("A fire broke out in the hangar; crews put it out by noon").
 */
const FIRE_FOLLOW_UP = screened(
  /^\s*it\s+(?:was|had been|has been)\s+(?:[a-z]+ly\s+)?(?:put out|extinguished|contained|brought under control|locali[sz]ed)\b|^[^,;]*?\b(?:(?:put|puts|had|has|have|got)\s+it\s+out|(?:put out|extinguished|contained|locali[sz]ed)\s+it)\b/i,
);
/** A fire told before, said to be out: "The fire was extinguished", "the blaze had been contained". */
const THE_FIRE_OUT =
  /\bthe (?:fire|blaze)\b[^.;]*?\b(?:was|were|had been|has been)\s+(?:[a-z]+ly\s+)?(?:put out|extinguished|contained|brought under control|locali[sz]ed)\b/i;
const FIRE_WORD = /\b(?:fires?|blazes?|flames|ablaze|alight|burning)\b/i;

/**
 * The fire may have been told two sentences back, with the hurt in between ("The fire started
 * at six. Two workers were taken to hospital. It was put out before midnight."). Asked only of
 * a clause that follows a fire up, which few do.
 */
function fireToldBefore(text: string, sentences: readonly Span[], si: number): boolean {
  return [sentences[si - 1], sentences[si - 2]].some(
    (b) => b !== undefined && FIRE_WORD.test(text.slice(b.start, b.end)),
  );
}

/** A region's governor named by the bare name it shares with its capital: "the Kursk governor". */
const GOVERNOR_AFTER = /^\s+(?:regional\s+)?governor\b/i;

/** A relative clause of place, cut off its sentence: "where a fire broke out". */
const RELATIVE_WHERE = /^where\b/i;

/**
 * Whether the region `id` was last named, before `end`, by the bare name its capital shares
 * ("Poltava", not "the Poltava region"): then the text may mean the city alone. Not before a
 * governor's title: "the Poltava governor" governs the region (`text`, the article, tells).
 */
function namedAsCapital(
  id: string,
  mentions: EntityMention[],
  end: number,
  text?: string,
): boolean {
  const last = mentions.filter((m) => m.entityId === id && m.start < end).at(-1);
  if (!last || last.surface.split(/\s+/).some((w) => areaWord(w))) return false;
  if (text && GOVERNOR_AFTER.test(text.slice(last.end, last.end + 24))) return false;
  return sharesCapitalName(id);
}

/**
 * Whether `id` is a region whose capital bears its name ("Poltava"), by id. Asked of the places
 * of many claims, it would search every capital each time; the gazetteer never changes, so each
 * answer is kept.
 */
const capitalNamesakes = new Map<string, boolean>();

function sharesCapitalName(id: string): boolean {
  let shares = capitalNamesakes.get(id);
  if (shares === undefined) {
    const g = gazetteer();
    const region = g.byId.get(id) as Place | undefined;
    shares =
      region?.kind === 'region' &&
      [...g.capitals].some((c) => {
        const city = g.byId.get(c) as Place | undefined;
        return city?.parentId === id && city.stemKey === region.stemKey;
      });
    capitalNamesakes.set(id, shares);
  }
  return shares;
}

/** Only "of" (or "of the city of") between a district and the city it lies in. */
const OF_CITY = /^\s+of\s+(?:the\s+city\s+of\s+)?$/i;

/**
 * The city a place of the clause is told as a district of, "the Zavodsky district of Saratov":
 * a region named as its capital (`namedAsCapital`) right after "of", which holds the district.
 */
function cityOfDistrict(
  places: string[],
  cMentions: EntityMention[],
  text: string,
  containers: (id: string) => readonly string[],
): string | undefined {
  for (let i = 0; i + 1 < cMentions.length; i++) {
    const district = cMentions[i] as EntityMention;
    const city = cMentions[i + 1] as EntityMention;
    if (
      places.includes(district.entityId) &&
      district.entityId.endsWith('-district') &&
      OF_CITY.test(text.slice(district.end, city.start)) &&
      containers(district.entityId).includes(city.entityId) &&
      namedAsCapital(city.entityId, cMentions, city.end)
    )
      return city.entityId;
  }
  return undefined;
}

/**
 * A denial of harm closed by "there" ("No one was hurt there"): it speaks of the scene the
 * sentence before told, a spot of its place ("a farm building near a village of the district"),
 * not of every town within that place. The existential "There were no casualties" is not one.
 */
const DENIED_THERE = /\s(?:there|at the scene|on the spot)\W*$/i;

/**
 * "The attack began …", "the strike came …", "(local channels said) explosions started …": the
 * attack its article told, by its time.
 */
const THE_ATTACK_CAME =
  /^\s*(?:(?:[\w-]+ ){1,3}(?:said|reported|wrote) (?:that )?)?(?:the (?:strike|attack|raid|shelling|bombardment)s? (?:came|happened|occurred|took place|began|started|commenced)|(?:the (?:first )?)?explosions (?:began|started))\b/i;

/** A place too broad to tell events apart when a narrower one is named beside it. */
const BROAD_PLACE = /\b(?:country|countries|sea|ocean|continent|federal district)\b/i;

/** A sentence that turns to another event: it is not about the place the passage last named. */
const ELSEWHERE =
  /^(?:separately|elsewhere|in (?:a |another )?separate (?:incident|attack|strike)|in another (?:incident|attack|strike))\b/i;

/**
 * Debris that fell in the open by a place ("on an empty field near X", "in a forest outside Y"):
 * nothing there to harm, so a bare denial after it ("No one was injured") sums up the attack.
 */
const FELL_IN_THE_OPEN =
  /\b(?:fell|landed|came down|crashed)\b[^,.;]{0,30}?\b(?:in|on|into) (?:an? |the )?(?:[\w-]+ )?(?:fields?|forest|woods?|wasteland|open ground|steppe|farmland)\b[^,.;]{0,20}?\b(?:near|outside|by|close to)\b/i;

/** An airport or its flights: a disruption there is a precaution, no place anyone was hurt. */
const AIRPORT = screened(/\b(?:airports?|flights?)\b/i);

/**
 * A scene the gazetteer cannot place, named as where a sentence happened: "On the front line to
 * the east, …", "two soldiers were wounded at the front". What it tells is not at the place named
 * before it, nor at the lead's. A front merely mentioned ("communities near the front lines")
 * sets no scene.
 */
export const OTHER_SCENE = screened(
  /^(?:meanwhile,?\s+|elsewhere,?\s+)?(?:(?:on|at|along|near) the (?:front(?:[ -]?lines?)?|battlefield|contact line|line of contact)|in the (?:east|west|north|south)(?:east|west)? of the country)\b|\b(?:injured|wounded|killed|hurt)\b[^,.;]{0,40}?\b(?:on|at) the front(?:[ -]?lines?)?\b/i,
);

const DEBRIS_NOUN = /\b(?:crash site|debris|wreckage|fragments|pieces)\b/i;

type Lookup = Map<string, Entity>;

/** An aside opened by ", as" and closed by a comma or the clause's end: ", as they usually do after a raid,". */
const AS_ASIDE = /,\s+as\s+[^,]{1,80}(?:,|$)/g;

/**
 * A clause without its habitual asides: "Schools went online, as they usually do after a night
 * attack" tells of today's lessons; the habit is the aside's, not the clause's.
 */
function withoutHabitAside(clause: string): string {
  if (!clause.includes(', as ')) return clause;
  return clause.replace(AS_ASIDE, (aside) => (GENERIC.test(aside) ? ',' : aside));
}

/** The one part of GENERIC anchored at the start of what it tests. */
const OPENS_WITH_WHETHER = /^whether\b/i;

/** A question mark right after a clause, past a closing quote: the clause is asked. */
const ASKED_AFTER = /^\s*[”"’']?\s*\?/;

/**
 * The part of a clause that is not asked. A clause its sentence ends with a question mark after
 * asks rather than tells ("Is the refinery still burning?"): nothing of it is a claim. A headline
 * that tells first and asks after a colon ("Drones hit Kstovo refinery: what is known?") keeps its
 * telling; the label before the question ("Drones over Kstovo: is the refinery still working?")
 * is then weighed on its own, as any short headline is.
 */
function unaskedPart(sentence: string, clause: ClauseSpan): ClauseSpan | undefined {
  if (!ASKED_AFTER.test(sentence.slice(clause.end))) return clause;
  const colon = sentence.lastIndexOf(':', clause.end);
  if (colon <= clause.start) return undefined;
  return { ...clause, end: colon };
}

/** Where the clause holding a reporting verb starts: after a closing quote or a connector. */
const SPEAKER_CLAUSE_START =
  /[’”»"'](?!\p{L})\s*|,\s*(?:even as|while|though|although|but|and|as|where)\s+|\b(?:that|but)\s+/giu;
const TRAILING_AUXILIARY =
  /(?:\s+(?:has|have|had|also|repeatedly|previously|later|publicly|already|then))+\s*$/i;
/** Every reporting verb of a sentence; compiled once, since every sentence is searched. */
const REPORTING_VERBS = new RegExp(REPORTING_VERB.source, 'gi');
/**
 * A passive auxiliary right before a position (set `lastIndex`): "no injuries were reported". Read
 * backwards from the verb, so the sentence before it is neither copied nor searched from its start.
 */
const PASSIVE_BEFORE = /(?<=\b(?:was|were|been|being|be|is|are)\s+)/iy;
/** Heads that are no speaker: the document itself, or a clause that is not a noun phrase. */
const NOT_A_SPEAKER =
  /^(?:while|though|although|despite|as|if|when)\b|\b(?:statement|report|message|post|incident|operation|was|were|is|are)\b|(?:\S+\s+){6}/i;

/**
 * Whether a description makes its place broad, by description: each analysis makes new entity
 * objects, but the same few descriptions ("region of Russia") come back in every article.
 * Bounded, as descriptions of places outside the gazetteer are as many as such places.
 */
const broadDescription = remembered((description) => BROAD_PLACE.test(description), 5_000);

/** Countries and seas: too wide to say two reports speak of one event. */
function isBroad(id: string, byId: Lookup): boolean {
  const entity = byId.get(id);
  if (entity) {
    // Asked for every place of every claim and its containers: the answer is kept.
    return broadDescription(entity.description);
  }
  // Countries carry bare ISO codes ("place:ru"); regions and districts longer ones ("place:ru-ros").
  return /^place:[a-z]{2}$/.test(id);
}

/** Up to this many places, `narrowest` searches arrays; beyond it (a long list, hostile text), sets. */
const FEW_PLACES = 8;

/** The narrowest places of a set: "Russia's Smolensk Region" is about Smolensk Region. */
function narrowest(
  ids: string[],
  byId: Lookup,
  containers: (id: string) => readonly string[],
): string[] {
  // Most clauses name no place or one: nothing to narrow, and no sets to build. One place is
  // kept unless it holds itself, however broad it is, as the general case below would.
  if (!ids.length) return [];
  if (ids.length === 1) {
    const id = ids[0] ?? '';
    return containers(id).includes(id) ? [] : [id];
  }
  let kept: string[];
  if (ids.length <= FEW_PLACES) {
    // Arrays searched in place cost less than sets built for a handful of places.
    const unique: string[] = [];
    for (const id of ids) if (!unique.includes(id)) unique.push(id);
    const chains = unique.map(containers);
    kept = unique.filter((id) => !chains.some((chain) => chain.includes(id)));
  } else {
    const unique = [...new Set(ids)];
    const covered = new Set(unique.flatMap(containers));
    kept = unique.filter((id) => !covered.has(id));
  }
  const narrow = kept.filter((id) => !isBroad(id, byId));
  if (narrow.length) kept = narrow;
  return kept;
}

/**
 * The mentions within `start`..`end`, in order. `mentions` is sorted by start, so only those
 * that start in the span are looked at: asked for every sentence and clause, a filter over the
 * whole article's mentions grew with the article.
 */
function mentionsIn(mentions: EntityMention[], start: number, end: number): EntityMention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  const found: EntityMention[] = [];
  for (let i = low; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.start > end) break;
    if (m.end <= end) found.push(m);
  }
  return found;
}

/** Before a place's name, a line or road it ends: "a junction on the line between Samara and Moscow". */
export const ROUTE_END = screened(
  /\b(?:lines?|routes?|roads?|railways?|highways?|motorways?|links?|corridors?)\s+(?:between|from|linking|connecting)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:(?:and|to)\s+)?(?:the\s+)?$/iu,
);

/** ROUTE_END for text that `isLatinText`: asked of every place of every claim in such articles. */
const LATIN_ROUTE_END = screened(latinTwin(ROUTE_END, [["[\\p{L}’'-]", "[A-Za-z’'-]"]]));

/** What every ROUTE_END match holds, lower-cased (the Kelvin sign, which it reads as "k", too). */
export const ROUTE_STEMS = [
  'line',
  'route',
  'road',
  'railway',
  'highway',
  'motorway',
  'link',
  'corridor',
];

/**
 * Any of ROUTE_STEMS in any case, the Kelvin sign for "k" too: where the text lower-cased holds
 * a stem. Searched in the text as it is, not in a lower-cased copy of the whole article. (No other
 * character lower-cases to ASCII letters but "İ", to "i" and a dot above, and no stem ends in "i".)
 */
const ROUTE_STEM = new RegExp(
  ROUTE_STEMS.map((stem) => stem.replace(/k/g, '[k\u212A]')).join('|'),
  'i',
);

/**
 * Whether an article may name a route's ends at all: most name no line or road, and their
 * places need not each be searched with ROUTE_END.
 */
export function mayNameRoutes(text: string): boolean {
  return ROUTE_STEM.test(text);
}

/**
 * The places a clause names as the ends of a route that only describes a place named before it
 * ("Trains through Syzran, a junction on the line between Samara and Moscow") are not where
 * its event was; with no such place, the route is all there is, and its ends stay. `routes`:
 * whether the article may name routes (`mayNameRoutes`).
 */
function withoutRouteEnds(
  cMentions: EntityMention[],
  text: string,
  byId: Lookup,
  routes: boolean,
): EntityMention[] {
  if (!routes) return cMentions;
  const ends = cMentions.filter((m) => {
    if (byId.get(m.entityId)?.type !== 'place') return false;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    return (isLatinText(before) ? LATIN_ROUTE_END : ROUTE_END).test(before);
  });
  if (!ends.length) return cMentions;
  const rest = cMentions.filter((m) => !ends.includes(m));
  // The place the route describes is named before it; a country ("a Ukrainian drone") does not
  // say where along the route it was, and a governor's region after it is his title.
  const first = ends[0]?.start ?? 0;
  const described = rest.some(
    (m) => m.start < first && byId.get(m.entityId)?.type === 'place' && !isBroad(m.entityId, byId),
  );
  return described ? rest : cMentions;
}

/** Before a river's name, a bridge that crosses it: "traffic on the bridge across the Dniester". */
const CROSSING = /\bbridges?\s+(?:across|over|spanning)\s+(?:the\s+)?$/i;

/** After a river's name, the bridge named after it: "the Volga bridge was shut". */
const RIVER_BRIDGE = /^\s+bridges?\b/i;

/**
 * A river named as what a bridge spans is part of the object, not where the event was: the
 * bridge is where the article is ("the bridge over the Desna", "the Volga bridge" are the town's bridge).
 */
function spannedWater(m: EntityMention, text: string, byId: Lookup): boolean {
  return (
    m.entityId.endsWith('-river') &&
    byId.get(m.entityId)?.type === 'place' &&
    (CROSSING.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
      RIVER_BRIDGE.test(text.slice(m.end, m.end + 10)))
  );
}

/** After a country's name, who speaks for it: "Ukraine's General Staff", "Russia's defence ministry". */
const SPOKESMAN_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:general staff|military|army|armed forces|forces|air force|navy|(?:defen[cs]e|foreign) ministry|ministry|government|president|officials|authorities|intelligence|leadership|command|spokes(?:man|woman|person))\b/i;

/** After a country or its capital, a verb that makes it the speaker: "Kyiv confirmed", "Moscow has denied". */
const SPEAKS_AFTER =
  /^\s+(?:has |have |had )?(?:(?:officially|publicly|also|quickly) )?(?:said|says|confirmed|confirms|claimed|claims|denied|denies|insisted|insists|acknowledged|acknowledges|stated|states|accused|accuses|announced|announces|called|calls|did not comment|has not commented|declined)\b/i;

/** Places that news names for the state that speaks from them: countries, and capitals of federal rank. */
const SPEAKING_PLACE = /^(?:country|federal city|city with special status)\b/;

/**
 * A country (or its capital) named as the one who says the claim, not where it happened:
 * "Ukraine's General Staff confirmed that the plant had been hit" is news of the plant's town.
 */
function speakingPlace(m: EntityMention, text: string, byId: Lookup): boolean {
  const entity = byId.get(m.entityId);
  if (entity?.type !== 'place' || !SPEAKING_PLACE.test(entity.description)) return false;
  const after = text.slice(m.end, m.end + 60);
  if (entity.description === 'country' && SPOKESMAN_AFTER.test(after)) return true;
  // "The authorities in Sevastopol said": the place is where the speakers are, and the news's.
  return (
    SPEAKS_AFTER.test(after) && !PLACED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))
  );
}

/**
 * "All the boats were destroyed in Tsemes Bay", in an article whose lead is Novorossiysk: a bay
 * the gazetteer lacks (`featureOf`, with no region) is the lead town's harbour, so what is told
 * there is told of the town, as another outlet tells it ("the port of Novorossiysk"). Only a bay,
 * and only one lead town: a lake or an estuary lies as often between towns as beside one.
 */
function harbourTown(
  places: string[],
  leadPlaces: string[] | undefined,
  byId: Lookup,
): string | undefined {
  if (leadPlaces?.length !== 1 || !places.length) return undefined;
  const town = leadPlaces[0]!;
  if (places.includes(town)) return undefined;
  const bays = places.every((p) => {
    const place = byId.get(p);
    return place?.description === 'bay' && !gazetteer().byId.has(p);
  });
  if (!bays) return undefined;
  return (gazetteer().byId.get(town) as Place | undefined)?.kind === 'city' ? town : undefined;
}

/** A preposition right before a place: it locates someone, rather than being the subject. */
const PLACED_BEFORE = /\b(?:in|of|from|at|for|near|over|across)\s+(?:the\s+)?$/i;

/** A place mention that does not say where the claim is: a bridge's river, a speaking country. */
/** A place that names a clock, not a ground: "at 4:30 a.m. Moscow time". */
const CLOCK_ZONE_AFTER = /^\s+time\b/y;

function clockZone(m: EntityMention, text: string): boolean {
  CLOCK_ZONE_AFTER.lastIndex = 0;
  return CLOCK_ZONE_AFTER.test(text.slice(m.end, m.end + 8));
}

/**
 * Before a place, words that make it where part of a count was, not the whole: "seven drones
 * were downed over the region, most of them above the X district" counts the region's seven.
 */
const PART_OVER = screened(
  /(?:\b(?:most|many|several|some|half|the majority|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)) of them|\b(?:mostly|mainly|largely|chiefly))\s+(?:above|over|in|near|around)\s+(?:the\s+)?$/i,
);

function partOfCount(m: EntityMention, text: string): boolean {
  return PART_OVER.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * "The head of the Chernovtsy regional administration, X, acknowledged that the plant had been
 * hit": a region named in a speaker's title is where the speaker serves, not where it happened.
 */
const TITLE_HEAD_BEFORE = /\b(?:head|governor)\s+of\s+(?:the\s+)?$/i;
const TITLE_BODY_AFTER =
  /^\s+(?:regional|oblast|region|district|city|town)\s+(?:(?:military|state)\s+)?administration\b/i;

/**
 * "Six people were wounded, the governor of the Kherson region, X, said": a speaker's title set
 * between commas after the fact, with the name and the reporting verb after it, tells where the
 * speaker serves; when the clause names no other place, the fact is the passage's, which may be a
 * town within that region. Beside another place ("drones attacked Saransk, the head of Mordovia,
 * X, said") it is read as before.
 */
const TRAILING_TITLE_BEFORE = screened(
  /,\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:governor|head)\s+of\s+(?:the\s+)?$/i,
);
/**
 * After a title's place: the speaker's name set off by commas, of `words` before its last, and
 * the reporting verb ("…, Oleksandr Prokudin, said").
 */
const nameThenVerb = (words: string): RegExp =>
  new RegExp(
    String.raw`^(?:\s+(?:region|oblast|province))?,\s+(?:\p{Lu}[\p{L}’'-]+\s+)${words}\p{Lu}[\p{L}’'-]+,\s+(?:said|says|wrote|reported|added|stated|claimed|claims|announced|noted|confirmed)\b`,
    'u',
  );
/** A trailing title's speaker has two words or three. */
const TRAILING_NAME_AFTER = nameThenVerb('{1,2}?');

function trailingTitle(m: EntityMention, text: string): boolean {
  return (
    TRAILING_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) &&
    TRAILING_NAME_AFTER.test(text.slice(m.end, m.end + 60))
  );
}

/**
 * Right before a place, a bearing that makes it a landmark to find another by: "near Izberbash,
 * south of Makhachkala", "a village 30 km from Kharkiv". The place found by it is where the
 * claim is, not the landmark.
 */
const LANDMARK_BEARING_BEFORE =
  /\b(?:(?:north|south)?-?(?:east|west)|north|south|kilometres|kilometers|km|miles)\s+(?:of|from)\s+(?:the\s+)?$/i;

/** The mentions without the landmarks places are told by (`LANDMARK_BEARING_BEFORE`), unless no other place is left. */
function withoutLandmarks(mentions: EntityMention[], text: string, byId: Lookup): EntityMention[] {
  const isPlace = (m: EntityMention) => byId.get(m.entityId)?.type === 'place';
  const landmark = (m: EntityMention) =>
    isPlace(m) && LANDMARK_BEARING_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
  if (!mentions.some(landmark)) return mentions;
  const kept = mentions.filter((m) => !landmark(m));
  return kept.some(isPlace) ? kept : mentions;
}

/** The mentions without the places of trailing titles, unless another place is among them. */
function withoutTrailingTitles(
  mentions: EntityMention[],
  text: string,
  byId: Lookup,
): EntityMention[] {
  const isPlace = (m: EntityMention) => byId.get(m.entityId)?.type === 'place';
  let titled = false;
  for (const m of mentions) {
    if (!isPlace(m)) continue;
    if (!trailingTitle(m, text)) return mentions;
    titled = true;
  }
  return titled ? mentions.filter((m) => !isPlace(m)) : mentions;
}

/** A leading title's speaker, one word or more. */
const LEADING_NAME_AFTER = nameThenVerb('{0,2}');

/**
 * "Odessa governor Oleg Kiper claimed that a ship had been hit": the region before the title
 * word, with the speaker's name and the reporting verb after it, is where the speaker serves.
 */
const TITLE_WORD_NAME_VERB =
  /^\s+(?:regional\s+)?(?:governor|mayor)\s+(?:\p{Lu}[\p{L}’'-]+\s+){1,2}(?:said|says|wrote|claimed|claims|reported|added|stated|announced|noted|confirmed|told)\b/u;

/**
 * "Rustam Minnikhanov, the head of Tatarstan, acknowledged that the zone had been attacked": a
 * title set between the speaker's name and the reporting verb tells where the speaker serves.
 */
const NAME_THEN_TITLE_BEFORE = screened(
  /\p{Lu}[\p{L}’'-]+,\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:governor|head)\s+of\s+(?:the\s+)?$/u,
);
const VERB_AFTER_TITLE =
  /^(?:\s+(?:region|oblast|province|republic))?,\s+(?:has\s+|had\s+)?(?:said|says|wrote|reported|added|stated|claimed|claims|announced|noted|confirmed|acknowledged|admitted|insisted|stressed)\b/;

function apposedTitlePlace(m: EntityMention, text: string, byId: Lookup): boolean {
  return (
    byId.get(m.entityId)?.type === 'place' &&
    VERB_AFTER_TITLE.test(text.slice(m.end, m.end + 60)) &&
    TITLE_HEAD_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) &&
    tests(NAME_THEN_TITLE_BEFORE, text.slice(Math.max(0, m.start - 60), m.start))
  );
}

function titlePlace(m: EntityMention, text: string): boolean {
  if (TITLE_WORD_NAME_VERB.test(text.slice(m.end, m.end + 60))) return true;
  if (!TITLE_HEAD_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return false;
  const after = text.slice(m.end, m.end + 60);
  // "The head of the Volhynian region, X, said that …": the title leads, the name and the verb
  // follow it, and the region is the speaker's, as in a trailing title (left to `trailingTitle`).
  return (
    TITLE_BODY_AFTER.test(after) ||
    (LEADING_NAME_AFTER.test(after) &&
      !TRAILING_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)))
  );
}

/**
 * "The head of the region appointed by Kyiv", "a Moscow-installed official": the place names the
 * power that put someone in office or backs them, not where anything happened. So does the place
 * someone was put in office over ("whom Moscow installed in the occupied part of the Kherson
 * oblast"): the speaker's domain, as a title's place is.
 */
const AUTHORITY_BEFORE = screened(
  /\b(?:appointed|installed|backed)\s+by\s+(?:the\s+)?$|\b(?:appointed|installed)\s+(?:as\s+[\w\s-]{1,30}?\s+)?(?:in|over)\s+(?:the\s+)?(?:(?:Russian-|Moscow-)?(?:occupied|annexed)\s+)?(?:(?:part|parts|areas?)\s+of\s+(?:the\s+)?)?$/i,
);
const AUTHORITY_AFTER = screened(/^[-‐‑–](?:appointed|installed|backed)\b/);
/** "…, whom Kyiv appointed to run the region, …": the power names who appointed, not a scene. */
const WHOM_BEFORE = screened(/\bwhom\s+$/i);
const APPOINTED_AFTER = /^\s+(?:had\s+|has\s+)?(?:appointed|installed|named)\b/i;

function appointingPlace(m: EntityMention, text: string): boolean {
  return (
    AUTHORITY_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) ||
    AUTHORITY_AFTER.test(text.slice(m.end, m.end + 12)) ||
    (WHOM_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
      APPOINTED_AFTER.test(text.slice(m.end, m.end + 24)))
  );
}

/**
 * Before a place, words that make it where a service or a flow goes, not where anything
 * happened: "trains to Odesa were delayed" (at the junction the passage is about), "the bus was
 * about to leave for Izium", "flights were diverted to Samara", "lorries bound for Poland" (queued at
 * the border crossing the passage names), "the station
 * pumps oil towards the terminals of Tuapse", "the evacuation train left for Kyiv" (from the town the
 * passage is about). Its name, or the object of it it names
 * ("the port of"), follows at once; "trains to Odesa from X" leaves X where it was.
 */
const DESTINATION_BEFORE =
  /\b(?:(?:trains?|flights?|bus|buses|ferr(?:y|ies)|coaches|convoys?|traffic|lorr(?:y|ies)|trucks?|freight)\s+(?:to|towards|bound for|(?:left|leaves|departed|departs|set off|sets off|headed|heads)\s+(?:for|to|towards))|(?:about|due|set|going|scheduled|preparing|ready)\s+to\s+(?:leave|depart|set off|head)\s+(?:for|to|towards)|(?:diverted|rerouted|redirected)\s+to|(?:pumps?|pumped|pumping|carr(?:y|ies|ied|ying)|ships|shipped|shipping|exports?|exported|exporting)\s+(?:[\w-]+\s+){0,3}?(?:to|towards))\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?)?$/i;

/**
 * Before a place, words that make it where supplies came from: "used to bring Western weapons
 * from Poland to the front", "fuel from Belarus". Where they come from is not where the passage
 * is, nor where what follows happened.
 */
const SUPPLY_ORIGIN_BEFORE =
  /\b(?:weapons|arms|ammunition|munitions|equipment|supplies|fuel|troops|reinforcements|cargo(?:es)?|goods|shipments?)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$/i;

/**
 * The names of a list before its next item: "diverted to Mineralnye Vody and" or "to Samara,
 * Kazan or". Each item of a list of destinations is one as its first is.
 */
export const LIST_BEFORE =
  /(?:\p{Lu}[\p{L}’'-]*(?:[\s-]+\p{Lu}[\p{L}’'-]*){0,3}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))+$/u;

/**
 * Whether `before` ends as every LIST_BEFORE match ends, in its last separator: a comma and
 * spaces, or "and" or "or" after a space or a comma and before spaces. Most places follow none,
 * and LIST_BEFORE, which is tried at every capital of the text, is not searched before them.
 */
export function endsWithListSeparator(before: string): boolean {
  // `trimEnd` drops what `\s` reads as space, no more and no less.
  const trimmed = before.trimEnd();
  if (trimmed.endsWith(',')) return true;
  if (trimmed.length === before.length) return false;
  const word = trimmed.endsWith('and') ? 3 : trimmed.endsWith('or') ? 2 : 0;
  return word > 0 && /[\s,]/.test(trimmed.charAt(trimmed.length - word - 1));
}

function destination(m: EntityMention, text: string): boolean {
  let before = text.slice(Math.max(0, m.start - 100), m.start);
  // Cheap test first: nearly no place follows "to", "towards", "for" or "from".
  if (/\bfrom\s+(?:the\s+)?$/i.test(before)) return SUPPLY_ORIGIN_BEFORE.test(before);
  if (!/\b(?:to|towards|for)\b/i.test(before)) return false;
  const list = endsWithListSeparator(before) ? LIST_BEFORE.exec(before) : null;
  if (list) before = before.slice(0, list.index);
  return DESTINATION_BEFORE.test(before.slice(-60));
}

/**
 * The town of the hospital the hurt were taken to: "two sailors were injured and taken to
 * hospital in X" were hurt where the passage is, when that is another place than X.
 */
const HOSPITAL_IN_BEFORE = screened(
  /\b(?:taken|rushed|brought|admitted|sent|airlifted|transferred)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?)\s+in\s+$/i,
);

function hospitalElsewhere(m: EntityMention, text: string, passage: readonly string[]): boolean {
  return (
    passage.length > 0 &&
    !passage.includes(m.entityId) &&
    HOSPITAL_IN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))
  );
}

/**
 * Before a place, words that make it where people moved away from danger went: "to camps in",
 * "for a sanatorium near", "evacuated to".
 */
const SHELTER_BEFORE =
  /\b(?:(?:to|for) (?:(?:the|a|an) )?(?:[\w-]+ ){0,2}?(?:camps?|sanatori(?:a|ums?)|dormitor(?:y|ies)|hostels?|temporary accommodation) (?:in|near|outside)|(?:evacuated|relocated|bussed|transported) (?:[\w-]+ ){0,3}?(?:to|towards))\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;

/**
 * An evacuation is filed under where people left, not where they went: "children from X were
 * sent to camps in Y" happened at X, and a group sent from Z to the same camps is another
 * evacuation. A clause naming only where they went takes its place from the text before it. The
 * name stays among the claim's words (`terms.ts`): two tellings may both say where they went.
 */
function withoutShelters(cMentions: EntityMention[], text: string): EntityMention[] {
  return cMentions.filter(
    (m) => !SHELTER_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)),
  );
}

/**
 * Before a place, words that make it one of several counted: "twelve villages, including X, were
 * left without gas", "were cut off, among them X". What is told is of them all, about the
 * passage's place, not of X alone.
 */
const ONE_OF_COUNTED_BEFORE = screened(
  /\b(?:villages|settlements|communities|localities|towns|hamlets)\b[^.;]{0,60}?,?\s+(?:including|among them|among which)\s+(?:the\s+(?:village|town)\s+of\s+)?$/i,
);

function oneOfCounted(m: EntityMention, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  // Cheap test first: nearly no place follows "including" or "among them".
  return (
    /\b(?:including|among them|among which)\s+/i.test(before) && ONE_OF_COUNTED_BEFORE.test(before)
  );
}

/**
 * Before a town, the people who saw the event from it, told as living near the scene: "residents
 * of nearby Engels wrote". The town is where the witnesses are, not where the strike was, and
 * what the next sentences tell stays at the scene named before it.
 */
const WITNESSES_NEARBY_BEFORE = screened(
  /\b(?:residents|locals|people|inhabitants|witnesses|eyewitnesses)\s+(?:of|in|from)\s+(?:the\s+)?(?:nearby|neighbou?ring)\s+$/i,
);

function witnessesNearby(m: EntityMention, text: string): boolean {
  return WITNESSES_NEARBY_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));
}

function notWhere(m: EntityMention, text: string, byId: Lookup): boolean {
  return (
    spannedWater(m, text, byId) ||
    appointingPlace(m, text) ||
    speakingPlace(m, text, byId) ||
    titlePlace(m, text) ||
    apposedTitlePlace(m, text, byId) ||
    clockZone(m, text) ||
    partOfCount(m, text) ||
    destination(m, text) ||
    oneOfCounted(m, text) ||
    witnessesNearby(m, text)
  );
}

/** Whether a mention says where the claim is (not `notWhere`), answered once per mention. */
function saysWhere(
  m: EntityMention,
  text: string,
  byId: Lookup,
  asked: Map<EntityMention, boolean>,
): boolean {
  let says = asked.get(m);
  if (says === undefined) {
    says = !notWhere(m, text, byId);
    asked.set(m, says);
  }
  return says;
}

/**
 * An area standing beside a town (the Alabuga zone by Yelabuga) is news of the town's ground, as
 * a plant is of its town (`sitePlaces`): what is told of it is told of the town, so a report of
 * the zone meets one of the town. The mention stands for the town, which `byId` then holds.
 */
function onTownsGround(m: EntityMention, byId: Lookup): EntityMention {
  const g = gazetteer();
  const area = g.byId.get(m.entityId) as Place | undefined;
  if (area?.kind !== 'area' || !area.parentId) return m;
  const town = g.byId.get(area.parentId) as Place | undefined;
  if (town?.kind !== 'city') return m;
  if (!byId.has(town.id)) byId.set(town.id, town);
  return { ...m, entityId: town.id };
}

/**
 * The towns of the plants named as organisations ("the Pavlohrad chemical plant was not hit"):
 * a plant stands in its town, and news of it is news of the town. A body governing a city
 * speaks for it, and places nothing.
 */
function sitePlaces(mentions: EntityMention[], byId: Lookup): string[] {
  const ids: string[] = [];
  for (const m of mentions) {
    const org = byId.get(m.entityId);
    if (org?.type !== 'organization' || !org.parentId) continue;
    if (org.description.startsWith('regional administration')) continue;
    const site = gazetteer().byId.get(org.parentId);
    if (site?.type === 'place' && (site as Place).kind === 'city') ids.push(site.id);
  }
  return ids;
}

function ofType(mentions: EntityMention[], byId: Lookup, types: string[]): string[] {
  // One loop and one array: asked several times for every sentence and clause.
  const ids: string[] = [];
  for (const m of mentions)
    if (types.includes(byId.get(m.entityId)?.type ?? '')) ids.push(m.entityId);
  return ids;
}

/** The officials and organisations named between two article offsets. */
function speakersIn(mentions: EntityMention[], byId: Lookup, from: number, to: number): string[] {
  return ofType(mentionsIn(mentions, from, to), byId, ['official', 'organization']);
}

/** The speaker a phrase names: one named in it, else "the governor" as the last one named, else its words. */
function resolveSpeaker(
  phrase: string,
  named: string[],
  lastSpeaker: Map<string, string>,
): string | undefined {
  if (named.length) return named[named.length - 1];
  if (/\b(?:governor|mayor|head)\b|^(?:he|she)$/i.test(phrase.trim()))
    return lastSpeaker.get('official') ?? phrase.trim();
  if (/\bministry|department|agency\b/i.test(phrase))
    return lastSpeaker.get('organization') ?? phrase.trim();
  const words = phrase.trim().split(/\s+/);
  return words.length <= 5 && words[0] ? phrase.trim() : undefined;
}

/**
 * Who the sentence attributes its content to: an official or organisation named with
 * "according to" or before a reporting verb, else "the governor"/"the ministry" taken as the
 * last one named, else the speaker's own words ("Russian military reports").
 */
function attributionOf(
  sentence: string,
  offset: number,
  mentions: EntityMention[],
  byId: Lookup,
  lastSpeaker: Map<string, string>,
): string | undefined {
  const according = ACCORDING_TO.exec(sentence);
  if (according?.[1]) {
    const from = according.index + according[0].length - according[1].length;
    const to = from + according[1].length + 40;
    const named = speakersIn(mentions, byId, offset + from, offset + to);
    return resolveSpeaker(according[1], named, lastSpeaker);
  }
  for (const verb of matchesOf(REPORTING_VERBS, sentence)) {
    const at = verb.index ?? 0;
    // "no injuries were reported" names no one.
    PASSIVE_BEFORE.lastIndex = at;
    if (PASSIVE_BEFORE.test(sentence)) continue;
    // The speaker heads the subject of the reporting verb's own clause: after a closing quote
    // ("‘…,’ the governor wrote") or a connector ("even as officials stressed"), else the
    // sentence's first phrase ("The governor, echoing Anokhin's words, confirmed").
    let from = 0;
    for (const m of matchesOf(SPEAKER_CLAUSE_START, sentence.slice(0, at)))
      from = (m.index ?? 0) + m[0].length;
    const region = sentence.slice(from, at);
    // "…over Kursk overnight, Governor Smirnov said": the speaker follows the last comma.
    const last = region.lastIndexOf(',');
    const tail = region.slice(last + 1);
    const comma = region.indexOf(',');
    const [start, phraseText] =
      last >= 0 && tail.trim()
        ? [from + last + 1, tail]
        : [from, comma >= 0 ? region.slice(0, comma) : region];
    // "…in Bila Tserkva, said Mykola Kalashnyk, head of …": the verb opens its clause, and the
    // speaker is named right after it.
    if (last >= 0 && !tail.trim()) {
      const after = at + verb[0].length;
      const end = /[,.;:]/.exec(sentence.slice(after))?.index ?? sentence.length - after;
      const following = speakersIn(mentions, byId, offset + after, offset + after + end);
      if (following.length) return following[0];
      // "…, the governor of the Kherson region, Oleksandr Prokudin, said": the speaker is the
      // name set off just before the verb's comma.
      const before = region.lastIndexOf(',', last - 1);
      const named = speakersIn(mentions, byId, offset + from + before + 1, offset + from + last);
      if (before >= 0 && named.length) return named[named.length - 1];
    }
    const named = speakersIn(mentions, byId, offset + start, offset + start + phraseText.length);
    if (named.length) return named[0];
    const phrase = phraseText.replace(TRAILING_AUXILIARY, '').trim();
    if (phrase && !NOT_A_SPEAKER.test(phrase)) return resolveSpeaker(phrase, named, lastSpeaker);
  }
  return undefined;
}

/**
 * Index keys: each event the claim speaks to (`events.ts`) at each of its places and every place
 * that holds them, short of a country, so a claim about a village meets one about its district
 * or region.
 */
function keysOf(
  events: string[],
  places: string[],
  containers: (place: string) => readonly string[],
  actors: string[],
  byId: Lookup,
): string[] {
  const keys = new Set<string>();
  for (const event of events) {
    for (const place of places) {
      keys.add(`${event}|${place}`);
      const centre = unknownDistrictCentre(place);
      if (centre) keys.add(`${event}|${centre}`);
      for (const parent of containers(place))
        if (!isBroad(parent, byId)) keys.add(`${event}|${parent}`);
    }
    if (!places.length) for (const actor of actors) keys.add(`${event}|${actor}`);
  }
  if (!keys.size) keys.add(`${events[0] ?? ''}|`);
  return [...keys];
}

/** A claim's keys again, once its frame or terms have changed. */
function refiled(
  c: Claim,
  containers: (place: string) => readonly string[],
  byId: Lookup,
): string[] {
  return keysOf(filedEvents(c.frame, c.terms), c.frame.places, containers, c.frame.actors, byId);
}

/** An office's verb before a definite place noun, which `anaphorsIn` passes over unless asked. */
const OFFICE_REGION =
  /\b(?:head|heads|headed|run|runs|ran|lead|leads|led|govern|governs|governed)\s+the\b/i;

/**
 * "Over the region": the place of that kind the article is about, where the text says so.
 * This and the helpers beside it are module functions rather than closures in `detect`, which
 * would make a new function for every sentence or clause.
 */
function anaphoricPlaces(
  text: string,
  focus: Focus,
  from: number,
  to: number,
  offices = false,
): string[] {
  return anaphorsIn(text.slice(from, to), offices)
    .map((a) => focus.resolve(a.kind, from + a.at, a.town))
    .filter((id): id is string => !!id);
}

/**
 * "At the depot", "the refinery", "the energy facility": a definite object the article has named
 * before, with its place.
 */
const DEFINITE_OBJECT = screened(
  /\bthe (?:(?:energy|oil|fuel|industrial|power|military) )?(depot|refinery|plant|factory|enterprise|terminal|substation|warehouse|airfield|port|facility)\b/i,
);

/** A works by any of its names: what "the enterprise" may refer back to. */
const PLANT_WORD = /\b(?:plant|factory|enterprise)\b/i;

/**
 * "Firefighters had extinguished the blaze at the depot": the depot is the one named before, and
 * is where that depot was, not the last place the article named (a village's school, in between).
 */
function namedObjectPlaces(clause: string, claims: readonly Claim[]): string[] {
  const object = execs(DEFINITE_OBJECT, clause)?.[1]?.toLowerCase();
  if (!object) return [];
  // "The enterprise" is the plant or factory named before, in whichever of the words.
  const named = PLANT_WORD.test(object) ? PLANT_WORD : new RegExp(`\\b${object}\\b`, 'i');
  for (let i = claims.length - 1; i >= 0; i--) {
    const c = claims[i] as Claim;
    if (c.frame.places.length && named.test(c.text)) return c.frame.places;
  }
  return [];
}

/** A tally's share told after it: ", most of them …", ", half of them …". */
const SHARE_OF_THEM = /,\s+(?:most|many|half|some|the majority|the bulk) of them\b/i;

/** After a body's name, a site it owns: "a Defence Ministry facility", "an army depot". */
const OWNED_SITE_AFTER =
  /^\s+(?:facility|facilities|site|depot|warehouse|arsenal|base|installation|building)\b/i;

/** The bodies named as a site's owner: "a Defence Ministry facility". */
function siteOwnersIn(mentions: EntityMention[], text: string, byId: Lookup): Set<string> {
  const owners = new Set<string>();
  for (const m of mentions)
    if (
      byId.get(m.entityId)?.type === 'organization' &&
      OWNED_SITE_AFTER.test(text.slice(m.end, m.end + 16))
    )
      owners.add(m.entityId);
  return owners;
}

/** The places the actors govern, narrowest first. */
function governedPlaces(
  actors: string[],
  byId: Lookup,
  containers: (place: string) => readonly string[],
): string[] {
  return narrowest(
    actors.map((a) => byId.get(a)?.parentId).filter((p): p is string => !!p),
    byId,
    containers,
  );
}

/** The last claim's terms, and what the passage had counted when it was made. */
interface TallySource {
  terms: readonly string[];
  unit: string | undefined;
}

/**
 * The words a tally's later items leave out ("17 over the Kaluga region" means "17 drones were
 * downed"): the last claim's own words but for numbers and names, with what it counted.
 */
function tallyTermsOf({ terms, unit }: TallySource): string[] {
  return [
    ...terms.filter((t) => !t.includes(':') && !/^\d/.test(t)),
    ...(unit && /^[a-z]+$/.test(unit) ? [unit] : []),
  ];
}

/** Whether the clause opens on a place named before ("The city now…", "The district has…"). */
function anaphoricSubject(clause: string): boolean {
  return anaphorsIn(clause).some((a) => a.at === 0 && !/^[^\s]+\s+[^\s]+['’]s\b/.test(clause));
}

/**
 * "Debris fell on an empty field near X. No facilities were damaged.": nothing near X was there
 * to harm, so the denial sums up the attack the lead told, at the lead's place (a district or a
 * town, within which it speaks for X too); not a whole region, which one field cannot speak for.
 */
function deniedOverLead(recent: string[], lead: string[] | undefined, byId: Lookup): string[] {
  if (!lead?.length || lead.some((p) => (byId.get(p) as Place | undefined)?.kind === 'region'))
    return recent;
  return lead;
}

export function detectClaims(input: ClaimInput): Claim[] {
  return rememberingAssertions(() => detect(input));
}

function detect(input: ClaimInput): Claim[] {
  const { text, reportUrl, entities } = input;
  const byId: Lookup = new Map(entities.map((e) => [e.id, e]));
  const mentions = input.mentions
    .map((m) => onTownsGround(m, byId))
    .sort((a, b) => a.start - b.start);
  // The power that appointed someone ("whom Kyiv appointed to run the region") is not the region
  // "the region" means.
  const focus = new Focus(
    mentions.filter((m) => !appointingPlace(m, text)),
    byId,
    text,
  );
  const sentences = splitSentences(text);
  /** Settlements placed by the passage in a district the gazetteer cannot confirm. */
  const districtOf = new Map<string, string>();
  const containers = (place: string): readonly string[] => {
    const district = districtOf.get(place);
    const chain = focus.ancestors(place);
    return district ? [district, ...chain.filter((p) => p !== district)] : chain;
  };
  const claims: Claim[] = [];
  const routes = mayNameRoutes(text);
  /** `saysWhere`'s answers by mention: a sentence and then its clauses ask of the same ones. */
  const whereAsked = new Map<EntityMention, boolean>();
  const lastSpeaker = new Map<string, string>();
  let recentPlaces: string[] = [];
  /**
   * The region a tally just spoke of while the passage stayed on its town (`widensOnly`): a bare
   * "No one was hurt" after it denies harm over the whole raid, as the tally counted it.
   */
  let widenedTo: string[] | undefined;
  let recentAt = -Infinity;
  /** Whether the places named last are the lead's own, all of them. */
  const atLead = (): boolean =>
    !!leadPlaces?.length &&
    leadPlaces.length === recentPlaces.length &&
    recentPlaces.every((p) => leadPlaces?.includes(p));
  /** The first event told in the sentence that named `recentPlaces`. */
  let recentEvent: string | undefined;
  /** Whether that sentence spoke of an airport or its flights. */
  let recentAirport = false;
  /** The places of the last sentence to speak of an airport or its flights and name a place. */
  let airportPlaces: string[] | undefined;
  /** Whether that sentence told debris fallen in the open by its place (`FELL_IN_THE_OPEN`). */
  let recentInTheOpen = false;
  /** The last sentence to name a scene the gazetteer cannot place (`OTHER_SCENE`). */
  let sceneAt = -Infinity;
  /** The places of the first sentence after the headline to name any: what the article is about. */
  let leadPlaces: string[] | undefined;
  const headed = !!sentences[0] && /^\s*\n\s*\n/.test(text.slice(sentences[0].end));
  let lastEvent: string | undefined;
  /** What the passage counted last ("87 drones"): what a tally's bare numbers count. */
  let lastUnit: string | undefined;
  /**
   * What gives the words a tally's later items leave out (`tallyTermsOf`): the last claim's terms
   * and what the passage had counted then. Read only when an item comes, which is seldom.
   */
  let tallySource: TallySource = { terms: [], unit: undefined };
  /** The hurt the passage counted last, and in which sentence. */
  let lastHarm: { counts: ClaimFrame['counts']; at: number } | undefined;

  sentences.forEach((sentence, si) => {
    const sText = text.slice(sentence.start, sentence.end);
    const sMentions = mentionsIn(mentions, sentence.start, sentence.end).filter((m) =>
      saysWhere(m, text, byId, whereAsked),
    );
    const headline = si === 0 && /^\s*\n\s*\n/.test(text.slice(sentence.end));
    const words = sentenceWords(sText);
    // Searched after the sentence's scan, which its words ("front", "battlefield") were read in.
    if (tests(OTHER_SCENE, sText)) sceneAt = si;
    const comments = commentsWhereWorded(sText, words.commentary);
    const asserts = mayAssert(sText, words);
    const clauses = splitClauses(sText, headline, comments, asserts, words);
    const passageStart = sentences[Math.max(0, si - PLACE_MEMORY)]?.start ?? 0;
    for (const m of sMentions) {
      if (districtOf.has(m.entityId)) continue;
      const district = focus.districtAround(m.entityId, m.start, passageStart, sentence.end);
      if (district) districtOf.set(m.entityId, district);
    }
    // Places in a trimmed-off comment ("…spilling over from Ukraine") are not what the sentence
    // reports on; nor is the town of a hospital the hurt were taken to, away from the passage.
    // A sentence that names a plant and no place is told of the plant's town (`sitePlaces`):
    // "Debris fell on the grounds of the X terminal. A small fire broke out there" tells of the
    // terminal's town. A place the sentence names is its place, as before.
    const sPlacing = withoutTrailingTitles(
      sMentions.filter(
        (m) =>
          clauses.some(
            (c) => m.start >= sentence.start + c.start && m.end <= sentence.start + c.end,
          ) && !hospitalElsewhere(m, text, recentPlaces),
      ),
      text,
      byId,
    );
    const named = ofType(sPlacing, byId, ['place']);
    let sPlaces = narrowest(named.length ? named : sitePlaces(sPlacing, byId), byId, containers);
    const namesPlaces = sPlaces.length > 0;
    const anaphoric = (offices: boolean): string[] =>
      narrowest(
        clauses.flatMap((c) =>
          anaphoricPlaces(text, focus, sentence.start + c.start, sentence.start + c.end, offices),
        ),
        byId,
        containers,
      );
    if (!namesPlaces) sPlaces = anaphoric(false);
    // "X, whom Kyiv appointed to head the region, said …": the region is no scene of the
    // sentence's claims, but what follows is still read as told of it, as the reader now has it
    // in mind.
    const passagePlaces = namesPlaces || !OFFICE_REGION.test(sText) ? sPlaces : anaphoric(true);
    // The sentence's speaker and time are read only once one of its clauses asserts an event:
    // most sentences assert none, and neither depends on what the clauses find.
    let attribution: { said: string | undefined } | undefined;
    let sTime: { time: string | undefined } | undefined;
    const commentary = comments || (words.generic && isGeneric(sText));
    // Commentators' say-so covers the whole sentence, the fact it seems to state included.
    if (comments && tests(OPINION_TAIL, sText)) return;
    let sentenceEvent: string | undefined;
    /** The lead's places, when a clause here told the attack the lead told (THE_ATTACK_CAME). */
    let backAtLead: string[] | undefined;

    for (const whole of clauses) {
      const clause = unaskedPart(sText, whole);
      if (!clause) continue;
      const cText = sText.slice(clause.start, clause.end);
      screenAsStretch(cText, sText);
      // A clause is a stretch of its sentence between word boundaries, so it can only comment
      // where its sentence does, save a clause that opens with "whether"; and it holds none of
      // the words its sentence lacks, so the sentence's screens answer for it too.
      if (
        (commentary || OPENS_WITH_WHETHER.test(cText)) &&
        (commentsWhereWorded(cText, words.commentary) ||
          (words.generic && isGeneric(withoutHabitAside(cText), sText)))
      )
        continue;
      const start = sentence.start + clause.start;
      const end = sentence.start + clause.end;
      const cMentions = mentionsIn(mentions, start, end).filter((m) =>
        saysWhere(m, text, byId, whereAsked),
      );
      // House numbers are read only where the clause may be a claim: most clauses are not.
      let ids: ReturnType<typeof identifiersOf> | undefined;
      // A relative clause cut off on its own ("which firefighters extinguished …") is read
      // with the noun it speaks of.
      const relative = asserts ? relativeReading(sText.slice(0, clause.start), cText) : undefined;
      const assertion = asserts
        ? (assertionOf(cText, clauses.length === 1 ? words.lists : undefined, words) ??
          (relative ? assertionOf(relative) : undefined) ??
          quotedAssertion(cText))
        : undefined;
      let event = assertion?.event;
      let negated = assertion?.negated ?? false;
      if (
        !event &&
        tests(FIRE_FOLLOW_UP, cText) &&
        (FIRE_WORD.test(sText.slice(0, clause.start)) || fireToldBefore(text, sentences, si))
      )
        event = 'fire';
      if (!event && tests(NOMINAL_NEGATION, cText) && !commentary) {
        event = 'casualties';
        negated = true;
      }
      if (
        !event &&
        RELATION_CLAUSE.test(cText) &&
        ((ids ??= identifiersOf(cText)).ids.length || cMentions.length)
      ) {
        event = sentenceEvent ?? (DEBRIS_NOUN.test(sText) ? 'debris' : lastEvent);
      }
      // "…, 22 over the Kursk region": a tally's later item says what its first one did.
      const tallyItem = TALLY_ITEM.test(cText);
      if (!event && tallyItem && cMentions.length) event = sentenceEvent ?? lastEvent;
      // What the lexicon has no event for may still be a fact another outlet tells (`plain-facts.ts`).
      // "The city now draws on its wells": a place named before, pointed back at as the clause's
      // subject, anchors it too ("…in the city's districts, people woke" does not).
      if (
        !event &&
        statesFact(cText, headline, cMentions.length > 0 || anaphoricSubject(cText), sText)
      )
        event = FACT;
      if (!event) continue;
      sentenceEvent ??= event;
      ids ??= identifiersOf(cText);
      // "X reported four drones over Kirishi, and Y said one was downed over Smolensk": each
      // clause that names its own speaker is that speaker's; the others take the sentence's.
      // A sentence without a reporting verb or "according to" names no speaker, nor its clauses.
      const own =
        clauses.length > 1 && words.speaker
          ? attributionOf(cText, sentence.start + clause.start, mentions, byId, lastSpeaker)
          : undefined;
      const said =
        own ??
        (attribution ??= {
          said: words.speaker
            ? attributionOf(sText, sentence.start, mentions, byId, lastSpeaker)
            : undefined,
        }).said;

      const actors = ofType(cMentions, byId, ['official', 'organization']);
      const siteOwners = siteOwnersIn(cMentions, text, byId);
      if (said && byId.has(said) && !actors.includes(said)) actors.push(said);
      // "9 drones were destroyed over the region, most of them near X": the tally is the
      // region's; X is only where most of it came down.
      const share =
        cMentions.length && cText.includes(' of them') ? SHARE_OF_THEM.exec(cText) : null;
      const shared = share ? cMentions.filter((m) => m.start < start + share.index) : cMentions;
      const elsewhereHospitals = shared.filter((m) => hospitalElsewhere(m, text, recentPlaces));
      const kept = elsewhereHospitals.length
        ? shared.filter((m) => !elsewhereHospitals.includes(m))
        : shared;
      const placing = withoutLandmarks(
        withoutTrailingTitles(
          event === 'evacuation' ? withoutShelters(kept, text) : kept,
          text,
          byId,
        ),
        text,
        byId,
      );
      let places = narrowest(
        [
          ...ofType(withoutRouteEnds(placing, text, byId, routes), byId, ['place']),
          ...(actors.length ? sitePlaces(placing, byId) : []),
        ],
        byId,
        containers,
      );
      if (!places.length)
        places = narrowest(anaphoricPlaces(text, focus, start, end), byId, containers);
      if (!places.length && event !== 'statement') places = namedObjectPlaces(cText, claims);
      // "X did not name the enterprise and said only that debris had fallen on an industrial
      // site": the clause speaks of the object its sentence began with.
      if (!places.length && event !== 'statement' && clause.start > 0)
        places = namedObjectPlaces(sText.slice(0, clause.start), claims);
      // What someone said or would not say is not located by the passage around it.
      const locatable = event !== 'statement';
      // "The city's governor": when no city it could mean is known, the one the official governs.
      if (!places.length && anaphorsIn(cText).length)
        places = governedPlaces(actors, byId, containers);
      // "The fire was extinguished in the morning", told after a village's damaged houses: the
      // fire put out is the one told before, where it burned.
      if (!places.length && !sPlaces.length && event === 'fire' && THE_FIRE_OUT.test(cText))
        places =
          claims.findLast((c) => c.frame.event === 'fire' && c.frame.places.length)?.frame.places ??
          [];
      // Hurt and taken to hospital in a town: hurt where the passage was, or else in that town.
      if (!places.length && locatable && elsewhereHospitals.length) places = recentPlaces;
      // "The strikes began shortly before three, and after them part of X lost power": where the
      // attack began is the lead's place, not X, which only a later clause names.
      if (
        !places.length &&
        locatable &&
        namesPlaces &&
        leadPlaces?.length &&
        THE_ATTACK_CAME.test(cText) &&
        sMentions.every((m) => m.start >= end || byId.get(m.entityId)?.type !== 'place')
      )
        places = leadPlaces;
      if (!places.length && locatable) places = sPlaces;
      // "The attack began at about 1 a.m.": the attack the lead told, however many sentences
      // after it, and not at the village the sentence before named outside the lead's place
      // (where debris fell is not where the attack began); the lead's place, or a town within
      // it, named just before still places it as before.
      if (
        !places.length &&
        locatable &&
        leadPlaces?.length &&
        THE_ATTACK_CAME.test(cText) &&
        !(
          si - recentAt <= PLACE_MEMORY &&
          recentPlaces.some((p) => leadPlaces?.some((l) => l === p || containers(p).includes(l)))
        )
      )
        places = leadPlaces;
      // "Debris damaged houses in a village. Flights were delayed": the flights are the
      // airport's the passage spoke of before, not the village's the sentence before named.
      if (!places.length && locatable && !recentAirport && airportPlaces && tests(AIRPORT, cText))
        places = airportPlaces;
      if (
        !places.length &&
        locatable &&
        (si - recentAt <= PLACE_MEMORY || (si - recentAt <= LEAD_MEMORY && atLead())) &&
        sceneAt < recentAt &&
        !ELSEWHERE.test(sText)
      )
        // "Flights at the city's airport were halted. No one was hurt": an airport that closed
        // as a precaution is not where anyone could be hurt; the denial speaks of the place the
        // article is about. Only an airport: "trains to Odesa were halted. No one was hurt" may
        // well speak of Odesa, and "no one was hurt there" always speaks of the place before.
        places =
          event === 'casualties' && negated && widenedTo
            ? widenedTo
            : event === 'casualties' &&
                negated &&
                recentEvent === 'disruption' &&
                recentAirport &&
                !/\bthere\b/i.test(cText) &&
                leadPlaces
              ? leadPlaces
              : negated && recentInTheOpen && !/\bthere\b/i.test(cText)
                ? deniedOverLead(recentPlaces, leadPlaces, byId)
                : recentPlaces;
      // "A fire broke out at a Defence Ministry facility": a body named as a site's owner does
      // not place it in all the body governs; the site is the one the story is about.
      if (
        !places.length &&
        locatable &&
        leadPlaces?.length &&
        actors.length &&
        actors.every((a) => siteOwners.has(a))
      )
        places = leadPlaces;
      if (!places.length) places = governedPlaces(actors, byId, containers);
      if (
        !sPlaces.length &&
        leadPlaces?.length &&
        places.length &&
        places.every((p) => leadPlaces?.includes(p)) &&
        THE_ATTACK_CAME.test(cText)
      )
        backAtLead = places;

      const frame: ClaimFrame = {
        event,
        places,
        actors,
        counts: countsOf(cText, ids.spans),
        negated,
        identifiers: ids.ids,
      };
      if (
        event === 'casualties' &&
        negated &&
        (places.some((p) => namedAsCapital(p, mentions, end, text)) || DENIED_THERE.test(cText))
      )
        frame.cityOnly = true;
      // "In Poltava, a facility was hit": a strike in the city, not in the region's other towns;
      // so is "debris fell on the outskirts of Poltava", and the fire of "a refinery in Poltava,
      // where a fire broke out" (the relative clause is where its sentence named).
      if (
        (event === 'damage' ||
          event === 'debris' ||
          // "A drone was destroyed on the outskirts of Kaluga": the city's tally, not the region's.
          event === 'shootdown' ||
          (event === 'fire' && namesPlaces && RELATIVE_WHERE.test(cText))) &&
        places.some((p) => namedAsCapital(p, mentions, end, text))
      )
        frame.cityOnly = true;
      // "In the Zavodsky district of Saratov": a district "of" the city its region is named
      // after is the city's, so the claim is in that city too, as a report naming the city tells.
      const city = cityOfDistrict(places, cMentions, text, containers);
      if (city && !places.includes(city)) frame.places = places = [...places, city];
      const harbour = harbourTown(places, leadPlaces, byId);
      if (harbour) frame.places = places = [...places, harbour];
      if (!frame.counts.length && lastUnit) {
        const counted = tallyCount(cText, lastUnit);
        if (counted) frame.counts = [counted];
      }
      if (!frame.counts.length && si === 0) {
        const counted = colonCount(cText);
        if (counted) frame.counts = [counted];
      }
      lastUnit = frame.counts.at(-1)?.unit ?? lastUnit;
      const harm = frame.counts.filter(isHarm);
      // "Two guards suffered light injuries", told sentences after any place: the hurt of the
      // place the article is about, so that another outlet's count there meets it. So is a bare
      // denial ("There were no casualties"), which another's count there contradicts.
      if (
        !places.length &&
        locatable &&
        event === 'casualties' &&
        (harm.length || negated) &&
        leadPlaces &&
        sceneAt < recentAt &&
        !ELSEWHERE.test(sText)
      ) {
        places = leadPlaces;
        frame.places = places;
      }
      if (harm.length && !negated) lastHarm = { counts: harm, at: si };
      else if (
        event === 'casualties' &&
        !negated &&
        !harm.length &&
        lastHarm &&
        si - lastHarm.at <= 1 &&
        VICTIMS_SUBJECT.test(cText)
      )
        frame.counts = [...frame.counts, ...lastHarm.counts];
      const relation = relationOf(cText);
      if (relation) frame.relation = relation;
      const offsets = utcOffsetsOf(places);
      // A habit's hour is no hour of this event: "as they usually do after a night attack".
      const time =
        timeOf(withoutHabitAside(cText), offsets, words.dayparts) ??
        (sTime ??= { time: timeOf(withoutHabitAside(sText), offsets, words.dayparts) }).time;
      if (time) frame.time = time;

      let terms =
        tallyItem && !assertion
          ? [...new Set([...claimTerms(cText, start, cMentions), ...tallyTermsOf(tallySource)])]
          : claimTerms(cText, start, cMentions);
      // "Debris fell near Kalynivka, without casualties": the fall is the claim, and the denial
      // of harm after it still speaks for the place (`events.ts`).
      if (frame.event !== 'casualties' && !frame.negated && tests(TRAILING_UNHARMED, cText))
        terms = [...terms, UNHARMED];
      const claim: Claim = {
        id: `${reportUrl}#${claims.length}`,
        start,
        end,
        text: cText,
        frame,
        keys: keysOf(filedEvents(frame, terms), places, containers, actors, byId),
        terms,
      };
      if (said) claim.attribution = said;
      claims.push(claim);
      if (!tallyItem || assertion) tallySource = { terms: claim.terms, unit: lastUnit };
      lastEvent = event;
    }

    for (const m of sMentions) {
      const type = byId.get(m.entityId)?.type;
      if (type === 'official' || type === 'organization') lastSpeaker.set(type, m.entityId);
    }
    // "The strikes began at about 1 a.m. Trains were held up.": told of the lead's attack, the
    // passage is back at its place, however many sentences ago the lead named it.
    if (!passagePlaces.length && backAtLead) {
      recentPlaces = backAtLead;
      recentAt = si;
    }
    // "Drones attacked X. Seven were destroyed over the region. Debris hit the station": a
    // tally over "the region" holding X widens the count, not the scene, so what follows is
    // still told of X (and not of the region's every other town).
    const widensOnly =
      !namesPlaces &&
      passagePlaces.length > 0 &&
      si - recentAt <= PLACE_MEMORY &&
      recentPlaces.length > 0 &&
      passagePlaces.every((p) => recentPlaces.some((r) => containers(r).includes(p))) &&
      claims.some(
        (c) => c.start >= sentence.start && c.frame.event === 'shootdown' && c.frame.counts.length,
      );
    if (widensOnly) {
      recentAt = si;
      widenedTo = passagePlaces;
    } else if (passagePlaces.length && !tests(DETOUR_ROUTE, sText)) {
      recentPlaces = passagePlaces;
      widenedTo = undefined;
      recentEvent = sentenceEvent;
      recentAirport = tests(AIRPORT, sText);
      if (recentAirport) airportPlaces = passagePlaces;
      recentInTheOpen = recentEvent === 'debris' && FELL_IN_THE_OPEN.test(sText);
      recentAt = si;
      // "On the front line near Pokrovsk": the scene is a place named, which later sentences mean.
      if (sceneAt === si) sceneAt = -Infinity;
      if (!leadPlaces && (si > 0 || !headed)) leadPlaces = passagePlaces;
    }
  });
  // The headline and the lead's first sentence.
  const titled = !!sentences[0] && /^\s*\n\s*\n/.test(text.slice(sentences[0].end));
  const lead = text.slice(0, sentences[titled ? 1 : 0]?.end ?? 0);
  if (titled && sentences[0] && sentences[1]) {
    const [head, body] = [sentences[0], sentences[1]];
    const leadClaims = claims.filter((c) => c.start >= body.start && c.end <= body.end);
    const leadPlaces = leadClaims.flatMap((c) => c.frame.places);
    const leadText = leadClaims.map((c) => c.text).join(' ');
    // "Drones hit depot near Sevsk, villages left without power": the headline's clauses
    // that take its town take it as it was named, near.
    const near = nearTowns(mentions, head, text);
    for (const c of claims) {
      if (c.end > head.end) break;
      // "…; house damaged" after a lead about a pumping station: what the lead does not tell of
      // is not placed by it.
      const object = relationObject(c.text);
      if (object && !namesObject(leadText, object)) continue;
      narrowedByLead(c, leadPlaces, containers, near);
      c.keys = refiled(c, containers, byId);
    }
  }
  datedByArticle(claims, lead, containers);
  untouchedByArticle(claims, containers, byId);
  return claims;
}

/** Working as though nothing had happened: "normally", "as usual", "as normal". */
const WORKING_AS_BEFORE = /\b(?:as (?:normal|usual)|normally)\b/i;

/**
 * "The plant continues to operate normally" denies a hit on the plant only where its article
 * tells of none: "drones attacked the refinery …; the refinery is operating as normal" says the
 * refinery works on after a hit. Such a claim is marked UNTOUCHED and filed with the damage.
 */
function untouchedByArticle(
  claims: Claim[],
  containers: (place: string) => readonly string[],
  byId: Lookup,
): void {
  for (const c of claims) {
    if (c.frame.event !== 'operating' || c.frame.negated || !WORKING_AS_BEFORE.test(c.text))
      continue;
    const kind = damagedKind(c.text);
    if (!kind) continue;
    const hit = claims.some(
      (o) =>
        o !== c &&
        !o.frame.negated &&
        o.frame.relation !== 'near' &&
        // Debris that fell on the plant's own grounds is an incident there too: working normally
        // after it is working on, not a denial ("fell on the territory of the Syzran refinery"),
        // unlike debris on some other enterprise's ("an industrial enterprise").
        (o.frame.event === 'fire' ||
          (o.frame.event === 'debris' && sameObject(o.text, c.text)) ||
          eventsOf(o.frame, o.terms).includes('damage')) &&
        o.frame.event !== 'operating' &&
        damagedKind(o.text) === kind,
    );
    if (hit) continue;
    c.terms = [...c.terms, UNTOUCHED];
    c.keys = refiled(c, containers, byId);
  }
}

/** Whether a text names a relation's object ("building" for any house, home or block). */
function namesObject(text: string, object: string): boolean {
  if (object === 'building') return BUILDING_WORD.test(text);
  return new RegExp(`\\b${object.replace(/\W/g, '')}`, 'i').test(text);
}
const BUILDING_WORD = /\b(?:houses?|homes?|buildings?|blocks?|apartments?|flats?)\b/i;

/** Before a town, words that put what follows around it rather than in it. */
const NEAR_BEFORE =
  /\b(?:near|outside|close to|on the outskirts of)\s+(?:the\s+(?:town|city)\s+of\s+)?$/i;

/** The places a stretch names as what its event was near: "a depot near Sevsk". */
function nearTowns(mentions: EntityMention[], span: Span, text: string): Set<string> {
  const near = new Set<string>();
  for (const m of mentionsIn(mentions, span.start, span.end))
    if (NEAR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) near.add(m.entityId);
  return near;
}

/**
 * A headline names the region, its lead the district or town within it ("Two workers injured
 * in Odesa region"; "… in the Izmail district of the Odesa region"): the headline tells of the
 * lead's place, and would otherwise meet any report from anywhere in the region.
 */
function narrowedByLead(
  claim: Claim,
  leadPlaces: string[],
  containers: (id: string) => readonly string[],
  near: ReadonlySet<string>,
): void {
  if (!leadPlaces.length) return;
  const places = claim.frame.places.flatMap((p) => {
    // "Drones hit depot near Sevsk", told in the lead of a village of the Sevsky
    // district: what is near a town lies in the district around it, which holds the village.
    const around = near.has(p) ? districtCentredOn(p) : undefined;
    const within = leadPlaces.filter(
      (l) => l !== p && (containers(l).includes(p) || (!!around && containers(l).includes(around))),
    );
    return within.length ? within : [p];
  });
  claim.frame.places = [...new Set(places)];
}

/**
 * "The heating season began on Monday, 3 November": the day a lasting period began, which the
 * rest of its article tells as it stands since ("312 buildings are connected so far"), not as
 * that day's events. Two reports that disagree on the day it began still tell of one period.
 */
const LASTING_PERIOD_BEGAN = screened(
  /\b(?:season|school year|academic year|curfew|rationing)\b[^.;]{0,40}?\b(?:began|begins|begun|started|starts|opened|opens|kicked off)\b|\b(?:began|begins|started|starts|opened|opens)\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,2}(?:season|school year|academic year|curfew|rationing)\b/i,
);

/** Events that tell how things stand rather than what happened on a day (`LASTING_PERIOD_BEGAN`). */
const STATES_OF_A_PERIOD = new Set([FACT, 'operating', 'outage']);

/**
 * An article that names one day only is about that day throughout: its headline's "drones
 * downed overnight" is Saturday night's, as its body says. With two days named, a claim
 * without its own stays undated, since nobody can tell which it belongs to. The day is marked
 * as the article's (`ARTICLE_DAY`), not the claim's own: it may tell two events apart, but a
 * claim that never said when cannot be contradicted on when.
 */
function datedByArticle(
  claims: Claim[],
  lead: string,
  containers: (id: string) => readonly string[],
): void {
  // Each claim's own days, read once: the passes below ask for them again and again, and a
  // claim's time gains the article's days only after its own were read.
  const ownDays = claims.map((c) => daysOf(c.frame.time));
  const named = new Set<string>();
  for (const days of ownDays) if (days.length) named.add(days.join(' '));
  // "Residents count the cost of Monday's strike": the headline and lead date the article even
  // where they assert nothing themselves.
  const leadDays = daysOf(timeOf(lead)).join(' ');
  // A lead telling when a lasting period began ("The heating season began on Monday") makes its
  // article one about that period as it stands: the states it tells ("312 buildings are
  // connected", "30 schools have reopened") are no day's news, though a shelling still is.
  const aboutPeriod = tests(LASTING_PERIOD_BEGAN, lead);
  if (leadDays) named.add(leadDays);
  const [only] = named;
  const saidOf =
    named.size === 1 && !leadDays ? daySaidElsewhere(claims, ownDays, lead, containers) : undefined;
  // With several days named, a claim is about the day the narrative last named before it for
  // its place, and the headline and what precedes the first dated claim about the day the lead
  // names. A day said of another place ("In Nikopol, … on Wednesday morning") dates that place's
  // events, not the rest of the article.
  const first =
    named.size === 1 ? only : leadDays || (ownDays.find((days) => days.length) ?? []).join(' ');
  let unplaced = { days: first, at: -1 };
  let any = unplaced;
  const byPlace = new Map<string, { days: string | undefined; at: number }>();
  const leadWeek = leadDays.split(' ').filter((d) => !/\d/.test(d));
  claims.forEach((c, at) => {
    const own = ownDays[at] ?? [];
    if (own.length && leadWeek.length && own.every((d) => !/\d/.test(d) && !leadWeek.includes(d)))
      c.frame.time = `${c.frame.time ?? ''} ${ASIDE_DAY}`;
    if (own.length && named.size > 1) {
      any = { days: own.join(' '), at };
      if (c.frame.places.length) for (const p of c.frame.places) byPlace.set(p, any);
      else unplaced = any;
    }
    if (c.frame.event === 'statement' || own.length) return;
    // "In March, …" or "a week earlier" is another week's event, whichever day the article
    // names and of whichever places.
    const before = daysBefore(c.text);
    if (before !== undefined && before >= 7) {
      c.frame.time = c.frame.time ? `${c.frame.time} ${WEEKS_BEFORE}` : WEEKS_BEFORE;
      return;
    }
    if (aboutPeriod && STATES_OF_A_PERIOD.has(c.frame.event)) return;
    if (
      saidOf &&
      !c.frame.places.some((p) => saidOf.has(p) || containers(p).some((q) => saidOf.has(q)))
    )
      return;
    let latest = c.frame.places.length ? unplaced : any;
    for (const p of c.frame.places)
      for (const q of [p, ...containers(p)]) {
        const said = byPlace.get(q);
        if (said && said.at > latest.at) latest = said;
      }
    const last = named.size === 1 ? only : latest.days;
    if (!last) return;
    // "Two days earlier, …" is two days before the article's day.
    const inherited = last
      .split(' ')
      .map((day) => (before ? shiftedWeekday(day, -before) : day))
      .filter((day) => day !== undefined)
      .map((day) => ARTICLE_DAY + day)
      .join(' ');
    if (!inherited) return;
    c.frame.time = c.frame.time ? `${c.frame.time} ${inherited}` : inherited;
  });
}

/**
 * The places of an article's only named day, when that day is said after the lead of places
 * the headline and lead are not about ("On Sunday night, a drone was shot down near
 * Dzerzhinsk", closing a story on a refinery elsewhere): the day then dates those places' events
 * only, and the rest of the article stays undated. Undefined when the day may be the article's.
 */
function daySaidElsewhere(
  claims: Claim[],
  ownDays: string[][],
  lead: string,
  containers: (id: string) => readonly string[],
): Set<string> | undefined {
  const leadPlaces = new Set(
    claims.filter((c) => c.end <= lead.length).flatMap((c) => c.frame.places),
  );
  if (!leadPlaces.size) return undefined;
  const dated = claims.filter((_, at) => ownDays[at]?.length);
  const places = new Set(dated.flatMap((c) => c.frame.places));
  if (!dated.length || dated.some((c) => !c.frame.places.length)) return undefined;
  for (const p of places) {
    if (leadPlaces.has(p)) return undefined;
    for (const l of leadPlaces) if (containers(l).includes(p)) return undefined;
  }
  return places;
}
