/**
 * A private in-memory IndexedDB for Node (the CLI and tests), so each run starts from an empty
 * history and nothing leaks between runs.
 */
import {
  IDBCursor,
  IDBCursorWithValue,
  IDBDatabase,
  IDBFactory,
  IDBIndex,
  IDBKeyRange,
  IDBObjectStore,
  IDBOpenDBRequest,
  IDBRequest,
  IDBTransaction,
} from 'fake-indexeddb';

/**
 * idb recognises requests and transactions with `instanceof` against the global IndexedDB
 * classes, which Node lacks: those classes (never a global `indexedDB`) are put in place once.
 */
function provideClasses(): void {
  const classes = {
    IDBCursor,
    IDBCursorWithValue,
    IDBDatabase,
    IDBFactory,
    IDBIndex,
    IDBKeyRange,
    IDBObjectStore,
    IDBOpenDBRequest,
    IDBRequest,
    IDBTransaction,
  };
  const scope = globalThis as Record<string, unknown>;
  for (const [name, value] of Object.entries(classes)) {
    if (!(name in scope)) scope[name] = value;
  }
}

export function memoryIndexedDB(): IDBFactory {
  provideClasses();
  return new IDBFactory();
}
