/**
 * Our code runs inside someone else's page: an exception escaping a listener would show in
 * the page's console and could break the page's own error handling. Every entry point from
 * the page (listeners, timers, messages) goes through `guarded`.
 */
export function guarded<A extends unknown[]>(
  action: (...args: A) => unknown,
): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = action(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  };
}

function report(error: unknown): void {
  console.debug('Crosscheck:', error);
}
