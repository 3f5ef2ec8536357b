/**
 * Applying a quarantined mutation after a supervisor reviewed it. The mutation runs through the
 * same code as a push, as its author (their user and device: authorship, field stamps and
 * conflicts name them), with the case access of the supervisor who vouches for it. It may still
 * be refused (the document it edits is gone, the patch is invalid): then nothing happens and the
 * supervisor is told why. An item applies once.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@core/errors/app-error';
import { MutationSchema, type MutationResult } from '@core/sync/mutation-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { ChangeInput } from '../repositories/change-log-repository';
import { recordChanges } from '../repositories/change-log-repository';
import {
  getQuarantineForUpdate,
  markQuarantineApplied,
} from '../repositories/push-records-repository';
import { applyOne } from '../sync/apply-mutation';
import { MutationRejected } from '../sync/mutation-outcome';
import { PushBatchState } from '../sync/push-batch-state';
import { refreshCaseSummaries } from '../summaries/case-summaries-service';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

export async function applyQuarantineItem(db: Db, actor: AdminActor, id: string) {
  return db.transaction(async (tx) => {
    const item = await getQuarantineForUpdate(tx, actor.orgId, id);
    if (!item) throw new AppError('not_found');
    if (item.appliedAt) throw new AppError('conflict', 'review.quarantine.alreadyApplied');
    const parsed = MutationSchema.safeParse(item.payload);
    if (!parsed.success)
      throw new AppError('conflict', 'review.quarantine.notApplicable', [
        { path: 'payload', code: 'invalid_mutation' },
      ]);
    // A different change sent under an id that had already taken effect gets an id of its own.
    const mutation =
      item.reason === 'mutation_mismatch'
        ? { ...parsed.data, mutationId: randomUUID() }
        : parsed.data;
    const author: AuthContext = {
      userId: item.userId,
      orgId: actor.orgId,
      role: 'supervisor',
      deviceId: item.deviceId,
      deviceRevoked: false,
    };
    const state = new PushBatchState(tx, author, true);
    await state.load([mutation]);
    let result: MutationResult;
    let changes: ChangeInput[];
    try {
      const outcome = await applyOne(state, mutation);
      state.commit();
      await state.flush();
      changes = outcome.changes;
      result = { ...outcome.result, mutationId: mutation.mutationId, seq: mutation.seq };
    } catch (error) {
      if (!(error instanceof MutationRejected)) throw error;
      throw new AppError('conflict', 'review.quarantine.notApplicable', [
        { path: 'reason', code: error.reason },
      ]);
    }
    const appliedAt = await markQuarantineApplied(tx, id, actor.userId, result);
    await appendAudit(tx, {
      ...auditBase(actor),
      action: 'review.quarantine_applied',
      outcome: 'ok',
      caseIds: [mutation.caseId],
      details: { quarantineId: id, status: result.status, via: actor.via },
    });
    // Its author's laptop work reaching the case now: the case's last laptop sync moves too.
    await refreshCaseSummaries(tx, actor.orgId, [mutation.caseId], {
      synced: changes.length > 0 ? [mutation.caseId] : [],
    });
    await recordChanges(tx, actor.orgId, changes);
    return { id, appliedAt: appliedAt.toISOString(), result };
  });
}
