/**
 * Serves the demo corpus (`demo/sites.json` and its pages) from this machine, for `npm start`
 * and the Firefox end-to-end test: one path per article, the outlet's front page (no article),
 * and an index listing the articles in reading order.
 *
 * Pages are served as written, so their canonical links still name the real-looking
 * `.example` addresses and reports are keyed by those, not by localhost. Only the links a
 * reader clicks between demo pages are pointed at their local copies.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');

/** Path of the demo's page that is not an article. */
export const FRONT_PAGE_PATH = '/front-page';

/** @param {string} [dir] @returns {import('./demo-server.d.mts').DemoCorpus} */
export function loadDemo(dir = DEMO_DIR) {
  const corpus = JSON.parse(readFileSync(join(dir, 'sites.json'), 'utf8'));
  if (!Array.isArray(corpus.articles) || corpus.articles.length === 0) {
    throw new Error(`${join(dir, 'sites.json')} lists no articles`);
  }
  return { dir, articles: corpus.articles, nonArticle: corpus.nonArticle };
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {import('./demo-server.d.mts').DemoCorpus} corpus */
function indexPage(corpus) {
  const items = corpus.articles
    .map(
      (article, i) =>
        `<li><a href="/${escapeHtml(article.slug)}">${escapeHtml(article.title)}</a>` +
        `<br><small>${i + 1}. ${escapeHtml(article.outlet)}, ${escapeHtml(article.publishedAt)}</small></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Crosscheck demo</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}li{margin:.8rem 0}</style>
</head>
<body>
<h1>Crosscheck demo</h1>
<p>Read these in order. Each article is stored in your local history as you read it, and its
claims are checked against the ones read before: open Crosscheck from the toolbar to see them.</p>
<ol>
${items}
</ol>
<p>Also: <a href="${FRONT_PAGE_PATH}">an outlet's front page</a>, which is not an article and is left alone.</p>
</body>
</html>
`;
}

/**
 * Points `<a href>`s that name a demo page's canonical URL at its local path.
 * @param {string} html
 * @param {Map<string, string>} localPaths canonical URL -> local path
 */
function linkLocally(html, localPaths) {
  return html.replace(/(<a\b[^>]*\bhref=")([^"]*)(")/g, (whole, before, href, after) => {
    const local = localPaths.get(href);
    return local ? `${before}${local}${after}` : whole;
  });
}

/** Which file is served at each local path, and the canonical URL it names. @param {import('./demo-server.d.mts').DemoCorpus} corpus */
export function demoRoutes(corpus) {
  const routes = corpus.articles.map((article) => ({
    path: `/${article.slug}`,
    file: join(corpus.dir, article.file),
    url: article.url,
  }));
  if (corpus.nonArticle) {
    routes.push({
      path: FRONT_PAGE_PATH,
      file: join(corpus.dir, corpus.nonArticle.file),
      url: corpus.nonArticle.url,
    });
  }
  return routes;
}

/**
 * Starts the server on 127.0.0.1 and resolves once it listens. Port 0 picks a free one.
 * @param {import('./demo-server.d.mts').DemoCorpus} corpus
 * @param {number} [port]
 */
export function serveDemo(corpus, port = 0) {
  const routes = demoRoutes(corpus);
  const localPaths = new Map(routes.map((route) => [route.url, route.path]));
  const server = createServer((request, response) => {
    const path =
      new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
    const route = routes.find((candidate) => candidate.path === path);
    if (path !== '/' && !route) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`No demo page at ${path}\n`);
      return;
    }
    // Read on every request so an edited demo page shows on reload.
    const body = route
      ? linkLocally(readFileSync(route.file, 'utf8'), localPaths)
      : indexPage(corpus);
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        origin: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done(undefined));
            // A browser keeps idle connections open; they would hold the close back.
            server.closeAllConnections();
          }),
      });
    });
  });
}
