/**
 * The state checksum on a real laptop (issue 21): a copy damaged locally (a document lost, a
 * revision lost, a version wrong) is found by the checksum a pull page carries or by the daily
 * comparison of every case, fetched again and repaired, counted on the sync status; work waiting
 * on the laptop, and work typed while the case is fetched again, survives and reaches the server.
 */
import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localCaseChecksum } from '../../renderer/src/db/sync-checksum';
import { signIn } from '../../server/src/test-support/test-app';
import { casePatch, pushBatch, seedCase } from '../../server/src/test-support/sync-fixtures';
import { createDevice, type Device } from './device';
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

async function serverChecksum(caseId: string) {
  const { rows } = await live.t.db.query<{ checksum: string }>(
    'SELECT to_hex(checksum) AS checksum FROM case_sync_state WHERE case_id = $1',
    [caseId],
  );
  return rows[0]?.checksum;
}

describe('a laptop whose local copy was damaged', () => {
  it('finds it by checksum, fetches the case again and keeps its own work', async () => {
    const [a, b, c] = files as [CaseFile, CaseFile, CaseFile];
    let typeDuringRefetch: (() => Promise<void>) | null = null;
    const watching: typeof fetch = async (input, init) => {
      if (String(input).includes('/v1/sync/case?') && typeDuringRefetch) {
        const type = typeDuringRefetch;
        typeDuringRefetch = null;
        await type();
      }
      return fetch(input, init);
    };
    const l = await createDevice('laptop-damaged', live.url, live.org.attorneyA, watching, {
      verifyEveryMs: 0,
    });
    laptops.push(l);
    const kept = await l.notes.save({ noteId: crypto.randomUUID(), caseId: a.id, body: 'Kept.' });
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
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });
    for (const file of files)
      expect(await localCaseChecksum(l.db, file.id)).toBe(await serverChecksum(file.id));
    expect(l.engine.status.get().checksum).toMatchObject({ mismatches: 0 });

    // Damage, written around the app (no outbox entries): as a disk or a bug would.
    await l.db.docs.delete(deadlineId);
    await l.db.noteRevisions.delete(kept.id);
    const caseB = (await l.db.docs.get(b.id))!;
    await l.db.docs.put({ ...caseB, version: caseB.version + 3 });
    // Case A changes on the server too: its pull page carries the checksum.
    const office = await signIn(live.t.app, live.org.supervisor);
    await pushBatch(live.t.app, office, [casePatch(1, a.id, 1, { 'court/judge': 'IJ Example' })]);
    // Work waiting here, and work typed while case A is fetched again.
    const waiting = await l.notes.save({
      noteId: crypto.randomUUID(),
      caseId: c.id,
      body: 'Wait.',
    });
    typeDuringRefetch = async () => {
      await l.docs.update(a.id, (doc) => ({
        ...doc,
        custody: { ...(doc['custody'] as object), iceOffice: 'ERO typed meanwhile' },
      }));
    };

    await l.engine.syncNow();
    const status = l.engine.status.get();
    expect(status).toMatchObject({ phase: 'idle', pending: 0 });
    expect(status.checksum).toMatchObject({ mismatches: 2, repaired: 2, unrepaired: 0 });
    expect([...status.checksum.recentCases].sort()).toEqual([a.id, b.id].sort());
    expect(await l.docs.get(deadlineId)).toBeDefined();
    expect((await l.notes.get(kept.noteId)).current?.body).toBe('Kept.');
    const caseA = (await l.docs.get(a.id))!.doc as unknown as CaseFile;
    expect(caseA.custody.iceOffice).toBe('ERO typed meanwhile');
    expect(caseA.court.judge).toBe('IJ Example');
    for (const file of files)
      expect(await localCaseChecksum(l.db, file.id)).toBe(await serverChecksum(file.id));
    const onServer = await live.t.db.query<{ office: string; body: string | null }>(
      `SELECT e.doc->'custody'->>'iceOffice' AS office,
         (SELECT doc->>'body' FROM note_revisions WHERE id = $2) AS body
       FROM entities e WHERE e.id = $1`,
      [a.id, waiting.id],
    );
    expect(onServer.rows[0]).toEqual({ office: 'ERO typed meanwhile', body: 'Wait.' });

    // Nothing more is found once repaired.
    await l.engine.syncNow();
    expect(l.engine.status.get().checksum).toMatchObject({ mismatches: 2, repaired: 2 });
  });
});
