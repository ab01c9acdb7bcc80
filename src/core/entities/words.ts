/**
 * What the recogniser asks of a word as written, answered once per word rather than once per
 * question: a capitalised word is asked whether it is a role, an area word, a street word, a
 * function word, a country's adjective, and for its folded keys, by reader after reader, and each
 * question was a lookup of its own in a large table. The answers are pure functions of the word.
 */
import { remembered } from '../remembered.ts';
import { wordKeysOf } from './fold.ts';
import { gazetteer, type PhraseNode, type Place } from './gazetteer.ts';
import { hasCyrillic } from './transliterate.ts';
import {
  areaWord,
  endsLikeRussianSurname,
  isDistrictWord,
  isFeatureWord,
  isNotName,
  isStreetWord,
  roleOf,
  type AreaWord,
} from './vocabulary.ts';

export interface WordFacts {
  lower: string;
  /** `placeKeyOf` of the word. */
  placeKey: string;
  /** `nameKey` of the word. */
  nameKey: string;
  /** `roleOf` the word. */
  role: string | undefined;
  /** `areaWord` of the word. */
  area: AreaWord | undefined;
  /** `isNotName`, `isStreetWord`, `isFeatureWord`, `isDistrictWord`, `isAdjectivalOf` of the word. */
  notName: boolean;
  street: boolean;
  feature: boolean;
  district: boolean;
  adjectival: boolean;
  /** The country whose adjective the word is ("Russian" -> "ru"). */
  country: string | undefined;
  /** The word has Cyrillic letters; it ends like a Russian surname (`endsLikeRussianSurname`). */
  cyrillic: boolean;
  russianEnding: boolean;
  /** The gazetteer's phrases that start with the word. */
  phrases: PhraseNode | undefined;
  /**
   * What the gazetteer's small tables say of the word's keys: the first name its name key spells,
   * whether an official has it for a surname, the towns of several regions its place key names.
   * Every capitalised word is asked these; kept here, the tables are not searched once per token.
   */
  firstName: string | undefined;
  official: boolean;
  namesakes: Place[] | undefined;
}

/** The facts of a word; a token that is no word (a number, a mark) answers none of the questions. */
export const wordFacts: (word: string) => WordFacts = remembered((word) => {
  const keys = wordKeysOf(word);
  const key = keys.placeKey;
  const personal = keys.nameKey;
  const g = gazetteer();
  return {
    lower: word.toLowerCase(),
    placeKey: key,
    nameKey: personal,
    role: roleOf(word),
    area: areaWord(word),
    notName: isNotName(word),
    street: isStreetWord(word),
    feature: isFeatureWord(word),
    district: isDistrictWord(word),
    adjectival: keys.adjectival,
    country: g.countryAdjectives.get(key),
    cyrillic: hasCyrillic(word),
    russianEnding: endsLikeRussianSurname(word),
    phrases: g.phrases.get(key),
    firstName: g.firstNames.get(personal),
    official: g.officialsBySurname.has(personal),
    namesakes: g.namesakes.get(key),
  };
}, 20_000);
