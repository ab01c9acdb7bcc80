/**
 * Enterprises, power distributors, lakes and rivers the gazetteer lacks, recognised from the
 * words around them, each with one id from its folded name across mentions and scripts.
 */
import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../recognise.ts';

function mentionsOf(text: string): [string, string][] {
  return recogniseEntities(text).mentions.map((m) => [m.surface, m.entityId]);
}

const idsOf = (text: string, surface: string): string[] =>
  mentionsOf(text)
    .filter(([s]) => s === surface)
    .map(([, id]) => id);

describe('an enterprise named from its head noun', () => {
  it('reads the name before "plant", its bare mentions and its Cyrillic spelling as one company', () => {
    const text =
      'Drones hit Kaustik chemical plant in Volgograd\n\nDebris fell on the Kaustik chemical plant overnight. ' +
      'Kaustik, which makes chlorine, said two workers were hurt. Завод «Каустик» остановил работу.';
    const found = mentionsOf(text).filter(([s]) => /Kaustik|Каустик/.test(s));
    expect(found.length).toBe(4);
    expect(new Set(found.map(([, id]) => id))).toEqual(new Set(['organization:kaustik']));
  });

  it('reads a name in apposition after a trade and its head noun', () => {
    expect(idsOf('Drones struck the chemical plant Kaustik in Volgograd.', 'Kaustik')).toEqual([
      'organization:kaustik',
    ]);
  });

  it('keeps a known town before its plant a place', () => {
    expect(idsOf('Drones struck the Kstovo plant overnight.', 'Kstovo')).toEqual([
      'place:ru-kstovo',
    ]);
  });

  it('takes no adjective, verb form, household plant or unplaced word for a company', () => {
    for (const text of [
      'Scytl, a Spanish company, counted the votes.',
      'Swishing plant oils in your mouth is said to help.',
      'The household plant Ficus needs little light.',
      'Nabisco closed their Chicago plant last year.',
    ])
      expect(
        mentionsOf(text).filter(([, id]) => id.startsWith('organization:')),
        text,
      ).toEqual([]);
  });
});

describe('a regional power distributor', () => {
  it('gives its Ukrainian h, Russian g and Cyrillic spellings one id', () => {
    const text =
      'Kyivoblenerho said power was back. Kyivoblenergo crews worked. Київобленерго повідомило.';
    const ids = mentionsOf(text).map(([, id]) => id);
    expect(ids.length).toBe(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^organization:ua-/);
  });

  it("is one company under its region's Russian and Ukrainian stems, in either script", () => {
    const ids = (text: string) => new Set(mentionsOf(text).map(([, id]) => id));
    expect(ids('Odessaoblenergo restored power; Odesaoblenergo crews worked.').size).toBe(1);
    expect(
      ids('Kharkovoblenergo said so. Kharkivoblenergo agreed. Харківобленерго теж.').size,
    ).toBe(1);
    expect(ids('Khmelnytskoblenergo, Хмельницькобленерго and Khmelnitskoblenergo.').size).toBe(1);
    // Two regions' distributors stay two companies.
    expect(ids('Sumyoblenergo and Poltavaoblenergo both cut power.').size).toBe(2);
  });
});

describe('lakes and rivers the gazetteer lacks', () => {
  it('reads "Lake X" as a lake', () => {
    expect(
      mentionsOf('Ostashkov stands on the shore of Lake Seliger, far from the front.'),
    ).toContainEqual(['Lake Seliger', 'place:seliger-lake']);
  });

  it('reads the water a town is said to lie on as a river, of one word or two', () => {
    expect(idsOf('Tambov, a city of some 250,000 people on the Tsna, lies south.', 'Tsna')).toEqual(
      ['place:tsna-river'],
    );
    expect(
      idsOf(
        'Livny, a town of about 45,000 people on the Bystraya Sosna, was hit.',
        'Bystraya Sosna',
      ),
    ).toHaveLength(1);
  });

  it('does not take a longer name’s word, or a place a town is on that is no water, for a lake or river', () => {
    expect(
      mentionsOf('Men were seen at Silver Lake Park on Sunday.').map(([s]) => s),
    ).not.toContain('Lake Park');
    expect(mentionsOf('He lives on the Arbat, a street in Moscow.').map(([s]) => s)).not.toContain(
      'Arbat',
    );
  });

  it('reads a known river before "hydroelectric" as the river', () => {
    expect(
      idsOf('Drones attack Desna hydroelectric plant\n\nNo one was hurt.', 'Desna')[0],
    ).toMatch(/river/);
  });
});
