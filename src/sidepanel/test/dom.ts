/**
 * Mounting and waiting for the panel's DOM tests. The history answers asynchronously (IndexedDB),
 * so tests wait for what the reader would see rather than for a fixed number of ticks.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
});

export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => render(vnode, container));
  return container;
}

/** Polls until `check` returns a value (not undefined/null/false) or throws after `timeoutMs`. */
export async function until<T>(
  check: () => T | undefined | null | false,
  timeoutMs = 2000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${check.toString()}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

export function click(element: Element | null | undefined): void {
  if (!element) throw new Error('Nothing to click');
  act(() => (element as HTMLElement).click());
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttonNamed(
  root: ParentNode,
  name: string | RegExp,
): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((button) =>
    typeof name === 'string' ? text(button) === name : name.test(text(button)),
  );
}
