/**
 * Which of the places a name can mean the text means: "Smolensk" alone is the region, "Smolensk
 * city" and "the city of Smolensk" the city, "Altai Krai" the krai rather than the republic.
 */
import type { Named, Place } from './gazetteer.ts';
import type { AreaWord } from './vocabulary.ts';

const BARE_ORDER: Record<Place['kind'], number> = {
  country: 0,
  area: 1,
  region: 2,
  city: 3,
  district: 4,
  river: 5,
};

export function choosePlace(
  places: Named<Place>[],
  word: AreaWord | undefined,
  adjectival: boolean,
): Place | undefined {
  const all = places.map((n) => n.target);
  if (word === 'city') {
    // "Kyiv City", "Moscow City": a city that is a region of its own, before the region around it.
    const settled =
      all.find((p) => p.kind === 'city') ??
      all.find((p) => p.kind === 'region' && /\bcity\b/.test(p.regionKind ?? '')) ??
      all.find((p) => p.kind === 'region');
    // "the second city of Ukraine": the name after "city of" is then the country, said as such.
    if (settled) return settled;
  }
  if (word === 'region' || word === 'krai' || word === 'republic') {
    const regions = all.filter((p) => p.kind === 'region');
    const kindMatch = word === 'region' ? regions : regions.filter((p) => p.regionKind === word);
    return kindMatch[0] ?? regions[0] ?? all[0];
  }
  const bare = all.filter((p) => !p.needsAreaWord);
  // An adjectival form alone ("Smolenskaya") is said of the region, never of the city.
  const order = (p: Place): number =>
    BARE_ORDER[p.kind] + (adjectival && p.kind === 'city' ? 10 : 0);
  return bare.sort((a, b) => order(a) - order(b))[0];
}
