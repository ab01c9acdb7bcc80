/**
 * The state of one article being read: its tokens, the mentions found so far, and what is left to
 * resolve once the whole article has been seen (districts need the region the article talks about,
 * a bare "Ministry of Defense" needs the country).
 */
import type { Entity } from '../model.ts';
import {
  gazetteer,
  type Gazetteer,
  type Named,
  type Organization,
  type Place,
  type PhraseNode,
} from './gazetteer.ts';
import { endsSentence, isAsciiLowerCase, type Token } from './tokens.ts';
import { latin } from './transliterate.ts';
import type { AreaWord } from './vocabulary.ts';
import { wordFacts, type WordFacts } from './words.ts';

/** A mention by token range: tokens [first, end). */
export interface Found {
  entity: Entity;
  first: number;
  end: number;
}

export interface PendingDistrict {
  /** Tokens of the name, without the word "district". */
  first: number;
  last: number;
  /** End of the mention: after the word "district" when the text has it. */
  end: number;
  /** The text says "district"; a bare "Bokovsky" is only a district where the article lists districts. */
  strong: boolean;
  /** The place the name also matched ("Belgorod district"): look in its region first. */
  hint?: Place;
}

export interface PendingName {
  first: number;
  end: number;
  /** Which tokens form the name, for streets and settlements. */
  nameEnd: number;
  /** A community: a hromada named by its centre's adjective ("the Sokolivska hromada"). */
  kind: 'street' | 'settlement' | 'feature' | 'community';
}

export interface PendingOrganization {
  first: number;
  end: number;
  kind: string;
}

export interface PendingSurname {
  index: number;
  key: string;
}

/** A role word ("Governor") at token `index`, announcing the name that ends before token `nameEnd`. */
export interface RoleAt {
  role: string;
  index: number;
  nameEnd: number;
}

export interface Reading {
  text: string;
  tokens: Token[];
  /** The facts of each word token, filled as they are first asked for. */
  facts: Array<WordFacts | undefined>;
  /** `lowerAt` by token index, filled as first asked for. */
  lowers: Array<string | undefined>;
  /** Name keys that replace a token's own: the nominative of a genitive name. */
  nameKeys: Array<string | undefined>;
  /** `longestPhrase` by token index, `null` for none, filled as they are first asked for. */
  phrases: Array<Phrase | null | undefined>;
  /** Latin spellings that replace a token's own in names: the nominative of a genitive name. */
  spelled: Map<number, string>;
  g: Gazetteer;
  found: Found[];
  districts: PendingDistrict[];
  names: PendingName[];
  organizations: PendingOrganization[];
  surnames: PendingSurname[];
  /** Capitalised words left unread that look like surnames: a respelling of an official named elsewhere? */
  surnameLike: PendingSurname[];
  /**
   * Officials named in this article whose surname key the gazetteer does not list (unknown ones, and
   * known ones under a garbled spelling), so a later bare surname joins them.
   */
  localSurnames: Map<string, Entity>;
  /** The role that announced an unknown official, by entity id, to describe and place them afterwards. */
  roles: Map<string, RoleAt>;
  /** Towns named like words or surnames that the text did not place, settled once it is read. */
  unplaced: PendingTown[];
  /** Enterprises the gazetteer lacks, named from their head noun, by folded key: named again bare. */
  enterprises: Map<string, Entity>;
  /** Each token's sentence, worked out on the first question (`sentenceAround`). */
  sentences: SentenceBounds | undefined;
}

/** By token index (and one past the last token): its sentence's first token, and one past its last. */
interface SentenceBounds {
  from: number[];
  to: number[];
}

/** A town whose name needs its place told (`needsPlaceContext`), read at tokens [first, end). */
export interface PendingTown {
  place: Place;
  first: number;
  end: number;
}

export function startReading(text: string, tokens: Token[]): Reading {
  return {
    text,
    tokens,
    facts: new Array<WordFacts | undefined>(tokens.length),
    lowers: new Array<string | undefined>(tokens.length),
    nameKeys: new Array<string | undefined>(tokens.length),
    phrases: new Array<Phrase | null | undefined>(tokens.length),
    spelled: new Map(),
    g: gazetteer(),
    found: [],
    districts: [],
    names: [],
    organizations: [],
    surnames: [],
    surnameLike: [],
    localSurnames: new Map(),
    roles: new Map(),
    unplaced: [],
    enterprises: new Map(),
    sentences: undefined,
  };
}

/** The facts every token that is no word, and every place past either end of the text, answers. */
const NO_WORD: WordFacts = {
  lower: '',
  placeKey: '',
  nameKey: '',
  role: undefined,
  area: undefined,
  notName: false,
  street: false,
  feature: false,
  district: false,
  adjectival: false,
  country: undefined,
  cyrillic: false,
  russianEnding: false,
  phrases: undefined,
  firstName: undefined,
  official: false,
  namesakes: undefined,
};

/** The facts of the word at token `i`, kept per token: the pass asks about the same token many times. */
export function wordAt(r: Reading, i: number): WordFacts {
  // Asked past either end of the text too: told apart by the length, not by reading past the
  // array's end, which V8's optimised code does not expect (a deopt on the first article that asks).
  const t = i >= 0 && i < r.tokens.length ? r.tokens[i] : undefined;
  if (!t?.word) return NO_WORD;
  let facts = r.facts[i];
  if (facts === undefined) facts = r.facts[i] = wordFacts(t.text);
  return facts;
}

/** A token's place key: folded for a word, as written for a number or a mark. */
export function keyAt(r: Reading, i: number): string {
  const t = r.tokens[i];
  if (!t) return '';
  return t.word ? wordAt(r, i).placeKey : t.text;
}

export function nameKeyAt(r: Reading, i: number): string {
  if (!r.tokens[i]?.word) return '';
  return r.nameKeys[i] ?? wordAt(r, i).nameKey;
}

/**
 * The first name the word at token `i` spells by `nameKeyAt`, if the gazetteer lists it; none for
 * a token that is no word (whose name key is empty, which the gazetteer lists under no name).
 */
export function firstNameAt(r: Reading, i: number): string | undefined {
  if (!r.tokens[i]?.word) return undefined;
  const respelt = r.nameKeys[i];
  return respelt === undefined ? wordAt(r, i).firstName : r.g.firstNames.get(respelt);
}

/** Whether an official the gazetteer lists has the word at token `i` (by `nameKeyAt`) for a surname. */
export function officialAt(r: Reading, i: number): boolean {
  if (!r.tokens[i]?.word) return false;
  const respelt = r.nameKeys[i];
  return respelt === undefined ? wordAt(r, i).official : r.g.officialsBySurname.has(respelt);
}

/** The token's text as written, or '' past either end of the text. */
export function textAt(r: Reading, i: number): string {
  // Past either end told by the length, as in `wordAt`.
  return i >= 0 && i < r.tokens.length ? (r.tokens[i] as Token).text : '';
}

/**
 * The token's text in lower case, or '' past either end of the text. Readers ask it of the words
 * around a name ("of", "the", "plant"), most of them written in lower case already: those are
 * told by their letters, without the lookup of their facts.
 */
export function lowerAt(r: Reading, i: number): string {
  const kept = r.lowers[i];
  if (kept !== undefined) return kept;
  const t = r.tokens[i];
  if (!t) return '';
  const lower =
    !t.upper && isAsciiLowerCase(t.text)
      ? t.text
      : t.word
        ? wordAt(r, i).lower
        : t.text.toLowerCase();
  r.lowers[i] = lower;
  return lower;
}

/** Token `i` is an apostrophe, straight or curly. */
export function apostropheAt(r: Reading, i: number): boolean {
  const text = r.tokens[i]?.text;
  return text === "'" || text === '’';
}

/**
 * Tokens `at` and `at + 1` are a possessive's "’s" ("Russia’s"). The apostrophe is asked first: it
 * is told by its text, while the "s" is asked as a word, whose facts are then looked up.
 */
export function possessiveAt(r: Reading, at: number): boolean {
  return apostropheAt(r, at) && lowerAt(r, at + 1) === 's';
}

/**
 * Whether token `i` is in the headline: before the blank line that opens the body. In the body a
 * surname that speaks before its full name is told may be a respelling (`noteSurnameLike`); a
 * headline's bare body is the one its body names in full (`resolveOrganizations`).
 */
export function inHeadline(r: Reading, i: number): boolean {
  const body = r.text.indexOf('\n\n');
  return body > 0 && (r.tokens[i]?.start ?? body) < body;
}

export function isUpperWord(r: Reading, i: number): boolean {
  const t = r.tokens[i];
  return !!t && t.word && t.upper;
}

/**
 * Index of the first token of the sentence holding token `i`, and one past its last. Readers ask
 * this of token after token, so the bounds of every token are found in one pass each way, once.
 */
export function sentenceAround(r: Reading, i: number): [number, number] {
  const { from, to } = (r.sentences ??= sentenceBounds(r.tokens));
  return [from[i] as number, to[i] as number];
}

function sentenceBounds(tokens: Token[]): SentenceBounds {
  const count = tokens.length;
  const from: number[] = [];
  const to: number[] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    from.push(start);
    if (!endsSentence(tokens[i] as Token)) continue;
    // The sentence from `start` ends at this token: its tokens are told where it ends.
    while (to.length <= i) to.push(i);
    start = i + 1;
  }
  from.push(start);
  while (to.length <= count) to.push(count);
  return { from, to };
}

/** The words of a name as the reader knows them in Latin script: "Лодыгина" -> "Lodygina". */
export function latinText(r: Reading, first: number, end: number): string {
  const words: string[] = [];
  for (let i = first; i < end; i++) {
    const t = r.tokens[i] as Token;
    words.push(r.spelled.get(i) ?? latin(t.text));
  }
  return words.join(' ');
}

/** A key fit for an id: folded, ASCII, dashes. */
export function idKey(
  r: Reading,
  first: number,
  end: number,
  key: (r: Reading, i: number) => string = keyAt,
): string {
  const parts: string[] = [];
  for (let i = first; i < end; i++) if (r.tokens[i]?.word) parts.push(key(r, i));
  // The keys are folded already (no marks left); what is not ASCII goes.
  return parts.join('-').replace(/[^a-z0-9-]/g, '');
}

/** The token past "in the" (either word may be missing) from `at`: "Y, in the X district" names X there. */
export function pastInThe(r: Reading, at: number): number {
  if (lowerAt(r, at) === 'in') at++;
  if (lowerAt(r, at) === 'the') at++;
  return at;
}

export function addFound(r: Reading, entity: Entity, first: number, end: number): void {
  r.found.push({ entity, first, end });
}

/** One past a phrase's last token, the places it may name, and the organisations. */
export type Phrase = [number, Named<Place>[], Named<Organization | string>[]];

/**
 * The longest phrase the gazetteer knows that starts at token `i`, looked up once per token:
 * the readers of a capitalised word each ask for it (an organisation's adjective, a name, a
 * place), and the answer depends on the tokens alone.
 */
export function longestPhrase(r: Reading, i: number): Phrase | undefined {
  let phrase = r.phrases[i];
  if (phrase === undefined) {
    phrase = findLongestPhrase(r, i) ?? null;
    if (i >= 0 && i < r.phrases.length) r.phrases[i] = phrase;
  }
  return phrase ?? undefined;
}

function findLongestPhrase(r: Reading, i: number): Phrase | undefined {
  const t = r.tokens[i];
  let node = t?.word ? wordAt(r, i).phrases : r.g.phrases.get(keyAt(r, i));
  if (!node) return undefined;
  // The nodes of the phrases the tokens from `i` spell, one word longer each.
  const path = [node];
  for (let n = 1; node.next && i + n < r.tokens.length; n++) {
    node = node.next.get(keyAt(r, i + n));
    if (!node) break;
    path.push(node);
  }
  for (let n = path.length; n >= 1; n--) {
    const { places: named, organizations: bodies } = path[n - 1] as PhraseNode;
    const places = fitting(r, i, i + n, named);
    const organizations = fitting(r, i, i + n, bodies);
    if (places.length || organizations.length) return [i + n, places, organizations];
  }
  return undefined;
}

const NONE: never[] = [];

/** The entries a phrase key names that the written words allow (acronyms as written, adjectival forms). */
function fitting<T>(
  r: Reading,
  first: number,
  end: number,
  list: Named<T>[] | undefined,
): Named<T>[] {
  if (!list) return NONE;
  if (!list.some((n) => n.exact || n.adjectival || n.caseForm)) return list;
  return list.filter(
    (named) =>
      (!named.exact ||
        named.exact === r.text.slice(r.tokens[first]?.start, r.tokens[end - 1]?.end)) &&
      (!named.adjectival || wordAt(r, end - 1).adjectival || !!wordAt(r, end).area) &&
      (!named.caseForm || caseFormFits(r, first, end)),
  );
}

/** The genitive of a name like a surname: "Кирова", "Николаєва", "Ильина". */
const SURNAME_GENITIVE = /(?:ов|ев|ёв|єв|ин|ын)а$/i;

/**
 * A case form made from a Cyrillic name names its place only in Cyrillic text ("под Белгородом",
 * not the English "She" that "СШЕ" folds to), and a genitive like a surname's names a person after
 * a street word or a given name ("проспекте Кирова", "вулиці Кирова", "Олена Николаєва").
 */
function caseFormFits(r: Reading, first: number, end: number): boolean {
  if (!wordAt(r, first).cyrillic) return false;
  if (end !== first + 1 || !SURNAME_GENITIVE.test(textAt(r, first))) return true;
  const before = wordAt(r, first - 1);
  return !before.street && before.firstName === undefined;
}

const AREA_QUALIFIERS = new Set(['municipal', 'urban', 'administrative', 'rural']);

/** The area word at token `at` ("region", "district"), over a qualifier ("municipal district"): [word, end]. */
export function areaAfter(r: Reading, at: number): [AreaWord | undefined, number] {
  const t = r.tokens[at];
  if (!t?.word) return [undefined, at];
  if (AREA_QUALIFIERS.has(lowerAt(r, at))) {
    const word = wordAt(r, at + 1).area;
    return word ? [word, at + 2] : [undefined, at];
  }
  const word = wordAt(r, at).area;
  return word ? [word, at + 1] : [undefined, at];
}
