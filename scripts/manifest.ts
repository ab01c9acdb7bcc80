/**
 * The top-level `manifest.json` is written once for both browsers, the way a hand-kept
 * cross-browser manifest would be; each build keeps only the keys its browser understands,
 * so neither store's checks see a key meant for the other.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Browser = 'chrome' | 'firefox';

const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

/** Keys that only one browser reads; the other would warn about them (or reject them). */
const ONLY_IN: Record<Browser, string[]> = {
  chrome: ['side_panel', 'minimum_chrome_version'],
  firefox: ['sidebar_action', 'browser_specific_settings'],
};

/** Permissions that name an API the other browser does not have. */
const PERMISSIONS_ONLY_IN: Record<Browser, string[]> = {
  chrome: ['sidePanel'],
  firefox: [],
};

export function isBrowser(value: string): value is Browser {
  return (BROWSERS as readonly string[]).includes(value);
}

/** The shared manifest shaped for one browser, with the version taken from package.json. */
export function manifestFor(browser: Browser, root: string): ManifestV3Export {
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const other: Browser = browser === 'chrome' ? 'firefox' : 'chrome';
  const manifest: Manifest = { ...source, version };
  for (const key of ONLY_IN[other]) delete manifest[key];
  if (manifest.permissions) {
    manifest.permissions = manifest.permissions.filter(
      (permission) => !PERMISSIONS_ONLY_IN[other].includes(permission),
    );
  }
  if (source.background) {
    // Chrome runs the background as a module service worker; Firefox as an event page of
    // module scripts. Each build names the entry the way its browser expects it.
    const { service_worker: worker, scripts, type } = source.background;
    manifest.background =
      browser === 'chrome'
        ? { service_worker: worker ?? scripts?.[0], type }
        : { scripts: scripts ?? (worker ? [worker] : []), type };
  }
  return manifest as unknown as ManifestV3Export;
}

/** Pages the manifest names that the crx plugin does not build by itself for this browser. */
export function extraPages(browser: Browser, root: string): string[] {
  const manifest = manifestFor(browser, root) as { sidebar_action?: { default_panel?: string } };
  const panel = manifest.sidebar_action?.default_panel;
  return panel ? [panel] : [];
}

/** Source files of the content scripts the manifest names. */
export function contentScripts(browser: Browser, root: string): string[] {
  const manifest = manifestFor(browser, root) as { content_scripts?: { js?: string[] }[] };
  return (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
}
