/**
 * I5 found by the random runs (issue 21): a value overwritten by someone who had not seen it,
 * with no conflict record. The sequence, on a real server and two real laptops:
 *
 * 1. both laptops hold the case with the judge "IJ First";
 * 2. laptop L's copy of the case is damaged around the app: its version reads higher than what
 *    it holds (local-damage.ts: a disk fault or a bug), so its pulls skip the versions below it;
 * 3. laptop M replaces the judge ("IJ Other") and changes the case again, so the server reaches
 *    the version L's copy claims;
 * 4. L's attorney, still shown "IJ First", types "IJ Mine": its entry claims that version as
 *    its base, and the server took that claim as proof that L had seen "IJ Other".
 *
 * The entry also says what L saw there (`baseValues`: "IJ First"). The server now believes that
 * over the version: a value another device wrote that the laptop says it did not see is
 * concurrent, whatever version it claims.
 */
import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCase } from '../../server/src/test-support/sync-fixtures';
import { createDevice, type Device } from './device';
import { startLiveServer, type LiveServer } from './live-server';

let live: LiveServer;
let file: CaseFile;
const laptops: Device[] = [];
beforeEach(async () => {
  live = await startLiveServer();
  file = await seedCase(live.t.db, live.org.orgId, [live.org.attorneyA.id]);
});
afterEach(async () => {
  for (const laptop of laptops.splice(0)) laptop.db.close();
  await live?.close();
});

const setField = (laptop: Device, section: 'court' | 'custody', field: string, value: string) =>
  laptop.docs.update(file.id, (doc) => ({
    ...doc,
    [section]: { ...(doc[section] as object), [field]: value },
  }));

/** L and M hold the case, L's copy is damaged, M replaces `first` and changes the case again. */
async function damagedThenReplaced(first: string | null) {
  const l = await createDevice('laptop-l', live.url, live.org.attorneyA);
  const m = await createDevice('laptop-m', live.url, live.org.attorneyA);
  laptops.push(l, m);
  await m.engine.syncNow();
  if (first !== null) await setField(m, 'court', 'judge', first);
  await m.engine.syncNow();
  await l.engine.syncNow();
  const held = (await l.db.docs.get(file.id))!;
  expect((held.doc['court'] as { judge?: string }).judge).toBe(first ?? undefined);

  // Damage around the app (no outbox entry): the version reads two higher.
  await l.db.docs.put({ ...held, version: held.version + 2 });
  await setField(m, 'court', 'judge', 'IJ Other');
  await m.engine.syncNow();
  await setField(m, 'custody', 'iceOffice', 'ERO Example');
  await m.engine.syncNow();
  const { rows } = await live.t.db.query<{ version: number }>(
    'SELECT version FROM entities WHERE id = $1',
    [file.id],
  );
  expect(rows[0]!.version).toBe(held.version + 2);
  return l;
}

async function judgeConflicts() {
  const { rows } = await live.t.db.query<{ kind: string; server: unknown; client: unknown }>(
    `SELECT kind, server_value->'v' AS server, client_value->'v' AS client FROM conflicts
     WHERE entity_id = $1 AND field_path = 'court/judge'`,
    [file.id],
  );
  return rows;
}

describe('a laptop whose copy of a case claims a version it does not hold', () => {
  it("does not overwrite another laptop's value unseen: the value is kept in a conflict record", async () => {
    const l = await damagedThenReplaced('IJ First');
    await setField(l, 'court', 'judge', 'IJ Mine');
    await l.engine.syncNow();
    expect(await judgeConflicts()).toEqual([
      { kind: 'overwritten', server: 'IJ Other', client: 'IJ Mine' },
    ]);
  });

  it('nor when the field had no value at all on the laptop', async () => {
    const l = await damagedThenReplaced(null);
    await setField(l, 'court', 'judge', 'IJ Mine');
    await l.engine.syncNow();
    expect(await judgeConflicts()).toEqual([
      { kind: 'overwritten', server: 'IJ Other', client: 'IJ Mine' },
    ]);
  });
});
