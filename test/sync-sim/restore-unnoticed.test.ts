/**
 * An edit sent to a restored server by a laptop that had no reason to notice the restore (issue
 * 21, seed 7, I4 "quarantined (not_found)"). Laptop 1 makes a deadline after the server's
 * backup; laptop 2 pulls it. The server is restored and nobody bumps the epoch. Laptop 2, which
 * had nothing acknowledged that the restore lost, edits the deadline and syncs first: its `hello`
 * shows no restore, so it pushes before its pull finds its cursor past the server's history. The
 * restored server lacks the deadline and refuses the edit `not_found`. The refusal is itself the
 * proof of a restore (the server had acknowledged that record to this laptop): the laptop keeps
 * the edit, downloads again and sends the record back (docs/sync.md guarantee 9). Seed 7's own
 * course (traced): the case was taken from that attorney around the restore, so the download did
 * not bring it, and her edit went, under the unassignment grace, to a server without the record;
 * a record of such a leaving case with work waiting here goes back too (sync-peer-recovery.ts).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cliActor } from '../../server/src/admin/admin-actor';
import { unassignCase } from '../../server/src/admin/cases-service';
import { backupSchema } from '../../server/src/test-support/schema-backup';
import { twoAttorneysOnACase } from './two-attorneys.test-support';

const { world, laptop, newDeadline } = twoAttorneysOnACase();

describe('an edit of a record the restored server lost, from a laptop that saw no restore', () => {
  it('is not quarantined: the record goes back with it', async () => {
    const first = await laptop('laptop-making', 'attorneyA');
    const second = await laptop('laptop-editing', 'attorneyB');
    const restoreServer = await backupSchema(world.live.t.db, world.live.t.schema);
    const id = await newDeadline(first);
    await first.engine.syncNow();
    await second.engine.syncNow();
    expect((await second.docs.get(id))?.version).toBeGreaterThan(0);
    await restoreServer();
    await second.docs.update(id, (doc) => ({ ...doc, notes: 'Bring the passport copy.' }));
    await second.engine.syncNow();
    await second.engine.syncNow();
    await first.engine.syncNow();
    await second.engine.syncNow();
    const quarantined = await world.live.t.db.query('SELECT reason FROM quarantined_mutations');
    expect(quarantined.rows).toEqual([]);
    const rows = await world.live.t.db.query<{ notes: string | null }>(
      `SELECT doc->>'notes' AS notes FROM entities WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    // Laptop 1's own creation, sent again without the note it never saw, may replace it: then
    // the note waits for a person in an `overwritten` item (a creation merged on nothing).
    const kept = await world.live.t.db.query<{ value: unknown }>(
      `SELECT server_value AS value FROM conflicts
        WHERE entity_id = $1 AND kind = 'overwritten' AND field_path = 'notes' AND resolved_at IS NULL`,
      [id],
    );
    const note = 'Bring the passport copy.';
    expect([rows.rows[0]?.notes, ...kept.rows.map((r) => (r.value as { v: unknown }).v)]).toContain(
      note,
    );
    expect(rows.rows).toHaveLength(1);
    for (const device of [first, second]) {
      expect(device.engine.status.get()).toMatchObject({ pending: 0, quarantined: 0 });
      expect((await device.docs.get(id))?.doc['notes']).toBe(rows.rows[0]?.notes);
    }
  });

  it('goes back with the record when the case left this attorney at the restore', async () => {
    // Seed 7's course: the case is taken from the editing attorney around the restore, so her
    // download does not bring it; it leaves once her edit is sent (the unassignment grace lets
    // it through), and the restored server lacks the record the edit names.
    const first = await laptop('laptop-making', 'attorneyA');
    const second = await laptop('laptop-leaving', 'attorneyB');
    const restoreServer = await backupSchema(world.live.t.db, world.live.t.schema);
    const id = await newDeadline(first);
    await first.engine.syncNow();
    await second.engine.syncNow();
    await restoreServer();
    await unassignCase(
      world.live.t.db,
      cliActor(world.live.org.orgId),
      world.file.id,
      world.live.org.attorneyB.id,
    );
    await second.docs.update(id, (doc) => ({ ...doc, notes: 'Bring the passport copy.' }));
    await second.engine.syncNow();
    await second.engine.syncNow();
    const quarantined = await world.live.t.db.query('SELECT reason FROM quarantined_mutations');
    expect(quarantined.rows).toEqual([]);
    const rows = await world.live.t.db.query<{ notes: string | null }>(
      `SELECT doc->>'notes' AS notes FROM entities WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    expect(rows.rows).toEqual([{ notes: 'Bring the passport copy.' }]);
    // Sent: the case then leaves as any revocation does (here held by the fail-safe: its only case).
    await second.engine.syncNow();
    expect(second.engine.status.get()).toMatchObject({ pending: 0, quarantined: 0 });
  });
});
