/**
 * The gazetteer's index packed into plain JSON, and unpacked again: built once when the extension
 * is built, rather than in every service worker that starts. Building it folds and transliterates
 * some 90,000 spellings (400-550 ms in Node, most of a woken worker's wait before the first
 * article of a page it was woken for is read); unpacking it is a JSON parse and one pass.
 *
 * The index is a graph: Maps, Sets, arrays and plain objects, one entity reached from many keys.
 * Each object is written once, in a table, and referred to by its position, so what is shared
 * stays shared. Every value is one integer, which keeps the file small and quick to parse:
 * 0 and above is an object of the table; -1 to -4 are undefined, null, false, true; below that,
 * a string of the string table.
 */
import { blankEntity, newNamed } from './shapes.ts';

export interface PackedGraph {
  /** Every distinct string, once. */
  strings: string[];
  /** Each plain object's keys, in order, by shape. */
  shapes: string[][];
  /** [kind, ...values]: kind 0 an array, 1 a Map (key, value, ...), 2 a Set, 3 + n an object of shape n. */
  objects: number[][];
}

const UNDEFINED = -1;
const NULL = -2;
const FALSE = -3;
const TRUE = -4;
const FIRST_STRING = -5;

const ARRAY = 0;
const MAP = 1;
const SET = 2;
const OBJECT = 3;

/** Packs `root` (object 0 of the table). Throws on what JSON cannot carry back: numbers, functions. */
export function packGraph(root: object): PackedGraph {
  const strings: string[] = [];
  const stringAt = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeAt = new Map<string, number>();
  const objects: number[][] = [];
  const objectAt = new Map<object, number>();
  const pending: object[] = [];

  const value = (v: unknown): number => {
    if (v === undefined) return UNDEFINED;
    if (v === null) return NULL;
    if (v === false) return FALSE;
    if (v === true) return TRUE;
    if (typeof v === 'string') {
      let at = stringAt.get(v);
      if (at === undefined) {
        at = strings.push(v) - 1;
        stringAt.set(v, at);
      }
      return FIRST_STRING - at;
    }
    if (typeof v !== 'object') throw new Error(`The gazetteer cannot be packed: a ${typeof v}`);
    let at = objectAt.get(v);
    if (at === undefined) {
      at = objectAt.size;
      objectAt.set(v, at);
      pending.push(v);
    }
    return at;
  };

  value(root);
  // Breadth first: a deep chain of phrase nodes never meets the call stack's limit.
  for (let i = 0; i < pending.length; i++) {
    const o = pending[i] as object;
    let packed: number[];
    if (Array.isArray(o)) packed = [ARRAY, ...o.map(value)];
    else if (o instanceof Map) {
      packed = [MAP];
      for (const [k, v] of o) packed.push(value(k), value(v));
    } else if (o instanceof Set) packed = [SET, ...[...o].map(value)];
    else if (Object.getPrototypeOf(o) === Object.prototype) {
      const keys = Object.keys(o);
      const signature = keys.join('\n');
      let shape = shapeAt.get(signature);
      if (shape === undefined) {
        shape = shapes.push(keys) - 1;
        shapeAt.set(signature, shape);
      }
      packed = [OBJECT + shape, ...keys.map((k) => value((o as Record<string, unknown>)[k]))];
    } else throw new Error('The gazetteer cannot be packed: an object of a class');
    objects[i] = packed;
  }
  return { strings, shapes, objects };
}

/**
 * The graph `packGraph` packed. Entities and phrase entries are made by `shapes.ts`, as the
 * build makes them, so the analysis meets the one object layout it is compiled for.
 */
export function unpackGraph<T>(packed: PackedGraph): T {
  const { strings, shapes, objects } = packed;
  const entityKeys = Object.keys(blankEntity()).join('\n');
  const namedKeys = Object.keys(newNamed(undefined, undefined, false)).join('\n');
  const makers = shapes.map((keys): (() => Record<string, unknown>) => {
    const signature = keys.join('\n');
    if (signature === entityKeys) return () => blankEntity() as unknown as Record<string, unknown>;
    if (signature === namedKeys)
      return () => newNamed(undefined, undefined, false) as unknown as Record<string, unknown>;
    return () => ({});
  });
  // First every object, empty, so that a value can refer to one further on.
  const made: unknown[] = objects.map((o) => {
    const kind = o[0] as number;
    // Made at its length and packed, as the build's are (`new Array(n)` would be holey: another
    // elements kind for the readers' code to meet), without the room pushing would leave spare.
    if (kind === ARRAY) return Array.from({ length: o.length - 1 });
    if (kind === MAP) return new Map();
    if (kind === SET) return new Set();
    return (makers[kind - OBJECT] as () => Record<string, unknown>)();
  });
  const value = (v: number): unknown => {
    if (v >= 0) return made[v];
    if (v <= FIRST_STRING) return strings[FIRST_STRING - v];
    return v === UNDEFINED ? undefined : v === NULL ? null : v === TRUE;
  };
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i] as number[];
    const kind = o[0] as number;
    const target = made[i];
    if (kind === ARRAY) {
      const array = target as unknown[];
      for (let j = 1; j < o.length; j++) array[j - 1] = value(o[j] as number);
    } else if (kind === MAP) {
      const map = target as Map<unknown, unknown>;
      for (let j = 1; j < o.length; j += 2)
        map.set(value(o[j] as number), value(o[j + 1] as number));
    } else if (kind === SET) {
      const set = target as Set<unknown>;
      for (let j = 1; j < o.length; j++) set.add(value(o[j] as number));
    } else {
      const keys = shapes[kind - OBJECT] as string[];
      const record = target as Record<string, unknown>;
      for (let j = 0; j < keys.length; j++) record[keys[j] as string] = value(o[j + 1] as number);
    }
  }
  return made[0] as T;
}
