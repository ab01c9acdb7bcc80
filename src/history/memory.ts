/**
 * A private in-memory IndexedDB for Node (the CLI and tests), so each run starts from an empty
 * history and nothing leaks between runs.
 */
import * as fake from 'fake-indexeddb';

const CLASSES = [
  'IDBCursor',
  'IDBCursorWithValue',
  'IDBDatabase',
  'IDBFactory',
  'IDBIndex',
  'IDBKeyRange',
  'IDBObjectStore',
  'IDBOpenDBRequest',
  'IDBRequest',
  'IDBTransaction',
] as const;

/**
 * idb recognises requests and transactions with `instanceof` against the global IndexedDB
 * classes, which Node lacks: those classes (never a global `indexedDB`) are put in place once.
 */
function provideClasses(): void {
  const scope = globalThis as Record<string, unknown>;
  for (const name of CLASSES) {
    if (!(name in scope)) scope[name] = fake[name];
  }
}

export function memoryIndexedDB(): IDBFactory {
  provideClasses();
  return new fake.IDBFactory();
}
