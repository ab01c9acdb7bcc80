import { describe, expect, it } from 'vitest';
import { countsOf } from '../details.ts';
import { claimsOf, PLACES, type Named } from './article.ts';

const NAMES: Named[] = [
  ...PLACES,
  {
    surface: 'Zhuravli',
    id: 'place:ru-krs-zhuravli',
    parentId: 'place:ru-krs',
    description: 'settlement, Kursk Oblast',
  },
];

describe('the place a definite noun phrase points back at', () => {
  it('reads "over the region" as the region the article is about, not the village named last', () => {
    const claims = claimsOf(
      'Drones attacked the Rylsky district of the Kursk region. A shell fell near a house in Zhuravli. ' +
        'Air defence shot down four drones over the region.',
      NAMES,
    );
    expect(claims.at(-1)?.frame.places).toEqual(['place:ru-krs']);
  });

  it('places an unknown village in the district the passage just named', () => {
    const claims = claimsOf(
      'Drones attacked the Rylsky district overnight. Two people were injured in Zhuravli.',
      NAMES,
    );
    const injured = claims.at(-1);
    expect(injured?.frame.places).toEqual(['place:ru-krs-zhuravli']);
    expect(injured?.keys).toContain('casualties|place:ru-krs-rylsky');
  });

  it('takes "the city" for the town a passage locates, not the landmark it is found by', () => {
    const names: Named[] = [
      ...NAMES,
      {
        surface: 'Sudzha',
        id: 'place:ru-krs-sudzha',
        parentId: 'place:ru-krs',
        description: 'city, Kursk Oblast',
      },
      {
        surface: 'Kursk city',
        id: 'place:ru-kursk',
        parentId: 'place:ru-krs',
        description: 'city, Kursk Oblast',
      },
    ];
    const claims = claimsOf(
      'A drone hit a school in Sudzha. Sudzha, a town west of Kursk city, lies near the border. ' +
        'The mayor said that the city’s water supply was working normally.',
      names,
    );
    expect(claims.at(-1)?.frame.places).toEqual(['place:ru-krs-sudzha']);
  });

  it('takes "the city" for the listed town named before a village GeoNames alone knows', () => {
    const names: Named[] = [
      {
        surface: 'Valuyki',
        id: 'place:ru-valuyki',
        parentId: 'place:ru-belgorod-oblast',
        description: 'city, Belgorod Oblast',
      },
      {
        surface: 'Urazovo',
        id: 'place:ru-belgorod-oblast-urazovo',
        parentId: 'place:ru-belgorod-oblast',
        description: 'city, Belgorod Oblast',
      },
    ];
    const claims = claimsOf(
      'Drones attacked Valuyki overnight. A drone fell in a field near Urazovo. ' +
        'Schools in the city switched to distance learning, the mayor said.',
      names,
    );
    expect(claims.at(-1)?.frame.places).toEqual(['place:ru-valuyki']);
  });

  it("places a fire at a national body's site where the story is, not in the whole country", () => {
    const names: Named[] = [
      ...PLACES,
      {
        surface: 'National Guard',
        id: 'organization:ru-rosgvardia',
        type: 'organization',
        parentId: 'place:ru',
        description: 'national body',
      },
    ];
    const claims = claimsOf(
      'Drones attacked an oil depot in the Lipetsk region overnight into Friday. ' +
        'Residents of nearby Bryansk heard the explosions. The depot was hit. ' +
        'Residents filmed the drones. Videos spread on social media. Officials gave no details. ' +
        'Later, the governor admitted that a fire had broken out at a National Guard facility.',
      names,
    );
    expect(claims.at(-1)?.frame.places).toEqual(['place:ru-lip']);
  });

  it('leaves an unknown village in its region when no district of that region is named', () => {
    const claims = claimsOf('Two people were injured in Zhuravli.', NAMES);
    expect(claims[0]?.keys).not.toContain('casualties|place:ru-krs-rylsky');
    expect(claims[0]?.keys).toContain('casualties|place:ru-krs');
  });
});

describe('counts of the harmed', () => {
  it('counts the injured when the harm comes before the number', () => {
    expect(countsOf('a drone hit a car, injuring at least two people', [])).toContainEqual({
      value: 2,
      qualifier: 'at-least',
      unit: 'person injured',
    });
  });

  it('counts people, not the missile, in "seven injured after missile strike"', () => {
    expect(countsOf('seven injured after missile strike', [])).toEqual([
      { value: 7, qualifier: 'exact', unit: 'person injured' },
    ]);
  });
});
