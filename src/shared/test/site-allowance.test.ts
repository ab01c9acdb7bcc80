import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, runsOn, type Settings } from '../settings.ts';
import {
  forgetSiteAllowance,
  SITE_ALLOWANCE_SOURCE,
  siteAllowance,
  takeSiteAllowance,
  type SiteAllowance,
} from '../site-allowance.ts';

/**
 * A match pattern as both browsers document them, for the forms `siteAllowance` writes: scheme
 * `*` (http or https) or named, host `*`, `*.site` (the site and its subdomains) or a host, any
 * port, path `/*`.
 */
function matchesPattern(pattern: string, url: URL): boolean {
  const [, scheme, host] = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern) ?? [];
  if (!scheme || !host) throw new Error(`not a pattern of ours: ${pattern}`);
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(protocol) : scheme !== protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const site = host.slice(2);
    return url.hostname === site || url.hostname.endsWith(`.${site}`);
  }
  return url.hostname === host;
}

function injected(allowance: SiteAllowance | undefined, address: string): boolean {
  if (!allowance) return false;
  const url = new URL(address);
  return (
    allowance.matches.some((pattern) => matchesPattern(pattern, url)) &&
    !allowance.excludeMatches.some((pattern) => matchesPattern(pattern, url))
  );
}

const settingsWith = (change: Partial<Settings>): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...change,
});

/** Hosts near the settings' sites: the site, its subdomains, look-alikes, numbers, ports. */
const ADDRESSES = [
  'https://kyivpost.example/news/1',
  'https://www.kyivpost.example/news/1',
  'http://m.news.kyivpost.example:8080/a',
  'https://notkyivpost.example/',
  'https://kyivpost.example.evil.test/',
  'https://tass.example/',
  'https://de.tass.example/x',
  'https://tass.example.org/',
  'http://127.0.0.1:8137/demo',
  'http://127.0.0.10/',
  'http://localhost:3000/',
  'https://meduza.example/',
];

const SETTINGS: Record<string, Settings> = {
  everywhere: settingsWith({}),
  'two sites paused': settingsWith({ pausedSites: ['kyivpost.example', 'tass.example'] }),
  'a numbered host paused': settingsWith({ pausedSites: ['127.0.0.1'] }),
  'listed sites': settingsWith({
    sites: 'listed',
    listedSites: ['meduza.example', 'tass.example'],
    pausedSites: ['meduza.example'],
  }),
  'a numbered host listed': settingsWith({ sites: 'listed', listedSites: ['127.0.0.1'] }),
  'none listed': settingsWith({ sites: 'listed', listedSites: [] }),
};

describe('the sites the browser is told the settings allow', () => {
  for (const [name, settings] of Object.entries(SETTINGS)) {
    it(`runs the allowance on exactly the pages the settings read: ${name}`, () => {
      const allowance = siteAllowance(settings);
      for (const address of ADDRESSES)
        expect(injected(allowance, address), address).toBe(runsOn(settings, address));
    });
  }

  it('registers nothing when only listed sites are read and none is listed', () => {
    expect(siteAllowance(SETTINGS['none listed']!)).toBeUndefined();
  });

  it('is a script that only leaves its note', () => {
    const scope = globalThis as { crosscheckSiteAllowed?: unknown };
    new Function(SITE_ALLOWANCE_SOURCE)();
    expect(scope.crosscheckSiteAllowed).toBe(true);
    forgetSiteAllowance();
    expect(scope.crosscheckSiteAllowed).toBeUndefined();
  });
});

describe('the page taking the browser’s word', () => {
  const leaveNote = () => new Function(SITE_ALLOWANCE_SOURCE)();
  afterEach(forgetSiteAllowance);

  it('takes it once', () => {
    leaveNote();
    expect(takeSiteAllowance('kyivpost.example')).toBe(true);
    expect(takeSiteAllowance('kyivpost.example')).toBe(false);
  });

  it('has none where the browser did not run the script', () => {
    expect(takeSiteAllowance('kyivpost.example')).toBe(false);
  });

  it('does not take it for a host written with a final dot, which the settings read without', () => {
    leaveNote();
    expect(takeSiteAllowance('kyivpost.example.')).toBe(false);
  });

  it('has none once the settings changed after the page started', () => {
    leaveNote();
    forgetSiteAllowance();
    expect(takeSiteAllowance('kyivpost.example')).toBe(false);
  });
});
