import { recoverRescues, type RescueStorage } from './crypto/rescue-vault';
import { draftsRepository } from './drafts-repository';

export interface RestoredRescues {
  /** Drafts put back, for their editors to bring back when they open. */
  readonly restored: number;
  /** Rescues that could not be opened or stored (another store's key, a case gone). */
  readonly lost: number;
}

/**
 * At unlock: what pages that went away had not committed (crypto/rescue-vault.ts) goes into the
 * drafts store, where each editor looks when it opens and saves what it finds.
 */
export async function restoreRescuedDrafts(
  dek: CryptoKey,
  storage: RescueStorage,
  drafts: Pick<typeof draftsRepository, 'put'> = draftsRepository,
): Promise<RestoredRescues> {
  const { drafts: rescued, unreadable } = await recoverRescues(dek, storage);
  let restored = 0;
  for (const draft of rescued) {
    try {
      await drafts.put(draft.draftId, draft.caseId, draft.values);
      restored += 1;
    } catch {
      // The case left this laptop (unassigned, purged): its key is gone, and so is the draft.
    }
  }
  return { restored, lost: unreadable + rescued.length - restored };
}
