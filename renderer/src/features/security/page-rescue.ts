import { DEK_ID, type KeyRing } from '../../db/crypto/keyring';
import { forgetAllRescues, RescueVault, type RescueStorage } from '../../db/crypto/rescue-vault';
import type { AmparoDatabase } from '../../db/database';
import { createDraftsRepository } from '../../db/drafts-repository';
import { restoreRescuedDrafts } from '../../db/rescued-drafts';
import type { FlushRegistry } from '../saving/flush-registry';

/** localStorage where the page can use it (it throws in some sandboxed and private contexts). */
export function pageStorage(): RescueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Web mode cannot hold a reload or a closing tab, and saves that have not committed by then are
 * cut off. While unlocked, this page keeps a rescue vault (db/crypto/rescue-vault.ts): when the
 * page goes away, every editor's uncommitted work is sealed into it synchronously; the next
 * unlock puts it back as drafts, which each editor saves when it opens. See docs/saving.md.
 */
export class PageRescue {
  private vault: RescueVault | null = null;
  /** Bumped by every open and close: an open that finishes after a later close is undone. */
  private generation = 0;

  constructor(
    private readonly storage: RescueStorage | null,
    private readonly saves: FlushRegistry,
    private readonly db: () => AmparoDatabase,
  ) {}

  /** Unlocked: bring back what earlier pages rescued, then keep a vault for this page. */
  async opened(keyring: KeyRing): Promise<void> {
    this.close();
    const generation = this.generation;
    const dek = keyring.keyNow(DEK_ID);
    if (!this.storage || !dek) return;
    try {
      await restoreRescuedDrafts(dek, this.storage, createDraftsRepository(this.db));
    } catch {
      // Storage unreadable: what could not be restored is lost, but unlocking goes on.
    }
    try {
      const vault = await RescueVault.open(dek, this.storage);
      if (generation === this.generation) this.vault = vault;
      else vault.close();
    } catch {
      // No vault for this page: a reload can then lose the last ~300 ms of typing.
    }
  }

  /** `pagehide`: seal what is not committed (synchronous: the page may not run again). */
  pageHidden(): void {
    this.vault?.rescue(this.saves.rescueAll());
  }

  /** `pageshow` from the back/forward cache: the page lives on, and so does its typing. */
  pageShown(): void {
    this.vault?.unrescue();
  }

  /** Lock, passphrase change: the vault's key leaves memory and storage. */
  close(): void {
    this.generation += 1;
    this.vault?.close();
    this.vault = null;
  }

  /** A new store (first run, wipe): rescues sealed for an earlier one can never be opened. */
  forgetAll(): void {
    this.close();
    if (this.storage) forgetAllRescues(this.storage);
  }
}
