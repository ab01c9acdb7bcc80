/**
 * `npm run test:e2e [-- chromium|firefox] [--no-build]`: checks that the browsers are installed, builds
 * both extensions, then runs the end-to-end tests with Node's test runner, one browser at a
 * time (this machine has two cores, and each browser wants one).
 *
 * Neither Playwright nor Puppeteer may download a browser here: the tests drive Debian's
 * chromium and firefox-esr, and say which package to install when one is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findChromium,
  FIREFOX_PATH,
  INSTALL_CHROMIUM,
  INSTALL_FIREFOX,
} from '../scripts/browsers.mjs';
import { buildFor } from '../scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Each file launches its browser once. */
const SUITES = {
  chromium: [
    'e2e/chromium.test.ts',
    'e2e/bad-input.test.ts',
    'e2e/page.test.ts',
    'e2e/panel.test.ts',
    'e2e/durability.test.ts',
    'e2e/hostile.test.ts',
    'e2e/privacy.test.ts',
  ],
  firefox: ['e2e/firefox.test.ts'],
};

const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
// `npm test` builds (and lints the Firefox build) just before, so it passes --no-build.
const build = !flags.includes('--no-build');
const unknown = asked.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(
    `unknown suite ${unknown.join(', ')}: expected ${Object.keys(SUITES).join(' or ')}`,
  );
  process.exit(2);
}
const suites = asked.length > 0 ? asked : Object.keys(SUITES);

const missing = [];
if (suites.includes('chromium') && !findChromium()) missing.push(INSTALL_CHROMIUM);
if (suites.includes('firefox') && !existsSync(FIREFOX_PATH)) missing.push(INSTALL_FIREFOX);
if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exit(1);
}

try {
  if (build && suites.includes('chromium')) await buildFor('chrome');
  if (build && suites.includes('firefox')) await buildFor('firefox');
} catch (error) {
  console.error(
    `The build failed, so no browser was started:\n${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
}

const files = suites.flatMap((name) => SUITES[/** @type {keyof typeof SUITES} */ (name)]);
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...files],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1' },
  },
);
process.exit(run.status ?? 1);
