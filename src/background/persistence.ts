/**
 * Asks the browser to keep the history under storage pressure rather than evict it with the
 * other "best-effort" site data. `navigator.storage` is a web API, not an extension API, so it is
 * called directly rather than through the seam: there is nothing to fake in the extension APIs,
 * and tests pass their own StorageManager.
 *
 * `persist()` is exposed to windows only: Firefox's event page is one and asks; Chrome's service
 * worker is not, so there this resolves to undefined and the manifest's `unlimitedStorage`
 * permission is what keeps the history (Chrome exempts extensions holding it from quota and
 * eviction, as its "Storage and cookies" extension guide says).
 */
type Persistence = Pick<StorageManager, 'persisted'> & Partial<Pick<StorageManager, 'persist'>>;

export async function requestPersistentStorage(
  storage: Persistence | undefined = globalThis.navigator?.storage,
): Promise<boolean | undefined> {
  if (!storage?.persist) return undefined;
  if (await storage.persisted()) return true;
  return storage.persist();
}
