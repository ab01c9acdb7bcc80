import { describe, expect, it } from 'vitest';
import type { Claim } from '../../model.ts';
import { compareClaims } from '../compare.ts';
import { claimsOf, PLACES } from './article.ts';

const texts = (text: string) => claimsOf(text, PLACES).map((c) => c.text);

function only(text: string): Claim {
  const claims = claimsOf(text, PLACES);
  expect(claims).toHaveLength(1);
  const [claim] = claims;
  if (!claim) throw new Error(`no claim in: ${text}`);
  return claim;
}

describe('headlines in the present tense', () => {
  it('reads "hits" as a strike on the buildings it names', () => {
    const claim = only('Missile hits apartment block in Kursk');
    expect(claim.frame).toMatchObject({
      event: 'damage',
      relation: 'struck',
      places: ['place:ru-krs'],
    });
  });

  it('reads "wreckage hits" as where the debris fell, counting the houses', () => {
    const claim = only('Falling wreckage hits three homes on Sadovaya Street');
    expect(claim.frame).toMatchObject({
      event: 'debris',
      relation: 'struck',
      places: ['place:sadovaya-street'],
    });
    expect(claim.frame.counts).toEqual([{ value: 3, qualifier: 'exact', unit: 'building' }]);
  });

  it('reads "under attack" as an attack on the place named', () => {
    const claim = only('Villages of the Kursk region under drone attack before dawn');
    expect(claim.frame).toMatchObject({ event: 'attack', places: ['place:ru-krs'] });
  });
});

describe('debris that strikes buildings', () => {
  const street = 'Pieces of a missile landed on Sadovaya Street in the Rylsky district.';

  it('takes the place of a definite subject from the sentence before', () => {
    const [, struck] = claimsOf(
      `${street} The pieces struck house 9, breaking its windows.`,
      PLACES,
    );
    expect(struck?.text).toBe('The pieces struck house 9, breaking its windows');
    expect(struck?.frame).toMatchObject({
      event: 'debris',
      relation: 'struck',
      identifiers: ['9'],
    });
    expect(struck?.frame.places).toContain('place:sadovaya-street');
  });

  it('sets "struck" against "near" for the same houses, by number or by count', () => {
    const near = claimsOf(`${street} The pieces came down near houses 21 and 23.`, PLACES)[1];
    const struck = claimsOf(`${street} The pieces struck houses 21 and 23.`, PLACES)[1];
    const two = only('Missile debris hits two houses on Sadovaya Street');
    const one = only('Missile debris hits a house on Sadovaya Street');
    if (!near || !struck) throw new Error('claims missing');
    expect(compareClaims(struck, near).relation).toBe('contradicts');
    expect(compareClaims(two, near)).toMatchObject({
      relation: 'contradicts',
      difference: { aspect: 'relation', ours: 'hits two houses on Sadovaya Street' },
    });
    // One house could be another house than 21 or 23: no contradiction can be read from that.
    expect(compareClaims(one, near).relation).not.toBe('contradicts');
  });

  it('does not take debris on a street as evidence of which houses it struck', () => {
    const [onStreet] = claimsOf(street, PLACES);
    const two = only('Missile debris hits two houses on Sadovaya Street');
    if (!onStreet) throw new Error('claim missing');
    expect(compareClaims(two, onStreet).relation).toBe('unrelated');
    expect(compareClaims(onStreet, two).relation).toBe('unrelated');
  });
});

describe('generic and habitual sentences', () => {
  it('leaves out what usually happens and what kind of thing something is', () => {
    const text = [
      'Governors seldom say how many drones were launched at their region.',
      'Debris on a roof is the kind of detail that shifts between one telling and the next.',
      'Falling fragments are the part of the war that people in Kursk see up close.',
      'Whether the missile was shot down or simply crashed matters to the families nearby.',
      'Reports of intercepted drones tend to arrive before anyone has checked the damage.',
    ].join(' ');
    expect(texts(text)).toEqual([]);
  });

  it('leaves out an event that is only asked about', () => {
    expect(texts('Nobody in Kursk could say whether the drone was intercepted.')).toEqual([]);
    expect(texts('It is not known how many drones were destroyed over Belgorod.')).toEqual([]);
  });

  it('still keeps a plain report next to such sentences', () => {
    const text =
      'Officials rarely give figures for the border villages. Two drones were destroyed over the Belgorod region on Friday.';
    expect(texts(text)).toEqual(['Two drones were destroyed over the Belgorod region on Friday']);
  });
});

describe('clauses joined by "and"', () => {
  it('splits ", and" between two statements of fact', () => {
    const claims = claimsOf(
      'Fragments fell beside a school in the Rylsky district, and two people were hurt.',
      PLACES,
    );
    expect(claims.map((c) => [c.text, c.frame.event])).toEqual([
      ['Fragments fell beside a school in the Rylsky district', 'debris'],
      ['two people were hurt', 'casualties'],
    ]);
    expect(claims[1]?.frame.places).toEqual(['place:ru-krs-rylsky']);
  });

  it('keeps ", and" whole when only one side states an event', () => {
    expect(
      texts('Drones were shot down over the Kursk region, and over Lipetsk too.'),
    ).toHaveLength(1);
  });

  it('splits a second reported statement: "reported X and said Y"', () => {
    const claims = claimsOf(
      'In Kursk, the governor reported no injuries and said rescuers had gone to the scene.',
      PLACES,
    );
    expect(claims.map((c) => [c.text, c.frame.event, c.frame.negated])).toEqual([
      ['In Kursk, the governor reported no injuries', 'casualties', true],
      ['said rescuers had gone to the scene', 'response', false],
    ]);
  });
});

describe('attack and interception statements', () => {
  it('reads drones seen over a place as an attack on it', () => {
    const claim = only('Drones were spotted over the Lipetsk region late on Tuesday.');
    expect(claim.frame).toMatchObject({ event: 'attack', places: ['place:ru-lip'] });
  });

  it('reads "brought down" as a shootdown in a relative clause of its own', () => {
    const claims = claimsOf(
      'Drones attacked the Kursk region, where two were brought down over the Rylsky district.',
      PLACES,
    );
    expect(claims.map((c) => c.frame.event)).toEqual(['attack', 'shootdown']);
    expect(claims[1]?.frame.places).toEqual(['place:ru-krs-rylsky']);
    expect(claims[1]?.terms).toContain('shootdown');
  });

  it('reads "came down" as debris falling, not as a shootdown', () => {
    const claim = only('Debris came down in a field near Rylsk.');
    expect(claim.frame.event).toBe('debris');
    expect(claim.terms).toContain('fall');
    expect(claim.terms).toContain('debris');
    expect(claim.terms).not.toContain('shootdown');
  });
});
