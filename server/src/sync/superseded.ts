/**
 * A laptop restored from a backup taken while a change was still being typed sends that change's
 * outbox entry again: the same mutation id as the one it sent later, on the timeline the restore
 * undid, with the content it had at the backup (and whatever was typed into it since). That is an
 * earlier state of work this device already settled, not a replay, and not a different change
 * under a used id (which is still quarantined as `mutation_mismatch`). Nothing is applied under
 * the used id: a note revision is answered with the revision the server holds, which the laptop
 * takes, keeping as a fork any text of its own the server's lacks; a document change is sent
 * again under a new id and checked as concurrent with every change since its base, this device's
 * own included (renderer/src/db/sync-superseded.ts).
 */
import type { JsonObject } from '@core/sync/json-value';
import { isDocumentEntity, type Mutation, type MutationResult } from '@core/sync/mutation-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { Queryable } from '../db/db';
import type { StoredMutation } from '../repositories/push-records-repository';

/** The answer to `m` when it is an earlier state of `settled` (this device's, same id), else null. */
export async function supersededAnswer(
  q: Queryable,
  auth: AuthContext,
  m: Mutation,
  settled: StoredMutation,
): Promise<MutationResult | null> {
  // Settled before the record was kept (migration 043): only a revision can still be matched.
  if (settled.entityId ? settled.entityId !== m.entityId : m.kind !== 'noteRevision') return null;
  const first = settled.result;
  const answer: MutationResult = {
    ...first,
    mutationId: m.mutationId,
    seq: m.seq,
    status: 'duplicate',
    originalStatus: first.originalStatus ?? first.status,
    superseded: true,
  };
  if (m.kind === 'noteRevision') {
    const rows = await q.query<{ doc: JsonObject }>(
      `SELECT doc FROM note_revisions
        WHERE id = $1 AND mutation_id = $2 AND device_id = $3 AND case_id = $4`,
      [m.entityId, m.mutationId, auth.deviceId, m.caseId],
    );
    const revision = rows.rows[0]?.doc;
    return revision ? { ...answer, serverRow: revision } : null;
  }
  if ((m.kind !== 'patch' && m.kind !== 'create') || !isDocumentEntity(m.entity)) return null;
  const rows = await q.query(
    `SELECT 1 FROM entities WHERE id = $1 AND entity = $2 AND case_id = $3 AND org_id = $4`,
    [m.entityId, m.entity, m.caseId, auth.orgId],
  );
  if (rows.rowCount === 0) return null;
  const { serverRow: _row, newVersion: _version, ...rest } = answer;
  return rest;
}
