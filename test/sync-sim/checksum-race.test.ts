/**
 * Invariant C found by the random runs (issue 21): "checksum difference found in a case nothing
 * damaged". Two windows of the app on one laptop sync at once (no cross-window lock): while one
 * compares its copy with the server's checksums, the other pushes a change to a case and takes
 * the answer. The server's checksum was read before that change; the copy compared after it
 * holds it. That is no damage, and must not be counted, shown or fetched again as one.
 */
import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transportForState } from '../../renderer/src/sync/session-transport';
import { SyncEngine } from '../../renderer/src/sync/sync-engine';
import { cliActor } from '../../server/src/admin/admin-actor';
import { assignCase } from '../../server/src/admin/cases-service';
import { pruneChanges } from '../../server/src/repositories/change-log-repository';
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

describe("a laptop's checksum comparison while another window of the app syncs", () => {
  it('counts no difference for a change the other window pushed meanwhile', async () => {
    let otherWindow: (() => Promise<void>) | null = null;
    const watching: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('/v1/sync/checksums') && otherWindow) {
        const run = otherWindow;
        otherWindow = null;
        await run();
      }
      return response;
    };
    const l = await createDevice('laptop-two-windows', live.url, live.org.attorneyA, watching, {
      verifyEveryMs: 0,
    });
    laptops.push(l);
    const second = new SyncEngine({
      db: () => l.db,
      transportFor: transportForState(() => l.db),
      appVersion: '0.1.0',
      random: () => 0.5,
      verifyEveryMs: 0,
    });
    await l.engine.syncNow();
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });

    // The server answered this window's checksums; the other window pushes before they are compared.
    otherWindow = async () => {
      await l.docs.update(file.id, (doc) => ({
        ...doc,
        court: { ...(doc['court'] as object), judge: 'IJ Example' },
      }));
      await second.syncNow();
      expect(second.status.get()).toMatchObject({ phase: 'idle', pending: 0 });
    };
    await l.engine.syncNow();
    expect(otherWindow).toBeNull();
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });
    expect(l.engine.status.get().checksum).toMatchObject({ mismatches: 0, unrepaired: 0 });
  });
  // Seed 20 of the campaign of 2026-12-07 (5 x 120 on PostgreSQL): between the pull's last page
  // and the comparison, the attorney was given a case and the change log was pruned, the grant
  // with it. The checksums at the pull's cursor then listed a case this laptop had never pulled,
  // and it was counted as found "every row missing" and fetched again.
  it('downloads again when the change log was pruned past its cursor before the comparison', async () => {
    const given = await seedCase(live.t.db, live.org.orgId, [live.org.attorneyB.id]);
    let beforeChecksums: (() => Promise<void>) | null = null;
    const watching: typeof fetch = async (input, init) => {
      if (String(input).includes('/v1/sync/checksums') && beforeChecksums) {
        const run = beforeChecksums;
        beforeChecksums = null;
        await run();
      }
      return fetch(input, init);
    };
    const l = await createDevice('laptop-pruned', live.url, live.org.attorneyA, watching, {
      verifyEveryMs: 0,
    });
    laptops.push(l);
    await l.engine.syncNow();
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });

    beforeChecksums = async () => {
      await assignCase(live.t.db, cliActor(live.org.orgId), given.id, live.org.attorneyA.id);
      await pruneChanges(live.t.db, live.org.orgId, new Date(Date.now() + 60_000));
    };
    await l.engine.syncNow();
    expect(beforeChecksums).toBeNull();
    expect(l.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });
    expect(l.engine.status.get().checksum).toMatchObject({ mismatches: 0, unrepaired: 0 });
    expect(await l.db.docs.get(given.id)).toBeDefined();
  });
});
