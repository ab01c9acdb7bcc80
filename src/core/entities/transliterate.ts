/**
 * Cyrillic to Latin, the way English-language news spells Russian and Ukrainian names, so a name
 * written in either script lands on the same key.
 *
 * Russian follows the BGN/PCGN simplification that Wikipedia uses ("Василий" -> "Vasily",
 * "Чертковский" -> "Chertkovsky"); Ukrainian follows the national scheme of 2010 ("Харків" ->
 * "Kharkiv", "Запоріжжя" -> "Zaporizhzhia"). A word is read as Ukrainian when it has a letter
 * Russian lacks (і ї є ґ), or when the caller says so.
 */

export type Script = 'ru' | 'uk';

const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ъ: '',
};

const RUSSIAN: Record<string, string> = {
  ...COMMON,
  г: 'g',
  е: 'e',
  ё: 'yo',
  и: 'i',
  й: 'y',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const UKRAINIAN: Record<string, string> = {
  ...COMMON,
  г: 'h',
  ґ: 'g',
  е: 'e',
  є: 'ie',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  ю: 'iu',
  я: 'ia',
  // Russian letters that turn up in Ukrainian-tagged text are read the Russian way.
  ё: 'yo',
  ы: 'y',
  э: 'e',
};

/** Ukrainian letters that are spelt differently at the start of a word. */
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const VOWELS = new Set('аеёиоуыэюяіїє');
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const CYRILLIC = /[\u0400-\u04ff]/;
/**
 * Letters Russian lacks, an apostrophe inside a word (Russian writes ъ) and the adjectival -ський,
 * -цький (Russian -ский, -цкий): "Купʼянський" and "Сумський" are Ukrainian without і, ї, є or ґ.
 */
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]|[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]|[сц]ьк/;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** True when the Cyrillic text shows a sign of Ukrainian rather than Russian spelling. */
export function isUkrainian(text: string): boolean {
  return UKRAINIAN_ONLY.test(text);
}

function scriptOf(word: string): Script {
  return isUkrainian(word) ? 'uk' : 'ru';
}

/** The text in Latin script: transliterated when it has Cyrillic letters, else as it is. */
export function latin(text: string): string {
  return hasCyrillic(text) ? transliterate(text) : text;
}

/** The lower case of the character at `i` ('' beyond either end). */
function lowerAt(text: string, i: number): string {
  return (text[i] ?? '').toLowerCase();
}

const LETTER_OR_APOSTROPHE = /[\p{L}'’ʼ]/u;
const LETTER = /\p{L}/u;

/**
 * Transliterates every Cyrillic letter of `text`; other characters pass through. A letter's
 * neighbours are read only for the few letters whose reading depends on them: the gazetteer's
 * build transliterates some 60,000 names in a worker's cold start.
 */
export function transliterate(text: string, script: Script = scriptOf(text)): string {
  const table = script === 'uk' ? UKRAINIAN : RUSSIAN;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const lower = ch.toLowerCase();
    if (APOSTROPHES.has(ch) && CYRILLIC.test(text[i - 1] ?? '') && CYRILLIC.test(text[i + 1] ?? ''))
      continue;
    let latin = table[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (script === 'uk') {
      const initial = UKRAINIAN_INITIAL[lower];
      if (initial && !LETTER_OR_APOSTROPHE.test(lowerAt(text, i - 1))) latin = initial;
      // "зг" is written "zgh" so it is not read as "zh" (Zghurivka, not Zhurivka).
      if (lower === 'г' && lowerAt(text, i - 1) === 'з') latin = 'gh';
    } else if (lower === 'е') {
      const prev = lowerAt(text, i - 1);
      if (!LETTER_OR_APOSTROPHE.test(prev) || VOWELS.has(prev) || prev === 'ь' || prev === 'ъ')
        latin = 'ye';
    } else if (lower === 'ё') {
      // '' is in every string, so a word-initial ё (rare in names) is read "o" as well.
      if ('жчшщ'.includes(lowerAt(text, i - 1))) latin = 'o';
    } else if (
      // The adjective endings -ий and -ый are written -y: "Vasily", "Chertkovsky".
      (lower === 'и' || lower === 'ы') &&
      lowerAt(text, i + 1) === 'й' &&
      !LETTER.test(text[i + 2] ?? '')
    ) {
      latin = 'y';
      i++;
    }
    if (ch !== lower && latin)
      latin =
        latin.length > 1 && text[i + 1] && text[i + 1] !== text[i + 1]?.toLowerCase()
          ? latin.toUpperCase()
          : (latin[0] as string).toUpperCase() + latin.slice(1);
    out += latin;
  }
  return out;
}

/**
 * A Russian adjective's ending as Ukrainian writes it: "Великие Луки" is "Великі Луки" (Velyki
 * Luky), "Белая" "Бела", "Красный" "Красний", so a Russian town's Ukrainian reading has its
 * adjective too. A plural -ие only before its noun: a one-word name in -ие is a noun ("Поречье").
 */
export function ukrainianEndings(phrase: string): string {
  return phrase
    .replace(/[иы]е(?=\s)/g, 'і')
    .replace(/ая(?=\s|$)/g, 'а')
    .replace(/ое(?=\s|$)/g, 'е')
    .replace(/ый(?=\s|$)/g, 'ий');
}
