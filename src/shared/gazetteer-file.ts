/**
 * The gazetteer's index, packed when the extension is built (`vite.config.ts`), read and
 * unpacked as the worker starts (and in the side panel, when it first judges claims). Building it
 * from the data files took 400-550 ms in Node, in every worker that starts, and the browser stops
 * an idle worker after 30 seconds: a reader's next article mostly wakes a new one, and waited for
 * that build. Reading and unpacking the file takes 60-70 ms.
 */
import { usePacked, type PackedGraph } from '../core/analyse.ts';

/** Marked in the worker's timeline once the packed index is in use (the highlight bench reads it). */
export const GAZETTEER_MARK = 'crosscheck:gazetteer-unpacked';

/** Where the build puts the packed index, beside the manifest. */
export const PACKED_GAZETTEER = 'gazetteer.json';

function isPackedGraph(value: unknown): value is PackedGraph {
  const packed = value as Partial<PackedGraph> | null;
  return (
    typeof packed === 'object' &&
    packed !== null &&
    Array.isArray(packed.strings) &&
    Array.isArray(packed.shapes) &&
    Array.isArray(packed.objects) &&
    packed.objects.length > 0
  );
}

/**
 * Reads and unpacks the packed index. Resolves either way: a file that cannot be read or
 * unpacked is logged, and each article read then fails with a message saying so
 * (`gazetteer-unbuilt.ts`; in Node the index is built from the data files instead).
 */
export async function loadPackedGazetteer(read: () => Promise<unknown>): Promise<void> {
  try {
    const packed = await read();
    if (!isPackedGraph(packed)) throw new Error(`${PACKED_GAZETTEER} holds no packed index`);
    usePacked(packed);
    globalThis.performance?.mark?.(GAZETTEER_MARK);
  } catch (error) {
    console.error('Crosscheck: the packed gazetteer could not be used', error);
  }
}
