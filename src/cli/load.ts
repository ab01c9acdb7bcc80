/**
 * Turns a file on disk into the article the extension would have read: plain text as its own
 * outlet, HTML through the same extraction the content script runs.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleInput } from '../core/model.ts';

export const SUPPORTED = ['.txt', '.html', '.htm'];

/** A file the CLI cannot read, with a message meant for the person who typed the command. */
export class UnreadableFile extends Error {}

export async function loadArticle(file: string): Promise<ArticleInput> {
  const type = extname(file).toLowerCase();
  if (!SUPPORTED.includes(type)) {
    throw new UnreadableFile(
      `${file}: unsupported file type "${type || '(none)'}"; use ${SUPPORTED.join(', ')}`,
    );
  }
  const content = await readText(file);
  const url = pathToFileURL(resolve(file)).href;
  return type === '.txt' ? textArticle(content, url, file) : await pageArticle(content, url, file);
}

/** A file's text, or an error that names the file and what kept it from being read. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UnreadableFile(
      code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? error})`,
    );
  }
}

/** A first line reads as a headline when it is short and does not end like a sentence. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/u).filter(Boolean).length;
  return line.length > 0 && line.length <= 200 && words <= 30 && !/[.,;:]["'’”»)]?$/u.test(line);
}

export function textArticle(content: string, url: string, file: string): ArticleInput {
  const text = content.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const newline = text.indexOf('\n');
  const first = (newline < 0 ? text : text.slice(0, newline)).trim();
  const hasHeadline = newline >= 0 && isHeadline(first);
  return {
    url,
    source: basename(file),
    title: hasHeadline ? first : '',
    body: hasHeadline ? text.slice(newline + 1) : text,
    file,
  };
}

async function pageArticle(html: string, url: string, file: string): Promise<ArticleInput> {
  // Loaded only for pages, so replaying plain text starts faster.
  const [{ parseHTML }, { extractArticle }] = await Promise.all([
    import('linkedom'),
    import('../extract/index.ts'),
  ]);
  const { document } = parseHTML(html);
  const found = extractArticle(document as unknown as Document, url);
  if (!found) throw new UnreadableFile(`${file}: no article found in the page`);
  // A page that names no outlet is its own, like a text file.
  const source = found.article.source.trim() || basename(file);
  return { ...found.article, source, file };
}
