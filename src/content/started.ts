/**
 * When this content script began to run, and when its first reading passed each step, on the
 * page's clock (epoch milliseconds), kept on the global of the isolated world content scripts
 * run in, which the page's own scripts can neither see nor change. Nothing in Crosscheck reads
 * them: the highlight bench reads them over the DevTools protocol to time a page from the
 * content script's start, as issue 6's target is put, and to split that time by step
 * (bench/browser/highlight.ts). `main.ts` imports this module first, so it runs before any other.
 */
const steps: Record<string, number> = {};
const at = () => performance.timeOrigin + performance.now();

(globalThis as { crosscheckStartedAt?: number }).crosscheckStartedAt = at();
(globalThis as { crosscheckSteps?: Record<string, number> }).crosscheckSteps = steps;

/** Notes the first time a step is reached on this page (later readings keep the first). */
export function noteStep(name: string): void {
  steps[name] ??= at();
}
