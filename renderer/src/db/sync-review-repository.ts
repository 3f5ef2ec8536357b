import { getDatabase, type AmparoDatabase } from './database';
import { readSyncState, updateSyncState, type SyncState } from './sync-state';

export interface QuarantineItem {
  id: string;
  caseId: string;
  createdAt: string;
  reason: string;
  mutation: { entity: string; entityId: string; kind: string; clientTime: string };
}

export interface LocalConflict {
  id: string;
  caseId: string;
  status: 'open' | 'resolved';
  createdAt: string;
  entity: string;
  entityId: string;
  reason: string;
  localPatch: { set: Record<string, unknown> };
  serverRow: Record<string, unknown> | null;
  resolution?: { choice: 'server' | 'mine' | 'edited'; at: string; sent: boolean };
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

    async markConflictResolved(id: string, choice: 'server' | 'mine' | 'edited'): Promise<void> {
      const row = (await db().conflicts.get(id)) as unknown as LocalConflict | undefined;
      if (!row) return;
      await db().conflicts.put({
        ...row,
        status: 'resolved',
        resolution: { choice, at: new Date().toISOString(), sent: false },
      } as never);
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
