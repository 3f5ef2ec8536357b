import { AppError } from '@core/errors/app-error';
import type { AmparoDatabase } from '../db/database';
import { conflictFromServer, createSyncReviewRepository } from '../db/sync-review-repository';
import type { Transport } from './http-transport';

/**
 * After pushing and pulling: send the resolutions chosen on this laptop, then fetch the conflicts
 * on this user's cases, so both people who changed a legal fact see it and its outcome.
 */
export async function syncConflicts(db: AmparoDatabase, transport: Transport): Promise<void> {
  const review = createSyncReviewRepository(() => db);
  for (const conflict of await review.pendingResolutions()) {
    try {
      await transport.resolveConflict(conflict.id, conflict.pendingResolution!.resolution);
    } catch (error) {
      // Already resolved elsewhere, or no longer visible: the fetched list shows what happened.
      if (!(error instanceof AppError) || !['conflict', 'not_found'].includes(error.code))
        throw error;
    }
  }
  const { items, people, appliedQuarantine } = await transport.conflicts();
  await review.replaceConflicts(items.map((item) => conflictFromServer(item, people)));
  // Refused here, applied by a supervisor after review: no longer refused.
  if (appliedQuarantine?.length) await db.quarantine.bulkDelete(appliedQuarantine);
}
