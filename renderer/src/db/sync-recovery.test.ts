/**
 * The laptop's side of restores (issue 15 #2), from what `hello` says: acknowledged changes kept
 * for the retention window and sent again, in their order, ahead of pending work, when the
 * server lost them; a restored laptop numbering its work after the server before it sends any;
 * and what is recorded for the attorney each time.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { applyPushResults, takeBatch } from './sync-push-store';
import { reconcileWithServer } from './sync-recovery';
import { readSyncState, updateSyncState } from './sync-state';
import { createTestDatabase } from './test-database';

const LIMITS = { maxCount: 100, maxBytes: 1024 * 1024 };
const DAY = 86_400_000;
const now = new Date('2026-12-06T15:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

let db: AmparoDatabase;
let docs: ReturnType<typeof createDocumentsRepository>;
const caseId = newId();

beforeEach(async () => {
  ({ db } = await createTestDatabase());
  docs = createDocumentsRepository(() => db);
});

/** A deadline created on this laptop: one outbox entry. */
const deadline = (title: string) =>
  docs.create('deadline', caseId, {
    id: newId(),
    caseId,
    title,
    date: '2027-01-15',
    kind: 'filing',
  });

/** Sends everything pending and has the server accept it, `at` the given time. */
async function sendAndAcknowledge(at: Date) {
  const batch = await takeBatch(db, LIMITS);
  await applyPushResults(
    db,
    {
      results: batch.map((m) => ({
        mutationId: m.mutationId,
        seq: m.seq,
        status: 'applied' as const,
        newVersion: 1,
      })),
      lastAckedSeq: batch.at(-1)!.seq,
    },
    { now: at },
  );
  return batch;
}

const titleOf = (m: { body?: unknown }) => (m.body as { title?: string } | undefined)?.title;

/** The download that follows a restore is whole: pushes go again (sync-peer-recovery.test.ts). */
const downloaded = () => updateSyncState(db, (s) => ({ ...s, restoreDownload: false }));

describe('a server restored from an older backup', () => {
  it('gets back, first and in order, what it lost; then the sealed and the new work', async () => {
    await deadline('Kept by the server');
    await sendAndAcknowledge(daysAgo(3));
    await deadline('Lost one');
    await deadline('Lost two');
    await sendAndAcknowledge(daysAgo(2));
    await deadline('Sealed, answer lost');
    await takeBatch(db, LIMITS); // sent, no answer: seq 4, still pending
    await deadline('Typed since');
    expect((await readSyncState(db)).lastAckedSeq).toBe(3);
    await updateSyncState(db, (s) => ({ ...s, serverEpoch: 1 }));

    const recovery = await reconcileWithServer(db, { lastAckedSeq: 1, syncEpoch: 1 }, now);
    expect(recovery).toMatchObject({ kind: 'serverRestored', resent: 2, missing: 0 });
    const state = await readSyncState(db);
    expect(state).toMatchObject({ lastAckedSeq: 1, resyncing: true, recovery });
    await downloaded();
    const next = await takeBatch(db, LIMITS);
    expect(next.map((m) => [titleOf(m), m.seq])).toEqual([
      ['Lost one', 2],
      ['Lost two', 3],
      ['Sealed, answer lost', 4],
      ['Typed since', 5],
    ]);
    expect(await db.acknowledged.count()).toBe(1);
  });

  it('counts what was acknowledged longer ago than the retention window, which it cannot resend', async () => {
    await deadline('Acknowledged 40 days ago');
    await sendAndAcknowledge(daysAgo(40));
    await deadline('Acknowledged 32 days ago');
    await sendAndAcknowledge(daysAgo(32));
    await deadline('Acknowledged yesterday');
    await sendAndAcknowledge(daysAgo(1));
    // The first two passed the 30-day window when the third was settled.
    expect((await db.acknowledged.toArray()).map((a) => a.seq)).toEqual([3]);

    const recovery = await reconcileWithServer(db, { lastAckedSeq: 0 }, now);
    expect(recovery).toMatchObject({ kind: 'serverRestored', resent: 1, missing: 2 });
    await downloaded();
    expect((await takeBatch(db, LIMITS)).map((m) => [titleOf(m), m.seq])).toEqual([
      ['Acknowledged yesterday', 1],
    ]);
  });

  it('changes nothing when the server holds what this laptop was told, in the same epoch', async () => {
    await deadline('Safe');
    await sendAndAcknowledge(daysAgo(1));
    await updateSyncState(db, (s) => ({ ...s, serverEpoch: 1 }));
    const before = await readSyncState(db);
    expect(await reconcileWithServer(db, { lastAckedSeq: 1, syncEpoch: 1 }, now)).toBe(null);
    expect(await readSyncState(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
  });

  it('downloads again when the server starts a new epoch, keeping unsent work', async () => {
    await deadline('Safe');
    await sendAndAcknowledge(daysAgo(1));
    await updateSyncState(db, (s) => ({ ...s, serverEpoch: 1 }));
    await deadline('Unsent');
    const recovery = await reconcileWithServer(db, { lastAckedSeq: 1, syncEpoch: 2 }, now);
    expect(recovery).toMatchObject({ kind: 'historyReset' });
    expect(await readSyncState(db)).toMatchObject({ resyncing: true, serverEpoch: 2 });
    await downloaded();
    expect((await takeBatch(db, LIMITS)).map(titleOf)).toEqual(['Unsent']);
  });
});

describe('a laptop restored from an older backup', () => {
  it('numbers its sealed and new work after the server before sending any of it', async () => {
    await deadline('Before the backup');
    await sendAndAcknowledge(daysAgo(5));
    await deadline('Sealed in the backup');
    await takeBatch(db, LIMITS); // seq 2, its answer never came before the backup was taken
    await deadline('After the restore');
    // Since the backup, this laptop had sent seqs 2 to 9 (other work): the server holds 9.
    const recovery = await reconcileWithServer(db, { lastAckedSeq: 9 }, now);
    expect(recovery).toMatchObject({ kind: 'laptopRestored' });
    expect((await takeBatch(db, LIMITS)).map((m) => [titleOf(m), m.seq])).toEqual([
      ['Sealed in the backup', 10],
      ['After the restore', 11],
    ]);
    expect(await readSyncState(db)).toMatchObject({ lastAckedSeq: 9, nextSeq: 12 });
  });

  it('sends its changes made on the restored copy as concurrent with its own undone ones', async () => {
    const id = (await deadline('Before the backup')).id;
    await sendAndAcknowledge(daysAgo(5));
    // Typed on the restored copy: the value this laptop wrote after the backup is not its base.
    await docs.update(id, (doc) => ({ ...doc, title: 'Typed after the restore' }));
    await deadline('Created after the restore');
    await reconcileWithServer(db, { lastAckedSeq: 9 }, now);
    const sent = await takeBatch(db, LIMITS);
    expect(sent.map((m) => [m.kind, m.afterRestore ?? false])).toEqual([
      ['patch', true],
      ['create', false],
    ]);
  });
});
