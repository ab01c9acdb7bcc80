/**
 * `npm run build [-- chrome|firefox]`: builds the extension for each browser into
 * `dist/<browser>/` and checks that every file the built manifest names is there, since a
 * missing page or icon only shows up as a load error in the browser otherwise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ALL = ['chrome', 'firefox'];

/** Every file path a built manifest refers to. @param {Record<string, any>} manifest */
function filesNamedBy(manifest) {
  /** @type {string[]} */
  const files = [];
  /** @param {unknown} icons */
  const addIcons = (icons) => {
    if (icons && typeof icons === 'object') files.push(...Object.values(icons).map(String));
  };
  addIcons(manifest.icons);
  addIcons(manifest.action?.default_icon);
  addIcons(manifest.sidebar_action?.default_icon);
  if (manifest.background?.service_worker) files.push(manifest.background.service_worker);
  files.push(...(manifest.background?.scripts ?? []));
  for (const script of manifest.content_scripts ?? []) {
    files.push(...(script.js ?? []), ...(script.css ?? []));
  }
  if (manifest.side_panel?.default_path) files.push(manifest.side_panel.default_path);
  if (manifest.sidebar_action?.default_panel) files.push(manifest.sidebar_action.default_panel);
  if (manifest.action?.default_popup) files.push(manifest.action.default_popup);
  // The words of every screen; the browser refuses a default_locale without its messages.
  if (manifest.default_locale) files.push(`_locales/${manifest.default_locale}/messages.json`);
  for (const entry of manifest.web_accessible_resources ?? []) {
    files.push(...entry.resources.filter((/** @type {string} */ r) => !r.includes('*')));
  }
  return files;
}

/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * What a reader downloads, and what every page they open has to parse: the content scripts.
 * @param {string} dist @param {Record<string, any>} manifest
 */
function sizeSummary(dist, manifest) {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  const total = files.reduce(
    (sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size,
    0,
  );
  const scripts = (manifest.content_scripts ?? []).flatMap(
    (/** @type {{ js?: string[] }} */ s) => s.js ?? [],
  );
  const raw = scripts.map((file) => readFileSync(join(dist, file)));
  const size = raw.reduce((sum, bytes) => sum + bytes.length, 0);
  const gzipped = raw.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
  return `${kib(total)} in ${files.length} files; content script ${kib(size)} (${kib(gzipped)} gzipped)`;
}

/** @param {string} browser */
export async function buildFor(browser) {
  const started = Date.now();
  await build({ root, configFile: join(root, 'vite.config.ts'), mode: browser, logLevel: 'warn' });
  const dist = join(root, 'dist', browser);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const missing = filesNamedBy(manifest).filter((file) => !existsSync(join(dist, file)));
  if (missing.length > 0) {
    throw new Error(
      `dist/${browser}/manifest.json names files that were not built: ${missing.join(', ')}`,
    );
  }
  // Not named by the manifest, but read by the worker as it starts (src/background/gazetteer-file.ts).
  const packed = join(dist, 'gazetteer.json');
  if (!existsSync(packed) || !Array.isArray(JSON.parse(readFileSync(packed, 'utf8')).objects))
    throw new Error(`dist/${browser}/gazetteer.json, the packed gazetteer, was not built`);
  console.log(
    `built dist/${browser} (${manifest.version}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      sizeSummary(dist, manifest),
  );
  return dist;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((browser) => !ALL.includes(browser));
  if (unknown.length > 0) {
    console.error(`unknown browser ${unknown.join(', ')}: expected ${ALL.join(' or ')}`);
    process.exit(2);
  }
  try {
    for (const browser of asked.length > 0 ? asked : ALL) await buildFor(browser);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
