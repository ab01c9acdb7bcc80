import { afterEach, describe, expect, it, vi } from 'vitest';
import * as analysis from '../../core/analyse.ts';
import { warmer, warmUp } from '../warm-up.ts';
import { WARM_UP_PIECES } from '../warm-up-texts.ts';

afterEach(() => vi.restoreAllMocks());

describe('warming up a started worker', () => {
  it('opens the history at once and leaves the analysis to a later task', async () => {
    const open = vi.fn(async () => undefined);
    const tasks: (() => void)[] = [];
    warmUp(
      open,
      warmer((task) => tasks.push(task)),
    );
    expect(open).toHaveBeenCalledTimes(1);
    // The event that woke the worker goes first: nothing is analysed until the task runs.
    expect(tasks).toHaveLength(1);
    expect(() => tasks[0]!()).not.toThrow();
  });

  it('goes on with several rounds of reports of every kind, a task each, after the first', () => {
    const analysed = vi.spyOn(analysis, 'analyse');
    const tasks: (() => void)[] = [];
    warmUp(
      async () => undefined,
      warmer((task) => tasks.push(task)),
    );
    for (let ran = 0; ran < tasks.length && ran < 100; ran++) tasks[ran]!();
    // Each task analyses one piece: an article arriving meanwhile waits for one piece at most.
    expect(analysed).toHaveBeenCalledTimes(tasks.length);
    const titles = analysed.mock.calls.map(([input]) => input.title);
    // The sample that builds the gazetteer first, then every report, more than once.
    for (const piece of WARM_UP_PIECES)
      expect(titles.filter((title) => title === piece.title).length).toBeGreaterThan(1);
  });

  it('warms with reports naming many kinds of event, a village the gazetteer does not know among them', () => {
    // A pattern runs, and is compiled, only on text holding its words; one short sample
    // left most of them, and the index of towns met by a village's name, to the first article.
    const claims = WARM_UP_PIECES.flatMap((piece) => analysis.analyse(piece).claims);
    expect(new Set(claims.map((claim) => claim.frame.event)).size).toBeGreaterThanOrEqual(5);
    expect(WARM_UP_PIECES.some((piece) => /[а-я]/.test(piece.body))).toBe(true);
    const places = WARM_UP_PIECES.flatMap((piece) => analysis.analyse(piece).entities);
    expect(places.some((entity) => entity.type === 'place' && entity.known === false)).toBe(true);
  });

  it('logs a history that cannot be opened rather than failing the start', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    warmUp(
      async () => {
        throw new Error('database unavailable');
      },
      warmer(() => undefined),
    );
    await vi.waitFor(() =>
      expect(logged).toHaveBeenCalledWith(
        'Crosscheck: could not open the history',
        expect.objectContaining({ message: 'database unavailable' }),
      ),
    );
  });
});

describe('warming a running worker for the page a tab navigates to', () => {
  it('analyses a sample in later tasks, once for a burst of navigations to web pages', () => {
    const tasks: (() => void)[] = [];
    const warm = warmer((task) => tasks.push(task));
    warm('https://example.org/a');
    warm('https://example.org/b');
    expect(tasks).toHaveLength(1);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // In pieces, each task asking for the next: an article arriving meanwhile gets in between.
    for (let ran = 0; ran < tasks.length; ran++) {
      tasks[ran]!();
      const queued = tasks.length;
      // Still warming (a piece is queued): a navigation in the same burst shares this run.
      if (queued > ran + 1) warm('https://example.org/c');
      expect(tasks).toHaveLength(queued);
      expect(ran).toBeLessThan(20);
    }
    expect(tasks.length).toBeGreaterThan(1);
    expect(logged).not.toHaveBeenCalled();
    // Once run, the next navigation warms again.
    const pieces = tasks.length;
    warm('http://example.org/d');
    expect(tasks).toHaveLength(pieces + 1);
  });

  it('drops the pieces still to come once an article arrives', () => {
    const tasks: (() => void)[] = [];
    const warm = warmer((task) => tasks.push(task));
    warm('https://example.org/a');
    tasks[0]!();
    expect(tasks).toHaveLength(2);
    warm.stop();
    tasks[1]!();
    expect(tasks).toHaveLength(2);
    // The next navigation warms again, from the start.
    warm('https://example.org/b');
    expect(tasks).toHaveLength(3);
  });

  it('analyses nothing until the gazetteer is in, then warms as asked', async () => {
    const analysed = vi.spyOn(analysis, 'analyse').mockImplementation(() => {
      throw new Error('not expected yet');
    });
    let settle = () => {};
    const ready = new Promise<void>((resolve) => (settle = resolve));
    const tasks: (() => void)[] = [];
    const warm = warmer((task) => tasks.push(task), ready);
    warm.started();
    warm('https://example.org/a');
    await Promise.resolve();
    expect(tasks).toHaveLength(0);
    settle();
    await ready;
    await Promise.resolve();
    expect(tasks).toHaveLength(1);
    expect(analysed).not.toHaveBeenCalled();
  });

  it('leaves browser and extension pages alone', () => {
    const tasks: (() => void)[] = [];
    const warm = warmer((task) => tasks.push(task));
    warm('chrome://extensions/');
    warm('about:blank');
    expect(tasks).toHaveLength(0);
  });
});
