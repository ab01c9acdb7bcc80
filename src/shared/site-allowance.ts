/**
 * The sites the reader's settings allow, told to the browser so that it can tell the page.
 *
 * The reading may send a page's article only once the settings say its site is allowed, and a
 * content script's read of `storage` is a round trip to the browser, which answers late while it
 * is busy with the page's navigation (13–20 ms after the reading starts, on a page parsed at
 * once). So the background registers one tiny content script (`SITE_ALLOWANCE_FILE`, run at
 * document_start) for exactly the sites the settings allow: the browser itself runs it only
 * there, and it leaves a note in the content scripts' isolated world, which the page's own
 * scripts can neither see nor change. A reading that finds the note sends its article without
 * waiting; one that does not waits for the settings as before. The note never decides alone:
 * the settings still arrive, and a page they do not allow is stopped and unmarked, and the
 * background refuses its article (`runsOn` in `article/read`).
 *
 * Pure apart from `takeSiteAllowance`, which reads and clears the note on the global.
 */
import type { Settings } from './settings.ts';

/** The registered script's id, and its file in the built extension (emitted by the build). */
export const SITE_ALLOWANCE_ID = 'crosscheck-site-allowed';
export const SITE_ALLOWANCE_FILE = 'site-allowed.js';

/** The note the registered script leaves on the isolated world's global. */
const NOTE = 'crosscheckSiteAllowed';

/** The whole of the registered script: it reads nothing of the page. */
export const SITE_ALLOWANCE_SOURCE = `globalThis.${NOTE} = true;\n`;

/** Where the browser is to run the script: match patterns, in the form the scripting API takes. */
export interface SiteAllowance {
  matches: string[];
  excludeMatches: string[];
}

const EVERY_PAGE = ['http://*/*', 'https://*/*'];

/**
 * The patterns of one site as `runsOn` covers it: the host and its subdomains (`*.example.com`
 * matches example.com too); an address by number only as itself, as no pattern may widen it.
 */
function sitePatterns(site: string): string[] {
  return /^[0-9.]+$/.test(site) ? [`*://${site}/*`] : [`*://*.${site}/*`];
}

/**
 * Where the settings let Crosscheck read, as match patterns; undefined when nowhere (only
 * listed sites, and none listed). Every page the patterns match is one `runsOn` allows; a page
 * they miss (a host written with a final dot) merely waits for the settings.
 */
export function siteAllowance(settings: Settings): SiteAllowance | undefined {
  if (settings.sites === 'listed') {
    const matches = settings.listedSites.flatMap(sitePatterns);
    return matches.length > 0 ? { matches, excludeMatches: [] } : undefined;
  }
  return { matches: EVERY_PAGE, excludeMatches: settings.pausedSites.flatMap(sitePatterns) };
}

/**
 * Voids the note: the settings changed after the page started, so the allowance the browser
 * ran may be the settings' before. Called by the early settings read (`early-settings.ts`),
 * which follows the changes from document_start until the reading takes over.
 */
export function forgetSiteAllowance(): void {
  delete (globalThis as { [NOTE]?: unknown })[NOTE];
}

/**
 * Whether the browser ran the registered script on this page, so that the settings, as last
 * registered, allow its site; the note is cleared, so it is taken once. A host written with a
 * final dot ("example.com.") is never taken as allowed: `runsOn` reads it without the dot, and
 * the browsers' patterns may not.
 */
export function takeSiteAllowance(hostname: string): boolean {
  const noted = (globalThis as { [NOTE]?: unknown })[NOTE] === true;
  forgetSiteAllowance();
  return noted && !hostname.endsWith('.');
}
