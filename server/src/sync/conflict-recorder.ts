/** Turns merge conflicts into review rows naming both sides: who changed the server value and when. */
import { randomUUID } from 'node:crypto';
import type { Mutation } from '@core/sync/mutation-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { Queryable } from '../db/db';
import { changeActor } from '../repositories/change-log-repository';
import { insertConflict } from '../repositories/conflicts-repository';
import type { FieldConflict } from './document-merge';

export async function recordConflicts(
  q: Queryable,
  auth: AuthContext,
  mutation: Mutation,
  conflicts: readonly FieldConflict[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const conflict of conflicts) {
    const actor =
      conflict.serverVersion !== null
        ? await changeActor(q, mutation.entityId, conflict.serverVersion)
        : null;
    const id = randomUUID();
    await insertConflict(q, {
      id,
      orgId: auth.orgId,
      caseId: mutation.caseId,
      entity: mutation.entity,
      entityId: mutation.entityId,
      fieldPath: conflict.path,
      kind: conflict.kind,
      status: conflict.status,
      serverValue: conflict.serverValue,
      clientValue: conflict.clientValue,
      serverActorId: actor?.actorId ?? null,
      serverChangedAt: actor?.committedAt ?? null,
      clientActorId: auth.userId,
      clientDeviceId: auth.deviceId,
      clientTime: mutation.clientTime,
      mutationId: mutation.mutationId,
    });
    ids.push(id);
  }
  return ids;
}
