import { AppError } from '@core/errors/app-error';
import type { AmparoDatabase } from '../db/database';
import { reviewItemsServerLacks } from '../db/review-recovery';
import { conflictFromServer, createSyncReviewRepository } from '../db/sync-review-repository';
import { readSyncState, updateSyncState } from '../db/sync-state';
import type { Transport } from './http-transport';

/**
 * After pushing and pulling: send the resolutions chosen on this laptop, then fetch the conflicts
 * on this user's cases, so both people who changed a legal fact see it and its outcome. Returns
 * how many resolutions the server took and refused changes it has since applied (a value written
 * back is then pulled in the same run).
 */
const GIVE_UP = ['not_found', 'bad_request', 'validation_failed', 'payload_too_large'];

export async function syncConflicts(db: AmparoDatabase, transport: Transport): Promise<number> {
  const review = createSyncReviewRepository(() => db);
  let sent = 0;
  for (const conflict of await review.pendingResolutions()) {
    try {
      await transport.resolveConflict(conflict.id, conflict.pendingResolution!.resolution);
      sent += 1;
    } catch (error) {
      // Already resolved elsewhere, no longer visible, or (a restore) the value changed again
      // meanwhile: the fetched list shows what happened, and an open item is asked again.
      if (!(error instanceof AppError) || !['conflict', 'not_found'].includes(error.code))
        throw error;
      await review.clearResolution(conflict.id);
    }
  }
  let { items, people, appliedQuarantine } = await transport.conflicts();
  const state = await readSyncState(db);
  if (state.reviewRecovery && !state.restoreDownload && !state.resyncing) {
    // After a server restore: the items it lost go back before the list here is replaced.
    const lacking = await reviewItemsServerLacks(db, items);
    if (lacking.length > 0 && transport.recoverConflicts) {
      try {
        for (let i = 0; i < lacking.length; i += 100)
          await transport.recoverConflicts(lacking.slice(i, i + 100));
      } catch (error) {
        // A server without the route (older), or one refusing the list as malformed, will not
        // take it later either: give up rather than fail every sync. Anything else is retried.
        if (!(error instanceof AppError) || !GIVE_UP.includes(error.code)) throw error;
      }
      ({ items, people, appliedQuarantine } = await transport.conflicts());
    }
    await updateSyncState(db, (s) => ({ ...s, reviewRecovery: false }));
  }
  await review.replaceConflicts(items.map((item) => conflictFromServer(item, people)));
  // Refused here, applied by a supervisor after review: no longer refused, and its effect is a
  // server change to pull.
  let applied = 0;
  if (appliedQuarantine?.length) {
    const here = (await db.quarantine.bulkGet(appliedQuarantine)).filter((q) => q !== undefined);
    await db.quarantine.bulkDelete(here.map((q) => q.id));
    applied = here.length;
  }
  return sent + applied;
}
