import Dexie, { type Table } from 'dexie';
import type { StoreRef } from './store-backend';

/**
 * Which store generation is current, and one being written by a passphrase change. Kept in the
 * origin's default storage, apart from the stores, and holding no secret: store names, and the
 * lease's dates and device id (lease-record.ts), which the lock screen reads before any key exists.
 */
export interface StoreDirectoryRow {
  id: 'stores';
  current: StoreRef;
  /** A generation being filled by a passphrase change: it becomes current once complete. */
  next: StoreRef | null;
  /** Generations retired but not yet deleted (the deletion is tried again at every start). */
  retired: StoreRef[];
}

export const DIRECTORY_NAME = 'amparo-directory';
export const LEGACY_STORE: StoreRef = { kind: 'database', name: 'amparo' };

export class StoreDirectory extends Dexie {
  entries!: Table<StoreDirectoryRow, string>;
  lease!: Table<{ id: string } & Record<string, unknown>, string>;

  constructor(factory?: IDBFactory, name = DIRECTORY_NAME) {
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(factory ? { indexedDB: factory } : {}),
    });
    this.version(1).stores({ entries: 'id', lease: 'id' });
  }

  async read(): Promise<StoreDirectoryRow | undefined> {
    return this.entries.get('stores');
  }

  async write(row: StoreDirectoryRow): Promise<void> {
    await this.entries.put(row);
  }

  async update(change: (row: StoreDirectoryRow) => StoreDirectoryRow): Promise<StoreDirectoryRow> {
    return this.transaction('rw', this.entries, async () => {
      const row = await this.read();
      if (!row) throw new Error('no store directory');
      const next = change(row);
      await this.write(next);
      return next;
    });
  }
}

export function sameStore(a: StoreRef | null | undefined, b: StoreRef | null | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.name === b.name;
}
