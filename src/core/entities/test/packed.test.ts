/**
 * The packed gazetteer (packed.ts) is what the extension's worker uses instead of building the
 * index: unpacked, it must be the same graph, and the analysis must read every text the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { gazetteer, packGazetteer } from '../gazetteer.ts';
import { packGraph, unpackGraph, type PackedGraph } from '../packed.ts';
import { blankEntity } from '../shapes.ts';
import type { ArticleInput } from '../../model.ts';

/**
 * Walks two graphs side by side and fails at the first difference: the same kinds of object,
 * the same keys in the same order, the same values, and an object reached twice in one reached
 * twice (at the same places) in the other.
 */
function expectSameGraph(a: unknown, b: unknown): void {
  const pairs = new Map<object, object>();
  const stack: [unknown, unknown, string][] = [[a, b, 'root']];
  while (stack.length > 0) {
    const [x, y, path] = stack.pop()!;
    if (typeof x !== 'object' || x === null) {
      if (!Object.is(x, y)) throw new Error(`${path}: ${String(x)} against ${String(y)}`);
      continue;
    }
    if (typeof y !== 'object' || y === null)
      throw new Error(`${path}: an object against ${String(y)}`);
    const paired = pairs.get(x);
    if (paired !== undefined) {
      if (paired !== y) throw new Error(`${path}: one object shared, the other not`);
      continue;
    }
    pairs.set(x, y);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y))
      throw new Error(`${path}: other kinds of object`);
    if (x instanceof Map) {
      const xs = [...x];
      const ys = [...(y as Map<unknown, unknown>)];
      if (xs.length !== ys.length)
        throw new Error(`${path}: ${xs.length} against ${ys.length} entries`);
      xs.forEach(([k, v], i) => {
        const [l, w] = ys[i]!;
        stack.push([k, l, `${path}<key ${i}>`], [v, w, `${path}<${String(k)}>`]);
      });
    } else if (x instanceof Set) {
      const xs = [...x];
      const ys = [...(y as Set<unknown>)];
      if (xs.length !== ys.length)
        throw new Error(`${path}: ${xs.length} against ${ys.length} members`);
      xs.forEach((v, i) => stack.push([v, ys[i], `${path}{${i}}`]));
    } else {
      const keys = Object.keys(x);
      const others = Object.keys(y);
      if (keys.join(',') !== others.join(','))
        throw new Error(`${path}: keys ${keys.join(',')} against ${others.join(',')}`);
      for (const k of keys)
        stack.push([
          (x as Record<string, unknown>)[k],
          (y as Record<string, unknown>)[k],
          `${path}.${k}`,
        ]);
    }
  }
}

/** Packed, written as JSON and read back, as the extension's build and worker do. */
const throughJson = (packed: PackedGraph): PackedGraph => JSON.parse(JSON.stringify(packed));

describe('the packed gazetteer', () => {
  it('unpacks to the index the data files build, every entity, key and shared entry alike', () => {
    const unpacked = unpackGraph(throughJson(packGazetteer()));
    expectSameGraph(unpacked, gazetteer());
  });

  it('gives unpacked entities the one layout the analysis is compiled for', () => {
    const { byId } = unpackGraph<ReturnType<typeof gazetteer>>(throughJson(packGazetteer()));
    const layout = Object.keys(blankEntity()).join(',');
    for (const entity of byId.values()) expect(Object.keys(entity).join(',')).toBe(layout);
  });

  it('keeps a shared object shared, and keys that are objects', () => {
    const shared = { name: 'Shebekino', kind: undefined, flag: true };
    const graph = { list: [shared, shared], byObject: new Map([[shared, 'town']]), empty: null };
    const back = unpackGraph<typeof graph>(throughJson(packGraph(graph)));
    expect(back.list[0]).toBe(back.list[1]);
    expect(back.byObject.get(back.list[0]!)).toBe('town');
    expect(back.list[0]).toEqual({ name: 'Shebekino', kind: undefined, flag: true });
    expect('kind' in back.list[0]!).toBe(true);
    expect(back.empty).toBeNull();
  });

  it('refuses what JSON would not carry back as it was', () => {
    expect(() => packGraph({ count: 3 })).toThrow(/number/);
    expect(() => packGraph({ when: new Date(0) })).toThrow(/class/);
    expect(() => packGraph({ read: () => 1 })).toThrow(/function/);
  });

  it('reads every seed and development article as the built index does', async () => {
    const articles = [
      ...texts(join(import.meta.dirname, '../../../../../shared/corpus/seeds')),
      ...texts(join(import.meta.dirname, '../../../../eval/dev/articles')).slice(0, 60),
    ];
    expect(articles.length).toBeGreaterThan(60);
    const packed = throughJson(packGazetteer());
    const analyseWith = async (unpack: boolean) => {
      // A fresh copy of the analysis, with no index yet: it builds one, or takes the packed one.
      vi.resetModules();
      const packing = await import('../packed.ts');
      const unpacking = vi.spyOn(packing, 'unpackGraph');
      const { analyse, usePacked } = await import('../../analyse.ts');
      if (unpack) usePacked(packed);
      const read = articles.map((article) => JSON.stringify(analyse(article)));
      expect(unpacking).toHaveBeenCalledTimes(unpack ? 1 : 0);
      return read;
    };
    const built = await analyseWith(false);
    const unpacked = await analyseWith(true);
    expect(unpacked).toEqual(built);
  });
});

function texts(dir: string): ArticleInput[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const end = text.indexOf('\n');
      return {
        url: `https://example.org/${name}`,
        source: name,
        title: text.slice(0, end).trim(),
        body: text.slice(end + 1),
      };
    });
}
