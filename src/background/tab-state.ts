/**
 * What each tab shows, kept in session storage: Chrome stops an idle service worker (and Firefox
 * unloads an idle event page), and the side panel must still learn the tab's state afterwards.
 */
import type { TabState } from '../shared/protocol.ts';
import type { SessionStore } from './seam.ts';

const key = (tabId: number) => `tab:${tabId}`;

export function tabStates(session: SessionStore) {
  return {
    async get(tabId: number): Promise<TabState> {
      return (await session.get<TabState>(key(tabId))) ?? { kind: 'idle' };
    },
    set(tabId: number, state: TabState): Promise<void> {
      return session.set(key(tabId), state);
    },
    forget(tabId: number): Promise<void> {
      return session.remove(key(tabId));
    },
  };
}
