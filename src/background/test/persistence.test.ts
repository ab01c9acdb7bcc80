import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../persistence.ts';

/** A StorageManager as a window has it, recording whether persist() was asked. */
function storageManager(persisted: boolean, grants: boolean) {
  const asked: string[] = [];
  return {
    asked,
    async persisted() {
      asked.push('persisted');
      return persisted;
    },
    async persist() {
      asked.push('persist');
      return grants;
    },
  };
}

describe('persistent storage', () => {
  it('asks for it when the history is not yet persistent, and says whether it was granted', async () => {
    const granting = storageManager(false, true);
    expect(await requestPersistentStorage(granting)).toBe(true);
    expect(granting.asked).toEqual(['persisted', 'persist']);
    expect(await requestPersistentStorage(storageManager(false, false))).toBe(false);
  });

  it('does not ask again once granted', async () => {
    const granted = storageManager(true, true);
    expect(await requestPersistentStorage(granted)).toBe(true);
    expect(granted.asked).toEqual(['persisted']);
  });

  it("leaves it to the manifest where persist() is not offered (Chrome's service worker)", async () => {
    const worker = { persisted: async () => false };
    expect(await requestPersistentStorage(worker)).toBeUndefined();
    expect(await requestPersistentStorage(undefined)).toBeUndefined();
  });
});
