/**
 * Where a generation of the encrypted store lives. Chromium keeps every IndexedDB database of an
 * origin in one LevelDB, and `deleteDatabase` leaves the deleted records in its files until a
 * compaction that JavaScript cannot request (measured: a deleted record is still readable in the
 * `.ldb` file after the browser closes). A storage bucket has a LevelDB of its own, and deleting
 * the bucket deletes its files: so each store generation is a bucket, and retiring one deletes it.
 * Where the Storage Buckets API is missing, databases are named per generation and deleted with
 * `deleteDatabase` (weaker: see docs/security.md).
 */

/** A store generation: a storage bucket, or a database in the origin's default storage. */
export interface StoreRef {
  kind: 'bucket' | 'database';
  name: string;
}

export interface StoreBackend {
  readonly kind: StoreRef['kind'];
  /** The IndexedDB factory holding the store (its database is named `ref.name`). */
  factory(ref: StoreRef): Promise<IDBFactory>;
  /** Deletes the store, files included where the platform allows. */
  remove(ref: StoreRef): Promise<void>;
}

interface StorageBucket {
  readonly indexedDB: IDBFactory;
}
interface StorageBucketManager {
  open(
    name: string,
    options?: { durability?: 'strict' | 'relaxed'; persisted?: boolean },
  ): Promise<StorageBucket>;
  delete(name: string): Promise<void>;
}

function bucketManager(): StorageBucketManager | null {
  const manager = (globalThis.navigator as { storageBuckets?: StorageBucketManager } | undefined)
    ?.storageBuckets;
  return manager && typeof manager.open === 'function' ? manager : null;
}

export function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    // Open connections are told to close (Dexie closes on versionchange); wait for them.
    request.onblocked = () => undefined;
  });
}

/** Storage buckets: one LevelDB per store generation, deleted with its files. */
export function bucketBackend(manager: StorageBucketManager): StoreBackend {
  return {
    kind: 'bucket',
    async factory(ref) {
      if (ref.kind === 'database') return globalThis.indexedDB;
      return (await manager.open(ref.name, { durability: 'strict', persisted: true })).indexedDB;
    },
    async remove(ref) {
      if (ref.kind === 'database') return deleteDatabase(globalThis.indexedDB, ref.name);
      await manager.delete(ref.name);
    },
  };
}

/** Named databases in the default storage (the fallback, and tests on fake-indexeddb). */
export function databaseBackend(
  factory: () => IDBFactory = () => globalThis.indexedDB,
): StoreBackend {
  return {
    kind: 'database',
    async factory() {
      return factory();
    },
    async remove(ref) {
      await deleteDatabase(factory(), ref.name);
    },
  };
}

export function browserStoreBackend(): StoreBackend {
  const manager = bucketManager();
  return manager ? bucketBackend(manager) : databaseBackend();
}

/** A new generation's name: lower-case letters, digits and dashes, as bucket names must be. */
export function newStoreRef(backend: StoreBackend): StoreRef {
  return { kind: backend.kind, name: `amparo-${globalThis.crypto.randomUUID()}` };
}
