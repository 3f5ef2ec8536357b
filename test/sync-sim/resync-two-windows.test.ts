/**
 * Invariants C and I2 found by the random runs (issue 21; CI seeds 3 and 3343 on PostgreSQL): a
 * laptop lacked every row of a case still assigned to it, the checksum check fetched the case
 * again, and the case's documents never came back.
 *
 * Two windows of the app on one laptop sync at once (no cross-window lock), and the change log was
 * pruned past the laptop's cursor: both are told 410. One window starts the full download and has
 * its first page in; the other window's 410 arrives and starts the download again (the list of
 * ids seen so far is cleared, the cursor reset). The first window's next page, asked before that
 * reset, still came in: it moved the cursor on from a download whose first page no longer counted,
 * and the end of the download dropped that page's case as no longer assigned here.
 */
import 'fake-indexeddb/auto';
import type { CaseFile } from '@core/domain/case-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAttachmentsRepository } from '../../renderer/src/db/attachments-repository';
import { readDocumentContent } from '../../renderer/src/db/document-sync-store';
import { readSyncState } from '../../renderer/src/db/sync-state';
import { transportForState } from '../../renderer/src/sync/session-transport';
import { SyncEngine } from '../../renderer/src/sync/sync-engine';
import { pruneChanges } from '../../server/src/repositories/change-log-repository';
import { seedCase } from '../../server/src/test-support/sync-fixtures';
import { createDevice } from './device';
import { startLiveServer, type LiveServer } from './live-server';

let live: LiveServer;
beforeAll(async () => {
  live = await startLiveServer();
});
afterAll(async () => live?.close());

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const isPull = (url: string) => url.includes('/v1/sync/pull');
const fromCursor = (url: string) => new URL(url).searchParams.has('cursor');

describe('a resync started again by the other window while this one is half way', () => {
  it('drops no case still assigned, and every case keeps its documents', async () => {
    const { t, org } = live;
    // Six cases: one leaving would be under the 20% fail-safe, so it would really go.
    const files: CaseFile[] = [];
    for (let i = 0; i < 6; i += 1) files.push(await seedCase(t.db, org.orgId, [org.attorneyA.id]));

    // This window reads one row per page, so the download spans a page per case.
    const otherAtPull = deferred();
    const firstPageIn = deferred();
    const letOtherPull = deferred();
    const otherRestarted = deferred();
    const letOtherGoOn = deferred();
    let armed = false;
    let resyncPages = 0;
    const thisWindow: typeof fetch = async (input, init) => {
      const url = String(input).replace(/limit=\d+/, 'limit=1');
      if (!armed || !isPull(url)) return fetch(url, init);
      const response = await fetch(url, init);
      if (response.status === 410) resyncPages = 0;
      else if (!fromCursor(url) || resyncPages > 0) resyncPages += 1;
      if (resyncPages === 2) {
        // The second page of the download, asked before the other window's reset, answered after.
        await firstPageIn.promise;
        // This window reads its cursor and waits for this answer before the other one resets.
        await new Promise((resolve) => setTimeout(resolve, 100));
        letOtherPull.resolve();
        await otherRestarted.promise;
      }
      return response;
    };
    const otherWindow: typeof fetch = async (input, init) => {
      const url = String(input);
      if (armed && isPull(url)) {
        if (fromCursor(url)) {
          otherAtPull.resolve();
          await letOtherPull.promise;
        } else {
          otherRestarted.resolve();
          await letOtherGoOn.promise;
        }
      }
      return fetch(url, init);
    };
    let resyncCommits = 0;
    const laptop = await createDevice('laptop-two-windows', live.url, org.attorneyA, thisWindow, {
      verifyEveryMs: 0,
      afterPageCommit: async () => {
        if (armed && (await readSyncState(laptop.db)).resyncing) {
          resyncCommits += 1;
          if (resyncCommits === 1) firstPageIn.resolve();
        }
      },
    });
    const other = new SyncEngine({
      db: () => laptop.db,
      transportFor: transportForState(() => laptop.db, otherWindow),
      appVersion: '0.1.0',
      random: () => 0.5,
      verifyEveryMs: 0,
    });
    await laptop.engine.syncNow();
    const attachments = createAttachmentsRepository(() => laptop.db);
    const letters = new Map<string, string>();
    for (const file of files) {
      const row = await attachments.add(file.id, {
        name: 'sponsor-letter.pdf',
        bytes: new TextEncoder().encode(`%PDF-1.7\nletter for ${file.id}\n%%EOF`).buffer,
      });
      letters.set(file.id, row.id);
    }
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get()).toMatchObject({ phase: 'idle', documentsWaiting: 0 });

    // While the laptop is away, the server's change log moves on and is pruned past its cursor.
    await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    await pruneChanges(t.db, org.orgId, new Date(Date.now() + 60_000));

    armed = true;
    const otherRun = other.syncNow();
    // The other window asks from the old cursor first; its 410 comes back only later.
    await otherAtPull.promise;
    const thisRun = laptop.engine.syncNow();
    await thisRun;
    letOtherGoOn.resolve();
    await otherRun;
    armed = false;
    await laptop.engine.syncNow();
    expect(laptop.engine.status.get()).toMatchObject({ phase: 'idle', pending: 0 });

    const state = await readSyncState(laptop.db);
    expect(resyncCommits).toBeGreaterThan(1);
    expect(state.checksum).toMatchObject({ mismatches: 0, unrepaired: 0 });
    expect(state).toMatchObject({ resyncing: false, heldRevocations: [], removedNotices: [] });
    expect((await laptop.docs.listByEntity('case')).map((r) => r.id).sort()).toEqual(
      files.map((f) => f.id).sort(),
    );
    for (const file of files) {
      const id = letters.get(file.id)!;
      expect(await laptop.db.attachments.get(id), file.id).toMatchObject({ syncState: 'synced' });
      expect(await readDocumentContent(laptop.db, id), file.id).toBeDefined();
    }
    laptop.db.close();
  });
});
