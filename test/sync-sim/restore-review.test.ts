/**
 * A review item made after the server's backup (issue 21, seed 1's I5 with a server restore).
 * Laptop A writes a value; laptop B, which had not pulled it, writes over it: the server keeps A's
 * value in an `overwritten` review item, which B fetches. A's case then leaves A (its entries go
 * with it), and the server is restored: the value and the item are lost, and only B's copy of the
 * item still holds A's value. B sends the item back once it has seen the restore, so the replaced
 * value keeps its trace (docs/sync.md guarantee 9).
 */
import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeCase } from '../../renderer/src/db/sync-revocations';
import { backupSchema } from '../../server/src/test-support/schema-backup';
import { seedCase } from '../../server/src/test-support/sync-fixtures';
import { createDevice, type Device } from './device';
import { startLiveServer, type LiveServer } from './live-server';

let live: LiveServer;
let file: CaseFile;
const laptops: Device[] = [];
beforeEach(async () => {
  live = await startLiveServer();
  file = await seedCase(live.t.db, live.org.orgId, [live.org.attorneyA.id, live.org.attorneyB.id]);
});
afterEach(async () => {
  for (const laptop of laptops.splice(0)) laptop.db.close();
  await live?.close();
});

async function laptop(
  name: string,
  who: 'attorneyA' | 'attorneyB',
  fetchImpl?: typeof fetch,
): Promise<Device> {
  const device = await createDevice(name, live.url, live.org[who], fetchImpl);
  laptops.push(device);
  await device.engine.syncNow();
  return device;
}

const setOffice = (device: Device, iceOffice: string) =>
  device.docs.update(file.id, (doc) => ({
    ...doc,
    custody: { ...(doc['custody'] as object), iceOffice },
  }));

async function reviewItems() {
  const rows = await live.t.db.query<{ kind: string; replaced: string; by: string }>(
    `SELECT kind, server_value->>'v' AS replaced, client_value->>'v' AS by FROM conflicts
      WHERE case_id = $1 AND field_path = 'custody/iceOffice' AND resolved_at IS NULL`,
    [file.id],
  );
  return rows.rows;
}

/** Fetches that fail the review list while `down` is set (the laptop's sync then stops there). */
function reviewListDown() {
  const state = { down: false };
  const fetchImpl: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (state.down && url.endsWith('/v1/sync/conflicts'))
      return Promise.reject(new TypeError('network down'));
    return fetch(input, init);
  };
  return { state, fetchImpl };
}

describe('a review item the server restore lost', () => {
  it('goes back from a laptop that held it only from its push answer', async () => {
    const a = await laptop('laptop-replaced', 'attorneyA');
    const review = reviewListDown();
    const b = await laptop('laptop-replacing', 'attorneyB', review.fetchImpl);
    const restoreServer = await backupSchema(live.t.db, live.t.schema);
    await setOffice(a, 'ERO Jena');
    await a.engine.syncNow();
    await setOffice(b, 'ERO New Orleans');
    review.state.down = true;
    await b.engine.syncNow();
    review.state.down = false;
    const item = { kind: 'overwritten', replaced: 'ERO Jena', by: 'ERO New Orleans' };
    expect(await reviewItems()).toEqual([item]);
    await purgeCase(a.db, file.id);
    await restoreServer();

    await b.engine.syncNow();
    expect(await reviewItems()).toEqual([item]);
  });

  it('goes back from a laptop that held it, with the value it keeps', async () => {
    const a = await laptop('laptop-replaced', 'attorneyA');
    const b = await laptop('laptop-replacing', 'attorneyB');
    const restoreServer = await backupSchema(live.t.db, live.t.schema);
    await setOffice(a, 'ERO Jena');
    await a.engine.syncNow();
    await setOffice(b, 'ERO New Orleans');
    await b.engine.syncNow();
    const item = { kind: 'overwritten', replaced: 'ERO Jena', by: 'ERO New Orleans' };
    expect(await reviewItems()).toEqual([item]);
    // The case leaves laptop A, its acknowledged entries with it: A cannot send its value again.
    await purgeCase(a.db, file.id);
    await restoreServer();
    expect(await reviewItems()).toEqual([]);

    await b.engine.syncNow();
    expect(b.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0, quarantined: 0 });
    expect(await reviewItems()).toEqual([item]);
    const held = await b.db.conflicts.toArray();
    expect(held).toMatchObject([{ kind: 'overwritten', status: 'open', serverValue: 'ERO Jena' }]);
    const audit = await live.t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'sync.conflict_recovered' AND device_id IS NOT NULL`,
    );
    expect(audit.rowCount).toBe(1);
  });
});
