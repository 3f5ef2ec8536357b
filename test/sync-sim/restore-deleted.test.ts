/**
 * A record deleted again on a restored server before a colleague's laptop downloads (issue 21,
 * seed 401, I2 "deleted on the server, still on the laptop"). Laptop 1 changes a deadline and
 * deletes it after the server's backup; laptop 2 pulled the change, not the delete. The server is
 * restored; laptop 1 sends its change and its delete again, so the restored server holds the
 * deadline deleted; laptop 2's download does not bring it, and laptop 2 sends it back as a
 * recovered creation. Holding nothing the deletion did not see, its copy goes as on every other
 * laptop; holding a change the deletion did not see, the deadline comes back, with a record
 * telling both attorneys (docs/sync.md guarantee 9).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupSchema } from '../../server/src/test-support/schema-backup';
import type { Device } from './device';
import { twoAttorneysOnACase } from './two-attorneys.test-support';

const { world, laptop, newDeadline } = twoAttorneysOnACase();

async function serverDeadline(id: string) {
  const rows = await world.live.t.db.query<{ deleted: boolean; notes: string | null }>(
    `SELECT deleted_at IS NOT NULL AS deleted, doc->>'notes' AS notes FROM entities WHERE id = $1`,
    [id],
  );
  return rows.rows[0];
}

/** Seed 401's course, up to laptop 2's first sync after the restore. */
async function deletedAgainAfterRestore(
  beforeSecondSync?: (second: Device, id: string) => Promise<unknown>,
) {
  const first = await laptop('laptop-deleting', 'attorneyA');
  const second = await laptop('laptop-holding', 'attorneyB');
  const id = await newDeadline(first);
  await first.engine.syncNow();
  await second.engine.syncNow();
  const restoreServer = await backupSchema(world.live.t.db, world.live.t.schema);
  await first.docs.update(id, (doc) => ({ ...doc, date: '2027-03-15' }));
  await first.engine.syncNow();
  await second.engine.syncNow();
  await first.docs.remove(id);
  await first.engine.syncNow();
  await restoreServer();
  await first.engine.syncNow();
  expect(await serverDeadline(id)).toMatchObject({ deleted: true });
  await beforeSecondSync?.(second, id);
  await second.engine.syncNow();
  await first.engine.syncNow();
  return { first, second, id };
}

describe('a recovered record the restored server holds deleted', () => {
  it('goes from the laptop that sent it back when it holds nothing the deletion did not see', async () => {
    const { first, second, id } = await deletedAgainAfterRestore();
    expect(await serverDeadline(id)).toMatchObject({ deleted: true });
    expect(second.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0, quarantined: 0 });
    expect(await second.docs.get(id)).toBeUndefined();
    expect(await first.docs.get(id)).toBeUndefined();
  });

  it('comes back, told to both, when the laptop holds a change the deletion did not see', async () => {
    const { first, second, id } = await deletedAgainAfterRestore((holding, id) =>
      holding.docs.update(id, (doc) => ({ ...doc, notes: 'Bring the passport copy.' })),
    );
    expect(await serverDeadline(id)).toEqual({ deleted: false, notes: 'Bring the passport copy.' });
    for (const device of [first, second])
      expect((await device.docs.get(id))?.doc['notes']).toBe('Bring the passport copy.');
    // The deletion undone is told (beside the notes field's own record, as for any creation
    // merged into a record another laptop made).
    const told = await world.live.t.db.query<{ kind: string; deleter: string; reviver: string }>(
      `SELECT kind, server_actor_id AS deleter, client_actor_id AS reviver FROM conflicts
        WHERE entity_id = $1 AND field_path = ''`,
      [id],
    );
    expect(told.rows).toEqual([
      {
        kind: 'edit_vs_delete',
        deleter: world.live.org.attorneyA.id,
        reviver: world.live.org.attorneyB.id,
      },
    ]);
  });
});
