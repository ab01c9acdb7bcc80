/**
 * Districts the gazetteer lacks, met through the town they are named after: the "Shalinsky
 * district" and Shali. The judge takes the two for one ground (`compare.ts`), and the claims'
 * keys file a claim about such a district under its town too (`detect.ts`).
 */
import { districtIdKey } from './context.ts';
import { gazetteer, type Gazetteer, type Place } from './gazetteer.ts';

const UNKNOWN_DISTRICT = /-district$/;

/**
 * A district the gazetteer lacks, named after a town of its region (the "Shalinsky district"
 * and Shali): its id holds its name folded as `districtIdKey` folds it, which the
 * town's name, folded alike, begins with. A region's capital is left out, as in `districtCentredOn`.
 */
export function centredOnUnknown(town: string, district: string): boolean {
  if (!UNKNOWN_DISTRICT.test(district)) return false;
  const g = gazetteer();
  const place = g.byId.get(town) as Place | undefined;
  if (place?.kind !== 'city' || !place.parentId || g.capitals.has(town)) return false;
  if (g.byId.has(district) || !district.startsWith(`${place.parentId}-`)) return false;
  const key = district.slice(place.parentId.length + 1, -'-district'.length);
  if (key.length < 4) return false;
  if (districtIdKey(place.stemKey).startsWith(key)) return true;
  // A town in -ts makes its adjective in -tsky ("Kozelets", the "Kozeletsky district"), whose
  // -sk folds away with the town's s: the town's key is met as its adjective's.
  if (place.stemKey.endsWith('ts') && districtIdKey(`${place.stemKey}k`).startsWith(key))
    return true;
  // A town in -ga or -ha makes its adjective in -zhsky or -zkyi ("Yelabuga", the "Yelabuzhsky
  // district", the "Yelabuzkyi raion"), whose stem folds to a closing z (`placeKeyOf`).
  const softened = place.stemKey.replace(/[gh][aeiou]$/, 'z');
  return softened !== place.stemKey && districtIdKey(softened).startsWith(key);
}

const centres = new Map<string, string | undefined>();

/** Per gazetteer: the ids of its towns by the id of the place each lies in, made on first use. */
const townsByParent = new WeakMap<Gazetteer, Map<string, string[]>>();

function townsIn(g: Gazetteer, parentId: string): readonly string[] {
  let towns = townsByParent.get(g);
  if (!towns) {
    towns = new Map();
    for (const [id, place] of g.byId) {
      if (place.type !== 'place' || (place as Place).kind !== 'city' || !place.parentId) continue;
      const list = towns.get(place.parentId);
      if (list) list.push(id);
      else towns.set(place.parentId, [id]);
    }
    townsByParent.set(g, towns);
  }
  return towns.get(parentId) ?? [];
}

/**
 * The one town of its region that a district the gazetteer lacks is named after
 * (`centredOnUnknown`), if one is: a claim about the district is filed under the town too, as a
 * claim about a town is filed under the known district named after it, so the two meet when
 * looked up. Remembered by id: the gazetteer never changes.
 */
export function unknownDistrictCentre(district: string): string | undefined {
  if (!UNKNOWN_DISTRICT.test(district)) return undefined;
  if (centres.has(district)) return centres.get(district);
  const g = gazetteer();
  let centre: string | undefined;
  let found = 0;
  // The towns of each place whose id and a hyphen begin the district's: the region it lies in.
  if (!g.byId.has(district))
    for (
      let end = district.indexOf('-');
      end > 0 && found < 2;
      end = district.indexOf('-', end + 1)
    )
      for (const id of townsIn(g, district.slice(0, end))) {
        if (!centredOnUnknown(id, district)) continue;
        // Two towns the name may come from: neither is surely the district's.
        centre = ++found === 1 ? id : undefined;
        if (found === 2) break;
      }
  centres.set(district, centre);
  return centre;
}
