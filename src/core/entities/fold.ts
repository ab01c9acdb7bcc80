/**
 * Folding a written name to a key that the spellings of one name share.
 *
 * News spells the same Russian or Ukrainian name many ways: "Anokhin", "Anokhine", "Анохин";
 * "Chertkovsky", "Chertkovskoye", "Чертковский район". Folding removes what varies between
 * transliterations (kh/h, x/ks, y/i, doubled letters, a French trailing -e) and, for places, the
 * adjectival ending that Russian and Ukrainian put on district and region names. What is left is
 * compared exactly through hash lookups, or with Jaro-Winkler where a garbled spelling has to be
 * placed among the few districts of one region.
 */
import { foldAccents } from './accents.ts';
import { latin } from './transliterate.ts';
import { remembered } from '../remembered.ts';

/** Adjectival endings after folding (y is already i, doubled letters single). */
const ADJECTIVE_ENDING = /sk(?:aia|oie|oe|oi|ogo|omu|om|uiu|ikh|i|a|e)$/;
const SPELLING: Array<[RegExp, string]> = [
  [/['’ʼ`]/g, ''],
  [/ё/g, 'e'],
  [/kh/g, 'h'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  // After a vowel, Е is written "ye" or "e" ("Avdeyev", "Avdeev"; "Nikolayevka", "Nikolaevka").
  [/(?<=[aeiou])ie/g, 'e'],
  // A word-initial Е is written "Ye" or "E" ("Yelabuga", "Elabuga"): both one key.
  [/^ie/, 'e'],
  // After a consonant, Ё is written "yo" or, as GeoNames and many outlets do, "e" ("Ozyory",
  // "Ozery"; "Fyodorovka", "Fedorovka"): both one key.
  [/(?<=[b-df-hj-np-tv-z])io/g, 'e'],
  [/(\p{L})\1+/gu, '$1'],
];

/** How many words each of the keys below remembers. */
const REMEMBERED = 50_000;

function spellingKey(word: string): string {
  let key = foldAccents(latin(word));
  for (const [pattern, replacement] of SPELLING) key = key.replace(pattern, replacement);
  return key;
}

function dropFrenchE(key: string): string {
  return key.length >= 5 && /[^aeiou]e$/.test(key) ? key.slice(0, -1) : key;
}

/** Key of one word of a person's name: "Anokhine", "Anokhin" and "Анохин" give "anohin". */
export const nameKey: (word: string) => string = remembered(
  (word) => dropFrenchE(spellingKey(word)),
  REMEMBERED,
);

/**
 * Key of a name the gazetteer lacks (an official's surname, a village), which has nothing else to
 * be matched by: Ukrainian writes h where Russian writes g for one letter (Yehorov, Yegorov;
 * Kuhesi, Kugesi), so g folds to h (kh is h already). Endings differ too: a Russian neuter -oye /
 * -oe is a Ukrainian -e, which `dropFrenchE` has already dropped (Pesochnoye, Pesochne), so it
 * goes; a Russian -oy is a Ukrainian -yi (Lisovoy, Lisovyi), both -i; and a Russian -ayev- / -eyev-
 * is a Ukrainian -aiv- / -eiv- (Kochubeyevskoye, Kochubeivske), both -aev- / -ev-; a Ukrainian
 * -ove / -eve, which `placeKeyOf` keeps, goes like the -oye it stands for (Lugovoye, Luhove); a
 * Russian feminine -aya / -yaya is a Ukrainian -a / -ia (Novaya, Nova; Verkhnyaya, Verkhnia). A Russian e
 * between consonants is often a Ukrainian i (Novodnestrovsk, Novodnistrovsk; Lesnoye,
 * Lisne), so there both are i. After ch, sh or zh the Russian ё, mostly written e, is a
 * Ukrainian o (Chernobayevka, Chornobaivka), so there both are o. The Russian "upper" and "lower"
 * of a compound name link with e where Ukrainian writes ьо, o or io (Verkhnedneprovsk,
 * Verkhnodniprovsk; Nizhnesirogozy, Nyzhniosirohozy), so there all are o. A Russian o or e closing a
 * syllable is often a Ukrainian i (Vinogradov, Vynohradiv; Berezovka, Berezivka), so "ov"
 * before a consonant or at the end is "iv". A Russian -eyev- after a consonant is a Ukrainian
 * -iiev- (Sergeyevo, Serhiievo), both -iv-; and a Russian Aleks- a Ukrainian Oleks- (Alekseyevka,
 * Oleksiivka). A Ukrainian є after a consonant, written "ie", is the Russian е (Bieliaiev,
 * Belyaev; Sierhieiev, Sergeyev), so it folds to e before that e is read. English writes ж
 * "zh" or, taking it for дж, "dzh" (Hanzha, Ganzha, Gandzha for Ганжа), so dzh is zh. Known names
 * keep `nameKey`, their spellings listed.
 */
export function unknownNameKeyOf(key: string): string {
  return key
    .replace(/(?<=[a-z]{3})aia(?=-|$)/g, 'a')
    .replace(/(?<=[b-df-hj-np-tv-z])ie(?=[b-df-hj-np-tv-z])/g, 'e')
    .replace(/(?<=[a-z]{2}[oe]v)e(?=-|$)/g, '')
    .replace(/g/g, 'h')
    .replace(/(?<=[a-z]{3}[^aeiou-])oi?e(?=-|$)/g, '')
    .replace(/(?<=[a-z]{2}[^aeiou-])oi(?=-|$)/g, 'i')
    .replace(/(?<=[a-z][ae])i(?=v)/g, 'e')
    .replace(/ee/g, 'e')
    .replace(/(?<=[csz]h)e(?=[b-df-hj-np-tv-z])/g, 'o')
    .replace(/(?<=(?:^|-)(?:verh|nizh)n)(?:e|io?)(?=[b-df-hj-np-tv-z])/g, 'o')
    .replace(/(?<=[b-df-hj-np-tv-z])e(?=[b-df-hj-np-tv-z])/g, 'i')
    .replace(/(?<=[b-df-hj-np-tv-z])ov(?=[b-df-hj-np-tv-z]|-|$)/g, 'iv')
    .replace(/(?<=[b-df-hj-np-tv-z])ie(?=v)/g, 'i')
    .replace(/(^|-)oliks/g, '$1aliks')
    .replace(/dzh/g, 'zh');
}

/**
 * `unknownNameKeyOf`, remembered for the names of the text: an article's unknown villages,
 * officials and companies are folded each time they are named, article after article.
 */
export const unknownNameKey: (key: string) => string = remembered(unknownNameKeyOf, REMEMBERED);

/**
 * Key of one word of a place or organisation name, adjectival ending removed. Unremembered: the
 * gazetteer's index folds its tens of thousands of spellings once each, and a word of the text
 * gets it with its other keys (`wordKeysOf`), remembered with the word's facts (`words.ts`).
 */
export function placeKeyOf(word: string): string {
  return placeKeyOfSpelling(spellingKey(word));
}

/**
 * A Ukrainian adjective in -зький of a stem in г, ж or з (Єлабузький, "Yelabuzkyi"; Волзький) is
 * the Russian one in -жский or -зский (Елабужский, "Yelabuzhsky"; Волжский): the -зьк- is the
 * Russian -жск-, so both stems close on z. Not the feminine -zka, a noun's as often ("Berezka"):
 * the raion, the district, is masculine.
 */
const UKRAINIAN_Z_ADJECTIVE = /(?<=[a-z]z)k(?:i|ii|e|oi|ogo|oho|omu|im|ih)$/;
/**
 * After r, the Ukrainian -зьк- is a г the Russian adjective keeps (Оренбурзький, "Orenburzkyi",
 * and Оренбургский; Виборзький and Выборгский): the stem closes on g as the Russian one does.
 */
const UKRAINIAN_RZ_STEM = /(?<=r)z$/;
const RUSSIAN_ZH_STEM = /(?<=[a-z]z)h$/;

/** `placeKeyOf` of the word whose `spellingKey` is `key`. */
function placeKeyOfSpelling(key: string): string {
  const stem = key.replace(ADJECTIVE_ENDING, '');
  if (stem !== key && stem.length >= 3) return stem.replace(RUSSIAN_ZH_STEM, '');
  const ukrainian = key.replace(UKRAINIAN_Z_ADJECTIVE, '');
  if (ukrainian !== key && ukrainian.length >= 4) return ukrainian.replace(UKRAINIAN_RZ_STEM, 'g');
  // A Ukrainian -ove / -eve is a town's neuter ending (Russian -ovo / -evo), not a French e: kept,
  // so "Kotove" is no surname or town in -ov ("Kotov") and can be the Ukrainian reading of Kotovo.
  return /[oe]ve$/.test(key) ? key : dropFrenchE(key);
}

/** True when the word carries an adjectival ending: "Bokovsky", "Chertkovskoye", "Kharkivska". */
export function isAdjectivalOf(word: string): boolean {
  return ADJECTIVE_ENDING.test(spellingKey(word));
}

/** `placeKeyOf`, `nameKey` and `isAdjectivalOf` of one word. */
export interface WordKeys {
  placeKey: string;
  nameKey: string;
  adjectival: boolean;
}

/**
 * The three keys of a word of the text from one `spellingKey`: each of `placeKeyOf`, `nameKey`
 * and `isAdjectivalOf` transliterates and folds the word anew, which a word met for the first
 * time paid three times.
 */
export function wordKeysOf(word: string): WordKeys {
  const key = spellingKey(word);
  return {
    placeKey: placeKeyOfSpelling(key),
    nameKey: dropFrenchE(key),
    adjectival: ADJECTIVE_ENDING.test(key),
  };
}

/** Jaro-Winkler similarity in [0, 1], prefix bonus over at most four letters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transposed = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[j]) j++;
    if (a[i] !== b[j]) transposed++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transposed / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
