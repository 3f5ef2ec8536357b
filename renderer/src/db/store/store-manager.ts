import Dexie from 'dexie';
import type { KeyRing } from '../crypto/keyring';
import { AmparoDatabase, storeEncrypted, type StoreLocation } from '../database';
import {
  browserStoreBackend,
  newStoreRef,
  type StoreBackend,
  type StoreRef,
} from './store-backend';
import { LEGACY_STORE, sameStore, StoreDirectory, type StoreDirectoryRow } from './store-directory';
import { LeaseStore } from './lease-store';
import { readRotation } from './store-rotation';

/**
 * The store generations of this laptop: which is current, the one a passphrase change is
 * filling, and the deletion of retired ones (retried at every start until it succeeds).
 */
export class StoreManager {
  constructor(
    readonly backend: StoreBackend,
    readonly directory: StoreDirectory,
    private readonly encrypted: boolean = true,
  ) {}

  /** At start: the current generation (chosen on first run), finishing a completed change. */
  async resolve(): Promise<StoreDirectoryRow> {
    let row = await this.directory.read();
    if (!row) {
      // A laptop set up before store generations keeps its database until its first change.
      const current = (await Dexie.exists(LEGACY_STORE.name))
        ? LEGACY_STORE
        : newStoreRef(this.backend);
      row = { id: 'stores', current, next: null, retired: [] };
      await this.directory.write(row);
    }
    if (row.next && (await this.isComplete(row.next))) await this.switchToNext();
    await this.removeRetired();
    return (await this.directory.read())!;
  }

  async location(ref: StoreRef): Promise<StoreLocation> {
    return { name: ref.name, indexedDB: await this.backend.factory(ref) };
  }

  async open(ref: StoreRef, keyring: () => KeyRing | null): Promise<AmparoDatabase> {
    const where = await this.location(ref);
    return new AmparoDatabase(where.name, {
      keyring,
      encrypted: this.encrypted,
      ...(where.indexedDB ? { indexedDB: where.indexedDB } : {}),
    });
  }

  private async isComplete(ref: StoreRef): Promise<boolean> {
    const db = await this.open(ref, () => null);
    try {
      return (await readRotation(db))?.state === 'complete';
    } catch {
      return false;
    } finally {
      db.close();
    }
  }

  /** A new, empty generation recorded as `next` (an earlier unfinished one is deleted first). */
  async beginNext(): Promise<StoreRef> {
    await this.discardNext();
    const ref = newStoreRef(this.backend);
    await this.directory.update((row) => ({ ...row, next: ref }));
    return ref;
  }

  /**
   * Makes the filled `next` generation current, then deletes the old one. The directory is
   * written (strict durability) before anything is deleted, so a crash in between leaves the
   * old generation listed as retired, and it is deleted at the next start.
   */
  async switchToNext(): Promise<StoreDirectoryRow> {
    const row = await this.directory.update((row) => {
      if (!row.next) return row;
      return { ...row, current: row.next, next: null, retired: [...row.retired, row.current] };
    });
    await this.removeRetired();
    return row;
  }

  /** An unfinished change given up: its generation is deleted, the current one stays. */
  async discardNext(): Promise<void> {
    const row = await this.directory.read();
    if (!row?.next) return;
    const next = row.next;
    await this.directory.update((r) => ({ ...r, next: null, retired: [...r.retired, next] }));
    await this.removeRetired();
  }

  async removeRetired(): Promise<void> {
    const row = await this.directory.read();
    if (!row) return;
    for (const ref of row.retired) {
      if (sameStore(ref, row.current) || sameStore(ref, row.next)) continue;
      try {
        await this.backend.remove(ref);
      } catch {
        continue; // tried again at the next start
      }
      await this.directory.update((r) => ({
        ...r,
        retired: r.retired.filter((other) => !sameStore(other, ref)),
      }));
    }
  }

  /** The device lease kept beside the stores (issue 19 #2). */
  leases(): LeaseStore {
    return new LeaseStore(this.backend, this.directory);
  }

  /** Wipe: every generation is deleted; the next start begins a fresh one. */
  async removeAll(): Promise<void> {
    const row = await this.directory.read();
    if (!row) return;
    const all = [row.current, ...(row.next ? [row.next] : []), ...row.retired];
    await this.directory.write({
      ...row,
      current: newStoreRef(this.backend),
      next: null,
      retired: all,
    });
    await this.removeRetired();
  }
}

let app: StoreManager | undefined;

/** The running app's stores (storage buckets where the browser has them). */
export function appStoreManager(): StoreManager {
  app ??= new StoreManager(browserStoreBackend(), new StoreDirectory(), storeEncrypted());
  return app;
}
