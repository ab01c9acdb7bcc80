/**
 * A Russian district is named after its centre: Глушковский район after Глушково, Рыльский after
 * Рыльск, Суджанский after Суджа. English news uses either form ("the Glushkovo district", "the
 * Glushkovsky district"), so the gazetteer derives the centre's possible names from the adjective
 * instead of listing each variant; Ukrainian raions (Купʼянський район, "Kupiansk district") the same. The derived forms are only candidates: a district is matched by
 * them only where the text calls the name a district, and only after the adjectival keys failed.
 */

/** The adjectival suffix, and what the centre's name may end with in its place. */
const SUFFIXES: Array<[RegExp, string[]]> = [
  // Ukrainian raions: Донецький from Донецьк, Купʼянський from Купʼянськ, Ізюмський from Ізюм,
  // Чугуївський from Чугуїв, Шосткинський from Шостка, Охтирський from Охтирка.
  [/цьк(?:ий|а|е)$/, ['цьк', 'ць']],
  [/ськ(?:ий|а|е)$/, ['', 'ськ', 'о', 'е', 'а', 'и', 'ка', 'ь']],
  // Усть-Донецкий from Усть-Донецк, Кременецкий from Кременец.
  [/цк(?:ий|ой)$/, ['цк', 'ц']],
  // Глушковский: Глушков, Глушково, Глушковка; Рыльский: Рыльск; Обоянский: Обоянь; Щигровский: Щигры.
  [/ск(?:ий|ой)$/, ['', 'о', 'а', 'е', 'ы', 'и', 'ь', 'ск', 'ка', 'ки']],
];

/** Names the centre of a district can have, from the district's Russian adjective. */
export function centreNames(adjective: string): string[] {
  const lower = adjective.toLowerCase();
  for (const [suffix, endings] of SUFFIXES) {
    const match = suffix.exec(lower);
    if (!match) continue;
    const stem = adjective.slice(0, match.index);
    const names = endings.map((ending) => stem + ending);
    // Суджанский from Суджа, Ивнянский from Ивня: the -н- belongs to the suffix, not the name;
    // Россошанский from Россошь: so does the -ан-, after a soft sign's place.
    if (/[ая]н$/.test(stem)) names.push(stem.slice(0, -1), `${stem.slice(0, -2)}ь`);
    // Шосткинський from Шостка, Охтирський from Охтирка, Лискинский from Лиски: -ин- and -к-
    // fall before the suffix.
    if (/ин$/.test(stem))
      names.push(`${stem.slice(0, -2)}а`, `${stem.slice(0, -2)}ка`, `${stem.slice(0, -2)}и`);
    // Клинцовский from Клинцы, Щигровский from Щигры: a plural name takes -ов- before the suffix.
    if (/[^аеиоуыэюяё][оеё]в$/.test(stem))
      names.push(`${stem.slice(0, -2)}ы`, `${stem.slice(0, -2)}и`);
    return names;
  }
  return [];
}
