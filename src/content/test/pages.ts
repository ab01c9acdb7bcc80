/** Loads a fixture page into the test's global document, the way a browser would show it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function showPage(name: string): void {
  const html = readFileSync(resolve(import.meta.dirname, '../../extract/test/pages', name), 'utf8');
  const inner = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1] ?? html;
  document.documentElement.innerHTML = inner;
  // Scripts are not run by innerHTML; the fixtures' inline script only sets a flag anyway.
}

export function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  return found;
}
