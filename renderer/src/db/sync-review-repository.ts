import type { Conflict } from '@core/sync/admin-schemas';
import type { ConflictPerson } from '@core/sync/review-schemas';
import type { Patch } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import { nowIso } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';
import { readSyncState, updateSyncState, type SyncState } from './sync-state';

export interface QuarantineItem {
  id: string;
  caseId: string;
  createdAt: string;
  reason: string;
  mutation: {
    entity: string;
    entityId: string;
    kind: string;
    clientTime: string;
    /** What the change held, kept whole (the outbox entry as it was sent). */
    patch?: Patch;
    body?: JsonObject;
  };
}

/**
 * A conflict as the laptop knows it: the server's record (who changed each side, when) once it
 * has been fetched; until then only the ids from the push answer.
 */
export interface LocalConflict {
  id: string;
  caseId: string;
  status: 'open' | 'resolved' | 'auto_resolved';
  createdAt: string;
  entity: string;
  entityId: string;
  fieldPath?: string;
  kind?: string;
  /** The value the server kept (now in the case file). */
  serverValue?: unknown;
  /** The value from the other side of the change. */
  clientValue?: unknown;
  serverActorName?: string | null;
  serverActorId?: string | null;
  serverChangedAt?: string | null;
  clientActorName?: string | null;
  clientActorId?: string;
  clientTime?: string;
  clientDeviceId?: string;
  mutationId?: string;
  resolvedAt?: string | null;
  resolvedByName?: string | null;
  /** Chosen on this laptop, sent with the next sync. */
  pendingResolution?: { resolution: Resolution; at: string };
}

export type Resolution = 'keep_server' | 'use_client' | 'restore';

/**
 * A replaced ordinary value (the later push won by server order) that nobody has acknowledged
 * is open here: both authors must look at it, and either may restore the replaced value.
 */
function localStatus(item: Conflict): LocalConflict['status'] {
  return item.kind === 'overwritten' && item.status === 'auto_resolved' && item.resolvedAt === null
    ? 'open'
    : item.status;
}

export function conflictFromServer(
  item: Conflict,
  people: readonly ConflictPerson[],
): LocalConflict {
  const name = (id: string | null) =>
    id ? (people.find((p) => p.id === id)?.displayName ?? null) : null;
  return {
    id: item.id,
    caseId: item.caseId,
    status: localStatus(item),
    createdAt: item.createdAt,
    entity: item.entity,
    entityId: item.entityId,
    fieldPath: item.fieldPath,
    kind: item.kind,
    serverValue: item.serverValue,
    clientValue: item.clientValue,
    serverActorName: name(item.serverActorId),
    serverActorId: item.serverActorId,
    serverChangedAt: item.serverChangedAt,
    clientActorName: name(item.clientActorId),
    clientActorId: item.clientActorId,
    clientTime: item.clientTime,
    clientDeviceId: item.clientDeviceId,
    mutationId: item.mutationId,
    resolvedAt: item.resolvedAt,
    resolvedByName: name(item.resolvedBy),
  };
}

/** What sync left for the attorney to look at: rejected changes, conflicts, removed cases. */
export function createSyncReviewRepository(db: () => AmparoDatabase = getDatabase) {
  return {
    syncState: (): Promise<SyncState> => readSyncState(db()),

    async quarantine(): Promise<QuarantineItem[]> {
      return (await db().quarantine.toArray()) as unknown as QuarantineItem[];
    },

    async conflicts(caseId?: string): Promise<LocalConflict[]> {
      const rows = caseId
        ? await db().conflicts.where('caseId').equals(caseId).toArray()
        : await db().conflicts.toArray();
      return rows as unknown as LocalConflict[];
    },

    /** The attorney's choice, kept until the server has it. */
    async chooseResolution(id: string, resolution: Resolution): Promise<void> {
      const row = (await db().conflicts.get(id)) as unknown as LocalConflict | undefined;
      if (!row) return;
      await db().conflicts.put({
        ...row,
        pendingResolution: { resolution, at: nowIso() },
      } as never);
    },

    /** The server refused the choice (the value changed again meanwhile): ask again. */
    async clearResolution(id: string): Promise<void> {
      const row = (await db().conflicts.get(id)) as unknown as LocalConflict | undefined;
      if (!row?.pendingResolution) return;
      const { pendingResolution: _choice, ...rest } = row;
      await db().conflicts.put(rest as never);
    },

    async pendingResolutions(): Promise<LocalConflict[]> {
      return ((await db().conflicts.toArray()) as unknown as LocalConflict[]).filter(
        (c) => c.pendingResolution,
      );
    },

    /** Replaces what the laptop knows with the server's list, keeping choices not yet sent. */
    async replaceConflicts(items: readonly LocalConflict[]): Promise<void> {
      const database = db();
      await database.transaction('rw', database.conflicts, async () => {
        const pending = new Map(
          ((await database.conflicts.toArray()) as unknown as LocalConflict[])
            .filter((c) => c.pendingResolution)
            .map((c) => [c.id, c.pendingResolution]),
        );
        await database.conflicts.clear();
        await database.conflicts.bulkPut(
          items.map((item) => {
            const choice = item.status === 'open' ? pending.get(item.id) : undefined;
            return (choice ? { ...item, pendingResolution: choice } : item) as never;
          }),
        );
      });
    },

    async dismissRecovery(): Promise<void> {
      await updateSyncState(db(), (s) => ({ ...s, recovery: null }));
    },

    async dismissRemovedNotices(): Promise<void> {
      await updateSyncState(db(), (s) => ({ ...s, removedNotices: [] }));
    },

    /** Forgets the server tokens; refused while work is unsynced unless `override`. */
    async signOut(override: boolean): Promise<'signed_out' | 'unsynced_work'> {
      const pending = await db().outbox.count();
      if (pending > 0 && !override) return 'unsynced_work';
      await updateSyncState(db(), (s) => ({
        ...s,
        accessToken: null,
        refreshToken: null,
        accessTokenExpiresAt: null,
        refreshTokenExpiresAt: null,
      }));
      return 'signed_out';
    },
  };
}

export const syncReviewRepository = createSyncReviewRepository();

/** Per case: open conflicts plus changes the server refused (what sync needs a person for). */
export async function reviewCountsByCase(
  db: () => AmparoDatabase = getDatabase,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (caseId: string) => counts.set(caseId, (counts.get(caseId) ?? 0) + 1);
  // Index keys only: counting needs no decryption.
  const [open, quarantined] = await Promise.all([
    db().conflicts.where('status').equals('open').primaryKeys(),
    db().quarantine.orderBy('caseId').keys(),
  ]);
  const conflicts = await db().conflicts.bulkGet(open);
  for (const row of conflicts) if (row) add(row.caseId);
  for (const caseId of quarantined) add(String(caseId));
  return counts;
}
