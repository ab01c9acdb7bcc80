import { describe, expect, it } from 'vitest';
import { dispatch } from '../messaging.ts';
import type { Handlers } from '../messaging.ts';
import type { BackgroundCalls } from '../protocol.ts';

const handlers: Handlers<BackgroundCalls, null> = {
  'article/none': () => null,
};

describe('dispatch', () => {
  it('answers the calls it has a handler for', async () => {
    const reply = dispatch(handlers, { crosscheck: 1, method: 'article/none', params: {} }, null);
    expect(await reply).toEqual({ ok: true, value: null });
  });

  it('leaves unanswered a method named after what every object has', () => {
    for (const method of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(dispatch(handlers, { crosscheck: 1, method, params: {} }, null)).toBeUndefined();
    }
  });

  it('leaves unanswered messages that are not ours', () => {
    expect(dispatch(handlers, { method: 'article/none', params: {} }, null)).toBeUndefined();
    expect(dispatch(handlers, 'article/none', null)).toBeUndefined();
  });
});
