/**
 * The details of a claim that two reports can disagree on: how many, which objects, where
 * relative to them, when, and whether it happened at all.
 */
import type { ClaimFrame, Count, CountQualifier } from '../model.ts';
import { remembered } from '../remembered.ts';
import { isLatinText, latinTwin } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { wordGuardOf } from './pattern-words.ts';
import { regionOf } from '../entities/gazetteer.ts';
import { execs, mayMatch, screened, tests } from './screened.ts';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A number told in one word, digits or a word up to ninety ("14", "fourteen", "a"), if it is one. */
export function numberInOneWord(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  return NUMBER_WORDS[w];
}

/** What each round word multiplies: "two hundred", and the vague plurals "dozens", "hundreds". */
const SCALES: Record<string, number> = {
  ten: 10,
  tens: 10,
  dozen: 12,
  hundred: 100,
  thousand: 1000,
};

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SMALL = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:${ONES}))?|${ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|single)`;
const DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?';

/**
 * The words a quantity begins with, when it does not begin with a digit: the number words, the
 * article, and the first words of QUANTITY's vague and round quantities.
 */
const QUANTITY_OPENERS = [
  ...Object.keys(NUMBER_WORDS),
  ...['a', 'an', 'half', 'several', 'many', 'dozen', 'dozens', 'hundreds', 'thousands', 'tens'],
  ...['couple', 'multiple', 'numerous'],
];
/**
 * What QUANTITY looks for first: a digit or a word of QUANTITY_OPENERS. A word that opens no
 * quantity, most words, is then passed over at once rather than tried against each of
 * QUANTITY's readings in turn (it halves the time QUANTITY takes over a clause).
 */
export const QUANTITY_OPENS = `(?=\\d|(?:${QUANTITY_OPENERS.join('|')})(?![\\p{L}\\p{N}]))`;

/**
 * A spoken or written quantity, longest reading first: "two hundred and fifty", "a dozen",
 * "dozens of", "a couple of", "1,200", "twenty-one", "several", "a". Ordinals ("first",
 * "2nd") are never quantities, and "of" after a vague quantity belongs to it, so that the noun
 * after it is what is counted.
 */
export const QUANTITY = new RegExp(
  [
    `half an? dozen`,
    // "Half a metre": a measure's half; left uncounted before anything else ("half an hour").
    `half an?`,
    `(?:several|a few|many) (?:dozen|hundred|thousand)(?: of)?`,
    `(?:dozens|hundreds|thousands|tens) of`,
    `(?:dozens|hundreds|thousands)`,
    `(?:a|an|one|${SMALL}|${DIGITS})[\\s-](?:hundred|thousand)(?:(?:\\s+and)?\\s+${SMALL})?`,
    `(?:${SMALL}|\\d{1,3})[\\s-]dozen(?: of)?`,
    `(?:an? )?dozen(?: of)?`,
    `an? couple(?: of)?|couple of`,
    `a few`,
    `several|multiple|many|numerous|a number of`,
    DIGITS,
    SMALL,
    `an?`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|')
    // A weapon's designation ("FAB-500", "Kh-101", "S-300") names a model, not how many.
    .replace(/^/, `${QUANTITY_OPENS}(?<![\\p{L}\\p{N}])(?<!\\p{L}-(?=\\d))(?:`)
    .concat(')(?![\\p{L}\\p{N}])'),
  'giu',
);
/** QUANTITY for text that `isLatinText`. */
export const LATIN_QUANTITY = latinTwin(QUANTITY, [
  ['[\\p{L}\\p{N}]', '[A-Za-z0-9]'],
  ['\\p{L}-', '[A-Za-z]-'],
]);
/**
 * LATIN_QUANTITY for text without "_": every quantity starts with an ASCII letter or digit, so
 * there a `\b` before it says what its look-behind says (no letter or digit before it), and the
 * engine, told that a match starts a word, tries far fewer places (a third less time searching
 * the clauses the detectors read).
 */
const LATIN_QUANTITY_AT_WORDS = new RegExp(`\\b${LATIN_QUANTITY.source}`, LATIN_QUANTITY.flags);

/**
 * An item of a tally by place, its number first and its noun left out: "22 over the Kursk
 * region", "and 15 in the Belgorod region"; the group holds the number.
 */
export const TALLY_ITEM = new RegExp(
  `^(?:of (?:them|these|those),\\s*)?(${DIGITS}|${SMALL})\\s+(?:(?:were|was)\\s+(?:[\\w-]+\\s+)?)?(?:over|above|in|near)\\s+(?:the\\s+)?\\p{Lu}`,
  'iu',
);

/**
 * Not a place but the part of the day an hour is told in: "between three and four in the
 * morning" (under the `i` flag `\\p{Lu}` matches lower case too, so it must be ruled out by name).
 */
const NOT_A_DAYPART = `(?!(?:the\\s+)?(?:morning|afternoon|evening|night)\\b)`;
/** A number and the place it counts, a tally's item wherever it stands in the sentence. */
const TALLY_COUNTED = `(?:${DIGITS}|${SMALL})\\s+(?:over|above|in|near)\\s+${NOT_A_DAYPART}(?:the\\s+)?\\p{Lu}`;
/** A separator, then the next item of a tally: ", 22 over the K…", " and 15 in the B…". */
export const TALLY_NEXT = new RegExp(
  `(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?=${TALLY_COUNTED})`,
  'giu',
);
/** The tally's first item names its number and place too, with its verb: "41 were downed over the B…". */
export const TALLY_FIRST = new RegExp(
  `\\b(?:${DIGITS}|${SMALL})\\s+(?:(?:were|was)\\s+[\\w-]+\\s+)?(?:over|above|in|near)\\s+${NOT_A_DAYPART}(?:the\\s+)?\\p{Lu}`,
  'iu',
);

/** A number that counts what was counted before it: "destroyed 24 of them". */
const OF_THEM = screened(
  new RegExp(`(?<![\\p{L}\\p{N}])(${DIGITS}|${SMALL}) of (?:them|these|those)\\b`, 'iu'),
);
/** OF_THEM for text that `isLatinText`. */
const LATIN_OF_THEM = screened(latinTwin(OF_THEM, [['[\\p{L}\\p{N}]', '[A-Za-z0-9]']]));

/**
 * "Drones attack Tula region: 21 downed": a headline's count told by a participle after its colon
 * counts the drones named before it.
 */
const COLON_COUNT =
  /^[^:]{0,80}?\b(?:drones?|uavs?)\b[^:]{0,80}:\s+(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:downed|destroyed|intercepted|shot down)\b/i;

/** The drones a headline counts after its colon (`COLON_COUNT`), if it does. */
export function colonCount(clause: string): Count | undefined {
  const number = COLON_COUNT.exec(clause)?.[1];
  const read = number === undefined ? undefined : quantity(number);
  return read && { ...read, unit: 'drone' };
}

/**
 * The count a clause gives of the unit the passage counted last, where it names no unit itself:
 * a tally's item ("22 over the Kursk region") or a part ("destroyed 24 of them").
 */
export function tallyCount(clause: string, unit: string): Count | undefined {
  const number =
    TALLY_ITEM.exec(clause)?.[1] ??
    execs(isLatinText(clause) ? LATIN_OF_THEM : OF_THEM, clause)?.[1];
  const read = number === undefined ? undefined : quantity(number);
  return read && { ...read, unit };
}

/**
 * The value of a quantity phrase matched by QUANTITY, and how exactly it is meant. Remembered by
 * phrase, as news counts in the same few words; callers copy the answer, never change it.
 */
const quantity = remembered(readQuantity);

function readQuantity(phrase: string): { value: number; qualifier: CountQualifier } | undefined {
  const p = phrase
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/ of$/, '');
  if (p === 'half a dozen' || p === 'half an dozen') return { value: 6, qualifier: 'exact' };
  if (p === 'half a' || p === 'half an') return { value: 0.5, qualifier: 'exact' };
  const vague =
    /^(?:(?:several|a few|many) (dozen|hundred|thousand)|(dozen|hundred|thousand|ten)s)$/.exec(p);
  // "Dozens" is at least two dozen, "hundreds" at least two hundred: how many more, nobody says.
  if (vague) return { value: 2 * (SCALES[vague[1] ?? vague[2] ?? ''] ?? 0), qualifier: 'several' };
  if (/^(?:an? )?dozen$/.test(p)) return { value: 12, qualifier: 'exact' };
  if (/couple$/.test(p)) return { value: 2, qualifier: 'about' };
  if (p === 'a few' || p === 'several') return { value: 3, qualifier: 'several' };
  if (/^(?:multiple|many|numerous|a number)$/.test(p)) return { value: 2, qualifier: 'multiple' };
  let total = 0;
  let current = 0;
  for (const word of p.split(' ')) {
    if (/^\d/.test(word)) current += Number(word.replace(/,/g, ''));
    else if (word === 'a' || word === 'an') current += 1;
    else if (word === 'hundred') current = (current || 1) * 100;
    // "Two dozen people": 24, not two and a dozen.
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (word in NUMBER_WORDS) current += NUMBER_WORDS[word] ?? 0;
    else if (word !== 'and') return undefined;
  }
  const value = total + current;
  return Number.isFinite(value) && value > 0 ? { value, qualifier: 'exact' } : undefined;
}

/** What a "facility" is called when the target is left unnamed: "an infrastructure facility". */
const UNNAMED_TARGET =
  /^(?:infrastructure|industrial|military|military-industrial|energy|critical|defen[cs]e|transport|fuel)$/i;

const UNITS: [RegExp, string][] = [
  // "Seven injured after a missile strike" counts people, not missiles.
  [/^(?:injured|wounded|hurt|killed|dead)$/i, 'person'],
  // The Shahed and its Russian-made copy, the Geran, counted by name: "at least ten Gerans".
  [/^(?:drones?|uavs?|uas|unmanned|uncrewed|бпла|quadcopters?|shaheds?|gerans?)$/i, 'drone'],
  [/^missiles?$/i, 'missile'],
  // Bombs dropped, counted: "two guided aerial bombs", "three KABs".
  [/^(?:bombs?|kabs?)$/i, 'bomb'],
  // Flats are counted apart from buildings: "a drone hit a building" and "20 flats were damaged"
  // tell of one block, not of counts that disagree ("a block of flats" is still a building).
  [/^flats?$/i, 'flat'],
  [
    /^(?:houses?|homes?|buildings?|residential|apartments?|households?|dwellings?|warehouses?|storehouses?|sheds?|barns?|garages?|hangars?|facility|facilities)$/i,
    'building',
  ],
  [
    /^(?:people|persons?|civilians?|residents?|men|women|children|man|woman|child|boy|girl|teenagers?|pensioners?)$/i,
    'person',
  ],
  // People named by their nation are people: "157 Ukrainians came home" counts people, not the
  // home a word or two on.
  [
    /^(?:ukrainians|russians|belarusians|georgians|moldovans|armenians|azerbaijanis|kazakhs|uzbeks|tajiks|chechens|poles|lithuanians|latvians|estonians|romanians|hungarians|slovaks|czechs|germans|americans|britons|frenchmen|turks|israelis|palestinians|syrians|iranians|indians|foreigners|nationals|citizens|compatriots)$/i,
    'person',
  ],
  // Whoever they are by trade, they are people: "two port workers", "86 miners"; so is a
  // ship's crew, however it is called ("two crew members", "three sailors", "four seamen"),
  // and so are those held: "two suspects were detained".
  [
    /^(?:workers?|employees?|crew|crewm[ae]n|crewmembers?|members|sailors?|seam[ae]n|seafarers?|mariners?|staff|guards?|watchm[ae]n|passengers?|drivers?|pupils?|students?|patients?|evacuees?|fishermen|farmers?|miners?|railwaym[ae]n|steelworkers?|dockers?|dockworkers?|electricians?|doctors?|nurses?|teachers?|infants?|babies|baby|daughters?|sons?|mothers?|fathers?|husbands?|wives|wife|girls|boys|adults?|suspects?|detainees?)$/i,
    'person',
  ],
  // Those sent to help are counted apart from those they help, unless they are hurt themselves.
  [
    /^(?:soldiers?|servicem[ae]n|firefighters?|rescuers?|policem[ae]n|officers?|volunteers?|medics?|paramedics?|specialists?|sappers?)$/i,
    'personnel',
  ],
  // Attacks counted, as a tally of the day: "counted 31 attacks", "recorded 12 shellings" (the
  // plural only: "an attack" is the one attack told, not a count to set against a tally).
  [/^(?:attacks|strikes|shellings|bombardments|raids)$/i, 'attack'],
  // "Shelled the community 23 times": attacks, when an attack is what was done (`TIMES_ATTACKED`).
  [/^times$/i, 'times'],
  // Places cut off or hit, counted: "twelve villages were left without gas".
  [/^(?:villages?|settlements?|hamlets?|localities)$/i, 'settlement'],
  // Schools closed or sent to remote learning, counted: "all 14 schools", "nine schools".
  [/^(?:schools?|kindergartens?)$/i, 'school'],
  [/^districts?$/i, 'district'],
  [/^(?:regions?|oblasts?)$/i, 'region'],
  [/^hours?$/i, 'hour'],
  // A duration, not a count of what follows: "ninety minutes late while specialists inspected".
  [/^minutes?$/i, 'minute'],
  [/^(?:cars?|vehicles?|minibus(?:es)?)$/i, 'vehicle'],
  // A train's wagons are counted apart from cars on a road: "fourteen wagons came off the rails".
  [/^(?:wagons?|carriages?|railcars?)$/i, 'wagon'],
];

/** Buildings named in two words: "a block of flats", "two high-rises", "a tower block". */
function buildingPhrase(words: string[], i: number): boolean {
  const w = words[i]?.toLowerCase() ?? '';
  // Asked of every word after every count: most are neither "block" nor "rise".
  if (w !== 'block' && w !== 'blocks' && w !== 'rise' && w !== 'rises') return false;
  const next = words[i + 1]?.toLowerCase();
  const prev = words[i - 1]?.toLowerCase();
  if (/^blocks?$/.test(w) && next === 'of' && /^(?:flats|apartments)$/.test(words[i + 2] ?? ''))
    return true;
  if (/^blocks?$/.test(w) && /^(?:apartment|tower|residential)$/.test(prev ?? '')) return true;
  return /^rises?$/.test(w) && prev === 'high';
}

/** A qualifier just before a count, so the word before it can be read: "injuring at least two". */
const QUALIFIER_WORDS =
  /(?:more than|over|at least|upwards of|in excess of|less than|fewer than|under|up to|at most|about|around|approximately|some|nearly|almost|roughly|an estimated)\s+$/i;

const QUALIFIERS: [RegExp, CountQualifier][] = [
  // "At least five" allows five; "more than five" does not.
  // "Handed over 75 prisoners" hands 75 over, no more.
  [
    /(?:more than|(?<!\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|gave|give[ns]?|giving) )over|upwards of|in excess of)\s+$/i,
    'more-than',
  ],
  [/at least\s+$/i, 'at-least'],
  [/(?:less than|fewer than|under)\s+$/i, 'less-than'],
  [/(?:up to|at most)\s+$/i, 'at-most'],
  [/(?:about|around|approximately|some|nearly|almost|roughly|an estimated)\s+$/i, 'about'],
  // "No more than half a metre" is at most that, though "more than" ends it.
  [/\b(?:no|not) more than\s+$/i, 'at-most'],
  [/\b(?:no|not) (?:fewer|less) than\s+$/i, 'at-least'],
];

/** Where the counted noun phrase ends: "nine falling in Belgorod Oblast" counts no oblasts. */
const PHRASE_END =
  /^(?:in|on|at|over|of|from|to|by|with|and|or|but|near|across|into|onto|were|was|had|have|has|is|are|been|being|fell|falling|fallen|that|which|who)$/i;

/** What a single word says of the noun phrase it stands in: it ends it, or names its unit. */
const PHRASE_ENDS = '';

/**
 * `PHRASE_ENDS` for a word that ends the phrase, else the unit it names, if any. Remembered
 * (bounded) by word, as the same few words follow count after count.
 */
const unitOfWord = remembered((word): string | undefined =>
  PHRASE_END.test(word) ? PHRASE_ENDS : UNITS.find(([pattern]) => pattern.test(word))?.[1],
);

/** Lengths, areas, volumes and weights, each under one spelling: "meters" and "m" are metres. */
const MEASURES: [RegExp, string][] = [
  [/^(?:metres?|meters?|m)$/i, 'metre'],
  [/^(?:kilometres?|kilometers?|km)$/i, 'kilometre'],
  [/^hectares?$/i, 'hectare'],
  [/^(?:tonnes?|tons?)$/i, 'tonne'],
  [/^(?:litres?|liters?)$/i, 'litre'],
];

/**
 * A measure told right after its number: "two metres", "150 square metres", "half a metre";
 * the square and the cubic kept, as an area is no length. A distance from somewhere is none.
 */
function measureAfter(words: string[]): string | undefined {
  const [first = '', second = ''] = words;
  const power = /^(?:square|cubic)$/i.test(first) ? `${first.toLowerCase()} ` : '';
  const word = power ? second : first;
  if (!power && isDistance(words)) return undefined;
  const measure = MEASURES.find(([pattern]) => pattern.test(word))?.[1];
  return measure && power + measure;
}

/**
 * After a length, the words that make it a distance from something ("within ten kilometres of
 * the front", "five km from the border", "two metres away"): where the event is, not how much
 * of it there was, so one telling's "within ten" and another's "less than ten" do not clash.
 */
const FROM_SOMEWHERE =
  /^(?:from|of|away|off|outside|inside|beyond|north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/i;

function isDistance(words: string[]): boolean {
  const [unit = '', next = ''] = words;
  return (
    /^(?:metres?|meters?|m|kilometres?|kilometers?|km)$/i.test(unit) && FROM_SOMEWHERE.test(next)
  );
}

/**
 * Words after a number that say when or how, not what was counted ("three days ago"), and
 * singulars that only look plural ("two gas stations", "a serious", "the status").
 */
const NOT_COUNTED =
  /^(?:years|months|weeks|days|nights|seconds|times|percent|others|ones|pieces|kinds|types|sorts|series|news|means|thanks|hundreds|thousands|dozens|tens|millions|billions|gas|bus|plus|focus|status|bonus|census|this|was|has|is)$|(?:ous|is)$/i;

/**
 * Spans of time a number may count: "three days", "two weeks", "five years". Hours and minutes
 * are units of their own (UNITS): how long something lasted is a detail two reports tell.
 */
const SPAN_OF_TIME = /^(?:seconds|days|nights|weeks|fortnights|months|years|decades)$/i;
/**
 * One of them, a span only with a word that bounds it after it: "one day later", "one week
 * before" (not "one night shift").
 */
const ONE_SPAN_OF_TIME = /^(?:day|night|week|fortnight|month|year|decade)$/i;
const SPAN_BOUND = /^(?:earlier|later|ago|before|after|on|since|previously|back|running)$/i;
/** A word that may stand between a number and its span: "three more days", "two full weeks". */
const SPAN_WORD_BEFORE = /^(?:more|long|full|whole|straight|consecutive|successive|further)$/i;

/**
 * Whether the words after a number make it a span of time, not a count of what the clause
 * names after it: "three days earlier, a drone hit" counts no drones, "two weeks ago residents
 * left" no residents, "two and a half hours" neither people nor hours.
 */
function spanOfTime(words: string[]): boolean {
  const [first = '', second = '', third = '', fourth = ''] = words;
  // "Two and a half hours": a while, which the "a half" after it does not count either.
  if (/^and a half$/i.test(`${first} ${second} ${third}`))
    return SPAN_OF_TIME.test(fourth) || /^(?:hours|minutes)$/i.test(fourth);
  if (SPAN_WORD_BEFORE.test(first)) return SPAN_OF_TIME.test(second);
  return SPAN_OF_TIME.test(first) || (ONE_SPAN_OF_TIME.test(first) && SPAN_BOUND.test(second));
}

/** Whether the word after "to" is a number: "two to three hours", "from 40 to 60". */
function opensRange(next: string): boolean {
  return /^\d[\d,.]*$/.test(next) || next.toLowerCase() in NUMBER_WORDS;
}

/** A nation named before what a number counts: "146 Russian prisoners", "90 Ukrainian captives". */
const NATION =
  /^(?:Russian|Ukrainian|Belarusian|Georgian|Moldovan|Armenian|Polish|Lithuanian|Latvian|Estonian|Romanian|Hungarian|Slovak|Czech|German|American|British|French|Turkish|Israeli|Syrian|Iranian|foreign)$/;

/** A model's designation, as words split it ("Su" "34", "Tu" "95MS", "MiG" "31"). */
const MODEL_LETTERS = /^\p{Lu}\p{L}{0,2}$/u;
const MODEL_NUMBER = /^\d{1,3}\p{Lu}{0,2}$/u;

/**
 * What a count counts when the word right after its number is a plural noun no unit names:
 * "fourteen flights", "three ferries". Both tellings of one fact count it in the same words, and
 * a different number of flights is a different fact whether or not the judge knows flights.
 */
function pluralAfter(words: string[]): string | undefined {
  // "146 Russian prisoners" counts the prisoners, as "146 prisoners" does.
  if (NATION.test(words[0] ?? '')) return pluralAfter(words.slice(1));
  // "Two Su-34 bombers" counts the bombers, as "two bombers" does: the model's letters and
  // number, read as two words, name no unit.
  if (MODEL_LETTERS.test(words[0] ?? '') && MODEL_NUMBER.test(words[1] ?? ''))
    return pluralAfter(words.slice(2));
  const word = words[0] ?? '';
  if (!/^\p{Ll}{3,}s$/u.test(word) || NOT_COUNTED.test(word) || PHRASE_END.test(word))
    return undefined;
  if (isDistance(words)) return undefined;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|ss|bus)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('ss') ? undefined : word.slice(0, -1);
}

/**
 * What "one" counts when the singular noun after it is the subject of a passive: "one locomotive
 * was damaged" counts what "two locomotives were destroyed" counts (`pluralAfter` names it by
 * the singular), though no unit of UNITS names it. A noun with no verb after it ("one way to
 * go", "one hour later") is not read: it counts nothing anyone tells twice.
 */
function singularSubject(words: string[]): string | undefined {
  const [noun = '', verb = ''] = words;
  if (!/^\p{Ll}{3,}$/u.test(noun) || noun.endsWith('s') || PHRASE_END.test(noun)) return undefined;
  return /^(?:was|has|had)$/i.test(verb) ? noun : undefined;
}

/** The unit of a count no unit of UNITS names: a measure, or the plural noun it counts. */
function namedUnitAfter(words: string[]): string | undefined {
  return measureAfter(words) ?? pluralAfter(words);
}

function unitAfter(words: string[]): string | undefined {
  const head = Math.min(words.length, 5);
  for (let i = 0; i < head; i++) {
    if (buildingPhrase(words, i)) return 'building';
    const unit = unitOfWord(words[i] ?? '');
    if (unit === PHRASE_ENDS) return undefined;
    if (unit) return unit;
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

const DATE_MD = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?`,
  'i',
);
const DATE_DM = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`,
  'i',
);
const CLOCK_RANGE =
  /\b(\d{1,2})[:.](\d{2})\s*(?:-|–|—|and|to|until|till)\s*(\d{1,2})[:.](\d{2})\b/i;
/** "6 a.m.", "2:20 p.m." (groups 1–3), or a 24-hour "14:20" (groups 4–5). */
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?|\b(\d{1,2}):(\d{2})\b/i;
export const PART_OF_DAY = /\b(night|overnight|morning|evening|afternoon)\b/i;
const WEEKDAY = /\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day\b/gi;

const HAS_DIGIT = /\d/;
const HAS_DAY = /day/i;
/** The words before a weekday that put an event in its small hours: "early on Wednesday". */
const EARLY_ON = /\b(?:early (?:on )?|in the (?:early|small) hours of |before dawn on )$/i;
/** The words before "Friday night" that make it Friday's own late evening: "late on Friday night". */
const LATE_ON = /\blate (?:on )?$/i;
/** The words before a weekday that make it the day something was said: "said on Wednesday". */
const TOLD_ON =
  /\b(?:said|told|reported|announced|wrote|added|stated|confirmed|posted)(?: [a-z]+)? (?:on |late on |early on )?$/i;
/** A night told without its weekday: "struck overnight", "during the night", "last night". */
const NIGHT_TOLD = /\b(?:overnight|last night|during the night|in the night)\b/i;
/** The words before a weekday that make it a bound still ahead: "classes move online until Monday". */
const UNTIL = /\b(?:until|till|untill?)\s+(?:next\s+)?$/i;
/**
 * The words before a weekday that make it the day a fire ended, not the day it broke out: "the
 * fire was put out only on Tuesday morning" tells of Monday night's fire.
 */
const ENDED_ON =
  /\b(?:put out|extinguished|contained|locali[sz]ed|under control)\s+(?:only\s+|finally\s+)?(?:on|by)\s+$/i;
/** The words before a clock that make it the end of what is told: "closed until about 8 a.m.". */
const CLOCK_UNTIL = /\b(?:until|till)\s+(?:about\s+|around\s+|approximately\s+)?$/i;
/** Marks a clock told as an end ("until 8 a.m."), not as the hour of the event (`clockOf`). */
export const UNTIL_CLOCK = 'until-';
/**
 * The words before a weekday that make it the day pictures came out: "Satellite images published
 * on Friday show …" tells what the night did, seen a day or more later, never the night's own day.
 */
const PUBLISHED_ON =
  /\b(?:published|released|circulated|emerged|surfaced|taken)\s+(?:on\s+|late on\s+|early on\s+)?$/i;

const pad = (n: string | number) => String(n).padStart(2, '0');

function isoDay(month: string, day: string, year?: string): string {
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return `${year ?? '-'}-${pad(m)}-${pad(day)}`;
}

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Marks a day a claim takes from its article rather than states: "~sat+night". */
export const ARTICLE_DAY = '~';

/**
 * Marks a night told as "on Thursday night" ("thu+night?"): the night after Thursday in English,
 * but the night into Thursday where the report is retold from Russian or Ukrainian ("в ночь на
 * четверг"), so either.
 */
export const EITHER_NIGHT = '?';

/** A weekday token: "thu", "thu+night", "thu+night?" (`EITHER_NIGHT`). */
const WEEKDAY_TOKEN = /^[a-z]{3}(?:\+night\??)?$/;

/** A weekday token's night with its `EITHER_NIGHT` mark dropped: "thu+night?" is "thu+night". */
export function plainNight(token: string): string {
  return token.endsWith(EITHER_NIGHT) ? token.slice(0, -EITHER_NIGHT.length) : token;
}

/** The nights a weekday night token may mean: "thu+night?" the night after Thursday or before. */
export function nightsMeant(token: string): string[] {
  if (!token.endsWith(EITHER_NIGHT)) return [token];
  const day = WEEK.indexOf(token.slice(0, 3));
  return [`${WEEK[(day + 6) % 7] ?? ''}+night`, plainNight(token)];
}

/**
 * What a claim told "a week earlier", "last month" or "two weeks ago" says of its time: an event
 * a week or more before the day its article tells of, whatever weekday that was.
 */
export const WEEKS_BEFORE = 'weeks-before';

/**
 * Marks a claim told of a day other than its article's ("On Wednesday, a drone also struck a
 * minibus" in a report on Thursday): its writer sets it apart as another day's event.
 */
export const ASIDE_DAY = 'aside';

/** Number words a span of days before may be told in: "two days earlier". */
const SPAN_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };
Object.assign(SPAN_WORDS, { five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 });

const RELATIVE_PAST =
  /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?|months?|years?) (?:earlier|before|ago|previously)|(?:last|the previous|the preceding) (week|month|year)|the (?:day|night) before|the previous (?:day|night))\b(?!['’]s)/gi;
/** The words one of which every match of RELATIVE_PAST holds: most claims hold none. */
const RELATIVE_PAST_WORD = wordGuardOf(RELATIVE_PAST);

/**
 * What may come before a time that dates its claim: nothing, or the end of a clause and its
 * joining word ("…, and two days earlier debris fell"), opening quotes aside. A time further in
 * dates some other thing the claim mentions: "a substation that was damaged last month caught
 * fire" is news of tonight's fire.
 */
const OPENS_CLAUSE = /(?:^|[,;:(—–]|\b(?:and|but|then))\s*["'“‘«]?\s*$/i;

/**
 * A time right after the claim's own verb marked as a repeat ("had already been attacked last
 * month", "was previously targeted in August"): the earlier event is the claim itself.
 */
const AFTER_REPEATED_VERB = /\b(?:already|previously) (?:been )?[\w-]+\s+$/i;

/**
 * A time after the verb of a claim about "the same" object again ("the same base was attacked
 * by drones in March"): the earlier event is the claim itself, as after "already".
 */
const AFTER_SAME_AGAIN = /^\s*the same [\w-]+ (?:was|were|had been|has been) (?:[\w-]+ ){1,4}?$/i;

/**
 * A month named without a day ("In October, a drone struck a fuel tank", "targeted in August",
 * "In May 2024", whose year is no day, "in mid-March", "in early June", a part of it):
 * a news report of last night tells its own day by the weekday or the date, so a bare month is
 * an earlier event, weeks before at least.
 */
const BARE_MONTH =
  /\b[Ii]n (?:(?:mid-|(?:early|late|the middle of|the end of|the beginning of) ))?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,? \d{1,2}(?!\d))/g;

/**
 * How many days before its article's day a claim says it came ("two days earlier" 2, "the day
 * before" 1, "a week earlier" 7 and anything longer 7), or undefined when it says nothing so.
 * Only a time that opens the claim or one of its clauses counts ("A week earlier, …").
 */
export function daysBefore(text: string): number | undefined {
  const datesClaim = (at: number) =>
    OPENS_CLAUSE.test(text.slice(0, at)) ||
    AFTER_REPEATED_VERB.test(text.slice(0, at)) ||
    AFTER_SAME_AGAIN.test(text.slice(0, at));
  // Searched without the word screen: asked of claims once all are read, when their texts are
  // no longer among those the screen keeps, and a scan of one costs more than both searches.
  BARE_MONTH.lastIndex = 0;
  for (let m = BARE_MONTH.exec(text); m; m = BARE_MONTH.exec(text))
    if (datesClaim(m.index)) return 7;
  if (!RELATIVE_PAST_WORD.test(text)) return undefined;
  RELATIVE_PAST.lastIndex = 0;
  for (let m = RELATIVE_PAST.exec(text); m; m = RELATIVE_PAST.exec(text)) {
    if (!datesClaim(m.index)) continue;
    if (m[3]) return 7;
    if (!m[2]) return 1;
    const n = SPAN_WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    return /^days?$/i.test(m[2]) ? Math.min(n, 7) : 7;
  }
  return undefined;
}

/** A weekday token ("tue", "tue+night") moved `by` days, or undefined for a date. */
export function shiftedWeekday(token: string, by: number): string | undefined {
  const day = WEEK.indexOf(token.slice(0, 3));
  if (day < 0 || !WEEKDAY_TOKEN.test(token)) return undefined;
  return (WEEK[(day + by + 7 * 52) % 7] ?? '') + token.slice(3);
}

/** The time a claim states itself, without the days it only takes from its article. */
export function statedTime(time: string | undefined): string | undefined {
  if (!time?.includes(ARTICLE_DAY)) return time;
  const own = time.split(' ').filter((t) => !t.startsWith(ARTICLE_DAY));
  return own.length ? own.join(' ') : undefined;
}

/** The time a claim states or takes from its article, both read as said. */
export function datedTime(time: string | undefined): string | undefined {
  return time?.split(ARTICLE_DAY).join('');
}

/** The days a time expression names, dates and weekdays, without the hour or the part of day. */
export function daysOf(time: string | undefined): string[] {
  // A range of the clock ("03:00-04:00") holds digits and a dash too, but no day.
  return (
    time
      ?.split(' ')
      .filter((t) => (/\d{2}-\d{2}/.test(t) && !t.includes(':')) || WEEKDAY_TOKEN.test(t)) ?? []
  );
}

/**
 * The day-halves a time's weekdays may mean: "tue" is Tuesday and the night before it (the
 * small hours of Tuesday are Tuesday), "tue+night" Tuesday and the night after it; with
 * `eitherNight`, "on Tuesday night" (`EITHER_NIGHT`) the night into Tuesday too.
 */
export function weekdaySpan(time: string | undefined, eitherNight = false): string[] {
  const span: string[] = [];
  for (const token of daysOf(time)) {
    const day = WEEK.indexOf(token.slice(0, 3));
    if (day < 0) continue;
    const name = WEEK[day] ?? '';
    if (eitherNight && token.endsWith(EITHER_NIGHT)) span.push(...nightsMeant(token), name);
    else if (token.includes('+night')) span.push(name, plainNight(token));
    else span.push(`${WEEK[(day + 6) % 7] ?? ''}+night`, name);
  }
  return span;
}

/** A 12-hour clock read as 24-hour: "2:20 p.m." is 14:20, "12 a.m." midnight. */
function twelveHour(clock: RegExpExecArray): string {
  const hour = (Number(clock[1]) % 12) + (clock[3]?.toLowerCase() === 'p' ? 12 : 0);
  return `${pad(hour)}:${clock[2] ?? '00'}`;
}

/** The hours of a clock told in words, one to twelve. */
export const HOUR_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** What a clock told in words needs near it: a part of the day or "o'clock". */
export const MAYBE_WORD_CLOCK = screened(
  /\b(?:morning|afternoon|evening|night|midnight|noon|midday|o['’]clock)\b/i,
);
/**
 * The words that make midnight or noon the hour of an event: "shortly after midnight", "at about
 * midday". A bound ("until midnight", "since noon") is no hour of it. Read back from after the
 * hour's word (a look-behind that ends with it), so that the look-behind is tried only where the
 * word is, not at every place of the text.
 */
const HOUR_SAID_AT = String.raw`\b(?:at|around|about|approximately|roughly|shortly before|shortly after|just before|just after|soon after|right after) (?:around |about )?`;
const MIDNIGHT = new RegExp(String.raw`midnight(?<=${HOUR_SAID_AT}midnight)\b`, 'gi');
const NOON = new RegExp(String.raw`(?:noon|midday)(?<=${HOUR_SAID_AT}(?:noon|midday))\b`, 'gi');
/**
 * The minutes before "past" or "to" in a clock told in words with its part of the day: "half",
 * "a quarter", "twenty" ("at twenty to three in the morning"), "ten minutes". Only there: told
 * bare, "from five to seven" may count drones.
 */
const WORD_MINUTES = String.raw`(?:a )?(half|quarter|five|ten|twenty(?:[ -]five)?)(?: minutes)?`;
/**
 * A clock time in words after "at", "around", "by"...: "half past four in the morning", "quarter
 * to five", "five in the morning", "eleven o'clock at night". The part of the day or "o'clock" is
 * required, so that "at two" (people, drones) is no time.
 */
const CLOCK_SAID_AT = String.raw`(?<=\b(?:at|around|about|by|until|till|before|after|since|from|approximately|roughly|nearly|almost|shortly before|shortly after|just before|just after) )`;
const WORD_CLOCK = new RegExp(
  String.raw`${CLOCK_SAID_AT}(?:${WORD_MINUTES} (past|to) )?(${HOUR_WORDS.join('|')})(?: o['’]clock)?(?= (?:in the (morning|afternoon|evening)|at (night))\b|(?<=o['’]clock))`,
  'gi',
);
/**
 * What every match of WORD_CLOCK is followed by or ends with. Found by a search that looks for
 * a space or an "o" before anything else, it spares most texts WORD_CLOCK's search, whose
 * look-behind is tried at every place.
 */
const WORD_CLOCK_PART = / (?:in the (?:morning|afternoon|evening)|at night)\b|o['’]clock/i;
/**
 * Two hours in words that bound when something happened, the part of the day told once after
 * both: "between three and four in the morning", "from ten to eleven at night".
 */
const WORD_HOUR_RANGE = new RegExp(
  String.raw`\b(?:between|from) (${HOUR_WORDS.join('|')}) (?:and|to|until|till) (${HOUR_WORDS.join('|')}) (?:in the (morning|afternoon|evening)|at (night))\b`,
  'gi',
);
/** WORD_HOUR_RANGE's hours as a range of the 24-hour clock, which CLOCK_RANGE reads: "03:00-04:00". */
function wordHourRange(
  said: string,
  from: string,
  to: string,
  part: string | undefined,
  night: string | undefined,
): string {
  const clocks = [from, to].map((word) => {
    const told = wordClock(said, undefined, undefined, word, part, night);
    const hour = (Number(told.split(':')[0]) % 12) + (told.endsWith('p.m.') ? 12 : 0);
    return `${pad(hour)}:00`;
  });
  // The part of the day is kept for what else reads it (PART_OF_DAY).
  return `${clocks.join('-')} ${night ? 'at night' : `in the ${part ?? ''}`}`;
}
/** A clock in words told with "a.m." or "p.m.": "at around three a.m.", "half past two p.m.". */
const WORD_CLOCK_MERIDIEM = new RegExp(
  String.raw`${CLOCK_SAID_AT}(?:${WORD_MINUTES} (past|to) )?(${HOUR_WORDS.join('|')}) ([ap])\.m\b\.?`,
  'gi',
);
const MERIDIEM = screened(/\b[ap]\.m\b/i);
/**
 * A clock in words with its half or quarter but no part of the day: "at about half past four".
 * Unmistakably an hour, though of either half of the day (`EITHER_HALF`).
 */
const BARE_FRACTION_CLOCK = new RegExp(
  String.raw`${CLOCK_SAID_AT}(?:a )?(half|quarter) (past|to) (${HOUR_WORDS.join('|')})\b(?! o['’]clock| in the | at night)`,
  'gi',
);
const MAYBE_FRACTION_CLOCK = screened(/\b(?:half|quarter) (?:past|to) /i);

/** The hour of a clock that counts nothing, in words or digits: "six", "11", "midnight". */
const CLOCK_HOUR = `(?:${HOUR_WORDS.join('|')}|\\d{1,2}|midnight|noon|midday)`;
/** The minutes of a clock told before its hour: "half", "a quarter", "twenty", "ten minutes". */
const CLOCK_MINUTES = String.raw`(?:(?:an? )?(?:half|quarter)|(?:five|ten|twenty(?:[ -]five)?|\d{1,2})(?: minutes)?)`;
/**
 * A clock told in words, wherever it stands in a clause, whose numbers count nothing: "a quarter
 * past six", "twenty past ten", "seven o'clock", "six a.m.", "nine local time". An hour "in the
 * morning" is one only after a word that tells a time ("it was six in the morning", and
 * WORD_CLOCK's "at six in the morning"), as "injured two in the morning" counts people. Each
 * look-behind comes after the hour it reads back from, so that it is tried only where one is.
 */
const CLOCK_COUNTS_NOTHING = screened(
  new RegExp(
    [
      String.raw`\b(?:(?:an? )?(?:half|quarter) (?:past|to)|${CLOCK_MINUTES} past) ${CLOCK_HOUR}\b`,
      String.raw`\b${CLOCK_HOUR}(?<=\b(?:was|is|it['’]s) (?:about |around |almost |nearly )?${CLOCK_HOUR})(?= in the (?:morning|afternoon|evening)\b| at night\b)`,
      String.raw`\b${CLOCK_HOUR}(?: o['’]clock|\s?[ap]\.m\b\.?| (?:local|Moscow|Kyiv|Kiev) time\b)`,
    ].join('|'),
    'gi',
  ),
);
/**
 * A number "to" an hour, told as a clock: "at ten to seven", "twenty to six in the morning";
 * "five to seven drones" is a range.
 */
const CLOCK_TO_COUNTS_NOTHING = new RegExp(
  String.raw`\b${CLOCK_MINUTES} to ${CLOCK_HOUR}\b(?:(?= in the (?:morning|afternoon|evening)\b| at night\b| o['’]clock|\s?[ap]\.m\b)|(?<=\b(?:at|until|till|(?:shortly|just|right|soon) (?:before|after))(?: about| around| approximately| roughly)? ${CLOCK_MINUTES} to ${CLOCK_HOUR}))`,
  'gi',
);
/** What every match of CLOCK_TO_COUNTS_NOTHING holds: a search for it spares most clauses its own. */
const TO_AN_HOUR = new RegExp(String.raw` to ${CLOCK_HOUR}\b`, 'i');
/** Marks a clock read from words that may be of the morning or the afternoon ("4:30 ~12h"). */
export const EITHER_HALF = '~12h';

/** The minutes `WORD_MINUTES` names. */
const MINUTE_WORDS: Record<string, number> = {
  half: 30,
  quarter: 15,
  five: 5,
  ten: 10,
  twenty: 20,
  'twenty-five': 25,
};

/** A clock in words as a 12-hour clock in digits: "half past four in the morning" is "4:30 a.m.". */
function wordClock(
  said: string,
  fraction: string | undefined,
  side: string | undefined,
  word: string,
  part: string | undefined,
  night: string | undefined,
): string {
  let hour = HOUR_WORDS.indexOf(word.toLowerCase()) + 1;
  let minutes = 0;
  if (fraction) {
    minutes = MINUTE_WORDS[fraction.toLowerCase().replace(' ', '-')] ?? 0;
    if (side?.toLowerCase() === 'to') {
      minutes = 60 - minutes;
      hour = hour === 1 ? 12 : hour - 1;
    }
  }
  const after = part
    ? part.toLowerCase() !== 'morning'
    : night
      ? hour >= 6 && hour < 12
      : undefined;
  // "At ten o'clock" alone may be either ten: an hour of either half of the day (`EITHER_HALF`),
  // which clashes only with an hour far from both.
  if (after === undefined) return `${hour}:${pad(minutes)} ${EITHER_HALF}`;
  return `${hour}:${pad(minutes)} ${after ? 'p' : 'a'}.m.`;
}

/** The days an hour moved to another zone runs past its own: -1, 0 or 1. */
function wrapOf(hour: number): number {
  return hour >= 24 ? 1 : hour < 0 ? -1 : 0;
}

/** The minutes after midnight of the end a time expression names ("until 8 a.m."), if any. */
export function untilClockOf(time: string | undefined): number | undefined {
  const until = time?.split(' ').find((t) => t.startsWith(UNTIL_CLOCK));
  return until ? clockOf(until.slice(UNTIL_CLOCK.length)) : undefined;
}

/** The minutes past midnight or noon of a clock told in either half of the day ("~04:30"). */
export function twelveHourOf(time: string | undefined): number | undefined {
  const clock = time?.split(' ').find((t) => /^~\d{2}:\d{2}$/.test(t));
  return clock ? (Number(clock.slice(1, 3)) % 12) * 60 + Number(clock.slice(4)) : undefined;
}

/**
 * Dawn told as the hour of an event: "at dawn", "just before dawn", "shortly after daybreak".
 * A bound ("by dawn", "until dawn") is no hour of it, nor a bare "before dawn" (any hour of the night).
 */
const DAWN_SAID = screened(
  /\b(?:at|around|about|(?:shortly|just|right|soon) (?:before|after)) (?:the )?(?:dawn|daybreak|first light)\b/i,
);
/** The token `timeOf` writes for an event told at dawn (`dawnSpanOf`). */
const DAWN = 'dawn';
/**
 * The minutes after midnight dawn may fall between, whatever the season in Ukraine and western
 * Russia (first light near four in June, after seven in December), from a token of `timeOf`.
 */
export function dawnSpanOf(time: string | undefined): [number, number] | undefined {
  return time?.split(' ').includes(DAWN) ? [3 * 60 + 30, 8 * 60] : undefined;
}

/**
 * The minutes after midnight a range of the clock runs between ("03:00-04:00", from "between
 * three and four in the morning"), from a token of `timeOf`.
 */
export function clockRangeOf(time: string | undefined): [number, number] | undefined {
  const range = time?.split(' ').find((t) => /^\d{2}:\d{2}-\d{2}:\d{2}$/.test(t));
  if (!range) return undefined;
  const [from = 0, to = 0] = range
    .split('-')
    .map((c) => Number(c.slice(0, 2)) * 60 + Number(c.slice(3)));
  return [from, to];
}

/** The minutes after midnight of the one clock time a time expression names, if it names one. */
export function clockOf(time: string | undefined): number | undefined {
  const clock = time?.split(' ').find((t) => /^\d{2}:\d{2}$/.test(t));
  return clock ? Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3)) : undefined;
}

/**
 * The hours a place's clocks run ahead of UTC, least and most: Russia keeps Moscow time (UTC+3)
 * all year; Ukraine UTC+2 in winter and UTC+3 in summer, and a claim's date is seldom known, so
 * both. Places of neither, or of both, are read as Ukraine's span, the widest of the two.
 */
export function utcOffsetsOf(places: readonly string[]): readonly [number, number] {
  if (!places.length || !places.every((p) => p.startsWith('place:ru-'))) return [2, 3];
  const hours = new Set(places.map((p) => RUSSIAN_CLOCKS.get(regionOf(p) ?? p) ?? 3));
  const [only] = hours;
  return hours.size === 1 && only !== undefined ? [only, only] : [2, 3];
}

/**
 * Russian regions whose clocks do not keep Moscow time, by hours ahead of UTC: a strike told "at
 * 4:30 a.m. Moscow time" in Ufa is the one told "at 6:30 a.m. local time" there.
 */
const RUSSIAN_CLOCKS = new Map<string, number>(
  [
    ...['kaliningrad-oblast'].map((r) => [r, 2] as const),
    ...['astrakhan-oblast', 'samara-oblast', 'saratov-oblast', 'udmurtia', 'ulyanovsk-oblast'].map(
      (r) => [r, 4] as const,
    ),
    ...[
      'bashkortostan',
      'chelyabinsk-oblast',
      'kurgan-oblast',
      'orenburg-oblast',
      'perm-krai',
      'sverdlovsk-oblast',
      'tyumen-oblast',
      'khanty-mansi',
      'yamalo-nenets',
    ].map((r) => [r, 5] as const),
    ...['omsk-oblast'].map((r) => [r, 6] as const),
    ...[
      'altai-krai',
      'altai-republic',
      'kemerovo-oblast',
      'krasnoyarsk-krai',
      'khakassia',
      'novosibirsk-oblast',
      'tomsk-oblast',
      'tuva',
    ].map((r) => [r, 7] as const),
    ...['buryatia', 'irkutsk-oblast'].map((r) => [r, 8] as const),
    ...['zabaykalsky-krai', 'amur-oblast'].map((r) => [r, 9] as const),
    ...['khabarovsk-krai', 'primorsky-krai', 'jewish-ao'].map((r) => [r, 10] as const),
    ...['magadan-oblast', 'sakhalin-oblast'].map((r) => [r, 11] as const),
    ...['kamchatka-krai', 'chukotka'].map((r) => [r, 12] as const),
  ].map(([r, h]) => [`place:ru-${r}`, h]),
);

/**
 * The zone a clock time is told in, when not the place's own, by its hours ahead of UTC: "23:30
 * UTC", "01:00 GMT", "4:30 a.m. Moscow time", "3 a.m. Kyiv time" (Kyiv's hours, as Ukraine's, unsure).
 */
function zoneAfter(text: string): readonly [number, number] | undefined {
  const zone = ZONE.exec(text);
  if (!zone) return undefined;
  if (zone[1]) return [0, 0];
  return /^(?:Moscow|Russian)/i.test(zone[2] ?? '') ? [3, 3] : [2, 3];
}
const ZONE = /^\s*(?:(UTC|GMT)\b|(Moscow|Kyiv|Kiev|Ukrainian|Russian|Eastern European)\s+time\b)/i;

/**
 * Words one of which every match of MAYBE_WORD_CLOCK or PART_OF_DAY holds, as `WordScreen` reads
 * words: a text with none of them tells no part of the day, nor a clock in words.
 */
export const DAYPART_WORDS = [
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
  'midnight',
  'noon',
  'midday',
  'clock',
];

/**
 * "--12-08" (no year given), "2024-12-08", "--12-07/--12-08", "20:00-23:30", "night", "tue", joined
 * by spaces. A universal time ("23:30 UTC") is read on the clock of the place, whose offsets are given.
 * `dayparts`: whether the text may hold DAYPART_WORDS (false only when it is known to hold none).
 */
export function timeOf(
  text: string,
  offsets: readonly [number, number] = [2, 3],
  dayparts = true,
): string | undefined {
  const parts: string[] = [];
  if (dayparts && tests(MAYBE_WORD_CLOCK, text)) {
    if (WORD_CLOCK_PART.test(text))
      text = text.replace(WORD_HOUR_RANGE, wordHourRange).replace(WORD_CLOCK, wordClock);
    text = text.replace(MIDNIGHT, '12 a.m.').replace(NOON, '12 p.m.');
  }
  if (tests(MERIDIEM, text))
    text = text.replace(
      WORD_CLOCK_MERIDIEM,
      (said: string, fraction?: string, side?: string, word = '', half = '') =>
        wordClock(
          said,
          fraction,
          side,
          word,
          half.toLowerCase() === 'a' ? 'morning' : 'afternoon',
          undefined,
        ),
    );
  if (tests(MAYBE_FRACTION_CLOCK, text))
    text = text.replace(
      BARE_FRACTION_CLOCK,
      (said: string, fraction: string, side: string, word: string) =>
        `${wordClock(said, fraction, side, word, 'morning', undefined).replace(/ a\.m\.$/, '')} ${EITHER_HALF}`,
    );
  // Dates and clock times all hold a digit; most clauses have none, and a digit is found fast.
  const digits = HAS_DIGIT.test(text);
  const md = digits ? DATE_MD.exec(text) : null;
  const dm = md || !digits ? null : DATE_DM.exec(text);
  if (md) {
    const [, month = '', day = '', to, year] = md;
    parts.push(
      to ? `${isoDay(month, day, year)}/${isoDay(month, to, year)}` : isoDay(month, day, year),
    );
  } else if (dm) {
    const [, day = '', to, month = '', year] = dm;
    parts.push(
      to ? `${isoDay(month, day, year)}/${isoDay(month, to, year)}` : isoDay(month, day, year),
    );
  }
  const range = digits ? CLOCK_RANGE.exec(text) : null;
  const clock = range || !digits ? null : CLOCK.exec(text);
  if (range) parts.push(`${pad(range[1] ?? '')}:${range[2]}-${pad(range[3] ?? '')}:${range[4]}`);
  const told = clock && (clock[3] ? twelveHour(clock) : `${pad(clock[4] ?? '')}:${clock[5]}`);
  // A universal time is moved to the place's clock, and past midnight its weekday with it; where
  // the offset is unsure (Ukraine, date unknown), the clock is left out rather than risk a false
  // clash, and so is the weekday when only one of the offsets would pass midnight.
  // A clock told in another zone (UTC, Moscow time) is moved the same way by the hours between.
  const zone = clock ? zoneAfter(text.slice((clock.index ?? 0) + clock[0].length)) : undefined;
  const sameZone = zone && zone[0] === offsets[0] && zone[1] === offsets[1];
  let dayShift: number | undefined = 0;
  if (told && zone && !sameZone) {
    const hour = Number(told.slice(0, 2));
    const least = offsets[0] - zone[1];
    const most = offsets[1] - zone[0];
    if (least === most) parts.push(`${pad((hour + least + 24) % 24)}:${told.slice(3)}`);
    const wraps = [wrapOf(hour + least), wrapOf(hour + most)];
    dayShift = wraps[0] === wraps[1] ? wraps[0] : undefined;
  } else if (
    told &&
    CLOCK_UNTIL.test(text.slice(Math.max(0, (clock?.index ?? 0) - 24), clock?.index))
  )
    // "The road was closed until 8 a.m.": when what it tells ended, not the hour it happened.
    parts.push(`${UNTIL_CLOCK}${told}`);
  else if (
    told &&
    text.startsWith(` ${EITHER_HALF}`, (clock?.index ?? 0) + (clock?.[0].length ?? 0))
  )
    // "At about half past four": the hour, in whichever half of the day (`twelveHourOf`).
    parts.push(`~${told}`);
  else if (told) parts.push(told);
  if (!told && tests(DAWN_SAID, text)) parts.push(DAWN);
  const daypart = dayparts ? PART_OF_DAY.exec(text) : null;
  if (daypart) parts.push(daypart[1] === 'overnight' ? 'night' : (daypart[1] ?? '').toLowerCase());
  // "Tuesday" (its early hours included when compared), "Tuesday night" and "the night to
  // Wednesday" ("tue+night", the night after Tuesday): each weekday by its first three letters.
  if (HAS_DAY.test(text)) {
    // "Schools stay closed until Monday": a day the news waits for, not the day it happened.
    // "Images published on Friday show …": the day they came out, not the day they show.
    const days = [...matchesOf(WEEKDAY, text)].filter((m) => {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
      return !UNTIL.test(before) && !PUBLISHED_ON.test(before) && !ENDED_ON.test(before);
    });
    // "The toll from Tuesday's strike has risen, the governor said on Wednesday": the day of the
    // telling is not the event's when the text names another day for the event.
    const tellings = days.filter((m) =>
      TOLD_ON.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index)),
    );
    // "Rescuers spent Tuesday clearing up after Monday's strike": the possessive names the event.
    const owned = days.filter((m) => /^[’']s\b/.test(text.slice((m.index ?? 0) + m[0].length)));
    const dated = owned.length
      ? owned
      : tellings.length && tellings.length < days.length
        ? days.filter((m) => !tellings.includes(m))
        : days;
    for (const m of dated) {
      if (dayShift === undefined) break;
      const day = (WEEK.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + dayShift + 7) % 7;
      const at = m.index ?? 0;
      let said = WEEK[day] ?? '';
      if (/\b(?:night|overnight)\s+(?:to|into|before)\s+$/i.test(text.slice(0, at)))
        said = `${WEEK[(day + 6) % 7] ?? ''}+night`;
      // "The ministry said on Friday that it had struck the depot overnight": the night it tells
      // of is the night into the day it was told, not that day's own night.
      else if (tellings.includes(m) && NIGHT_TOLD.test(text))
        said = `${WEEK[(day + 6) % 7] ?? ''}+night`;
      // "Early on Wednesday", "in the early hours of Wednesday": the night into it, never the
      // night after it ("overnight into Thursday"); "said early on Wednesday" is a telling.
      else if (
        EARLY_ON.test(text.slice(0, at)) &&
        !TOLD_ON.test(text.slice(Math.max(0, at - 24), at))
      )
        said = `${WEEK[(day + 6) % 7] ?? ''}+night`;
      // "On Thursday night": either night, unless "late on Thursday night" (`EITHER_NIGHT`).
      else if (/^\s+night\b/i.test(text.slice(at + m[0].length)))
        said = LATE_ON.test(text.slice(0, at)) ? `${said}+night` : `${said}+night${EITHER_NIGHT}`;
      if (!parts.includes(said)) parts.push(said);
    }
  }
  return parts.length ? parts.join(' ') : undefined;
}

// "Houses 212 residents" counts people the building houses: a number with people after it is no
// house number.
const IDENTIFIERS =
  /\b(?:houses?|homes?|buildings?|blocks?|apartments?|No\.?|nos?\.)\s+(?:numbered\s+|number\s+|No\.?\s*)?(\d+[a-zа-я]?(?:\s*(?:,|and|&|-|–)\s*\d+[a-zа-я]?)*)(?![^\s,]*\s+(?:people|persons|residents|families|children|evacuees|refugees|patients|pupils|students|guests)\b)/gi;

/** House and building numbers: they name objects, so they are not counts. */
export function identifiersOf(text: string): { ids: string[]; spans: [number, number][] } {
  const ids: string[] = [];
  const spans: [number, number][] = [];
  if (!HAS_DIGIT.test(text)) return { ids, spans };
  for (const m of matchesOf(IDENTIFIERS, text)) {
    const list = m[1] ?? '';
    for (const id of list.match(/\d+[a-zа-я]?/gi) ?? []) ids.push(id.toLowerCase());
    const at = (m.index ?? 0) + m[0].length - list.length;
    spans.push([at, at + list.length]);
  }
  return { ids: [...new Set(ids)], spans };
}

/** Numbers that are times, dates or years; global, for `matchesOf`. */
const NOT_COUNTS = [
  new RegExp(DATE_MD.source, 'gi'),
  new RegExp(DATE_DM.source, 'gi'),
  /\b\d{1,2}[:.]\d{2}\b/g,
  // "At about 1 a.m., residents said": an hour, and its "a" no article of the residents.
  /\b\d{1,2}\s*[ap]\.m\b\.?/gi,
  /\b(?:1[89]|20)\d{2}\b/g,
];

/** Spans of numbers that are times, dates or decimals of duration rather than counts. */
function notCountSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // "At around four in the morning" says when, not how many.
  if (tests(MAYBE_WORD_CLOCK, text) && WORD_CLOCK_PART.test(text))
    for (const m of matchesOf(WORD_CLOCK, text))
      spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  // "At about a quarter past six local time, residents said": an hour, not six residents.
  for (const m of matchesOf(CLOCK_COUNTS_NOTHING, text))
    spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  if (TO_AN_HOUR.test(text))
    for (const m of matchesOf(CLOCK_TO_COUNTS_NOTHING, text))
      spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  if (!HAS_DIGIT.test(text)) return spans;
  for (const re of NOT_COUNTS) {
    for (const m of matchesOf(re, text)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return spans;
}

/** Harm told before its count: "injuring two people", "killing at least three civilians". */
const HARM_BEFORE: [RegExp, string][] = [
  [
    /\b(?:kill(?:ed|ing|s)?|claim(?:ed|ing) the lives of)\s+$|\bamong the (?:dead|killed)\s+(?:is|are|was|were)\s+$/i,
    'person killed',
  ],
  [
    /\b(?:injur(?:ed|ing|es)?|wound(?:ed|ing|s)?|hurt(?:ing|s)?|hospitali[sz](?:ed|ing))\s+$|\bamong the (?:injured|wounded|hurt)\s+(?:is|are|was|were)\s+$/i,
    'person injured',
  ],
];

/** A toll told before its number: "the death toll rose to", "the number of injured reached". */
const TOLL: [RegExp, string][] = [
  [
    /\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|killed|fatalities|victims))\b.{0,140}?\b(?:to|at|is|was|reached)\s+(?:(?:more than|over|at least|about|around|nearly|some)\s+)?$/i,
    'person killed',
  ],
  [
    /\bnumber of (?:the )?(?:injured|wounded|hurt|casualties|people injured)\b.{0,40}?\b(?:to|at|is|was|reached)\s+(?:(?:more than|over|at least|about|around|nearly|some)\s+)?$/i,
    'person injured',
  ],
];

/** The word before a hospital the hurt were taken to or lie in. */
const IN_OR_TO = /^(?:in|to)$/i;

function harm(words: string[]): string | undefined {
  for (const [i, w] of words.entries()) {
    if (/^(?:killed|dead|died|die|deaths?|lives)$/i.test(w)) return 'person killed';
    // Hurt told by what hurt them: "a woman was cut by flying glass" (not "cut off").
    if (/^(?:cut|grazed|bruised|concussed)$/i.test(w) && words[i + 1]?.toLowerCase() === 'by')
      return 'person injured';
    // The injuries a casualties trigger reads after "suffered" or "sustained" are harm too:
    // "one employee suffered minor burns" counts one injured.
    if (
      /^(?:injured|injuries|wounded|wounds|hurt|hospitali[sz]ed|casualties|burns|concussions?|fractures)$/i.test(
        w,
      )
    )
      return 'person injured';
    // Hurt told by where they were taken: "three workers were taken to hospital", "two remain in
    // a hospital in Kharkiv".
    if (/^hospital$/i.test(w) && i > 1) {
      const article = /^(?:a|the)$/i.test(words[i - 1] ?? '');
      if (IN_OR_TO.test(words[article ? i - 2 : i - 1] ?? '')) return 'person injured';
    }
  }
  return undefined;
}

/** Homes counted for what they lost, not for what hit them: "300 homes lost electricity". */
const OUTAGE_BEFORE =
  /\b(?:power|electricity|gas|heating|water|supply|supplies)\s+(?:\w+\s+){0,2}?(?:cut|restored|lost|knocked out|disrupted|interrupted)\s+(?:off\s+)?(?:to|for|in|at)\s+$|\b(?:leaving|left|leave)\s+$|\b(?:power|electricity|gas|heating|water)(?:\s+(?:supply|supplies))?\s+(?:to|for)\s+$/i;
const OUTAGE_AFTER =
  /^(?:[\p{L}-]+\s+){0,5}?(?:lost|losing|were left without|left without|without|had no|have no|remain without|remained without|are without|were without|cut off from)\s+(?:\w+\s+)?(?:power|electricity|gas|heating|heat|water|light)\b/iu;

/**
 * What an outage counts, in the words of a utility or of a town: homes, households ("building"),
 * subscribers, consumers, customers are each one connection cut. People ("residents") are not
 * connections, and stay counted as people.
 */
const CONNECTIONS = new Set(['building', 'subscriber', 'consumer', 'customer']);

/** The words after a count that are ever read: the unit's phrase and the harm told after it. */
const WORDS_AFTER_COUNT = 8;
/** How far after a count of people the harm done to them may be told. */
const HARM_REACH = 16;
const WORD = /[\p{L}\p{N}]+/gu;
/** WORD for text that `isLatinText`. */
const LATIN_WORD = latinTwin(WORD, [['[\\p{L}\\p{N}]', '[A-Za-z0-9]']]);

/**
 * The first `most` words of a text from `from` on, without splitting the rest of it nor copying
 * it out; `word` is WORD or its twin.
 */
function wordsOf(text: string, from: number, most: number, word: RegExp): string[] {
  const words: string[] = [];
  word.lastIndex = from;
  for (let m = word.exec(text); m && words.length < most; m = word.exec(text)) words.push(m[0]);
  return words;
}

/** An age describes a person, it does not count people: "a 47-year-old man" is one man. */
const AGE = /\b[\p{L}\p{N}]+(?:-|\s)years?(?:-|\s)old\b|\baged\s+\d{1,3}\b/giu;
/**
 * Words every age holds: most clauses have neither, and AGE's leading "[\p{L}\p{N}]+" is tried
 * (and backtracked) at every letter. No other character case-folds to these letters.
 */
const AGE_WORD = /year|aged/i;
/** AGE for text that `isLatinText`: the `u` flag makes its `\b` and its class slow to try. */
const LATIN_AGE = latinTwin(AGE, [['[\\p{L}\\p{N}]', '[A-Za-z0-9]']]);

/** A clause naming some of the hurt: "among the injured is a boy", "two children among the dead". */
const AMONG_HURT = /\bamong (?:the )?(?:injured|wounded|hurt|dead|killed|victims|casualties)\b/i;

/** A building's height: "five-storey", "9-storey", "two-story". */
const STOREYS = /\b[\p{L}\p{N}]+-(?:storey|story|floor)(?:ed)?\b/giu;
const STOREY_WORD = screened(/-(?:storey|story|floor)/i);
/** STOREYS for text that `isLatinText`. */
const LATIN_STOREYS = latinTwin(STOREYS, [['[\\p{L}\\p{N}]', '[A-Za-z0-9]']]);

/**
 * The total after a part: " of 35" in "27 of 35 drones"; the group holds the total's number.
 * Sticky, to be read where the part ends without copying the rest of the text.
 */
const PART_OF = /\s+of\s+(?:the\s+)?(\d+(?:,\d{3})*)(?=\s)/iy;

/**
 * A part of what something owns: " of the plant's workshops" (" of the oil depot's tanks") after "two". Sticky, read where the
 * number ends; the group holds the owned noun, which is what the number counts.
 */
const PART_OF_OWNED = /\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s\s+([\p{L}-]+)/uy;

/** Whom a count of people may name: a coordination of these counts its members together. */
const ONE_PERSON =
  'man|woman|boy|girl|child|son|daughter|husband|wife|mother|father|grandmother|grandfather|grandson|granddaughter|brother|sister|teenager|baby|infant|neighbou?r|friend|pensioner|resident|person';
const PEOPLE =
  'men|women|boys|girls|children|sons|daughters|grandchildren|brothers|sisters|teenagers|babies|infants|neighbou?rs|friends|pensioners|residents|people';
/**
 * After a count of people, another member of their group: " man and his 16-year-old daughter",
 * " woman and her two children", " men and a woman". Group 1 is the second member's possessive,
 * 2 its number, 3 its noun. Sticky, read where the first count ends; every repetition bounded.
 */
const COUPLE = new RegExp(
  `\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ONE_PERSON}|${PEOPLE})\\s+and\\s+(?:(his|her|their)\\s+)?(?:(an?|one|${SMALL}|\\d{1,3})\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(${ONE_PERSON}|${PEOPLE})\\b`,
  'iuy',
);
/** An age told after one person: "a woman of 61" is one woman, not 61 people. */
const AGE_OF = new RegExp(`(?<=\\b(?:${ONE_PERSON})\\s+)of\\s+\\d{1,3}\\b(?![.,]\\d)`, 'gi');
const AGE_OF_WORD = /\bof\s+\d/i;
/** An age set off by commas after one person: "a man, 54, and a woman, 61," are two people. */
const AGE_APART = new RegExp(`(?<=\\b(?:${ONE_PERSON}))\\s*,\\s*\\d{1,3}\\s*,(?=\\s)`, 'gi');
const AGE_APART_WORD = /,\s*\d{1,3}\s*,/;
/**
 * Words before a count that make it the figure a revised count replaced: "has risen to seven from
 * five", "seven, up from five". The later figure is the claim; the earlier one was revised away.
 */
const REVISED_FROM =
  /\b(?:rose|risen|rises|rising|increased|climbed|grew|grown|jumped|went up|gone up|up|fell|fallen|dropped|down|revised|corrected|updated)\b[^.;]{0,60}?\bfrom\s+(?:(?:more than|over|at least|about|around|nearly|some)\s+)?$/i;

/**
 * What every match of REVISED_FROM, COUPLE and TOLL holds: tested once on a clause, they spare
 * each count of a clause without them its search. No other character case-folds to these letters.
 */
const FROM_WORD = /from/i;
const AND_WORD = /\sand\s/i;
const TOLL_WORDS = /toll|number of/i;

/** Words before a count that make it part of a count told before: "among them", "including". */
const SUBGROUP = /\b(?:among them|among whom|including)\s+$/i;

/** How many the second member of a COUPLE match counts: "her two children" 2, "his son" 1. */
function secondOf(couple: RegExpExecArray): number | undefined {
  const [, owner, number, noun = ''] = couple;
  if (number) return quantity(number)?.value;
  // "his children": how many, nobody says.
  return owner && new RegExp(`^(?:${ONE_PERSON})$`, 'i').test(noun) ? 1 : undefined;
}

/** Keeps the second member's number of a COUPLE match from being counted again. */
function blockSecond(couple: RegExpExecArray, blocked: [number, number][]): void {
  blocked.push([couple.index, couple.index + couple[0].length]);
}

/** Counts with their qualifier and unit: "more than 10 drones", "several districts", "nine". */
export function countsOf(text: string, skip: [number, number][]): Count[] {
  const counts: Count[] = [];
  // Blanking puts spaces for letters, so latin text stays latin; other text may become latin.
  const latinAsGiven = isLatinText(text);
  // Blanked to the same length, so that offsets in `skip` still hold.
  if (AGE_WORD.test(text))
    text = text.replace(latinAsGiven ? LATIN_AGE : AGE, (age) => ' '.repeat(age.length));
  if (AGE_OF_WORD.test(text)) text = text.replace(AGE_OF, (age) => ' '.repeat(age.length));
  if (AGE_APART_WORD.test(text)) text = text.replace(AGE_APART, (age) => ' '.repeat(age.length));
  // "A five-storey block" is one block, of five storeys: a height, not a count.
  if (tests(STOREY_WORD, text))
    text = text.replace(latinAsGiven ? LATIN_STOREYS : STOREYS, (height) =>
      ' '.repeat(height.length),
    );
  const blocked = [...skip, ...notCountSpans(text)];
  let lastUnit: string | undefined;
  const latin = latinAsGiven || isLatinText(text);
  const revisable = FROM_WORD.test(text);
  const coupled = AND_WORD.test(text);
  const tolled = TOLL_WORDS.test(text);
  const word = latin ? LATIN_WORD : WORD;
  const quantities = !latin
    ? QUANTITY
    : text.includes('_')
      ? LATIN_QUANTITY
      : LATIN_QUANTITY_AT_WORDS;
  for (const m of matchesOf(quantities, text)) {
    const at = m.index ?? 0;
    if (blocked.some(([s, e]) => at >= s && at < e)) continue;
    const phrase = m[0];
    // The pronoun of "no one" counts nothing.
    if (/^one$/i.test(phrase) && /\bno\s+$/i.test(text.slice(0, at))) continue;
    // "The number of injured has risen to seven from five": five is no longer anyone's claim.
    if (revisable && REVISED_FROM.test(text.slice(Math.max(0, at - 90), at))) continue;
    const from = at + phrase.length;
    const article = /^an?$/i.test(phrase);
    // "Not a single building was touched", "not one house": none. What it names is still what a
    // bare number after it counts ("not one drone got through, and 12 were destroyed"), and the
    // total of "not one of the 12 drones" is a count of its own, so both checks come first.
    if (
      /^(?:an?|one|(?:a )?single)$/i.test(phrase) &&
      /\bnot\s+(?:a\s+)?$/i.test(text.slice(Math.max(0, at - 8), at))
    ) {
      const unit = unitAfter(wordsOf(text, from, WORDS_AFTER_COUNT, word));
      if (unit) lastUnit = unit;
      continue;
    }
    // "27 of 35 drones": 27 drones, out of a total that is another fact.
    PART_OF.lastIndex = from;
    const partOf = PART_OF.exec(text);
    if (partOf) {
      const total = from + partOf[0].length - (partOf[1]?.length ?? 0);
      blocked.push([total, total + (partOf[1]?.length ?? 0)]);
    }
    // Most articles count nothing ("a statement", "a trail of debris"): the three words after one
    // say so before the words a number would be read with are.
    const near = article ? wordsOf(text, from, 3, word) : [];
    // "A metre" is one metre, though no unit of UNITS names it.
    const nearUnit = article ? (unitAfter(near) ?? measureAfter(near)) : undefined;
    if (article && !nearUnit) continue;
    const after = wordsOf(text, from, WORDS_AFTER_COUNT, word);
    // "Three days earlier, a drone hit the port": when, not how many drones.
    if (spanOfTime(after)) continue;
    // "For two to three hours": the range is read by its end, and its opening number is no count
    // of what the clause counted last (the homes left without power before it).
    if (/^to$/i.test(after[0] ?? '') && opensRange(after[1] ?? '')) continue;
    // "Half an hour" is a while, not a count; "half a metre" a measure.
    if (/^half/i.test(phrase) && !measureAfter(after)) continue;
    // "Three ferries carried 400 vehicles": the plural right after a number is what it counts,
    // though a unit of UNITS follows a few words on.
    const plural =
      article || unitOfWord(after[0] ?? '') !== undefined ? undefined : pluralAfter(after);
    const unit = plural ?? unitAfter(after) ?? (article ? measureAfter(after) : undefined);
    if (article) {
      // "a drone" counts one; "a trail of debris" nothing; "an estimated 300 homes" 300, not one.
      if (!unit || unit === 'hour' || unit === 'minute' || nearUnit !== unit) continue;
      // "An infrastructure facility was hit", "a military-industrial facility": a target left
      // unnamed, whatever it was, not a count of one building that a "depot" or a "plant" it
      // turns out to be would not match.
      const facility = near.findIndex((w) => /^facility$/i.test(w));
      if (facility > 0 && near.slice(0, facility).every((w) => UNNAMED_TARGET.test(w))) continue;
      // "A drone attack was repelled": the attack is one, the drones in it are not counted.
      // So is "a massive drone attack": the attack is one, however it is described.
      const unitAt = near.findIndex((w) => unitAfter([w]) === unit);
      if (unitAt >= 0 && /^(?:attack|raid)$/i.test(near[unitAt + 1] ?? '')) continue;
      if (
        near.some((w) => /^\d/.test(w) || w.toLowerCase() in NUMBER_WORDS || /^estimated$/i.test(w))
      )
        continue;
    }
    // "Seven were injured, among them a woman and her son": some of a count, not another count.
    if (SUBGROUP.test(text.slice(Math.max(0, at - 16), at))) {
      COUPLE.lastIndex = at + phrase.length;
      const couple = coupled ? COUPLE.exec(text) : null;
      if (couple) blockSecond(couple, blocked);
      continue;
    }
    const read = article ? { value: 1, qualifier: 'exact' as const } : quantity(phrase);
    if (!read) continue;
    let { value } = read;
    let atLeast = false;
    // "A woman and her two children were injured": one count of three people, not two counts.
    if (read.qualifier === 'exact' && coupled) {
      COUPLE.lastIndex = at + phrase.length;
      const couple = COUPLE.exec(text);
      const second = couple && secondOf(couple);
      if (couple) {
        // "A man and his children": at least two of them, how many more nobody says.
        value += second ?? 2;
        if (!second) atLeast = true;
        blockSecond(couple, blocked);
      }
    }
    let { qualifier } = read;
    const before = text.slice(Math.max(0, at - 24), at);
    for (const [pattern, q] of QUALIFIERS) if (pattern.test(before)) qualifier = q;
    if (atLeast) qualifier = 'at-least';
    // "Two of the plant's workshops were hit": a part of what the plant owns counts the owned
    // noun (two workshops), never what the clause counted before it (the drones that hit them).
    PART_OF_OWNED.lastIndex = from;
    const owned = PART_OF_OWNED.exec(text)?.[1];
    // A bare number ("with nine falling in…") counts what the clause counted last; "several villages" does not.
    let counted =
      owned !== undefined
        ? (unitAfter([owned]) ?? pluralAfter([owned]))
        : ((partOf ? unitAfter(after.slice(2)) : unit) ??
          (after[0] === undefined || PHRASE_END.test(after[0]) ? lastUnit : undefined) ??
          (partOf ? undefined : namedUnitAfter(after)) ??
          (/^one$/i.test(phrase) ? singularSubject(after) : undefined));
    // "A family of four was injured": the number after "family of" counts its people.
    if (!counted && FAMILY_OF.test(text.slice(Math.max(0, at - 16), at))) counted = 'person';
    // "The death toll rose to five": a toll counts people, though no noun follows the number.
    if (tolled) counted ??= TOLL.find(([pattern]) => pattern.test(text.slice(0, at)))?.[1];
    // The injured and the dead are counted apart: "two injured" does not gainsay "one killed".
    const lead = text.slice(0, at).replace(QUALIFIER_WORDS, '');
    // Headlines drop the noun: "shelling injures four" counts people.
    counted ??= HARM_BEFORE.find(([pattern]) => pattern.test(lead))?.[1];
    // "Killed one person and wounded 11": a bare number's own verb says which harm it counts,
    // not the harm counted before it.
    if (counted === lastUnit && (counted === 'person killed' || counted === 'person injured'))
      counted = HARM_BEFORE.find(([pattern]) => pattern.test(lead))?.[1] ?? counted;
    if (counted === 'times')
      counted =
        TIMES_ATTACKED.test(lead) && !TIMES_COMPARED.test(after[1] ?? '') ? 'attack' : undefined;
    if (!counted) continue;
    if (counted === 'person' || counted === 'personnel') {
      counted =
        HARM_BEFORE.find(([pattern]) => pattern.test(lead))?.[1] ??
        // "Two workers at an industrial site in the Gryazinsky district received minor injuries".
        harm(wordsOf(text, from, HARM_REACH, word)) ??
        counted;
    } else if (
      CONNECTIONS.has(counted) &&
      (OUTAGE_BEFORE.test(lead) || OUTAGE_AFTER.test(text.slice(from).trim()))
    )
      counted = 'home without power';
    // "A child was among the injured" names one of the hurt, not how many there were.
    if ((counted === 'person injured' || counted === 'person killed') && AMONG_HURT.test(text))
      counted = 'person';
    counts.push({ value, qualifier, unit: counted });
    lastUnit = counted;
  }
  // One person hurt, told by their role alone: "injuring its driver", "killing the pilot".
  if (!counts.some(isHarm)) {
    const one = execs(ONE_HURT, text);
    if (one && !blocked.some(([s, e]) => one.index >= s && one.index < e))
      counts.push({
        value: 1,
        qualifier: 'exact',
        unit: /kill/i.test(one[0]) ? 'person killed' : 'person injured',
      });
  }
  return counts;
}

/**
 * Before "N times", a verb of attack: "shelled the community 23 times", "struck the town five
 * times" count attacks; "three times more" and "was delayed twice" do not.
 */
const TIMES_ATTACKED =
  /\b(?:shell(?:ed|s)?|attack(?:ed|s)?|struck|strikes?|hit|hits|bomb(?:ed|s)?|target(?:ed|s)?)\b(?:\s+[\w-]+){0,5}\s+$/i;

/** After "N times", a comparison: "three times more drones" counts no attacks. */
const TIMES_COMPARED = /^(?:more|less|fewer|as|higher|lower|greater|larger|bigger|over)$/i;

/** Right before a number, "family of": the number is of people. */
const FAMILY_OF = /\bfamily of\s+$/i;

/**
 * A harm done to one person named by a role, with no number: a count of one all the same, told
 * of the role ("injuring its driver") or by it ("The driver was injured and taken to hospital").
 */
const ONE_HURT = screened(
  /\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?|kill(?:ed|ing))\s+(?:its|the|his|her)\s+(?:driver|passenger|owner|pilot|occupant|operator|guard|watchman)\b(?!s)|^\s*(?:the|its|a)\s+(?:driver|passenger|owner|pilot|occupant|operator|guard|watchman)\s+(?:was|had been|has been)\s+(?:(?:slightly|seriously|badly|lightly|critically|fatally)\s+)?(?:injured|wounded|hurt|killed)\b/i,
);

/** A count of people hurt or killed, as against people, drones or buildings. */
export const isHarm = (c: Count): boolean =>
  c.unit === 'person injured' || c.unit === 'person killed';

/** The range of values a count allows: "more than 10" is 11 and up, "several" 2 and up. */
export function countRange(c: Count): [number, number] {
  switch (c.qualifier) {
    case 'exact':
      return [c.value, c.value];
    case 'more-than':
      return [Math.floor(c.value) + 1, Infinity];
    case 'at-least':
      return [c.value, Infinity];
    case 'at-most':
      return [0, c.value];
    case 'less-than':
      return [0, Math.ceil(c.value) - 1];
    case 'about':
      return [c.value * 0.75, c.value * 1.25];
    case 'several':
      // "Dozens" and "hundreds" set a floor of their own; "several" and "a few" only that of two.
      return [c.value >= 10 ? c.value : 2, Infinity];
    case 'multiple':
      return [2, Infinity];
  }
}

const NEAR = screened(
  /\b(?:near|next to|close to|beside|nearby|in the vicinity of|not far from|(?:metres|meters|yards|feet) (?:away )?from|a short distance from)\b/i,
);
/*
 * A ministry's "carried out a strike with high-precision weapons on a military-industrial
 * facility" is that facility struck: a strike carried out on an object, not a strike on a town.
 * Its look-behind reads back from after "strike", so that it is tried only where one is.
 */
const STRUCK =
  /strikes?(?<=\b(?:carried out|conducted|delivered|launched|inflicted) (?:an? |the )?(?:[\w-]+ ){0,2}?strikes?) (?:with (?:[\w-]+ ){1,3}?)?(?:on|against)(?= (?:an? |the )?(?:[\w-]+ ){0,3}?(?:facilit(?:y|ies)|enterprises?|plants?|factor(?:y|ies)|depots?|warehouses?|airfields?|bases?|infrastructure|workshops?|hangars?|refiner(?:y|ies))\b)|(?=strike\b)(?<=\b(?:drones|missiles|rockets|uavs) )strike\b|\b(?:struck|strikes|striking|hits?|hitting|damag(?:ed|es|ing)|(?:crash(?:ed|es)|slam(?:med|s)|smash(?:ed|es)|plough(?:ed|s)|plow(?:ed|s)) into|onto the roof|direct hit|landed (?:on|in)(?! the (?:vicinity|area|field|outskirts))|fell (?:on|onto) (?:the |a |an )?(?:roof|house|home|building|school|hospital|warehouse|garage|car|vehicle|block))\b/i;
// Not a bridge's river ("the Yablonovsky bridge over the Kuban river"): where it stands, not
// where a drone came down.
const OVER = /(?<!\b(?:bridges?|crossings?|viaducts?|overpass) )\bover (?:the )?\p{Lu}/u;
/** "On" only as contact with a physical object: "onto Lodygina Street", "on a private house", not "on Telegram". */
const ON = screened(
  /\b(?:onto|on)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:street|road|avenue|lane|square|roof|house|home|building|block|flat|apartment|yard|car|vehicle)s?\b/iu,
);

/**
 * What every match of ON begins with, found without the `u` flag's cost: a match's "on" is ASCII
 * and follows a boundary, which ON's `\b` (with `u`) sees only where this one does too.
 */
const MAYBE_ON = /\bon(?:to)?\s/i;

/**
 * What a strike or a fall is near or on, one word for each kind: houses and homes are buildings.
 * Lines, pipes and tanks too: "near a power line" and "struck a power line" cannot both be true.
 */
const RELATION_OBJECT =
  /\b(?<!-)(?:((?:production|assembly|manufacturing)\s+(?:buildings?|halls?|shops?|workshops?|lines?)|workshops?)|(houses?|homes?|buildings?|barracks|blocks?|apartments?|flats?)|(power lines?|pipelines?|gas mains?|rail(?:way)? lines?|tracks?|cranes?|towers?|masts?|tanks?|terminals?|refiner(?:y|ies)|schools?|kindergartens?|hospitals?|clinics?|churche?s?|shops?|stores?|markets?|warehouses?|garages?|cars?|vehicles?|trucks?|(?:mini)?buses|(?:mini)?bus|coach(?:es)?|stations?|substations?|plants?|factor(?:y|ies)|enterprises?|design bureaus?|depots?|ports?|bridges?|dams?|fences?|roofs?|farms?|fields?))\b/i;

/** Right before a contact verb, these deny it: "fell near a school without damaging it". */
const CONTACT_DENIED = /\b(?:without|not|no|never|n['’]t)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A contact verb: STRUCK's, or "knocked out" (a tank, a substation), which only a hit does. */
const CONTACT_VERB = screened(new RegExp(`${STRUCK.source}|\\bknock(?:s|ed|ing)? out\\b`, 'i'));

/** The first contact verb of a text that is not denied. */
function assertedContact(text: string): RegExpExecArray | null {
  // The first search reads the whole text: where the screen rules it out, so are the later ones.
  if (!mayMatch(CONTACT_VERB, text)) return null;
  for (let from = 0; from < text.length;) {
    const m = CONTACT_VERB.exec(text.slice(from));
    if (!m) return null;
    m.index += from;
    if (!CONTACT_DENIED.test(text.slice(0, m.index))) return m;
    from = m.index + m[0].length;
  }
  return null;
}

/**
 * The last word of a text when it is an object a relation may name: "house" in "house ", and
 * "school" in a headline's "school in Plotnychyno " (the place named after the object is its place).
 * A passive's subject is its object too: "the substation was ", "a school in the X district had
 * been " (struck).
 */
function objectBefore(text: string): RegExpExecArray | null {
  const passive = PASSIVE_AFTER.exec(text);
  if (passive) {
    text = text.slice(0, passive.index + 1);
    // "Shops near the market had been damaged": the market is where the shops stand, not hit.
    if (NEAR_BEFORE_PASSIVE.test(text)) return null;
  }
  const placed = PLACED_AFTER.exec(text);
  if (placed) text = text.slice(0, placed.index + 1);
  const last = /(?:^|\s)([\p{L}-]+)\s+$/u.exec(text)?.[1];
  if (!last) return null;
  const object = RELATION_OBJECT.exec(last);
  return object?.[0].length === last.length ? object : null;
}

/** A place named right after an object, at the text's end: " in Plotnychyno ". Bounded, so linear. */
const PLACED_AFTER =
  /\s(?:in|at) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?: (?:district|raion|region|oblast|area|neighbou?rhood|microdistrict|quarter))?\s+$/u;

/** A subject's last words locating it near something: "shops near the market ". */
const NEAR_BEFORE_PASSIVE =
  /\b(?:near|next to|close to|beside|not far from)\s+(?:the |an? )?(?:[\w-]+ ){0,2}?[\w-]+\s+$/i;

/** A passive's auxiliary at the text's end: " was ", " had been ". */
const PASSIVE_AFTER = /\s(?:was|were|is|are|(?:has|have|had) been)\s+$/;

/** The object of a claim's relation, "a school" in "fell near a school", folded to one word. */
export function relationObject(text: string): string | undefined {
  // The words that give the claim its relation name its object: "near" in "fell near a school".
  const contact = relationOf(text) === 'near' ? null : assertedContact(text);
  const relation = contact ?? execs(NEAR, text) ?? execs(ON, text);
  if (!relation) return undefined;
  const words = text
    .slice(relation.index)
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
    // "The roof of a school" is the school.
    .replace(
      /\b(?:roofs?|windows?|walls?|fences?|yards?|courtyards?|grounds|entrances?) of (?:the |a |an )?/i,
      '',
    );
  // A headline's "house damaged", "school hit": the object told before its participle (not
  // before "near", which follows what is located: "station near Kotovo").
  const object =
    RELATION_OBJECT.exec(words) ?? (contact ? objectBefore(text.slice(0, relation.index)) : null);
  if (!object) return undefined;
  // "A production building", "an assembly shop", "a workshop": one of a plant's buildings,
  // whatever a telling calls it, and not a home.
  if (object[1]) return 'workshop';
  if (object[2]) return 'building';
  // "A minibus", "a shuttle bus", "a coach": one bus, whatever a telling calls it.
  if (BUS.test(object[3] ?? '')) return 'bus';
  return (object[3] ?? '')
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?:(?<=[sc]h)e)?s$/, '');
}

/** The words a telling may call one bus by (`relationObject`). */
const BUS = /^(?:(?:mini)?bus(?:es)?|coach(?:es)?)$/i;

/**
 * Where it came down is near the object, whatever the blast then damaged: "fell near a house,
 * damaging its windows"; so is a garden or field it landed in a distance from the object ("landed
 * in a vegetable garden some fifty metres from the nearest house").
 */
const FELL_NEAR = screened(
  /\b(?:fell|landed|came down|crashed|exploded|detonated|hit|struck)\s+(?:(?:in|on|into) (?:a|an|the) (?:[\p{L}-]+ ){0,2}?(?:garden|field|yard|plot|orchard|meadow|allotment|wasteland|steppe)s?,? )?(?:(?:right|just|very|directly|dangerously|somewhere|some|about|around|roughly|only|barely)\s+)?(?:(?:(?:\d+|[a-z]+(?:-[a-z]+)?) ){1,2}?(?=(?:metres|meters|yards|feet|km|kilometres)\b))?(?:near|next to|close to|beside|in the vicinity of|not far from|(?:metres|meters|yards|feet|km|kilometres) (?:away )?from)\b/iu,
);

/** FELL_NEAR for text that `isLatinText`: asked of every claim, and several times faster. */
const LATIN_FELL_NEAR = screened(latinTwin(FELL_NEAR, [['[\\p{L}-]', '[A-Za-z-]']]));

/**
 * A town named right after "near" ("fell near Rovno") is where the fall was, not an object it
 * missed: what it then "damaged" is what it hit.
 */
const NEAR_A_NAME = /^\s*\p{Lu}[\p{L}'’-]*/u;

/**
 * A site named with the town it lies near ("attacked the air base near Millerovo", "the depot
 * near Kotovo"): "near" says where the site is, not that what came down missed it.
 */
const PLACED_NEAR = screened(
  /\b(?:airfields?|air ?bases?|airports?|bases?|depots?|arsenals?|plants?|factor(?:y|ies)|enterprises?|refiner(?:y|ies)|terminals?|substations?) near \p{Lu}/u,
);

/**
 * Troops struck beside an object ("struck a Ukrainian strongpoint near the dam", "hit army
 * positions next to the bridge"): the object was near the strike, not hit by it.
 */
const TROOPS_STRUCK_NEAR = screened(
  /\b(?:struck|hit|strikes? on|attacked|targeted|bombed|shelled)\s+(?:an? |the )?(?:[\p{L}-]+ ){0,3}?(?:positions?|strongpoints?|strongholds?|dugouts?|trenches|troops|units?|command posts?|personnel|camps?|deployment points?|concentrations?)\s+(?:near|next to|close to|beside|not far from)\b/iu,
);

export function relationOf(text: string): ClaimFrame['relation'] {
  if (tests(TROOPS_STRUCK_NEAR, text)) return 'near';
  const fell = execs(isLatinText(text) ? LATIN_FELL_NEAR : FELL_NEAR, text);
  if (fell) {
    const after = text.slice(fell.index + fell[0].length);
    if (!NEAR_A_NAME.test(after) || !assertedContact(after)) return 'near';
    return 'struck';
  }
  if (assertedContact(text)) return 'struck';
  if (tests(NEAR, text) && !tests(PLACED_NEAR, text)) return 'near';
  if (MAYBE_ON.test(text) && tests(ON, text)) return 'on';
  if (OVER.test(text)) return 'over';
  return undefined;
}
