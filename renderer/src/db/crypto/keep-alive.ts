/**
 * IndexedDB commits a transaction as soon as it has no pending request, so awaiting WebCrypto
 * (which resolves outside IndexedDB) inside one would end it early. While `work` runs, this keeps
 * one cheap request pending, and it settles inside a request callback, where the transaction is
 * active again and the caller may go on using it (the same technique as Dexie.waitFor).
 */
export function keepTransactionAlive<T>(trans: unknown, work: Promise<T>): Promise<T> {
  const idb = trans as IDBTransaction | undefined;
  if (!idb || typeof idb.objectStore !== 'function' || idb.objectStoreNames.length === 0)
    return work;
  let store: IDBObjectStore;
  try {
    store = idb.objectStore(idb.objectStoreNames[0]!);
  } catch {
    // Already finished (a read-only query answered after its transaction completed): nothing
    // is left to keep alive, and nothing more can be done in it.
    return work;
  }
  return new Promise<T>((resolve, reject) => {
    let settle: (() => void) | null = null;
    work.then(
      (value) => (settle = () => resolve(value)),
      (error: unknown) => (settle = () => reject(error)),
    );
    const spin = () => {
      if (settle) {
        settle();
        return;
      }
      try {
        const request = store.get(-Infinity);
        request.onsuccess = spin;
        request.onerror = () => reject(request.error);
      } catch (error) {
        // The transaction already ended (aborted elsewhere): report the original outcome if any.
        void work.then(resolve, reject);
        void error;
      }
    };
    spin();
  });
}
