/**
 * `npm run package`: builds both browsers afresh and zips each build for its store:
 * `dist/crosscheck-chrome-VERSION.zip` and `dist/crosscheck-firefox-VERSION.zip`, with the
 * manifest at the zip's root as both stores require. The Firefox build is linted first, since
 * addons.mozilla.org runs the same linter and rejects what it calls an error.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';
import { buildFor } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** @param {string} browser @param {string} sourceDir */
async function zip(browser, sourceDir) {
  const filename = `crosscheck-${browser}-${version}.zip`;
  // web-ext only zips the folder here (it reads the manifest for nothing but the file name we
  // override), so it serves Chrome's build as well as Firefox's.
  await webExt.cmd.build(
    { sourceDir, artifactsDir: join(root, 'dist'), filename, overwriteDest: true },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  const path = join(root, 'dist', filename);
  console.log(`wrote dist/${filename} (${(statSync(path).size / 1024).toFixed(1)} KiB)`);
}

const chrome = await buildFor('chrome');
const firefox = await buildFor('firefox');

const lint = await webExt.cmd.lint(
  { sourceDir: firefox, output: 'text', selfHosted: false, boring: true },
  { shouldExitProgram: false },
);
if (lint.errors.length > 0) {
  console.error(
    `web-ext lint found ${lint.errors.length} error(s) in dist/firefox; not packaging.`,
  );
  process.exit(1);
}

await zip('chrome', chrome);
await zip('firefox', firefox);
