/**
 * Where the browsers are on this machine. Nothing here downloads a browser: the demo and the
 * end-to-end tests use the distribution's packages, and say which one to install when missing.
 */
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
];

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** CHROME_PATH when set, else the first Chromium-family browser installed, else undefined. */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

export const INSTALL_CHROMIUM =
  'No Chromium found (looked at CHROME_PATH, ' +
  CHROMIUM_CANDIDATES.join(', ') +
  '): install Debian package chromium (apt-get install chromium), or set CHROME_PATH.';

export const INSTALL_FIREFOX = `No Firefox at ${FIREFOX_PATH}: install Debian package firefox-esr (apt-get install firefox-esr), or set FIREFOX_PATH.`;

/**
 * Flags that keep Chromium from calling Google's services (this machine's network refuses
 * them, and a reader trying the demo has not asked for them) and load the unpacked build.
 * @param {string} extensionDir absolute path of dist/chrome
 */
export function chromiumFlags(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Branded Chrome ignores --load-extension since version 137 unless this feature is off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}
