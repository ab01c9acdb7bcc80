/**
 * The words around a name that say what the name is: "Smolensk *region*", "*Governor* Gladkov",
 * "Lodygina *Street*". Lower-case lookups; Russian and Ukrainian forms in the cases news uses.
 */
import { remembered } from '../remembered.ts';

/** Most words are lower-case already; only a capital makes lower-casing worth a new string. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return (
    (c >= 65 && c <= 90) ||
    (c >= 0x400 && c <= 0x42f) ||
    (c > 127 && word[0] !== word[0]?.toLowerCase())
  );
}

/**
 * Lower-case spellings by word as written, bounded. The words below are looked up for the same
 * tokens again and again; a kept spelling is not made anew each time, and its string keeps the
 * hash the lookups computed for it.
 */
const lowerOf = remembered((word) => word.toLowerCase());

export type AreaWord = 'region' | 'krai' | 'republic' | 'district' | 'city';

const AREA_WORDS = new Map<string, AreaWord>(
  Object.entries({
    region: 'region',
    oblast: 'region',
    "oblast'": 'region',
    province: 'region',
    okrug: 'region',
    // Ukrainian for a Russian urban okrug, a municipality the size of a district ("Kolomenskyi okruh").
    okruh: 'district',
    // A Romanian or Moldovan county across the border ("Tulcea county").
    county: 'region',
    // A Polish province across the western border ("the Lublin voivodeship").
    voivodeship: 'region',
    область: 'region',
    области: 'region',
    області: 'region',
    обл: 'region',
    регион: 'region',
    округ: 'region',
    krai: 'krai',
    kray: 'krai',
    territory: 'krai',
    край: 'krai',
    крае: 'krai',
    краю: 'krai',
    republic: 'republic',
    республика: 'republic',
    республике: 'republic',
    республіка: 'republic',
    district: 'district',
    raion: 'district',
    rayon: 'district',
    район: 'district',
    районе: 'district',
    района: 'district',
    району: 'district',
    районі: 'district',
    city: 'city',
    town: 'city',
    village: 'city',
    settlement: 'city',
    город: 'city',
    городе: 'city',
    місто: 'city',
    місті: 'city',
    село: 'city',
    поселок: 'city',
    посёлок: 'city',
    селище: 'city',
  } satisfies Record<string, AreaWord>),
);

export function areaWord(word: string): AreaWord | undefined {
  return AREA_WORDS.get(word) ?? (startsUpper(word) ? AREA_WORDS.get(lowerOf(word)) : undefined);
}

/** Plural forms that introduce a list of districts: "in several districts, including ...". */
const DISTRICT_PLURALS = new Set([
  'districts',
  'raions',
  'rayons',
  'районах',
  'районов',
  'районів',
  'районах',
]);

export function isDistrictWord(word: string): boolean {
  const lower = lowerOf(word);
  return AREA_WORDS.get(lower) === 'district' || DISTRICT_PLURALS.has(lower);
}

const STREET_WORDS = new Set([
  'street',
  'avenue',
  'prospekt',
  'prospect',
  'boulevard',
  'lane',
  'square',
  'highway',
  'embankment',
  'road',
  'ulitsa',
  'улица',
  'улице',
  'ул',
  'улицы',
  'проспект',
  'проспекте',
  'проспекта',
  'переулок',
  'переулке',
  'шоссе',
  'бульвар',
  'бульваре',
  'площадь',
  'площади',
  'вулиця',
  'вулиці',
  'вулицю',
  'проспекті',
  'проспекту',
  'бульварі',
  'площі',
]);

export function isStreetWord(word: string): boolean {
  return STREET_WORDS.has(word) || (startsUpper(word) && STREET_WORDS.has(lowerOf(word)));
}

/** Cyrillic street words come before the name: "улица Лодыгина". */
export function streetWordLeads(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x400 && first <= 0x4ff && STREET_WORDS.has(lowerOf(word));
}

/** Words after a name that make it a feature of the land or the water: "Kinburn Spit", "Dnieper-Bug estuary". */
const FEATURE_WORDS = new Set([
  'spit',
  'estuary',
  'lagoon',
  'bay',
  'gulf',
  'strait',
  'island',
  'peninsula',
  'reservoir',
  'lake',
  'forest',
  'river',
]);

export function isFeatureWord(word: string): boolean {
  return FEATURE_WORDS.has(word) || (startsUpper(word) && FEATURE_WORDS.has(word.toLowerCase()));
}

/**
 * Words that make the next capitalised name a settlement: "the city of Sudzha", "mayor of
 * Shebekino"; Russia's and Ukraine's own kinds of village as reports keep them ("the sloboda of
 * Bolshinka", "the khutor of Zadonsky", "the aul of Afipsip"). Not yet "stanitsa": its names are adjectives
 * ("Troitskaya"), which a retelling's bare "In Troitska, in the same raion" reads as a district.
 */
const SETTLEMENT_LEADS = new Set([
  'city',
  'town',
  'village',
  'settlement',
  'hamlet',
  'sloboda',
  'khutor',
  'selo',
  // The Caucasus's own village, in Adygea, Karachay-Cherkessia, Dagestan: "the aul of Afipsip".
  'aul',
  'mayor',
  'outskirts',
  'suburb',
]);

export function leadsSettlement(word: string): boolean {
  return SETTLEMENT_LEADS.has(lowerOf(word));
}

/** Roles that make a nearby name an official's, mapped to how the role is titled. */
const ROLES = new Map<string, string>(
  Object.entries({
    governor: 'Governor',
    mayor: 'Mayor',
    head: 'Head',
    minister: 'Minister',
    president: 'President',
    premier: 'Prime Minister',
    spokesman: 'Spokesperson',
    spokeswoman: 'Spokesperson',
    spokesperson: 'Spokesperson',
    // A body's representative speaks for it as its spokesman does ("the agency's representative
    // X said"); only the singular, which one name follows.
    representative: 'Representative',
    commander: 'Commander',
    general: 'General',
    colonel: 'Colonel',
    chief: 'Chief',
    deputy: 'Deputy',
    secretary: 'Secretary',
    chairman: 'Chairman',
    chairwoman: 'Chairwoman',
    director: 'Director',
    ambassador: 'Ambassador',
    official: 'Official',
    officials: 'Official',
    prosecutor: 'Prosecutor',
    senator: 'Senator',
    lawmaker: 'Lawmaker',
    mp: 'Member of Parliament',
    adviser: 'Adviser',
    advisor: 'Adviser',
    aide: 'Aide',
    // Russian and Ukrainian roles in the cases a report puts them in: "по словам губернатора",
    // "заявил мэру", "начальник ОВА" (the head of a Ukrainian regional military administration).
    губернатор: 'Governor',
    губернатора: 'Governor',
    губернатору: 'Governor',
    губернатором: 'Governor',
    мэр: 'Mayor',
    мэра: 'Mayor',
    мэру: 'Mayor',
    мэром: 'Mayor',
    глава: 'Head',
    главы: 'Head',
    главе: 'Head',
    главой: 'Head',
    голова: 'Head',
    голови: 'Head',
    очільник: 'Head',
    очільника: 'Head',
    начальник: 'Head',
    начальника: 'Head',
    министр: 'Minister',
    міністр: 'Minister',
    президент: 'President',
    пресс: 'Spokesperson',
    речник: 'Spokesperson',
    представитель: 'Representative',
    представителя: 'Representative',
    представник: 'Representative',
    представника: 'Representative',
    командующий: 'Commander',
  }),
);

/** A word's first letter (ASCII, folded to small) and its length, as one number. */
function shapeOf(first: number, length: number): number {
  return (first >= 65 && first <= 90 ? first | 32 : first) * 64 + Math.min(length, 63);
}

/**
 * The shapes of the roles that begin with an ASCII letter. Every word of an article is asked
 * whether it is a role; a word with an ASCII first letter and no role of its shape is not one,
 * told without hashing the word. (Lower-casing keeps the length of any word that could become
 * one of these roles: of the letters that change length, none lower-cases to ASCII alone.)
 */
const ROLE_SHAPES = new Uint8Array(shapeOf(127, 63) + 1);
/**
 * The same by last letter, for the roles that end in an ASCII letter: "during" and "military" have
 * the shapes of "deputy" and "minister", not their last letters.
 */
const ROLE_END_SHAPES = new Uint8Array(shapeOf(127, 63) + 1);
for (const role of ROLES.keys()) {
  const [first, last] = [role.charCodeAt(0), role.charCodeAt(role.length - 1)];
  if (first < 128) ROLE_SHAPES[shapeOf(first, role.length)] = 1;
  if (last < 128) ROLE_END_SHAPES[shapeOf(last, role.length)] = 1;
}

export function roleOf(word: string): string | undefined {
  const first = word.charCodeAt(0);
  if (first < 128 && !ROLE_SHAPES[shapeOf(first, word.length)]) return undefined;
  const last = word.charCodeAt(word.length - 1);
  if (last < 128 && !ROLE_END_SHAPES[shapeOf(last, word.length)]) return undefined;
  return ROLES.get(word) ?? (startsUpper(word) ? ROLES.get(lowerOf(word)) : undefined);
}

/**
 * Capitalised words that are never part of a name: function words at the start of a sentence,
 * months, weekdays, and outlets that news cites as sources.
 */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'of',
  'for',
  'from',
  'to',
  'by',
  'with',
  'and',
  'or',
  'but',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'it',
  'he',
  'she',
  'they',
  'we',
  'as',
  'after',
  'before',
  'during',
  'since',
  'near',
  'over',
  'across',
  'while',
  'when',
  'where',
  'dear',
  'local',
  'regional',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'new',
  'old',
  'greater',
  'upper',
  'lower',
  'both',
  'all',
  'several',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'telegram',
  'twitter',
  'facebook',
  'vkontakte',
  'youtube',
  'tass',
  'ria',
  'interfax',
  'reuters',
  // Russian and Ukrainian prepositions and conjunctions that open a sentence: "У Купʼянському районі".
  'в',
  'во',
  'у',
  'на',
  'из',
  'с',
  'со',
  'з',
  'із',
  'зі',
  'по',
  'о',
  'об',
  'от',
  'від',
  'до',
  'для',
  'при',
  'под',
  'під',
  'над',
  'за',
  'и',
  'і',
  'й',
  'та',
  'а',
  'но',
  'але',
  'что',
  'що',
  'это',
  'це',
  'как',
  'як',
]);

export function isNotName(word: string): boolean {
  return NOT_NAMES.has(word) || (startsUpper(word) && NOT_NAMES.has(lowerOf(word)));
}

/** "Nikolaev", "Николаев", "Pushkin": the endings of Russian surnames (-ov, -ev, -in and their -a). */
const RUSSIAN_SURNAME = /(?:ov|ova|ev|eva|in|ina|ёв|ов|ова|ев|ева|ин|ина)$/i;

export function endsLikeRussianSurname(word: string): boolean {
  return RUSSIAN_SURNAME.test(word);
}

/**
 * Endings of Russian and Ukrainian settlement names in Latin letters: Lypivka, Dubovka, Lisne,
 * Rivne, Kolyndiany, Borodino, Stepove, Prymorske, Sloviansk, Zolochiv, Bilopillia's -pil, -ivtsi,
 * -ychi. A name after "a school in" must have one: "a school in Oregon (Bristol, English,
 * California, Landstuhl)" is no village of the region the article is about.
 */
const SLAVIC_SETTLEMENT =
  /(?:ka|[aeiouy][sznv]ne|ske|ye|ino|yno|ovo|evo|ivo|ove|eve|iany|yany|tsi|tsy|ychi|ichi|ytsia|ytsya|itsa|sk|hrad|grad|pil|pol|iv|ov|ev|ets|(?:sk|ts|n|r|v|h)(?:yi|iy|ii))$/;

export function looksLikeSlavicSettlement(word: string): boolean {
  if (/^[\u0400-\u04ff]/.test(word)) return true;
  const lower = word.toLowerCase();
  // Alaska, Nebraska: American states end as Slavic villages do.
  return lower.length >= 4 && SLAVIC_SETTLEMENT.test(lower) && !/aska$/.test(lower);
}

/** Endings of Russian and Ukrainian surnames, on a name key (y folded to i). */
const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|in|ina|sk|ski|ska|skaia|tski|enko|ko|uk|iuk|chuk|ich|vich|ian|dze|shvili|ets|ih|ak|iak|ai)$/;

export function looksLikeSurname(key: string, word: string): boolean {
  return /^[\u0400-\u04ff]/.test(word) || SURNAME_ENDING.test(key);
}
