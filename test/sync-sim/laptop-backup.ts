/**
 * A backup of a laptop's database, and restoring it: every table as it was (read and written
 * through the app's own encrypted database, so the restored rows are sealed as the app seals
 * them); nothing written after the backup survives.
 */
import type { AmparoDatabase } from '../../renderer/src/db/database';
import type { OpContext, OpOutcome } from './op-context';

export async function backupLaptop(db: AmparoDatabase): Promise<() => Promise<void>> {
  const copy = new Map<string, unknown[]>();
  for (const table of db.tables) copy.set(table.name, await table.toArray());
  // The case keys first: every other row is sealed again on the way in, with its case's key, so
  // the key must be the backup's (a case that left after the backup would otherwise get a new key,
  // which restoring the keys table then replaces: rows nobody can open).
  const tables = [...db.tables].sort(
    (a, b) => Number(b.name === 'keys') - Number(a.name === 'keys'),
  );
  return async () => {
    for (const table of tables) {
      await db.transaction('rw', table, async () => {
        await table.clear();
        await table.bulkAdd(copy.get(table.name) ?? []);
      });
    }
  };
}

/**
 * The attorney backs up the laptop's database, or restores the backup taken earlier in the run.
 * A restore waits until the laptop has sent everything (an empty outbox): work that existed only
 * on this laptop would be lost by it, which is the backup's fault, not sync's. Everything sent
 * since the backup is on the server and comes back.
 */
export async function backupOrRestore(ctx: OpContext): Promise<OpOutcome> {
  const { client } = ctx;
  if (!client.backup || client.prng.chance(0.4)) {
    client.backup = await backupLaptop(client.device.db);
    return 'done';
  }
  if ((await client.device.db.outbox.count()) > 0) return 'skipped';
  await client.device.engine.pauseAfterCurrentBatch();
  await client.backup();
  client.device.engine.resume();
  client.restores += 1;
  return 'done';
}
