/**
 * A backup of a laptop's database, and restoring it: every table as it was (read and written
 * through the app's own encrypted database, so the restored rows are sealed as the app seals
 * them); nothing written after the backup survives.
 */
import type { AmparoDatabase } from '../../renderer/src/db/database';

export async function backupLaptop(db: AmparoDatabase): Promise<() => Promise<void>> {
  const copy = new Map<string, unknown[]>();
  for (const table of db.tables) copy.set(table.name, await table.toArray());
  return async () => {
    for (const table of db.tables) {
      await db.transaction('rw', table, async () => {
        await table.clear();
        await table.bulkAdd(copy.get(table.name) ?? []);
      });
    }
  };
}
