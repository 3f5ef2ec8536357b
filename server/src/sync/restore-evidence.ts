/**
 * An edit (or a delete) of a record this server has never held, on a version the laptop says the
 * server gave it: the server gave it in a history it no longer has, so it was restored from a
 * backup older than that record (issue 21, seed 7; docs/sync.md guarantee 9). The laptop noticed
 * nothing in `hello` (it held no acknowledgement the restore lost, and nobody had bumped the
 * epoch yet) and pushed before its pull could find its cursor past this history. Taken as proof
 * of a restore, as a laptop's claim to more acknowledgements is (hello-service.ts): the epoch is
 * bumped, so this laptop (its pull answered 410) and every other download again, and the laptop
 * sends the record back as a recovered creation carrying the edit (sync-peer-recovery.ts). The
 * edit is deferred meanwhile, not quarantined. Records are never erased here (a deletion keeps
 * the row), so a missing row with `baseVersion > 0` has no other innocent cause.
 */
import type { Mutation } from '@core/sync/mutation-schemas';
import type { Queryable } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import { bumpSyncEpoch } from '../repositories/organisations-repository';
import { RESTORE_BUMP_QUIET_MINUTES } from './hello-service';
import type { PushBatchState } from './push-batch-state';

/** Whether the refused mutation names a record a lost history held (see above). */
export function lostToRestore(state: PushBatchState, m: Mutation): boolean {
  return (
    (m.kind === 'patch' || m.kind === 'delete') &&
    m.entity !== 'noteRevision' &&
    m.baseVersion > 0 &&
    state.entity(m.entityId) === null
  );
}

/**
 * Bumps the epoch for the restore this mutation shows, unless it changed within the hour (then
 * the laptop was told in `hello`, or will be at its next one, and the refusal stands as before:
 * deferring again and again could hold the laptop's work for good). Returns whether it did.
 */
export async function restoreShownByEdit(
  q: Queryable,
  ids: { orgId: string; userId: string; deviceId: string; requestId: string },
  m: Mutation,
): Promise<boolean> {
  const epoch = await bumpSyncEpoch(q, ids.orgId, RESTORE_BUMP_QUIET_MINUTES);
  if (epoch === null) return false;
  await appendAudit(q, {
    orgId: ids.orgId,
    actorId: ids.userId,
    deviceId: ids.deviceId,
    requestId: ids.requestId,
    action: 'sync.restore_detected',
    outcome: 'ok',
    caseIds: [m.caseId],
    details: { evidence: 'unknown_record', entity: m.entity, baseVersion: m.baseVersion },
  });
  return true;
}
