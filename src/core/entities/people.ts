/**
 * Officials: a known one by surname (with a first name that agrees, in any script or spelling), an
 * unknown one when a role announces the name ("Governor Ivanov", "the mayor, Olga Petrova").
 */
import type { Entity } from '../model.ts';
import type { Official, Place } from './gazetteer.ts';
import { newEntity } from './shapes.ts';
import { jaroWinkler, unknownNameKey } from './fold.ts';
import { latin } from './transliterate.ts';
import {
  addFound,
  apostropheAt,
  firstNameAt,
  idKey,
  isUpperWord,
  latinText,
  longestPhrase,
  lowerAt,
  nameKeyAt,
  sentenceAround,
  type Reading,
  type RoleAt,
  textAt,
  wordAt,
} from './reading.ts';
import { endsLikeRussianSurname, looksLikeSurname } from './vocabulary.ts';

const PATRONYMIC = /(?:ich|ovna|evna|ivna|ichna)$/;

/**
 * A capitalised word that can be part of a person's name. After a first name, a place named like
 * a Russian surname is the surname ("Oleg Nikolaev" is a man, not Mykolaiv).
 */
function isNameWord(r: Reading, i: number, afterFirstName = false): boolean {
  const word = wordAt(r, i);
  return (
    isUpperWord(r, i) &&
    !word.notName &&
    !word.area &&
    !word.street &&
    !word.role &&
    word.country === undefined &&
    // "Губернатор Ростовской области": a place named after the role is the role's place, not a name.
    !wordAt(r, i + 1).area &&
    // A town named like a surname ("Alexander Gusev", "Yuri Gagarin") does not stop a name.
    (!longestPhrase(r, i)?.[1].some((n) => !n.target.needsPlaceContext) ||
      (afterFirstName && russianSurnameShaped(r, i)))
  );
}

/** One word shaped like a Russian surname, whatever place also bears it. */
export function russianSurnameShaped(r: Reading, i: number): boolean {
  return wordAt(r, i).russianEnding && endsLikeRussianSurname(nameKeyAt(r, i));
}

/** Below this a surname spelt differently is taken for another person, even with the same first name. */
const SURNAME_ACCEPT = 0.92;

function knownOfficial(r: Reading, surnameKey: string, firstName?: string): Official | undefined {
  const list = r.g.officialsBySurname.get(surnameKey);
  if (list)
    return firstName ? list.find((o) => !o.firstName || o.firstName === firstName) : list[0];
  if (!firstName) return undefined;
  // "Alexander Khinshtine": a garbled surname is the known official's when the first name agrees.
  let best: Official | undefined;
  let bestScore = SURNAME_ACCEPT;
  for (const o of r.g.officialsByFirstName.get(firstName) ?? []) {
    const score = jaroWinkler(surnameKey, o.surnameKey);
    if (score >= bestScore) [best, bestScore] = [o, score];
  }
  if (best) r.localSurnames.set(surnameKey, best);
  return best;
}

/** Words that make a role a local one: the head of a community, a district, a village, a council. */
const LOCAL_ROLE_WORD =
  /^(?:community|hromada|district|raion|village|settlement|town|city|council|municipal|municipality|rural|local)$/;

/** How far a role bound to a name may lie from it: "Volodymyr Mazur, the head of the … community". */
const BOUND_REACH = 8;

/** Small words a role's own phrase is made of: "the head of the Bilozerka community". */
const ROLE_PHRASE_WORD =
  /^(?:the|of|a|an|s|acting|first|regional|region|oblast|military|civil|administration|state|)$/;

/**
 * Whether token `i` can be part of the phrase of a role told of a name: a role word, a small
 * word of its phrase, a local word, or a capitalised word that is no first name (a place's:
 * "Bilozerka", "Mykolaiv"). "And", "who", a verb or another person's first name end the phrase,
 * so "President Volodymyr Zelensky and Mykolaiv governor Vitaliy Kim" binds only "governor".
 */
function inRolePhrase(r: Reading, i: number): boolean {
  const t = r.tokens[i];
  if (!t) return false;
  if (!t.word) return apostropheAt(r, i);
  const word = wordAt(r, i);
  if (word.role) return true;
  const lower = lowerAt(r, i);
  if (ROLE_PHRASE_WORD.test(lower) || LOCAL_ROLE_WORD.test(lower)) return true;
  return isUpperWord(r, i) && firstNameAt(r, i) === undefined;
}

/**
 * The roles told of the name at tokens [first, end) itself, with the words of their phrase: right
 * before it ("district head X", "the head of the Bilozerka community, X") or in an appositive
 * after it ("X, the head of the local community"). A role elsewhere in the sentence may be
 * another person's and is not returned.
 */
function boundRoles(
  r: Reading,
  first: number,
  end: number,
): { roles: string[]; words: string[] } | undefined {
  const phrase = (from: number, to: number) => {
    const roles: string[] = [];
    const words: string[] = [];
    for (let i = from; i < to; i++) {
      if (!r.tokens[i]?.word) continue;
      const role = wordAt(r, i).role;
      if (role) roles.push(role);
      words.push(lowerAt(r, i));
    }
    return roles.length ? { roles, words } : undefined;
  };
  // Before: "city council secretary X", or "the head of the Bilozerka community, X".
  const before = textAt(r, first - 1) === ',' ? first - 1 : first;
  let from = before;
  while (from > before - BOUND_REACH && inRolePhrase(r, from - 1)) from--;
  const told = phrase(from, before);
  if (told) return told;
  // After: "X, the head of the local community, said".
  if (textAt(r, end) !== ',') return undefined;
  let to = end + 1;
  while (to < end + 1 + BOUND_REACH && inRolePhrase(r, to)) to++;
  return phrase(end + 1, to);
}

/**
 * Whether the role told of a name rules out the regional head the gazetteer knows by it: a
 * namesake of a governor ("Volodymyr Mazur, the head of the Bilozerka community", "city council
 * secretary Oleksandr Sokolov", "district head Yevgeny Solntsev") is someone else, an unknown
 * official. A governor or head fits unless the role is a local one his title does not name; any
 * other role (secretary, deputy, mayor of a city he does not head) does not fit.
 */
export function roleRulesOut(r: Reading, official: Official, first: number, end: number): boolean {
  const title = (official.description ?? '').split(',')[0]!.toLowerCase();
  if (!/^(?:acting |russian-installed )?(?:governor|head) of\b/.test(title)) return false;
  const bound = boundRoles(r, first, end);
  if (!bound) return false;
  const own = new Set(title.split(/\s+/));
  // "Deputy governor X", "city council secretary X": any role beside a governor's rules him out.
  const fits = (role: string): boolean =>
    ['Governor', 'Head', 'Chief', 'Official'].includes(role) ||
    (role === 'Mayor' && own.has('city'));
  if (!bound.roles.every(fits)) return true;
  if (!bound.roles.some((role) => role === 'Head' || role === 'Chief')) return false;
  // "The city's head" of Sevastopol, a federal city, is its governor.
  const parent = r.g.byId.get(official.parentId ?? '') as Place | undefined;
  const ofCity = parent?.kind === 'city' || (!!parent && parent.capital === parent.id);
  return bound.words.some(
    (w) => LOCAL_ROLE_WORD.test(w) && !own.has(w) && !(ofCity && /^(?:city|town)$/.test(w)),
  );
}

/** The known official named at tokens [first, end), unless the role told of the name rules him out. */
function knownOfficialAt(
  r: Reading,
  first: number,
  end: number,
  surnameKey: string,
  firstName?: string,
): Official | undefined {
  const known = knownOfficial(r, surnameKey, firstName);
  return known && !roleRulesOut(r, known, first, end) ? known : undefined;
}

/** A role told as a verb in a relative clause: "X, who heads the local community". */
const HEADS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired']);

/**
 * The role the token at `i` names: a role word, "heads" right after "who", or "headed by" before
 * the name ("the regional administration headed by X").
 */
function roleAt(r: Reading, i: number): string | undefined {
  const role = wordAt(r, i).role;
  if (role) return role;
  if (!HEADS.has(textAt(r, i))) return undefined;
  if (lowerAt(r, i - 1) === 'who') return 'Head';
  // "Forces led by X" name a commander, not an official; nor does "a gang (commission, delegation)
  // headed by X" make X one: only a body that governs does.
  return /^(?:headed|chaired)$/.test(textAt(r, i)) &&
    lowerAt(r, i + 1) === 'by' &&
    GOVERNING_BODY.test(lowerAt(r, i - 1))
    ? 'Head'
    : undefined;
}

/** A body whose head is an official: "the regional administration headed by X". */
const GOVERNING_BODY =
  /^(?:administration|authority|authorities|government|council|municipality|ministry|office|community|hromada)$/;

/** The role word nearest to tokens [first, end) in the same sentence. */
function roleNear(r: Reading, first: number, end: number): RoleAt | undefined {
  const [from, to] = sentenceAround(r, first);
  let best: RoleAt | undefined;
  for (let i = Math.max(from, first - 10); i < Math.min(to, end + 8); i++) {
    if (i >= first && i < end) continue;
    const role = roleAt(r, i);
    if (role && (!best || Math.abs(i - first) < Math.abs(best.index - first)))
      best = { role, index: i, nameEnd: end };
  }
  return best;
}

function unknownOfficial(
  r: Reading,
  first: number,
  surname: number,
  end: number,
  role: RoleAt,
): Entity {
  const key = nameKeyAt(r, surname);
  const id = `official:${unknownNameKey(idKey(r, surname, surname + 1, nameKeyAt))}`;
  const name = latinText(r, first, end);
  let entity = r.localSurnames.get(key);
  if (!entity) {
    entity = newEntity({ id, type: 'official', name, description: role.role });
    r.localSurnames.set(key, entity);
    r.roles.set(id, role);
  } else if (name.split(' ').length > entity.name.split(' ').length) {
    entity.name = name;
  }
  return entity;
}

/**
 * Russian names a speaker in the genitive after a role or "по словам": "губернатора Игоря Руденя",
 * "Вячеслава Гладкова". A Cyrillic first name that is one of the gazetteer's once its genitive
 * ending is dropped makes the two words a name in the genitive; the reading then keeps the
 * nominative keys for both tokens, so the surname finds the official as written anywhere else.
 */
function genitiveName(r: Reading, i: number): string | undefined {
  if (!wordAt(r, i).cyrillic || !isNameWord(r, i + 1)) return undefined;
  const key = nameKeyAt(r, i);
  // Игоря, Ивана, Вячеслава lose -(и)а; Сергея, Андрея, Дмитрия, Василия end in -й, folded to -i.
  for (const nominative of [key.replace(/i?a$/, ''), key.replace(/ia$/, 'i')]) {
    const firstName = nominative !== key ? r.g.firstNames.get(nominative) : undefined;
    if (!firstName) continue;
    r.nameKeys[i] = nominative;
    const surname = nameKeyAt(r, i + 1);
    // Гладкова, Хинштейна: -a after a consonant; Зеленского: -ogo for the adjectival -ii.
    r.nameKeys[i + 1] = surname.replace(/ogo$/, 'i').replace(/([^aeiou])a$/, '$1');
    r.spelled.set(i, firstName.charAt(0).toUpperCase() + firstName.slice(1));
    r.spelled.set(
      i + 1,
      latin(textAt(r, i + 1))
        .replace(/ogo$/, 'y')
        .replace(/([^aeiouy])a$/, '$1'),
    );
    return firstName;
  }
  return undefined;
}

/** "Vasily Anokhine", "Василий Анохин", "Vyacheslav Vladimirovich Gladkov": a first name and a surname. */
export function readPerson(r: Reading, i: number): number {
  const firstName = firstNameAt(r, i) ?? genitiveName(r, i);
  if (!firstName || !isNameWord(r, i + 1, true)) return 0;
  let surname = i + 1;
  if (PATRONYMIC.test(nameKeyAt(r, surname)) && isNameWord(r, surname + 1)) surname++;
  const end = surname + 1;
  if (wordAt(r, end).street) {
    r.names.push({ first: i, end: end + 1, nameEnd: end, kind: 'street' });
    return end + 1;
  }
  const known = knownOfficialAt(r, i, end, nameKeyAt(r, surname), firstName);
  if (known) {
    addFound(r, known, i, end);
    return end;
  }
  // Named earlier in this article with a role: the same person, whatever the script.
  const local = r.localSurnames.get(nameKeyAt(r, surname));
  if (local) {
    addFound(r, local, i, end);
    return end;
  }
  const role = roleNear(r, i, end);
  if (role) addFound(r, unknownOfficial(r, i, surname, end, role), i, end);
  // Without a role the name is a person but not an official; its words are still not places.
  return end;
}

/** "Governor Gladkov", "губернатор Иванов", "Mayor Ivan Petrov": a role, then the name it announces. */
export function readRoleName(r: Reading, i: number): number {
  const role = wordAt(r, i).role;
  if (!role) return 0;
  let j = i + 1;
  if (r.tokens[j]?.text === ',') j++;
  // A first name after the role is read as a person when the loop reaches it.
  if (!isNameWord(r, j) || firstNameAt(r, j) !== undefined || genitiveName(r, j)) return i + 1;
  // "Глава Южного военного округа": the body the role heads, not a surname.
  if (longestPhrase(r, j)?.[2].length) return i + 1;
  const two = isNameWord(r, j + 1) && looksLikeSurname(nameKeyAt(r, j + 1), textAt(r, j + 1));
  const surname = two ? j + 1 : j;
  if (!two && !looksLikeSurname(nameKeyAt(r, j), textAt(r, j))) return i + 1;
  const known = knownOfficialAt(r, j, surname + 1, nameKeyAt(r, surname));
  const entity =
    known ?? unknownOfficial(r, j, surname, surname + 1, { role, index: i, nameEnd: surname + 1 });
  addFound(r, entity, j, surname + 1);
  return surname + 1;
}

/** How far past the comma the role of an appositive may come: ", the region's acting governor". */
const APPOSITIVE_REACH = 5;

/**
 * "Yuriy Malashko, the regional governor, said": a name whose first name the gazetteer does not
 * list is an official's when a role follows it in an appositive. Two name words are needed, the
 * second shaped like a surname, so a sentence's opening words are not taken for a name.
 */
export function readAppositiveName(r: Reading, i: number): number {
  if (!isNameWord(r, i) || !isNameWord(r, i + 1) || textAt(r, i + 2) !== ',') return 0;
  if (!looksLikeSurname(nameKeyAt(r, i + 1), textAt(r, i + 1))) return 0;
  for (let at = i + 3; at < i + 3 + APPOSITIVE_REACH; at++) {
    const t = r.tokens[at];
    if (!t || (!t.word && t.text !== "'" && t.text !== '’')) break;
    const role = roleAt(r, at);
    if (!role) continue;
    const known = knownOfficialAt(r, i, i + 2, nameKeyAt(r, i + 1));
    addFound(
      r,
      known ?? unknownOfficial(r, i, i + 1, i + 2, { role, index: at, nameEnd: i + 2 }),
      i,
      i + 2,
    );
    return i + 2;
  }
  return 0;
}
