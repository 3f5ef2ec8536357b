/** Turns merge conflicts into review rows naming both sides: who changed the server value and when. */
import { randomUUID } from 'node:crypto';
import type { Mutation } from '@core/sync/mutation-schemas';
import { changeActor } from '../repositories/change-log-repository';
import type { FieldConflict } from './document-merge';
import type { PushBatchState } from './push-batch-state';

/** Stages one review row per conflict; returns their ids. */
export async function recordConflicts(
  state: PushBatchState,
  mutation: Mutation,
  conflicts: readonly FieldConflict[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const conflict of conflicts) {
    const actor =
      conflict.serverVersion !== null
        ? await changeActor(state.q, mutation.entityId, conflict.serverVersion)
        : null;
    const id = randomUUID();
    state.addConflict({
      id,
      orgId: state.auth.orgId,
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
      clientActorId: state.auth.userId,
      clientDeviceId: state.auth.deviceId,
      clientTime: mutation.clientTime,
      mutationId: mutation.mutationId,
    });
    ids.push(id);
  }
  return ids;
}
