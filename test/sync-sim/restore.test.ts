/**
 * Restores from backups (issue 15 #2). A laptop restored from an older backup numbers its new
 * work after what the server holds, and nothing is quarantined; a server restored from an older
 * backup gets back, from the laptop's retained acknowledgements, what it lost, and every laptop
 * downloads its cases again. Both say what happened; neither says "synced" while work waits.
 */
import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSyncState } from '../../renderer/src/db/sync-state';
import { purgeCase } from '../../renderer/src/db/sync-revocations';
import { backupSchema } from '../../server/src/test-support/schema-backup';
import { seedCase } from '../../server/src/test-support/sync-fixtures';
import { createDevice, type Device } from './device';
import { backupLaptop } from './laptop-backup';
import { startLiveServer, type LiveServer } from './live-server';

let live: LiveServer;
let files: CaseFile[];
const laptops: Device[] = [];
beforeEach(async () => {
  live = await startLiveServer();
  files = [];
  for (let i = 0; i < 3; i += 1)
    files.push(await seedCase(live.t.db, live.org.orgId, [live.org.attorneyA.id]));
});
afterEach(async () => {
  for (const laptop of laptops.splice(0)) laptop.db.close();
  await live?.close();
});

async function laptop(name: string): Promise<Device> {
  const device = await createDevice(name, live.url, live.org.attorneyA);
  laptops.push(device);
  await device.engine.syncNow();
  return device;
}

const setOffice = (device: Device, caseId: string, iceOffice: string) =>
  device.docs.update(caseId, (doc) => ({
    ...doc,
    custody: { ...(doc['custody'] as object), iceOffice },
  }));

async function serverRevision(id: string) {
  const rows = await live.t.db.query<{ body: string }>(
    `SELECT doc->>'body' AS body FROM note_revisions WHERE id = $1`,
    [id],
  );
  return rows.rows[0]?.body;
}

async function serverOffice(caseId: string) {
  const rows = await live.t.db.query<{ office: string | null }>(
    `SELECT doc->'custody'->>'iceOffice' AS office FROM entities WHERE id = $1`,
    [caseId],
  );
  return rows.rows[0]?.office;
}

async function quarantined() {
  return (await live.t.db.query('SELECT 1 FROM quarantined_mutations')).rowCount;
}

describe('a laptop restored from an older backup', () => {
  it('numbers its new work after the server, quarantines nothing, and says what happened', async () => {
    const [a, b] = files as [CaseFile, CaseFile];
    const l = await laptop('laptop-restored');
    const before = await l.notes.save({
      noteId: crypto.randomUUID(),
      caseId: a.id,
      body: 'Before.',
    });
    await l.engine.syncNow();
    const restore = await backupLaptop(l.db);

    const after = await l.notes.save({ noteId: crypto.randomUUID(), caseId: a.id, body: 'After.' });
    await setOffice(l, b.id, 'ERO after the backup');
    await l.engine.syncNow();
    await restore();

    const fresh = await l.notes.save({ noteId: crypto.randomUUID(), caseId: b.id, body: 'New.' });
    await setOffice(l, a.id, 'ERO after the restore');
    await l.engine.syncNow();

    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0, quarantined: 0 });
    expect(l.engine.status.get().recovery).toMatchObject({ kind: 'laptopRestored' });
    expect(await quarantined()).toBe(0);
    for (const revision of [before, after, fresh])
      expect(await serverRevision(revision.id)).toBe(revision.body);
    expect(await serverOffice(a.id)).toBe('ERO after the restore');
    expect(await serverOffice(b.id)).toBe('ERO after the backup');
    // The work made between the backup and the restore comes back to the laptop.
    expect((await l.notes.get(after.noteId)).current?.body).toBe('After.');
  });
});

describe('MCJ server restored from an older backup', () => {
  it('gets back what it lost from the laptop, which says so, and every laptop downloads again', async () => {
    const [a, b] = files as [CaseFile, CaseFile];
    const l = await laptop('laptop-main');
    const other = await laptop('laptop-other');
    const kept = await l.notes.save({ noteId: crypto.randomUUID(), caseId: a.id, body: 'Kept.' });
    await l.engine.syncNow();
    const restoreServer = await backupSchema(live.t.db, live.t.schema);

    const lost = await l.notes.save({ noteId: crypto.randomUUID(), caseId: a.id, body: 'Lost.' });
    await setOffice(l, b.id, 'ERO lost in the restore');
    const deadlineId = crypto.randomUUID();
    await l.docs.create('deadline', a.id, {
      id: deadlineId,
      caseId: a.id,
      title: 'File the I-589',
      date: '2027-03-01',
      kind: 'filing',
      notes: null,
    });
    await l.engine.syncNow();
    await other.engine.syncNow();
    expect(await serverRevision(lost.id)).toBe('Lost.');
    await restoreServer();
    expect(await serverRevision(lost.id)).toBeUndefined();

    const later = await l.notes.save({ noteId: crypto.randomUUID(), caseId: b.id, body: 'Later.' });
    await l.engine.syncNow();
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0, quarantined: 0 });
    expect(l.engine.status.get().recovery).toMatchObject({
      kind: 'serverRestored',
      resent: 3,
      missing: 0,
    });
    for (const revision of [kept, lost, later])
      expect(await serverRevision(revision.id)).toBe(revision.body);
    expect(await serverOffice(b.id)).toBe('ERO lost in the restore');
    const deadline = await live.t.db.query('SELECT 1 FROM entities WHERE id = $1', [deadlineId]);
    expect(deadline.rowCount).toBe(1);
    expect(await quarantined()).toBe(0);
    const detected = await live.t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'sync.restore_detected'`,
    );
    expect(detected.rowCount).toBeGreaterThan(0);

    // The other laptop had pulled what the server lost; it downloads again and agrees.
    await other.engine.syncNow();
    expect(other.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });
    expect(other.engine.status.get().recovery).toMatchObject({ kind: 'historyReset' });
    expect((await other.notes.get(later.noteId)).current?.body).toBe('Later.');
    expect((await readSyncState(other.db)).resyncing).toBe(false);
    for (const device of [l, other]) {
      const local = await device.docs.get(b.id);
      expect((local!.doc['custody'] as { iceOffice?: string }).iceOffice).toBe(
        'ERO lost in the restore',
      );
    }
  });
});

describe('a laptop restored from a backup taken while a note was being typed', () => {
  async function typedAfterBackup() {
    const [a] = files as [CaseFile];
    const l = await laptop('laptop-typing');
    const noteId = crypto.randomUUID();
    const first = await l.notes.save({ noteId, caseId: a.id, body: 'One.', baseRevisionId: null });
    // The backup holds the revision unsent, with its first words; typing went on after it.
    const restore = await backupLaptop(l.db);
    const further = await l.notes.save({
      noteId,
      caseId: a.id,
      body: 'One. Two.',
      baseRevisionId: first.id,
      baseBody: first.body,
    });
    expect(further.id).toBe(first.id);
    await l.engine.syncNow();
    expect(await serverRevision(first.id)).toBe('One. Two.');
    await restore();
    return { l, noteId, revisionId: first.id, caseId: a.id };
  }

  it('takes the text the server holds for the revision it had sent, and quarantines nothing', async () => {
    const { l, noteId, revisionId } = await typedAfterBackup();
    await l.engine.syncNow();

    expect(await quarantined()).toBe(0);
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0, quarantined: 0 });
    const note = await l.notes.get(noteId);
    expect(note.heads.map((h) => [h.id, h.body])).toEqual([[revisionId, 'One. Two.']]);
    const settled = await live.t.db.query(
      `SELECT status FROM device_mutations WHERE status <> 'duplicate'`,
    );
    expect(settled.rows).toEqual([{ status: 'applied' }]);
  });

  it('keeps text typed only after the restore as a fork beside the server’s, on both sides', async () => {
    const { l, noteId, revisionId, caseId } = await typedAfterBackup();
    const retyped = await l.notes.save({
      noteId,
      caseId,
      body: 'One. Three.',
      baseRevisionId: revisionId,
      baseBody: 'One.',
    });
    expect(retyped.id).toBe(revisionId);
    await l.engine.syncNow();

    expect(await quarantined()).toBe(0);
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0, quarantined: 0 });
    expect(await serverRevision(revisionId)).toBe('One. Two.');
    const note = await l.notes.get(noteId);
    expect(note.heads.map((h) => h.body).sort()).toEqual(['One. Three.', 'One. Two.']);
    const fork = note.heads.find((h) => h.body === 'One. Three.')!;
    expect(fork.parentIds).toEqual([]);
    expect(await serverRevision(fork.id)).toBe('One. Three.');
  });
});

describe('a laptop restored from a backup taken while a record was being edited', () => {
  it('sends the edit again under a new id and keeps the value it replaces for review', async () => {
    const [a] = files as [CaseFile];
    const l = await laptop('laptop-editing');
    await setOffice(l, a.id, 'ERO one');
    const restore = await backupLaptop(l.db);
    await setOffice(l, a.id, 'ERO two');
    await l.engine.syncNow();
    expect(await serverOffice(a.id)).toBe('ERO two');
    await restore();
    // Typed after the restore, into the same unsent change.
    await setOffice(l, a.id, 'ERO three');
    await l.engine.syncNow();

    expect(await quarantined()).toBe(0);
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0, quarantined: 0 });
    expect(await serverOffice(a.id)).toBe('ERO three');
    const kept = await live.t.db.query(
      `SELECT kind, status, server_value->>'v' AS "replaced" FROM conflicts WHERE entity_id = $1`,
      [a.id],
    );
    expect(kept.rows).toEqual([
      { kind: 'overwritten', status: 'auto_resolved', replaced: 'ERO two' },
    ]);
    const local = await l.docs.get(a.id);
    expect((local!.doc['custody'] as { iceOffice?: string }).iceOffice).toBe('ERO three');
    const settled = await live.t.db.query(
      `SELECT mutation_id, count(*)::int AS n FROM device_mutations WHERE status <> 'duplicate'
        GROUP BY mutation_id HAVING count(*) > 1`,
    );
    expect(settled.rows).toEqual([]);
  });
});

describe('a laptop restored from a backup taken before a change it had sent', () => {
  it('keeps its own undone value for review when a change typed after the restore replaces it', async () => {
    const [a] = files as [CaseFile];
    const l = await laptop('laptop-undone');
    // The backup holds the case as pulled, with no change of this laptop's waiting.
    const restore = await backupLaptop(l.db);
    await setOffice(l, a.id, 'ERO two');
    await l.engine.syncNow();
    expect(await serverOffice(a.id)).toBe('ERO two');
    await restore();
    // A new change on the restored copy: 'ERO two' (this laptop's, undone here) is not its base.
    await setOffice(l, a.id, 'ERO three');
    await l.engine.syncNow();

    expect(await quarantined()).toBe(0);
    expect(await serverOffice(a.id)).toBe('ERO three');
    const kept = await live.t.db.query(
      `SELECT kind, server_value->>'v' AS "replaced" FROM conflicts WHERE entity_id = $1`,
      [a.id],
    );
    expect(kept.rows).toEqual([{ kind: 'overwritten', replaced: 'ERO two' }]);
  });
});

describe('a restored laptop whose first sync did not bring back the undone timeline', () => {
  it('keeps its own undone value for review when a change typed before the pull replaces it', async () => {
    const [a] = files as [CaseFile];
    let failPulls = false;
    const flaky: typeof fetch = (input, init) =>
      failPulls && String(input).includes('/v1/sync/pull')
        ? Promise.reject(new TypeError('connection reset'))
        : fetch(input, init);
    const l = await createDevice('laptop-undone-late', live.url, live.org.attorneyA, flaky);
    laptops.push(l);
    await l.engine.syncNow();
    const restore = await backupLaptop(l.db);
    await setOffice(l, a.id, 'ERO two');
    await l.engine.syncNow();
    await restore();
    // The restore is seen (hello), nothing waits to be marked, and the pull is cut.
    failPulls = true;
    await l.engine.syncNow();
    expect((await readSyncState(l.db)).recovery?.kind).toBe('laptopRestored');
    // Typed on the copy that still lacks 'ERO two' (this laptop's, undone here).
    await setOffice(l, a.id, 'ERO three');
    failPulls = false;
    await l.engine.syncNow();

    expect(await serverOffice(a.id)).toBe('ERO three');
    const kept = await live.t.db.query(
      `SELECT kind, server_value->>'v' AS "replaced" FROM conflicts WHERE entity_id = $1`,
      [a.id],
    );
    expect(kept.rows).toEqual([{ kind: 'overwritten', replaced: 'ERO two' }]);
  });
});

describe('the simulation’s restore of a laptop', () => {
  it('gives back a case that left after the backup, readable (its key restored first)', async () => {
    const [a] = files as [CaseFile];
    const l = await laptop('laptop-purged');
    const restore = await backupLaptop(l.db);
    await purgeCase(l.db, a.id);
    expect(await l.docs.get(a.id)).toBeUndefined();
    await restore();
    expect((await l.docs.get(a.id))?.id).toBe(a.id);
  });
});
