/**
 * When this content script began to run, on the page's clock (epoch milliseconds), kept on the
 * global of the isolated world content scripts run in, which the page's own scripts can neither
 * see nor change. Nothing in Crosscheck reads it: the highlight bench reads it over the DevTools
 * protocol to time a page from the content script's start, as issue 6's target is put
 * (bench/browser/highlight.ts). `main.ts` imports this module first, so it runs before any other.
 */
(globalThis as { crosscheckStartedAt?: number }).crosscheckStartedAt =
  performance.timeOrigin + performance.now();
