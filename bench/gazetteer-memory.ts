/**
 * The gazetteer's memory once loaded, measured in a process of its own: the data files are parsed
 * when the module is imported, so in the bench's own process, which has imported the analysis long
 * before, their cost could no longer be told apart. Prints the heap delta in bytes as JSON.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function settledHeap(): number {
  for (let i = 0; i < 4; i++) collect();
  return process.memoryUsage().heapUsed;
}

const before = settledHeap();
const { gazetteer } = await import('../src/core/entities/gazetteer.ts');
const loaded = gazetteer();
const after = settledHeap();
console.log(JSON.stringify({ heapBytes: after - before, entities: loaded.byId.size }));
