/**
 * Restore from peers for review items (issue 21, docs/sync.md guarantee 9). A value replaced with
 * a visible trace keeps it only in its review item; a server restore loses the items made after
 * its backup. After a restore (`reviewRecovery`), the items this laptop holds awaiting a person,
 * in cases still here, that the restored server no longer lists go back to it before the list
 * here is replaced by the server's.
 */
import type { Conflict } from '@core/sync/admin-schemas';
import type { RecoveredConflict } from '@core/sync/review-schemas';
import type { AmparoDatabase } from './database';
import type { LocalConflict } from './sync-review-repository';

/** Kinds recorded settled (`auto_resolved`, awaiting nobody), apart from a replaced value. */
const SETTLED_KINDS = new Set(['removed_item_kept', 'edit_vs_delete']);

export async function reviewItemsServerLacks(
  db: AmparoDatabase,
  listed: readonly Conflict[],
): Promise<RecoveredConflict[]> {
  const known = new Set(listed.map((c) => c.id));
  const held = (await db.conflicts.toArray()) as unknown as LocalConflict[];
  const lacking: RecoveredConflict[] = [];
  for (const c of held) {
    // A copy says what it is once fetched, or from a newer server's push answer.
    if (known.has(c.id) || c.status !== 'open' || !c.kind || c.fieldPath === undefined) continue;
    if (SETTLED_KINDS.has(c.kind)) continue;
    if (!c.clientActorId || c.clientTime === undefined) continue;
    if (!(await db.docs.get(c.caseId))) continue;
    lacking.push({
      id: c.id,
      caseId: c.caseId,
      entity: c.entity as RecoveredConflict['entity'],
      entityId: c.entityId,
      fieldPath: c.fieldPath,
      kind: c.kind as RecoveredConflict['kind'],
      // A replaced value nobody acknowledged is open here, auto-resolved on the server.
      status: c.kind === 'overwritten' ? 'auto_resolved' : 'open',
      ...(c.serverValue !== undefined ? { serverValue: c.serverValue as never } : {}),
      ...(c.clientValue !== undefined ? { clientValue: c.clientValue as never } : {}),
      serverActorId: c.serverActorId ?? null,
      serverChangedAt: c.serverChangedAt ?? null,
      clientActorId: c.clientActorId,
      clientTime: c.clientTime,
      ...(c.clientDeviceId ? { clientDeviceId: c.clientDeviceId } : {}),
      ...(c.mutationId ? { mutationId: c.mutationId } : {}),
    });
  }
  return lacking;
}
