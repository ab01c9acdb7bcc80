/**
 * `npm start`: builds the extension, serves the demo articles on this machine and opens
 * Chromium with Crosscheck loaded, in a fresh profile, on the first article. Closing the
 * browser (or Ctrl-C) stops everything and deletes the profile.
 *
 * PORT picks the demo server's port (default 8137, or any free one when that is taken);
 * CHROME_PATH picks the browser.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags, findChromium, INSTALL_CHROMIUM } from './browsers.mjs';
import { buildFor } from './build.mjs';
import { loadDemo, serveDemo } from './demo-server.mjs';

const DEFAULT_PORT = 8137;

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const chromium = findChromium();
if (!chromium) fail(INSTALL_CHROMIUM);
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'No display: npm start opens a browser window, and this session has no DISPLAY.\n' +
      'Run it under a virtual display (xvfb-run npm start), or run the end-to-end tests, which\n' +
      'drive headless browsers through the same demo (npm run test:e2e).',
  );
}

const corpus = loadDemo();
const extension = await buildFor('chrome');

/** @type {import('./demo-server.d.mts').DemoServer} */
let server;
try {
  server = await serveDemo(corpus, Number(process.env.PORT ?? DEFAULT_PORT));
} catch (error) {
  if (process.env.PORT || /** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE')
    throw error;
  server = await serveDemo(corpus, 0);
}

const first = corpus.articles[0];
console.log(`\nDemo articles, in reading order: ${server.origin}/`);
corpus.articles.forEach((article, i) =>
  console.log(`  ${i + 1}. ${server.origin}/${article.slug}  (${article.outlet})`),
);
console.log(
  '\nOpen Crosscheck from the toolbar (pin it from the puzzle-piece menu) to see the side panel.',
);
console.log('Close the browser or press Ctrl-C to stop.\n');

const profile = mkdtempSync(join(tmpdir(), 'crosscheck-demo-'));
// Chromium refuses to start its sandbox as root (containers, CI machines); a throwaway
// profile on local demo pages is what it is then run without one for.
const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = spawn(
  /** @type {string} */ (chromium),
  [
    `--user-data-dir=${profile}`,
    ...sandbox,
    ...chromiumFlags(extension),
    `${server.origin}/${first?.slug ?? ''}`,
  ],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
// Chromium logs plenty that means nothing here (D-Bus, GPU); keep its last words for a failure.
let browserLog = '';
browser.stderr?.on('data', (chunk) => {
  browserLog = (browserLog + String(chunk)).slice(-4000);
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (browser.exitCode === null) browser.kill('SIGTERM');
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

browser.on('error', async (error) => {
  console.error(`Could not start ${chromium}: ${error.message}`);
  await stop();
  process.exitCode = 1;
});
browser.on('exit', (code) => {
  if (code) {
    console.error(`${browserLog}\n${chromium} exited with code ${code}.`);
    process.exitCode = code;
  }
  void stop();
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => void stop());
}
