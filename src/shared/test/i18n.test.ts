import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../../_locales/en/messages.json';
import { lookupIn, t, tCount } from '../i18n.ts';

describe('t', () => {
  it('reads the shipped English messages, with substitutions in order', () => {
    expect(t('summaryCorroboratedBy', 7, '3 outlets')).toBe('7 corroborated by 3 outlets');
    expect(t('importDone', 2, 0, 5)).toBe('Imported: 2 added, 0 updated, 5 unchanged.');
  });

  it('says one and many as the language does', () => {
    expect(tCount(1, 'claims')).toBe('1 claim');
    expect(tCount(0, 'claims')).toBe('0 claims');
    expect(tCount(14, 'reports')).toBe('14 reports');
  });

  it('substitutes as the browsers do: $1…$9, and $$ for a dollar sign', () => {
    const lookup = lookupIn({ price: { message: '$1 costs $$$2 ($3)' } });
    expect(lookup('price', ['Tea', '4'])).toBe('Tea costs $4 ()');
    expect(lookup('missing', [])).toBe('');
  });
});

/** Every source file under `dir`, recursively, tests excluded. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('_locales/en/messages.json', () => {
  const entries = Object.entries(messages) as [string, { message: string; description?: string }][];

  it('names every message as the browsers require, and describes it for translators', () => {
    for (const [key, entry] of entries) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message, key).not.toBe('');
      expect(entry.description, key).toBeTruthy();
    }
  });

  it('has both forms of every plural', () => {
    const keys = new Set(entries.map(([key]) => key));
    for (const key of keys) {
      if (key.endsWith('_one')) expect(keys, key).toContain(key.replace(/_one$/, '_other'));
      if (key.endsWith('_other')) expect(keys, key).toContain(key.replace(/_other$/, '_one'));
    }
  });

  it('holds no message nothing uses', () => {
    const code = [
      ...sources('src').map((file) => readFileSync(file, 'utf8')),
      readFileSync('manifest.json', 'utf8'),
    ].join('\n');
    const unused = entries
      .map(([key]) => key)
      // The hover card's words (card*) are for src/content/card-content.ts, which switches to t().
      .filter((key) => !key.startsWith('card'))
      .filter((key) => {
        const base = key.replace(/_(one|other)$/, '');
        return (
          !code.includes(`'${key}'`) &&
          !code.includes(`'${base}'`) &&
          !code.includes(`__MSG_${key}__`)
        );
      });
    expect(unused).toEqual([]);
  });
});
