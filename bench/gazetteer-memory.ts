/**
 * The gazetteer once loaded, measured in a process of its own: the data files are parsed when the
 * module is imported, so in the bench's own process, which has imported the analysis long before,
 * their cost could no longer be told apart. Given a packed index's file (as the extension's build
 * writes it), it is read, parsed and unpacked as the worker does; else the index is built from the
 * data files. Prints the heap delta in bytes and the time the index took, as JSON.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function settledHeap(): number {
  for (let i = 0; i < 4; i++) collect();
  return process.memoryUsage().heapUsed;
}

const packedFile = process.argv[2];
const before = settledHeap();
const { gazetteer, usePacked } = await import('../src/core/entities/gazetteer.ts');
const started = performance.now();
if (packedFile) usePacked(JSON.parse(readFileSync(packedFile, 'utf8')));
const loaded = gazetteer();
const ms = performance.now() - started;
const after = settledHeap();
console.log(JSON.stringify({ heapBytes: after - before, entities: loaded.byId.size, ms }));
