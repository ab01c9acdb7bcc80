/**
 * Bodies named by the place they serve, which the gazetteer need not list: a railway company ("the
 * Moscow Railway") and a region's own ministry ("the republic's health ministry"). Each is a body,
 * not the place in or before its name, with an id made of the place so every article's mention
 * of it meets.
 */
import type { Entity } from '../model.ts';
import { regionOf, type Place } from './gazetteer.ts';
import { newEntity } from './shapes.ts';
import {
  addFound,
  idKey,
  isUpperWord,
  latinText,
  longestPhrase,
  lowerAt,
  possessiveAt,
  textAt,
  type Reading,
} from './reading.ts';

/** The word that closes a railway company's name: "the Moscow Railway", "Belarusian Railways". */
const RAILWAY = /^Railways?$/;
/** Capitalised words a railway's name may take before "Railway": "the Far Eastern Railway". */
const MOST_RAILWAY_WORDS = 3;

/**
 * "Trains ran on schedule, the Moscow Railway said", "the Lviv Railway", "the Far Eastern Railway":
 * a railway company named by the town or region it serves is a body, listed or not, and not the
 * place its name opens with. Not "the Kursk Railway Station" or a "Moscow Railway Museum", whose
 * capitalised word after it makes a longer name of another thing.
 */
export function readRailwayName(r: Reading, i: number): number {
  // "The Kuibyshev Railway" at a sentence's start: the article is no part of the name.
  if (lowerAt(r, i) === 'the') return 0;
  let end = i;
  while (end < i + MOST_RAILWAY_WORDS && isUpperWord(r, end) && !RAILWAY.test(textAt(r, end)))
    end += textAt(r, end + 1) === '-' && isUpperWord(r, end + 2) ? 2 : 1;
  if (end === i || !RAILWAY.test(textAt(r, end)) || isUpperWord(r, end + 1)) return 0;
  // A listed one ("the North Caucasus Railway", "Russian Railways") is the gazetteer's.
  if ((longestPhrase(r, i)?.[0] ?? 0) > end) return 0;
  const body = newEntity({
    id: `organization:${idKey(r, i, end)}-railway`,
    type: 'organization',
    name: latinText(r, i, end + 1),
    description: 'railway company',
  });
  addFound(r, body, i, end + 1);
  return end + 1;
}

/**
 * What a ministry of a region is for, written before "ministry": "the republic's health
 * ministry". Defence, foreign affairs and the like are the kinds of a country's bodies
 * (`organizations.json`), resolved apart.
 */
const MINISTRY_SUBJECTS = new Set(
  'health education transport energy culture agriculture finance economy justice labour labor ecology construction tourism sport youth'.split(
    ' ',
  ),
);

/** Words that say whose ministry without naming it: "the republic's", "the region's". */
const REGION_WORDS = new Set(['republic', 'region', 'oblast', 'krai', 'province']);

/**
 * "One worker was injured, the republic's health ministry reported", "Tatarstan's Health Ministry",
 * "the regional health ministry": a ministry a place's possessive or "regional" owns is that
 * region's body (a country's, after a country's name), one id however the article words it.
 * Named bare ("the health ministry") it may be anyone's, and is left unnamed.
 */
export function readOwnedMinistry(r: Reading, i: number): number {
  // "ministry" after it first: a comparison, where the subject's is a lookup, which hashes each
  // lower-case word of the article the first time any table is asked of it.
  if (lowerAt(r, i + 1) !== 'ministry' || !MINISTRY_SUBJECTS.has(lowerAt(r, i))) return 0;
  const [owner, end] = ownerAfter(r, i + 2) ?? [ownerBefore(r, i), i + 2];
  if (!owner) return 0;
  const subject = lowerAt(r, i);
  const body: Entity = newEntity({
    id: `organization:${owner.id.slice('place:'.length)}-${subject}-ministry`,
    type: 'organization',
    name: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} Ministry of ${owner.name}`,
    description: `ministry, ${owner.name}`,
  });
  body.parentId = owner.id;
  addFound(r, body, i, end);
  return end;
}

/** "the Health Ministry of Dagestan": the place named after "of", and one past its name. */
function ownerAfter(r: Reading, at: number): [Place, number] | undefined {
  if (lowerAt(r, at) !== 'of') return undefined;
  let from = lowerAt(r, at + 1) === 'the' ? at + 2 : at + 1;
  // "of the Republic of Tatarstan": the region's own name follows.
  if (lowerAt(r, from) === 'republic' && lowerAt(r, from + 1) === 'of') from += 2;
  const phrase = longestPhrase(r, from);
  const place = phrase?.[1].find((n) => n.target.kind === 'region' || n.target.kind === 'country');
  return phrase && place ? [place.target, phrase[0]] : undefined;
}

/**
 * The place owning a ministry named at token `i`: the place whose name ends in the possessive
 * just before it ("Dagestan's"), or, after "the republic's" or "the regional", the region of the
 * place the article named last.
 */
function ownerBefore(r: Reading, i: number): Place | undefined {
  const possessive = possessiveAt(r, i - 2);
  if (possessive) {
    const named = r.found.find((f) => f.end === i - 2 && f.entity.type === 'place');
    if (named) return r.g.byId.get(named.entity.id) as Place | undefined;
  }
  const owned = possessive ? REGION_WORDS.has(lowerAt(r, i - 3)) : lowerAt(r, i - 1) === 'regional';
  if (!owned) return undefined;
  for (let at = r.found.length - 1; at >= 0; at--) {
    const found = r.found[at];
    if (found?.entity.type !== 'place' || found.first >= i) continue;
    const region = regionOf(found.entity.id);
    if (region) return r.g.byId.get(region) as Place | undefined;
  }
  return undefined;
}
