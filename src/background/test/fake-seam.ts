/** A stand-in for the browser, recording what the background asked of it. */
import type { Badge } from '../../shared/browser.ts';
import type { Broadcasts } from '../../shared/protocol.ts';
import type { BackgroundSeam } from '../seam.ts';

export interface FakeSeam extends BackgroundSeam {
  storage: Map<string, unknown>;
  badges: Map<number, Badge | null>;
  broadcasts: { name: keyof Broadcasts; payload: unknown }[];
}

export function fakeSeam(
  extensionId = 'crosscheck@test',
  storage = new Map<string, unknown>(),
): FakeSeam {
  const badges = new Map<number, Badge | null>();
  const broadcasts: FakeSeam['broadcasts'] = [];
  return {
    extensionId,
    storage,
    badges,
    broadcasts,
    broadcast(name, payload) {
      broadcasts.push({ name, payload });
    },
    async setBadge(tabId, badge) {
      badges.set(tabId, badge);
    },
    // Session storage hands out copies, as the real one does.
    session: {
      async get<T>(key: string) {
        return structuredClone(storage.get(key)) as T | undefined;
      },
      async set(key, value) {
        storage.set(key, structuredClone(value));
      },
      async remove(key) {
        storage.delete(key);
      },
    },
  };
}
