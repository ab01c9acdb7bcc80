import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, expiryCutoff, normaliseSettings, runsOn, siteOf } from '../settings.ts';

describe('normaliseSettings', () => {
  it('gives the defaults for nothing stored and for damaged values', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(
      normaliseSettings({ highlight: { claim: 'yes' }, sites: 'nowhere', keepDays: -3 }),
    ).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid choices and cleans the site lists', () => {
    const settings = normaliseSettings({
      highlight: { place: false },
      sites: 'listed',
      listedSites: ['https://www.Example.com/news', 'example.com', 'not a site', 7],
      keepDays: 90,
      extra: true,
    });
    expect(settings.highlight).toEqual({
      place: false,
      official: true,
      organization: true,
      claim: true,
    });
    expect(settings.sites).toBe('listed');
    expect(settings.listedSites).toEqual(['example.com']);
    expect(settings.keepDays).toBe(90);
    expect(settings).not.toHaveProperty('extra');
  });
});

describe('where Crosscheck runs', () => {
  it('reduces what the reader typed to a host', () => {
    expect(siteOf(' News.Example.COM. ')).toBe('news.example.com');
    expect(siteOf('http://www.example.org:8080/a?b')).toBe('example.org');
    expect(siteOf('localhost')).toBeUndefined();
    expect(siteOf('')).toBeUndefined();
  });

  it('skips paused sites and their subdomains, and only listed sites when so set', () => {
    const paused = normaliseSettings({ pausedSites: ['example.com'] });
    expect(runsOn(paused, 'https://news.example.com/a')).toBe(false);
    expect(runsOn(paused, 'https://notexample.com/a')).toBe(true);
    expect(runsOn(paused, 'file:///tmp/a.html')).toBe(false);
    const listed = normaliseSettings({ sites: 'listed', listedSites: ['example.com'] });
    expect(runsOn(listed, 'https://example.com/a')).toBe(true);
    expect(runsOn(listed, 'https://other.org/a')).toBe(false);
  });

  it('expires reports only when a keeping period is set', () => {
    expect(expiryCutoff(DEFAULT_SETTINGS, 1e12)).toBeUndefined();
    expect(expiryCutoff(normaliseSettings({ keepDays: 30 }), 1e12)).toBe(1e12 - 30 * 86_400_000);
  });
});
