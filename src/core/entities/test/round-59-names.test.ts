/**
 * Names that round 59 of the development set showed missed or split, told here about other
 * places and people: a village named only by its hromada, an airport by its own name, a terminal
 * or a refinery by its own name or acronym, a surname whose ж one outlet writes "dzh", a Ukrainian
 * district adjective in -зький, an area standing beside a town, a port named after "port", and a
 * bare "Navy" whose spokesman tells whose navy it is.
 */
import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../recognise.ts';
import { gazetteer } from '../gazetteer.ts';

/** Every mention as [surface, entity id], in text order. */
function idsOf(text: string): Array<[string, string]> {
  return recogniseEntities(text).mentions.map((m) => [m.surface, m.entityId]);
}

function idOf(text: string, surface: string): string | undefined {
  return idsOf(text).find(([s]) => s === surface)?.[1];
}

describe('a village named by its hromada', () => {
  const text =
    'Russian troops shelled the Synelnykivskyi raion of the Dnipropetrovsk oblast. Mezhova and the ' +
    'Dubovyky hromadas came under fire. In Dubovyky, a drone hit a car.';

  it('is a settlement of the region, and so is its bare name later', () => {
    const ids = idsOf(text).filter(([surface]) => surface === 'Dubovyky');
    expect(ids).toHaveLength(2);
    expect(new Set(ids.map(([, id]) => id))).toEqual(
      new Set(['place:ua-dnipropetrovsk-oblast-duboviki']),
    );
  });

  it('gets the id the Russian spelling placed in its district gets', () => {
    const russian = 'In Duboviki, in the Sinelnikovsky district, a drone hit a car.';
    expect(idOf(russian, 'Duboviki')).toBe(idOf(text, 'Dubovyky'));
  });
});

describe('an airport known by its own name', () => {
  it('is a place, at a sentence’s start too', () => {
    expect(idOf('Flights at the Saburovo airport resumed.', 'Saburovo airport')).toBe(
      'place:saburovo-airfield',
    );
    expect(idOf('Saburovo airport was closed for two hours.', 'Saburovo airport')).toBe(
      'place:saburovo-airfield',
    );
  });

  it('takes no capitalised common word at a sentence’s start for one', () => {
    expect(idsOf('Regional airport staff said flights resumed.')).toEqual([]);
  });
});

describe('a terminal or a refinery named by its own name', () => {
  it('finds the terminal before "oil terminal" as a company', () => {
    expect(idOf('Drones struck the Volna oil terminal near Taman.', 'Volna')).toBe(
      'organization:volna',
    );
  });

  it('finds an acronym before "refinery", but no acronym of a kind of thing', () => {
    expect(idOf('Drones attacked the NORSI refinery in Kstovo.', 'NORSI')).toBe(
      'organization:norsi',
    );
    const kinds = idsOf('Debris fell near the UAV plant, and the LNG terminal burned.');
    expect(kinds.some(([, id]) => id.startsWith('organization:'))).toBe(false);
  });

  it('knows the Sheskharis terminal and TANECO, standing in their towns', () => {
    const found = recogniseEntities(
      'Loading at Sheskharis resumed. Атака на Шесхарис. The TANECO refinery was hit.',
    );
    expect(found.mentions.map((m) => m.entityId)).toEqual([
      'organization:ru-sheskharis',
      'organization:ru-sheskharis',
      'organization:ru-taneco',
    ]);
    expect(gazetteer().byId.get('organization:ru-taneco')?.parentId).toBe('place:ru-nizhnekamsk');
  });
});

describe('a surname whose ж one outlet writes "dzh"', () => {
  it('gives the unknown official one id as Bazhan, Badzhan and Бажан', () => {
    const ids = [
      idOf('Petro Bazhan, the head of the district, said two were hurt.', 'Petro Bazhan'),
      idOf('Pyotr Badzhan, the head of the district, said two were hurt.', 'Pyotr Badzhan'),
      idOf('Петро Бажан, голова району, повідомив про двох поранених.', 'Петро Бажан'),
    ];
    expect(ids[0]).toMatch(/^official:/);
    expect(new Set(ids).size).toBe(1);
  });
});

describe('a Ukrainian district adjective in -зький', () => {
  it('is the Russian one in -жский: one district however written', () => {
    const ukrainian = idOf(
      'In the Ostrohozkyi raion of the Voronezh oblast, debris fell.',
      'Ostrohozkyi raion',
    );
    const russian = idOf(
      'The Ostrogozhsky district of the Voronezh region was attacked.',
      'Ostrogozhsky district',
    );
    expect(ukrainian).toBe(russian);
  });

  it('does so for a district the gazetteer lacks, by its folded name', () => {
    const ukrainian = idOf(
      'Drones attacked the Volzkyi raion of the Samara oblast.',
      'Volzkyi raion',
    );
    const russian = idOf(
      'Drones attacked the Volzhsky district of the Samara region.',
      'Volzhsky district',
    );
    expect(ukrainian).toMatch(/^place:ru-samara-oblast-/);
    expect(ukrainian).toBe(russian);
  });
});

describe('an area beside a town', () => {
  it('is the Alabuga zone, apart from Yelabuga, whose ground it is', () => {
    const found = idsOf(
      'Drones attacked the Alabuga special economic zone near Yelabuga. Алабуга builds drones.',
    );
    expect(found).toEqual([
      ['Alabuga special economic zone', 'place:alabuga-sez'],
      ['Yelabuga', 'place:ru-yelabuga'],
      ['Алабуга', 'place:alabuga-sez'],
    ]);
    expect(gazetteer().byId.get('place:alabuga-sez')?.parentId).toBe('place:ru-yelabuga');
  });
});

describe('a port named after "port"', () => {
  it('is the port the gazetteer knows, while its last word alone stays the region', () => {
    expect(idsOf('The ferry waited off port Krym. Krym is quiet, Port Kavkaz said.')).toEqual([
      ['port Krym', 'place:port-krym'],
      ['Krym', 'place:ua-crimea'],
      ['Port Kavkaz', 'place:port-kavkaz'],
    ]);
    expect(gazetteer().byId.get('place:port-krym')?.parentId).toBe('place:ua-kerch');
  });
});

describe('a bare body whose spokesman is named', () => {
  it('is the spokesman’s country’s, wherever the article’s places lie', () => {
    const text =
      'Air Force confirms strike on Bryansk\n\nUkrainian drones struck Bryansk overnight, Air Force ' +
      'spokesman Yurii Ihnat said. Governor Alexander Bogomaz said two were hurt.';
    const bodies = idsOf(text).filter(([surface]) => surface === 'Air Force');
    expect(bodies.map(([, id]) => id)).toEqual([
      'organization:ua-air-force',
      'organization:ua-air-force',
    ]);
  });
});
