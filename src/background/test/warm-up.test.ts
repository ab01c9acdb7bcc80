import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUp } from '../warm-up.ts';

afterEach(() => vi.restoreAllMocks());

describe('warming up a started worker', () => {
  it('opens the history at once and leaves the analysis to a later task', async () => {
    const open = vi.fn(async () => undefined);
    const tasks: (() => void)[] = [];
    warmUp(open, (task) => tasks.push(task));
    expect(open).toHaveBeenCalledTimes(1);
    // The event that woke the worker goes first: nothing is analysed until the task runs.
    expect(tasks).toHaveLength(1);
    expect(() => tasks[0]!()).not.toThrow();
  });

  it('logs a history that cannot be opened rather than failing the start', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    warmUp(
      async () => {
        throw new Error('database unavailable');
      },
      () => undefined,
    );
    await vi.waitFor(() =>
      expect(logged).toHaveBeenCalledWith(
        'Crosscheck: could not open the history',
        expect.objectContaining({ message: 'database unavailable' }),
      ),
    );
  });
});
