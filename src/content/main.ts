/**
 * The content script, in every http(s) page: reads the page once it is ready, if the reader's
 * settings let Crosscheck run on this site, and answers the side panel and the background.
 * Extension APIs are reached only through `shared/browser.ts`.
 */
// First: it notes when the content script started (see started.ts).
import { noteStep } from './started.ts';
import {
  callBackground,
  onSettingsChanged,
  readSettings,
  serveContent,
} from '../shared/browser.ts';
import { takeEarlySettings } from '../shared/early-settings.ts';
import { guarded } from './guarded.ts';
import { PageReading } from './reading.ts';
import { SiteReading } from './site-reading.ts';

const site = new SiteReading({
  doc: document,
  href: () => location.href,
  newReading: () =>
    new PageReading({
      doc: document,
      href: () => location.href,
      readArticle: (article) => callBackground('article/read', { article }),
      readCards: (url) => callBackground('article/cards', { url }),
      noArticle: (url) => callBackground('article/none', { url }),
    }),
  // Asked for at document_start by `early.ts`; read now only when that did not run.
  readSettings: () => takeEarlySettings() ?? readSettings(),
  onSettingsChanged,
});
serveContent(site.handlers());

const begin = guarded(() => {
  noteStep('begin');
  return site.start();
});
if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', begin, { once: true });
else begin();
