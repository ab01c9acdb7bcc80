import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticle, textArticle, UnreadableFile } from '../load.ts';

describe('loading a text file', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const article = textArticle(
      'Drone downed near Smolensk\n\nThe governor said so.\n',
      'file:///a.txt',
      'a.txt',
    );
    expect(article.title).toBe('Drone downed near Smolensk');
    expect(article.body.trim()).toBe('The governor said so.');
  });

  it('keeps a first line that is a sentence in the body', () => {
    const text = 'A drone was downed overnight, the governor said.\nNobody was hurt.';
    const article = textArticle(text, 'file:///a.txt', 'a.txt');
    expect(article.title).toBe('');
    expect(article.body).toBe(text);
  });

  it('keeps a one-line file whole', () => {
    expect(textArticle('Just one line', 'file:///a.txt', 'a.txt')).toMatchObject({
      title: '',
      body: 'Just one line',
    });
  });

  it('reads a file as its own outlet under its file URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-'));
    const file = join(dir, 'report one.txt');
    await writeFile(file, 'Headline here\r\nBody here.');
    try {
      const article = await loadArticle(file);
      expect(article).toEqual({
        url: pathToFileURL(file).href,
        source: 'report one.txt',
        title: 'Headline here',
        body: 'Body here.',
        file,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says clearly when a file is missing or of a type it cannot read', async () => {
    await expect(loadArticle('/nowhere/missing.txt')).rejects.toThrow(/missing\.txt: no such file/);
    await expect(loadArticle('/nowhere/scan.pdf')).rejects.toThrow(UnreadableFile);
    await expect(loadArticle('/nowhere/scan.pdf')).rejects.toThrow(/unsupported file type "\.pdf"/);
  });
});
