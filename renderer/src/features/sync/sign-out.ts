import type { GuardOutcome, SaveGuard } from '../security/save-guard';

export interface SignOutSteps {
  /** Refuses (`unsynced_work`) while the outbox is not empty, unless overridden. */
  signOut: (override: boolean) => Promise<'signed_out' | 'unsynced_work'>;
  /** The outbox holds work MCJ has not received: ask before signing out anyway. */
  onUnsyncedWork: () => void;
  onSignedOut: () => Promise<void>;
}

/**
 * Sign-out counts unsynced work only after every editor's typing is in the outbox; if some typing
 * cannot be saved, sign-out waits for the attorney (the guard shows what is unsaved).
 */
export function signOutAfterSaving(guard: SaveGuard, steps: SignOutSteps): Promise<GuardOutcome> {
  return guard.saveThen('signOut', async () => {
    const result = await steps.signOut(false);
    if (result === 'unsynced_work') steps.onUnsyncedWork();
    else await steps.onSignedOut();
  });
}
