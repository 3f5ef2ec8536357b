import { nowIso } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';

/**
 * Form values that do not validate yet (a half-typed date, a wrong A-number). They are kept,
 * per form, until the form validates and saves, so the attorney never loses what was typed.
 */
export function createDraftsRepository(db: () => AmparoDatabase = getDatabase) {
  return {
    async get(id: string): Promise<unknown> {
      return (await db().drafts.get(id))?.values;
    },
    async put(id: string, caseId: string, values: unknown): Promise<void> {
      await db().drafts.put({ id, caseId, values, updatedAt: nowIso() });
    },
    /**
     * Runs after every autosave, and there is almost never a draft: a key count (no row read,
     * nothing decrypted, no read-write transaction) comes first, so a save does not also wait for
     * a second strict (flushed) commit for nothing.
     */
    async clear(id: string): Promise<void> {
      const database = db();
      if ((await database.drafts.where(':id').equals(id).count()) === 0) return;
      await database.drafts.delete(id);
    },
    async countForCase(caseId: string): Promise<number> {
      return db().drafts.where('caseId').equals(caseId).count();
    },
  };
}

export const draftsRepository = createDraftsRepository();

/** Ids (the part after `prefix`) of drafts for one case whose draft id starts with `prefix`. */
export async function draftIdsWithPrefix(
  caseId: string,
  prefix: string,
  db: () => AmparoDatabase = getDatabase,
): Promise<string[]> {
  const drafts = await db().drafts.where('caseId').equals(caseId).toArray();
  return drafts.filter((d) => d.id.startsWith(prefix)).map((d) => d.id.slice(prefix.length));
}
