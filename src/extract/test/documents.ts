/** The two DOMs extraction must work on: jsdom (the tests' browser) and linkedom (the CLI's). */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';

export const parsers = {
  jsdom: (html: string): Document => new JSDOM(html).window.document,
  linkedom: (html: string): Document => parseHTML(html).document as unknown as Document,
};

export function page(name: string): string {
  return readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8');
}
