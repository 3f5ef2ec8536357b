/**
 * Unit tests for cases leaving the laptop (issue 25): the unassignment guard (a case with pending
 * work stays until the work is pushed) and the 20 % mass-removal fail-safe.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../lib/ids';
import { caseKeyId } from './crypto/keyring';
import type { AmparoDatabase } from './database';
import { applyPullPage } from './sync-pull-store';
import {
  applyRecordedRevocations,
  completePendingRemovals,
  handleRevocations,
  isRemovalPending,
} from './sync-revocations';
import { readSyncState, writeSyncState } from './sync-state';
import { addCase, addPendingNote, databaseWithTenCases } from './sync-revocations.test-support';
import { createTestDatabase } from './test-database';

describe('unassignment guard', () => {
  let db: AmparoDatabase;
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
  });

  it('keeps a revoked case with pending work, with its key, until the work has been pushed', async () => {
    const cases = await Promise.all(Array.from({ length: 10 }, () => addCase(db)));
    const leaving = cases[0]!;
    const text = 'Typed before the case was unassigned';
    await addPendingNote(db, leaving, text);

    const outcome = await handleRevocations(db, [leaving], false);
    expect(outcome).toEqual({ held: [], removed: [], removalPending: [leaving] });
    expect(await db.docs.get(leaving)).toBeDefined();
    expect(await db.outbox.where('caseId').equals(leaving).count()).toBe(1);
    expect((await db.noteRevisions.where('caseId').equals(leaving).toArray())[0]!.body).toBe(text);
    expect(await db.keys.get(caseKeyId(leaving))).toBeDefined();
    expect((await readSyncState(db)).removalPending).toEqual([leaving]);

    // A push that has not delivered it yet changes nothing.
    expect(await completePendingRemovals(db)).toEqual([]);
    expect(await db.docs.get(leaving)).toBeDefined();

    await db.outbox.clear(); // the push delivered it
    expect(await completePendingRemovals(db)).toEqual([leaving]);
    expect(await db.docs.get(leaving)).toBeUndefined();
    expect(await db.noteRevisions.where('caseId').equals(leaving).count()).toBe(0);
    expect(await db.keys.get(caseKeyId(leaving))).toBeUndefined();
    expect((await readSyncState(db)).removalPending).toEqual([]);
  });

  it('a case assigned again after its revocation was read stays, key and all (another window)', async () => {
    const cases = await Promise.all(Array.from({ length: 10 }, () => addCase(db)));
    const [again, gone] = [cases[2]!, cases[3]!];
    await writeSyncState(db, {
      ...(await readSyncState(db)),
      receivedRevocations: [again, gone],
    });
    // This window reads what was recorded...
    const inHand = (await readSyncState(db)).receivedRevocations;
    // ...then another window applies a page assigning one of them again (a grant clears it).
    const state = await readSyncState(db);
    await writeSyncState(db, {
      ...state,
      receivedRevocations: state.receivedRevocations.filter((id) => id !== again),
    });
    const outcome = await handleRevocations(db, inHand, false, { recorded: true });
    expect(outcome.removed).toEqual([gone]);
    expect(await db.docs.get(again)).toBeDefined();
    expect(await db.keys.get(caseKeyId(again))).toBeDefined();
    expect(await db.docs.get(gone)).toBeUndefined();
    expect((await readSyncState(db)).receivedRevocations).toEqual([]);
  });

  it('control: a revoked case with nothing pending leaves at once, key and all', async () => {
    const cases = await Promise.all(Array.from({ length: 10 }, () => addCase(db)));
    const outcome = await handleRevocations(db, [cases[1]!], false);
    expect(outcome.removed).toEqual([cases[1]]);
    expect(await db.docs.get(cases[1]!)).toBeUndefined();
    expect(await db.keys.get(caseKeyId(cases[1]!))).toBeUndefined();
  });
});

describe('20 % mass-removal fail-safe', () => {
  let db: AmparoDatabase;
  let cases: string[];
  beforeEach(async () => {
    ({ db, cases } = await databaseWithTenCases());
  });

  it('removes up to 20 % of the cases here without asking', async () => {
    const outcome = await handleRevocations(db, cases.slice(0, 2), false);
    expect(outcome.held).toEqual([]);
    expect(outcome.removed.sort()).toEqual(cases.slice(0, 2).sort());
    expect(await db.docs.count()).toBe(8);
  });

  it('holds a pull that would remove more than 20 %, removes nothing, and asks', async () => {
    const revoked = cases.slice(0, 3);
    const outcome = await handleRevocations(db, revoked, false);
    expect(outcome.held.sort()).toEqual([...revoked].sort());
    expect(outcome.removed).toEqual([]);
    expect(await db.docs.count()).toBe(10);
    expect((await readSyncState(db)).heldRevocations.sort()).toEqual([...revoked].sort());
    // The attorney confirms: the held cases go.
    const confirmed = await handleRevocations(db, [], true);
    expect(confirmed.removed.sort()).toEqual([...revoked].sort());
    expect(await db.docs.count()).toBe(7);
    expect((await readSyncState(db)).heldRevocations).toEqual([]);
  });

  it('counts only cases that are here: revocations of unknown cases never trip it', async () => {
    const outcome = await handleRevocations(db, [cases[0]!, newId(), newId(), newId()], false);
    expect(outcome.held).toEqual([]);
    expect(outcome.removed).toEqual([cases[0]]);
  });

  it('holds the revocations a pulled page brings, as the pull applies them', async () => {
    const revoked = cases.slice(0, 3);
    const outcome = await applyPullPage(db, {
      changes: [],
      grants: [],
      revocations: revoked,
      nextCursor: 'c1',
      hasMore: false,
    });
    expect(outcome.held.sort()).toEqual([...revoked].sort());
    expect(outcome.removed).toEqual([]);
    expect(await db.docs.count()).toBe(10);
    const state = await readSyncState(db);
    expect(state.cursor).toBe('c1');
    expect(state.heldRevocations.sort()).toEqual([...revoked].sort());
  });
});

describe('the bookkeeping a removal leaves (what the next start and the Sync page read)', () => {
  let db: AmparoDatabase;
  let cases: string[];
  beforeEach(async () => {
    ({ db, cases } = await databaseWithTenCases());
  });

  async function record(revocations: string[]): Promise<void> {
    await writeSyncState(db, { ...(await readSyncState(db)), receivedRevocations: revocations });
  }

  it('acting on recorded revocations asks first by default: a start never confirms a mass removal', async () => {
    await record(cases.slice(0, 3));
    const outcome = await applyRecordedRevocations(db);
    expect(outcome.removed).toEqual([]);
    expect(outcome.held.sort()).toEqual(cases.slice(0, 3).sort());
    expect(await db.docs.count()).toBe(10);
    const state = await readSyncState(db);
    expect(state.receivedRevocations).toEqual([]);
    expect(state.heldRevocations.sort()).toEqual(cases.slice(0, 3).sort());
  });

  it('with nothing recorded, acting on revocations changes nothing, held ones included', async () => {
    await handleRevocations(db, cases.slice(0, 3), false);
    const before = await readSyncState(db);
    expect(await applyRecordedRevocations(db, true)).toEqual({
      held: [],
      removed: [],
      removalPending: [],
    });
    expect(await db.docs.count()).toBe(10);
    expect(await readSyncState(db)).toEqual(before);
  });

  it('a removed case leaves a notice naming its reference, and its recorded revocation is settled', async () => {
    const leaving = cases[4]!;
    await record([leaving]);
    const outcome = await applyRecordedRevocations(db);
    expect(outcome.removed).toEqual([leaving]);
    const state = await readSyncState(db);
    expect(state.removedNotices).toEqual([
      { caseId: leaving, reference: `REF-${leaving.slice(0, 4)}` },
    ]);
    expect(state.receivedRevocations).toEqual([]);
    expect(state.removalPending).toEqual([]);
    // Settled: acting again at the next start removes nothing more and adds no second notice.
    expect((await applyRecordedRevocations(db)).removed).toEqual([]);
    expect((await readSyncState(db)).removedNotices).toHaveLength(1);
  });

  it('a case removed after its pending work is pushed leaves the pending list, the others stay on it', async () => {
    const [first, second] = cases;
    await addPendingNote(db, first!, 'Pending on the first case');
    await addPendingNote(db, second!, 'Pending on the second case');
    await handleRevocations(db, [first!, second!], false);
    expect((await readSyncState(db)).removalPending.sort()).toEqual([first, second].sort());
    await db.outbox.where('caseId').equals(first!).delete(); // only the first case's work reached the server
    expect(await completePendingRemovals(db)).toEqual([first]);
    const state = await readSyncState(db);
    expect(state.removalPending).toEqual([second]);
    expect(state.removedNotices.map((notice) => notice.caseId)).toEqual([first]);
  });

  it('holding more revocations keeps the ones already held and settles what was recorded', async () => {
    await handleRevocations(db, cases.slice(0, 3), false);
    await record(cases.slice(3, 6));
    const outcome = await applyRecordedRevocations(db);
    expect(outcome.held.sort()).toEqual(cases.slice(3, 6).sort());
    const state = await readSyncState(db);
    expect(state.heldRevocations.sort()).toEqual(cases.slice(0, 6).sort());
    expect(state.receivedRevocations).toEqual([]);
  });

  it('confirming removes only the held cases and keeps the others held when some wait on a push', async () => {
    await addPendingNote(db, cases[0]!, 'Pending on a held case');
    await handleRevocations(db, cases.slice(0, 3), false);
    const confirmed = await handleRevocations(db, [], true);
    expect(confirmed.removed.sort()).toEqual(cases.slice(1, 3).sort());
    expect(confirmed.removalPending).toEqual([cases[0]]);
    const state = await readSyncState(db);
    expect(state.heldRevocations).toEqual([]);
    expect(state.removalPending).toEqual([cases[0]]);
  });
});

describe('a removal leaves the rest of the bookkeeping alone', () => {
  let db: AmparoDatabase;
  let cases: string[];
  beforeEach(async () => {
    ({ db, cases } = await databaseWithTenCases());
  });

  it('a small removal keeps the held ones held, the pending ones pending and the others recorded', async () => {
    const pendingCase = cases[9]!;
    await addPendingNote(db, pendingCase, 'Waiting to be pushed');
    await handleRevocations(db, [pendingCase], false);
    await handleRevocations(db, cases.slice(0, 3), false); // held: more than 20 %
    const recordedElsewhere = newId();
    await writeSyncState(db, {
      ...(await readSyncState(db)),
      receivedRevocations: [recordedElsewhere],
    });

    const outcome = await handleRevocations(db, [cases[5]!], false);
    expect(outcome.removed).toEqual([cases[5]]);
    const state = await readSyncState(db);
    expect(state.heldRevocations.sort()).toEqual(cases.slice(0, 3).sort());
    expect(state.removalPending).toEqual([pendingCase]);
    expect(state.receivedRevocations).toEqual([recordedElsewhere]);
    expect(isRemovalPending(state, pendingCase)).toBe(true);
    expect(isRemovalPending(state, cases[5]!)).toBe(false);
  });

  it('holding a large removal keeps what else was recorded', async () => {
    const recordedElsewhere = newId();
    await writeSyncState(db, {
      ...(await readSyncState(db)),
      receivedRevocations: [recordedElsewhere],
    });
    expect((await handleRevocations(db, cases.slice(0, 3), false)).held).toHaveLength(3);
    expect((await readSyncState(db)).receivedRevocations).toEqual([recordedElsewhere]);
  });

  it('a held case whose file is already gone leaves with a notice that has no reference', async () => {
    await handleRevocations(db, cases.slice(0, 3), false);
    await db.docs.delete(cases[0]!);
    const confirmed = await handleRevocations(db, [], true);
    expect(confirmed.removed.sort()).toEqual(cases.slice(0, 3).sort());
    const notices = (await readSyncState(db)).removedNotices;
    expect(notices.find((notice) => notice.caseId === cases[0])?.reference).toBe('—');
  });
});

describe('after a push', () => {
  let db: AmparoDatabase;
  let cases: string[];
  beforeEach(async () => {
    ({ db, cases } = await databaseWithTenCases());
  });

  it('removes every case whose pending work was pushed, even more than 20 % (the attorney was told already)', async () => {
    for (const caseId of cases.slice(0, 3)) {
      await addPendingNote(db, caseId, 'Pending before unassignment');
    }
    await handleRevocations(db, cases.slice(0, 3), true);
    await db.outbox.clear();
    expect((await completePendingRemovals(db)).sort()).toEqual(cases.slice(0, 3).sort());
    expect(await db.docs.count()).toBe(7);
  });

  it('never confirms held removals on its own: held cases stay until the attorney answers', async () => {
    await handleRevocations(db, cases.slice(0, 3), false);
    expect(await completePendingRemovals(db)).toEqual([]);
    expect(await db.docs.count()).toBe(10);
    expect((await readSyncState(db)).heldRevocations.sort()).toEqual(cases.slice(0, 3).sort());
  });

  it("keeps an intake's records: an intake is its own file, not work on a departed case", async () => {
    const intakeId = newId();
    await db.docs.add({
      id: intakeId,
      entity: 'intake',
      caseId: intakeId,
      version: 1,
      doc: { id: intakeId },
      base: { id: intakeId },
      updatedAt: '2026-12-01T00:00:00.000Z',
    });
    await addPendingNote(db, intakeId, 'Field intake note');
    await db.outbox.clear();
    expect(await completePendingRemovals(db)).toEqual([]);
    expect(await db.noteRevisions.where('caseId').equals(intakeId).count()).toBe(1);
  });

  // Issue 21, invariant C (a laptop lacked every row of a case still assigned; seed 229's picture):
  // records of a case with no file here are cleared after a push, e.g. the conflicts one window
  // fetched for a case assigned to the attorney after its pull. Another window's page brought the
  // case (its grant, file and notes) between the read of the cases without a file and their
  // removal: the case went whole, with the cursor past its grant, until the checksum fetched it.
  it("keeps a case whose file another window's pull brought while leftovers were cleared", async () => {
    const granted = newId();
    await db.conflicts.put({
      id: newId(),
      caseId: granted,
      status: 'open',
      createdAt: '2026-12-01T15:00:00.000Z',
      entity: 'case',
      entityId: granted,
      fieldPath: 'custody/facility',
      serverValue: 'Adams County',
      clientValue: 'Jackson',
    } as never);
    const revision = {
      id: newId(),
      noteId: newId(),
      caseId: granted,
      parentIds: [],
      body: 'Interview notes',
      createdAt: '2026-12-01T15:00:00.000Z',
      state: 'draft',
    };
    const otherWindowsPage = () =>
      applyPullPage(
        db,
        {
          grants: [granted],
          changes: [
            {
              entity: 'case',
              id: granted,
              caseId: granted,
              version: 6,
              op: 'upsert',
              row: { id: granted, reference: 'REF-GRANTED' },
            },
            {
              entity: 'noteRevision',
              id: revision.id,
              caseId: granted,
              version: 1,
              op: 'upsert',
              row: revision,
              meta: { serverSeq: 7 },
            },
          ],
          revocations: [],
          nextCursor: 'after-the-grant',
          hasMore: false,
        },
        { from: null },
      );
    // The other window's page commits right after this window read which cases have records here.
    const orderBy = db.acknowledged.orderBy.bind(db.acknowledged);
    let interleaved = false;
    vi.spyOn(db.acknowledged, 'orderBy').mockImplementation((index) => {
      const collection = orderBy(index);
      const keys = collection.uniqueKeys.bind(collection);
      collection.uniqueKeys = (async () => {
        const read = await keys();
        if (!interleaved) {
          interleaved = true;
          await otherWindowsPage();
        }
        return read;
      }) as never;
      return collection;
    });

    expect(await completePendingRemovals(db)).toEqual([]);
    expect(interleaved).toBe(true);
    expect(await db.docs.get(granted)).toMatchObject({ version: 6 });
    expect(await db.noteRevisions.get(revision.id)).toBeDefined();
    expect(await db.keys.get(caseKeyId(granted))).toBeDefined();
    expect((await readSyncState(db)).cursor).toBe('after-the-grant');
  });

  it('removes work recorded on a case that had already left, once it is pushed', async () => {
    const departed = newId();
    await addPendingNote(db, departed, 'Typed in an editor left open');
    expect(await completePendingRemovals(db)).toEqual([]);
    await db.outbox.clear();
    expect(await completePendingRemovals(db)).toEqual([departed]);
    expect(await db.noteRevisions.where('caseId').equals(departed).count()).toBe(0);
  });
});
