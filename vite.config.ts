/**
 * One Vite build per browser; the mode names the browser (`vite build --mode firefox`), and
 * `scripts/build.mjs` runs both. Output goes to `dist/<browser>/`, ready to load unpacked.
 */
import { crx } from '@crxjs/vite-plugin';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentScripts, extraPages, isBrowser, manifestFor } from './scripts/manifest.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

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
