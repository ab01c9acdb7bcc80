/**
 * The gazetteer once loaded, measured in a process of its own: the data files are parsed when the
 * module is imported, so in the bench's own process, which has imported the analysis long before,
 * their cost could no longer be told apart. Given a packed index's file (as the extension's build
 * writes it), it is read, parsed and unpacked as the worker does; else the data files are imported
 * and the index built from them. Prints the heap delta in bytes and the time taken, as JSON.
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
const started = performance.now();
let entities: number;
// Held to the end, so the heap is measured with it.
let index: { byId: Map<string, unknown> } | undefined;
if (packedFile) {
  // As the extension's worker holds it: the index alone, neither the data files nor the code that
  // builds from them (they are left out of the extension).
  const { unpackGraph } = await import('../src/core/entities/packed.ts');
  // Parsed within a function, so the parsed file is garbage once unpacked, as in the worker.
  const unpack = () =>
    unpackGraph<{ byId: Map<string, unknown> }>(JSON.parse(readFileSync(packedFile, 'utf8')));
  index = unpack();
  entities = index.byId.size;
} else {
  const { gazetteer } = await import('../src/core/entities/gazetteer.ts');
  entities = gazetteer().byId.size;
}
const ms = performance.now() - started;
const after = settledHeap();
console.log(JSON.stringify({ heapBytes: after - before, entities, ms }));
