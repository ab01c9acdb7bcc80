/**
 * Names war news of late 2026 used that the gazetteer lacked: border villages in two spellings,
 * a utility and a charity whose names contain or resemble place names, a volunteer corps by its
 * acronym, the Emirates as mediators, Russia's ombudsman. Each keeps one id across spellings.
 */
import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../recognise.ts';

function idsOf(text: string, surface: string): string[] {
  return recogniseEntities(text)
    .mentions.filter((m) => m.surface === surface)
    .map((m) => m.entityId);
}

function idOf(text: string, surface: string): string | undefined {
  return idsOf(text, surface)[0];
}

describe('villages named in Russian and Ukrainian spellings', () => {
  it.each([
    ['Podlipnoye', 'Pidlypne'],
    ['Yasnogorka', 'Yasnohirka'],
    ['Belenkoye', 'Bilenke'],
    ['Olgovka', 'Olhivka'],
    ['Lobkovka', 'Lobkivka'],
  ])('%s and %s are one village', (russian, ukrainian) => {
    const a = idOf(`Shelling damaged a school in ${russian} overnight.`, russian);
    const b = idOf(`A shop in ${ukrainian} was hit by a drone.`, ukrainian);
    expect(a).toMatch(/^place:/);
    expect(a).toBe(b);
  });
});

describe('bodies the gazetteer lists by name', () => {
  it('reads a charity as the charity, not a village its name resembles', () => {
    const ids = recogniseEntities(
      'Volunteers of Proliska brought food to Kupiansk on Friday.',
    ).entities.map((e) => e.id);
    expect(ids).toContain('organization:ua-proliska');
    expect(ids.filter((id) => id.includes('prolisk'))).toEqual(['organization:ua-proliska']);
  });

  it('keeps a utility named after a region whole, without the region as a place', () => {
    const text = 'Tankers of Voda Donbassa reached Druzhkivka. Voda Donbasu blamed the heat.';
    const found = recogniseEntities(text);
    expect(
      new Set(found.mentions.filter((m) => m.surface.startsWith('Voda')).map((m) => m.entityId)),
    ).toEqual(new Set(['organization:ua-voda-donbasu']));
    expect(found.entities.map((e) => e.id)).not.toContain('place:donbas');
  });

  it('gives the volunteer corps one id for its name and its acronym', () => {
    const text =
      'The Russian Volunteer Corps said its fighters crossed the border; the RDK posted a video.';
    expect(idOf(text, 'RDK')).toBe(idOf(text, 'Russian Volunteer Corps'));
    expect(idOf(text, 'RDK')).toMatch(/^organization:/);
  });
});

describe('a mediator country and an ombudsman in two spellings', () => {
  it('reads UAE and the United Arab Emirates as one country', () => {
    const text = 'The United Arab Emirates hosted the talks. Officials in the UAE confirmed it.';
    expect(idOf(text, 'UAE')).toBe('place:ae');
    expect(idOf(text, 'United Arab Emirates')).toBe('place:ae');
  });

  it('finds Moskalkova in Russian and Ukrainian transliteration', () => {
    const a = idOf('Ombudsman Tatyana Moskalkova met the families.', 'Tatyana Moskalkova');
    const b = idOf('Ombudsman Tetiana Moskalkova met the families.', 'Tetiana Moskalkova');
    expect(a).toMatch(/^official:/);
    expect(a).toBe(b);
  });
});
