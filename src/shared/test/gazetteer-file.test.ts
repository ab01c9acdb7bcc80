import { afterEach, describe, expect, it, vi } from 'vitest';
import * as analysis from '../../core/analyse.ts';
import { packGraph } from '../../core/entities/packed.ts';
import { GAZETTEER_MARK, loadPackedGazetteer } from '../gazetteer-file.ts';

afterEach(() => vi.restoreAllMocks());

describe("the worker's packed gazetteer", () => {
  it('unpacks the file the build wrote and marks when it is in use', async () => {
    const used = vi.spyOn(analysis, 'usePacked').mockImplementation(() => undefined);
    const packed = packGraph({ byId: new Map([['ru-bel', { name: 'Belgorod Oblast' }]]) });
    performance.clearMarks(GAZETTEER_MARK);
    await loadPackedGazetteer(async () => JSON.parse(JSON.stringify(packed)));
    expect(used).toHaveBeenCalledWith(packed);
    expect(performance.getEntriesByName(GAZETTEER_MARK)).toHaveLength(1);
  });

  it('logs a file it cannot read, and uses no index', async () => {
    const used = vi.spyOn(analysis, 'usePacked');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await loadPackedGazetteer(async () => {
      throw new Error('404 Not Found');
    });
    expect(used).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledWith(
      'Crosscheck: the packed gazetteer could not be used',
      expect.objectContaining({ message: '404 Not Found' }),
    );
  });

  it('refuses a file that holds something else', async () => {
    const used = vi.spyOn(analysis, 'usePacked');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const other of [null, [], { strings: [], shapes: [], objects: [] }, { objects: 'x' }])
      await loadPackedGazetteer(async () => other);
    expect(used).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledTimes(4);
  });
});
