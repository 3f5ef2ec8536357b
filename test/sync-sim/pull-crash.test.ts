/**
 * A laptop that stops dead right after a pull page committed, before that page's follow-up work
 * (acting on the revocations it recorded, the checksums, the next page), picks up where it was
 * when the app starts again: the page is not fetched twice, the revocation is acted on at start.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSyncState } from '../../renderer/src/db/sync-state';
import { unassignCase } from '../../server/src/admin/cases-service';
import { seedCase } from '../../server/src/test-support/sync-fixtures';
import { createDevice } from './device';
import { startLiveServer, type LiveServer } from './live-server';

let live: LiveServer;
beforeAll(async () => {
  live = await startLiveServer();
});
afterAll(async () => live?.close());

class Crash extends Error {}

describe('a laptop crash between a pull page and its follow-up', () => {
  it('acts on the revocation the page recorded when the app starts again', async () => {
    // Six cases: removing one stays under the 20 % mass-removal fail-safe.
    const kept = [];
    for (let i = 0; i < 5; i += 1)
      kept.push(await seedCase(live.t.db, live.org.orgId, [live.org.attorneyA.id]));
    const taken = await seedCase(live.t.db, live.org.orgId, [live.org.attorneyA.id]);
    let crashNext = false;
    let crashes = 0;
    const laptop = await createDevice('laptop-crash', live.url, live.org.attorneyA, undefined, {
      afterPageCommit: () => {
        if (!crashNext) return;
        crashNext = false;
        crashes += 1;
        throw new Crash('power cut');
      },
    });
    await laptop.engine.syncNow();
    expect(await laptop.docs.get(taken.id)).toBeDefined();

    await unassignCase(
      live.t.db,
      {
        orgId: live.org.orgId,
        userId: live.org.supervisor.id,
        deviceId: null,
        sessionId: null,
        requestId: null,
        via: 'cli',
      },
      taken.id,
      live.org.attorneyA.id,
    );
    crashNext = true;
    await laptop.engine.syncNow();
    expect(crashes).toBe(1);
    // The page and its cursor committed with the revocation recorded; nothing acted on it yet.
    const recorded = await readSyncState(laptop.db);
    expect(recorded.receivedRevocations).toEqual([taken.id]);
    expect(await laptop.docs.get(taken.id)).toBeDefined();
    expect(laptop.engine.status.get().phase).toBe('error');

    laptop.restartEngine();
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get().phase).toBe('idle');
    expect((await readSyncState(laptop.db)).receivedRevocations).toEqual([]);
    expect(await laptop.docs.get(taken.id)).toBeUndefined();
    for (const file of kept) expect(await laptop.docs.get(file.id)).toBeDefined();
    laptop.db.close();
  });
});
