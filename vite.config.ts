/**
 * One Vite build per browser; the mode names the browser (`vite build --mode firefox`), and
 * `scripts/build.mjs` runs both. Output goes to `dist/<browser>/`, ready to load unpacked.
 */
import { crx } from '@crxjs/vite-plugin';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentScripts, extraPages, isBrowser, manifestFor } from './scripts/manifest.ts';
import { PACKED_GAZETTEER } from './src/shared/gazetteer-file.ts';
import { packGazetteer } from './src/core/entities/gazetteer.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

const GAZETTEER = resolve(root, 'src/core/entities/gazetteer.ts');
const UNBUILT = resolve(root, 'src/shared/gazetteer-unbuilt.ts');

/**
 * The gazetteer's index, built here once and packed beside the manifest, so that a worker
 * starting unpacks it instead of building it (`src/shared/gazetteer-file.ts`); the code that
 * builds it, and its data, are left out of the extension (`src/shared/gazetteer-unbuilt.ts`).
 */
function packedGazetteer(): Plugin {
  return {
    name: 'crosscheck:packed-gazetteer',
    apply: 'build',
    // Before Vite's own resolution, which would find the real module.
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './gazetteer-build.ts' && importer === GAZETTEER ? UNBUILT : null;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: PACKED_GAZETTEER,
        source: JSON.stringify(packGazetteer()),
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'production' ? 'chrome' : mode;
  if (!isBrowser(browser)) throw new Error(`unknown browser "${mode}": use --mode chrome|firefox`);
  // The crx plugin builds the pages Chrome's manifest names (side_panel) but not Firefox's
  // sidebar_action panel, so that one is added as an input of its own.
  const pages = extraPages(browser, root);
  return {
    root,
    // The extension loads nothing from a public folder; keep Vite from copying one by accident.
    publicDir: false,
    plugins: [
      crx({
        manifest: manifestFor(browser, root),
        browser,
        // One self-contained file instead of a loader that imports shared chunks: those chunks
        // would have to be web-accessible, visible to every page (and a way to spot readers).
        contentScripts: { standaloneFiles: contentScripts(browser, root) },
      }),
      packedGazetteer(),
    ],
    build: {
      outDir: resolve(root, 'dist', browser),
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 2048,
      rolldownOptions: pages.length
        ? {
            input: Object.fromEntries(
              pages.map((page) => [basename(dirname(page)), resolve(root, page)]),
            ),
          }
        : {},
    },
  };
});
