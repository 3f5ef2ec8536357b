/**
 * Restore from peers for review items (issue 21, docs/sync.md guarantee 9). A value replaced after
 * the server's backup keeps a visible trace only in its review item (`overwritten`, or the other
 * side of a legal fact); the restore loses the item with the rest. A laptop that fetched it sends
 * it back once it has seen the restore. Taken under the same narrowing as a revision sent back in
 * someone else's name (recovered-revisions.ts): for a case the caller may see, naming people of the
 * organisation, within 30 days of the organisation's last history-epoch change; stored once
 * (an item already here is left as it is); audited with the device that sent it.
 */
import type { RecoveredConflict } from '@core/sync/review-schemas';
import { randomUUID } from 'node:crypto';
import type { AuthContext } from '../auth/auth-context';
import type { Db, Queryable } from '../db/db';
import { isAssigned } from '../repositories/assignments-repository';
import { appendAudit } from '../repositories/audit-repository';
import { insertConflicts, type ConflictInput } from '../repositories/conflicts-repository';
import { refreshCaseSummaries } from '../summaries/case-summaries-service';
import { mayRecoverFor } from './recovered-revisions';

async function maySee(q: Queryable, auth: AuthContext, caseId: string): Promise<boolean> {
  if (auth.role === 'attorney') return isAssigned(q, caseId, auth.userId);
  const found = await q.query(
    `SELECT 1 FROM entities WHERE id = $1 AND org_id = $2 AND entity = 'case'`,
    [caseId, auth.orgId],
  );
  return found.rowCount > 0;
}

async function mayTake(q: Queryable, auth: AuthContext, item: RecoveredConflict) {
  if (!(await maySee(q, auth, item.caseId))) return false;
  for (const person of [item.clientActorId, item.serverActorId]) {
    if (person !== null && !(await mayRecoverFor(q, auth.orgId, person))) return false;
  }
  return true;
}

export async function recoverConflicts(
  db: Db,
  auth: AuthContext,
  requestId: string,
  items: readonly RecoveredConflict[],
): Promise<{ recovered: number }> {
  return db.transaction(async (tx) => {
    const taken: ConflictInput[] = [];
    for (const item of items) {
      if (!(await mayTake(tx, auth, item))) continue;
      taken.push({
        id: item.id,
        orgId: auth.orgId,
        caseId: item.caseId,
        entity: item.entity,
        entityId: item.entityId,
        fieldPath: item.fieldPath,
        kind: item.kind,
        status: item.status,
        serverValue: item.serverValue,
        clientValue: item.clientValue,
        serverActorId: item.serverActorId,
        serverChangedAt: item.serverChangedAt ? new Date(item.serverChangedAt) : null,
        clientActorId: item.clientActorId,
        clientDeviceId: item.clientDeviceId ?? auth.deviceId,
        clientTime: item.clientTime,
        mutationId: item.mutationId ?? randomUUID(),
      });
    }
    const recovered = await insertConflicts(tx, taken, { ifAbsent: true });
    // The staff screens count the items awaiting review per case (read model, same transaction).
    if (recovered > 0)
      await refreshCaseSummaries(
        tx,
        auth.orgId,
        taken.map((c) => c.caseId),
      );
    await appendAudit(tx, {
      orgId: auth.orgId,
      actorId: auth.userId,
      deviceId: auth.deviceId,
      requestId,
      action: 'sync.conflict_recovered',
      outcome: 'ok',
      caseIds: [...new Set(taken.map((c) => c.caseId))],
      details: { sent: items.length, recovered, refused: items.length - taken.length },
    });
    return { recovered };
  });
}
