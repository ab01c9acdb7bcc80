/**
 * The content script, in every http(s) page: reads the page once it is ready and answers the
 * side panel. Extension APIs are reached only through `shared/browser.ts`.
 */
import { callBackground, serveContent } from '../shared/browser.ts';
import { guarded } from './guarded.ts';
import { PageReading } from './reading.ts';

const reading = new PageReading({
  doc: document,
  href: () => location.href,
  readArticle: (article) => callBackground('article/read', { article }),
  noArticle: (url) => callBackground('article/none', { url }),
});
serveContent(reading.handlers());

const begin = guarded(() => reading.start());
if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', begin, { once: true });
else begin();
