/**
 * Restore from peers (issue 21, docs/sync.md guarantee 9): a note revision this laptop holds in a
 * case the server brought back, but which the server itself no longer has (it was restored from a
 * backup older than the revision, and the laptop that wrote it no longer holds the case), is sent
 * back at the end of the download, with its author, as recovered work.
 */
import { emptyCaseFile } from '@core/domain/case-file';
import type { NoteRevision } from '@core/domain/note-revision';
import { flattenFields } from '@core/sync/document-diff';
import { EMPTY_PATCH } from '@core/sync/document-patch';
import type { JsonObject } from '@core/sync/json-value';
import type { PullResponse } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { applyPullPage } from './sync-pull-store';
import { takeBatch } from './sync-push-store';
import { finishResync, startResync } from './sync-resync';
import { reconcileWithServer } from './sync-recovery';
import { readSyncState, updateSyncState } from './sync-state';
import { createTestDatabase } from './test-database';

let db: AmparoDatabase;
const caseId = newId();
const otherCaseId = newId();
const colleague = newId();
const file = (id: string) =>
  emptyCaseFile({
    id,
    reference: 'MCJ-2026-0042',
    familyName: 'Prueba',
    givenNames: 'Ana',
  }) as unknown as JsonObject;

const revision = (
  inCase: string,
  body: string,
  state: 'draft' | 'final' = 'draft',
  createdAt = '2026-12-01T10:00:00.000Z',
) =>
  ({
    id: newId(),
    noteId: newId(),
    caseId: inCase,
    parentIds: [],
    body,
    authorId: colleague,
    deviceId: newId(),
    createdAt,
    state,
  }) satisfies NoteRevision;

const page = (changes: PullResponse['changes']): PullResponse => ({
  changes,
  grants: [],
  revocations: [],
  nextCursor: 'cursor',
  hasMore: false,
});
const upsertCase = (id: string) => ({
  entity: 'case' as const,
  id,
  caseId: id,
  version: 2,
  op: 'upsert' as const,
  row: file(id),
});
const upsertRevision = (r: NoteRevision) => ({
  entity: 'noteRevision' as const,
  id: r.id,
  caseId: r.caseId,
  version: 1,
  op: 'upsert' as const,
  row: r as unknown as JsonObject,
});

beforeEach(async () => {
  ({ db } = await createTestDatabase());
  for (const id of [caseId, otherCaseId])
    await db.docs.add({
      id,
      entity: 'case',
      caseId: id,
      version: 1,
      doc: file(id),
      base: file(id),
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
});

describe('the end of a resync sends back what the server lacks', () => {
  it("queues a colleague's revision the server did not bring back, with its author, marked recovered", async () => {
    const lost = revision(caseId, 'Pulled from MCJ before its server was restored.');
    const kept = revision(caseId, 'Still on the server.');
    const final = revision(
      caseId,
      'A finished note, lost too.',
      'final',
      '2026-12-02T09:00:00.000Z',
    );
    await db.noteRevisions.bulkAdd([lost, kept, final].map((r) => ({ ...r, sealed: true })));

    await startResync(db);
    await applyPullPage(
      db,
      page([upsertCase(caseId), upsertCase(otherCaseId), upsertRevision(kept)]),
    );
    await finishResync(db);

    const queued = await db.outbox.toArray();
    expect(queued.map((e) => [e.entityId, e.kind, e.recovered, e.seq, e.state])).toEqual([
      [lost.id, 'noteRevision', true, null, 'pending'],
      [final.id, 'noteFinalize', true, null, 'pending'],
    ]);
    expect(queued[0]!.body).toEqual(lost);
    expect(queued[0]!.body!['authorId']).toBe(colleague);
    expect(queued[0]!.parentRevisionIds).toEqual([]);
    expect((await readSyncState(db)).recovery?.recovered).toBe(2);
  });

  it('sends nothing for a case the server did not bring back (it leaves this laptop)', async () => {
    await db.noteRevisions.add({ ...revision(otherCaseId, 'In a case taken away.'), sealed: true });
    await startResync(db);
    await applyPullPage(db, page([upsertCase(caseId)]));
    await finishResync(db);
    expect((await db.outbox.toArray()).filter((e) => e.entity === 'noteRevision')).toEqual([]);
    expect((await readSyncState(db)).recovery?.recovered ?? 0).toBe(0);
  });

  it('does not queue twice a revision whose own entry still waits in the outbox', async () => {
    const mine = revision(caseId, 'Written here, not sent yet.');
    await db.noteRevisions.add({ ...mine, sealed: false });
    await db.outbox.add({
      mutationId: newId(),
      seq: null,
      kind: 'noteRevision',
      entity: 'noteRevision',
      entityId: mine.id,
      caseId,
      baseVersion: 0,
      patch: { set: {} },
      parentRevisionIds: [],
      body: mine as unknown as JsonObject,
      clientTime: '2026-12-01T10:00:00.000Z',
      state: 'pending',
    });
    await startResync(db);
    await applyPullPage(db, page([upsertCase(caseId), upsertCase(otherCaseId)]));
    await finishResync(db);
    expect((await db.outbox.toArray()).map((e) => [e.entityId, e.recovered])).toEqual([
      [mine.id, undefined],
    ]);
  });
});

describe('a download that brings a record older than the copy here sends back what it lacks', () => {
  const withOffice = (office: string, sponsor = 'Sponsor kept') => {
    const doc = file(caseId);
    return {
      ...doc,
      custody: { ...(doc['custody'] as JsonObject), iceOffice: office },
      releasePlan: { ...(doc['releasePlan'] as JsonObject), sponsorName: sponsor },
    } as JsonObject;
  };
  const olderCase = (doc: JsonObject) => ({ ...upsertCase(caseId), version: 3, row: doc });

  beforeEach(async () => {
    // MCJ's server had this at version 5 (a colleague's values), and this laptop pulled it.
    const pulled = withOffice('ERO Lost Office', 'Lost Sponsor');
    await db.docs.put({ ...(await db.docs.get(caseId))!, version: 5, doc: pulled, base: pulled });
  });

  it('keeps the lost values and queues them as one change on the restored version', async () => {
    const restored = withOffice('ERO Older Office', 'Older Sponsor');
    await startResync(db);
    await applyPullPage(db, page([olderCase(restored), upsertCase(otherCaseId)]));
    const row = (await db.docs.get(caseId))!;
    expect(row.version).toBe(3);
    expect(row.base).toEqual(restored);
    expect(row.doc).toEqual(withOffice('ERO Lost Office', 'Lost Sponsor'));
    const [entry, ...rest] = await db.outbox.toArray();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'patch',
      entityId: caseId,
      baseVersion: 3,
      patch: {
        set: { 'custody/iceOffice': 'ERO Lost Office', 'releasePlan/sponsorName': 'Lost Sponsor' },
      },
      // What this copy saw: the server's own value there then counts as unseen (kept, never lost).
      baseValues: {
        'custody/iceOffice': 'ERO Lost Office',
        'releasePlan/sponsorName': 'Lost Sponsor',
      },
      afterRestore: true,
      recovered: true,
      seq: null,
      state: 'pending',
      fromDoc: null,
    });
    await finishResync(db);
    expect((await readSyncState(db)).recovery?.recovered).toBe(1);
  });

  it("leaves a field this laptop's own waiting change covers to that change", async () => {
    const restored = withOffice('ERO Older Office', 'Older Sponsor');
    const typed = withOffice('ERO Typed Here', 'Lost Sponsor');
    await db.docs.update(caseId, { doc: typed });
    await db.outbox.add({
      mutationId: newId(),
      seq: null,
      kind: 'patch',
      entity: 'case',
      entityId: caseId,
      caseId,
      baseVersion: 5,
      patch: { set: { 'custody/iceOffice': 'ERO Typed Here' } },
      baseValues: { 'custody/iceOffice': 'ERO Lost Office' },
      clientTime: '2026-12-01T10:00:00.000Z',
      state: 'pending',
      fromDoc: withOffice('ERO Lost Office', 'Lost Sponsor'),
    });
    await startResync(db);
    await applyPullPage(db, page([olderCase(restored), upsertCase(otherCaseId)]));
    expect((await db.docs.get(caseId))!.doc).toEqual(typed);
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => e.patch.set)).toEqual([
      { 'custody/iceOffice': 'ERO Typed Here' },
      { 'releasePlan/sponsorName': 'Lost Sponsor' },
    ]);
  });

  it("sends back an item the server lost even when this laptop's own waiting change edits inside it (seed 922)", async () => {
    // A colleague's hearing, pulled here; the restored server never had it, and the colleague's
    // laptop no longer holds the case. This laptop typed a note on it, not sent yet.
    const hearingId = newId();
    const hearing = {
      id: hearingId,
      type: 'master',
      format: 'video',
      date: '2027-02-05',
      time: '00:36',
    };
    const pulled = { ...withOffice('ERO Older Office', 'Older Sponsor'), hearings: [hearing] };
    const typed = { ...pulled, hearings: [{ ...hearing, notes: 'Typed here' }] };
    await db.docs.put({ ...(await db.docs.get(caseId))!, version: 5, doc: typed, base: pulled });
    await db.outbox.add({
      mutationId: newId(),
      seq: null,
      kind: 'patch',
      entity: 'case',
      entityId: caseId,
      caseId,
      baseVersion: 5,
      patch: { set: { [`hearings/${hearingId}/notes`]: 'Typed here' } },
      clientTime: '2026-12-01T10:00:00.000Z',
      state: 'pending',
    });
    await startResync(db);
    await applyPullPage(
      db,
      page([olderCase(withOffice('ERO Older Office', 'Older Sponsor')), upsertCase(otherCaseId)]),
    );
    expect((await db.docs.get(caseId))!.doc['hearings']).toEqual([
      { ...hearing, notes: 'Typed here' },
    ]);
    const [, recovered, ...rest] = await db.outbox.toArray();
    expect(rest).toEqual([]);
    expect(recovered).toMatchObject({
      recovered: true,
      patch: { set: {}, ops: [{ op: 'add', path: 'hearings', item: hearing }] },
    });
  });

  it('takes the older version when the copy here holds nothing more (its version only read ahead)', async () => {
    const same = withOffice('ERO Lost Office', 'Lost Sponsor');
    await startResync(db);
    await applyPullPage(db, page([olderCase(same), upsertCase(otherCaseId)]));
    const row = (await db.docs.get(caseId))!;
    expect([row.version, row.base, row.doc]).toEqual([3, same, same]);
    expect(await db.outbox.count()).toBe(0);
  });

  it("sends them back even when the restored server's version caught up with the copy's", async () => {
    // The restore is seen in hello (a new epoch); before this laptop's download, others' changes
    // sent again on the restored server took its version past this copy's 5.
    await updateSyncState(db, (state) => ({ ...state, serverEpoch: 1 }));
    await reconcileWithServer(db, { lastAckedSeq: 0, syncEpoch: 2 }, new Date());
    const restored = withOffice('ERO Older Office', 'Older Sponsor');
    await applyPullPage(
      db,
      page([{ ...olderCase(restored), version: 6 }, upsertCase(otherCaseId)]),
    );
    const row = (await db.docs.get(caseId))!;
    expect([row.version, row.base]).toEqual([6, restored]);
    expect(row.doc).toEqual(withOffice('ERO Lost Office', 'Lost Sponsor'));
    expect(
      (await db.outbox.toArray()).map((e) => [e.baseVersion, e.patch.set, e.recovered]),
    ).toEqual([
      [
        6,
        { 'custody/iceOffice': 'ERO Lost Office', 'releasePlan/sponsorName': 'Lost Sponsor' },
        true,
      ],
    ]);
    await finishResync(db);
    // Only once: what the copy held at the restore is forgotten when the download ends.
    expect((await db.docs.get(caseId))!.beforeRestore).toBeUndefined();
  });

  it('changes nothing outside a download from scratch (an older change is only late)', async () => {
    await applyPullPage(db, page([olderCase(withOffice('ERO Older Office'))]));
    expect((await db.docs.get(caseId))!.version).toBe(5);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('a record the restored server never had', () => {
  const deadlineId = newId();
  const deadline = {
    id: deadlineId,
    caseId,
    title: 'Filed after the backup',
    date: '2027-01-15',
    kind: 'filing',
  } as JsonObject;

  it('goes back as a recovered creation with the edits waiting here, and stays', async () => {
    await db.docs.add({
      id: deadlineId,
      entity: 'deadline',
      caseId,
      version: 2,
      doc: { ...deadline, title: 'Edited here, not sent' },
      base: deadline,
      updatedAt: '2026-12-01T10:00:00.000Z',
    });
    await db.outbox.add({
      mutationId: newId(),
      seq: null,
      kind: 'patch',
      entity: 'deadline',
      entityId: deadlineId,
      caseId,
      baseVersion: 2,
      patch: { set: { title: 'Edited here, not sent' } },
      baseValues: { title: 'Filed after the backup' },
      clientTime: '2026-12-01T10:00:00.000Z',
      state: 'pending',
      fromDoc: deadline,
    });
    await updateSyncState(db, (state) => ({ ...state, serverEpoch: 1 }));
    await reconcileWithServer(db, { lastAckedSeq: 0, syncEpoch: 2 }, new Date());
    await applyPullPage(db, page([upsertCase(caseId), upsertCase(otherCaseId)]));
    await finishResync(db);
    const row = (await db.docs.get(deadlineId))!;
    expect([row.version, row.base, row.doc]).toEqual([
      0,
      null,
      { ...deadline, title: 'Edited here, not sent' },
    ]);
    expect(
      (await db.outbox.toArray()).map((e) => [e.kind, e.entityId, e.body, e.recovered]),
    ).toEqual([['create', deadlineId, { ...deadline, title: 'Edited here, not sent' }, true]]);
  });

  it("goes back before this laptop's own edits the server lost (put back with older seqs)", async () => {
    // A colleague created the deadline after the backup and this laptop edited it: the restored
    // server lacks both; the edit is put back with its seq, the creation comes from this copy.
    const edit = (mutationId: string, seq: number, entity: 'case' | 'deadline', id: string) => ({
      mutationId,
      seq,
      caseId,
      ackedAt: new Date().toISOString(),
      entry: {
        mutationId,
        seq,
        kind: 'patch' as const,
        entity,
        entityId: id,
        caseId,
        baseVersion: 2,
        patch: { set: { title: 'Edited here, sent' } },
        clientTime: '2026-12-01T10:00:00.000Z',
        state: 'pending' as const,
      },
    });
    await db.docs.add({
      id: deadlineId,
      entity: 'deadline',
      caseId,
      version: 2,
      doc: { ...deadline, title: 'Edited here, sent' },
      base: { ...deadline, title: 'Edited here, sent' },
      updatedAt: '2026-12-01T10:00:00.000Z',
    });
    await db.acknowledged.bulkAdd([
      edit(newId(), 4, 'deadline', deadlineId),
      edit(newId(), 5, 'case', caseId),
    ]);
    await updateSyncState(db, (s) => ({ ...s, serverEpoch: 1, lastAckedSeq: 5, nextSeq: 6 }));
    await reconcileWithServer(db, { lastAckedSeq: 3, syncEpoch: 1 }, new Date());
    await applyPullPage(db, page([upsertCase(caseId), upsertCase(otherCaseId)]));
    await finishResync(db);
    const batch = await takeBatch(db, { maxCount: 50, maxBytes: 1_000_000 });
    // In seq order, without a gap (the server defers whatever follows one).
    expect(batch.map((m) => [m.seq, m.kind, m.entityId, m.body ?? null])).toEqual([
      [4, 'patch', caseId, null],
      [5, 'create', deadlineId, { ...deadline, title: 'Edited here, sent' }],
    ]);
    expect((await readSyncState(db)).nextSeq).toBe(6);
  });

  it('sends nothing back for a record deleted here, the delete included (nothing to remove there)', async () => {
    // Created after the backup, deleted here: once (acknowledged, put back with its seq), and once
    // more not yet sent (the row waits, marked deleted).
    const settledDelete = newId();
    const lostId = newId();
    const entry = (
      mutationId: string,
      seq: number | null,
      kind: 'patch' | 'delete',
      id: string,
    ) => ({
      mutationId,
      seq,
      kind,
      entity: kind === 'patch' ? ('case' as const) : ('deadline' as const),
      entityId: id,
      caseId,
      baseVersion: 2,
      patch: kind === 'patch' ? { set: { 'custody/iceOffice': 'ERO Typed' } } : EMPTY_PATCH,
      clientTime: '2026-12-01T10:00:00.000Z',
      state: 'pending' as const,
    });
    const ackedAt = new Date().toISOString();
    await db.acknowledged.bulkAdd([
      {
        mutationId: settledDelete,
        seq: 4,
        caseId,
        ackedAt,
        entry: entry(settledDelete, 4, 'delete', lostId),
      },
      { mutationId: newId(), seq: 5, caseId, ackedAt, entry: entry(newId(), 5, 'patch', caseId) },
    ]);
    await db.docs.add({
      id: deadlineId,
      entity: 'deadline',
      caseId,
      version: 2,
      doc: deadline,
      base: deadline,
      updatedAt: '2026-12-01T10:00:00.000Z',
      deleted: true,
    });
    await db.outbox.add(entry(newId(), null, 'delete', deadlineId));
    await updateSyncState(db, (s) => ({ ...s, serverEpoch: 1, lastAckedSeq: 5, nextSeq: 6 }));
    await reconcileWithServer(db, { lastAckedSeq: 3, syncEpoch: 1 }, new Date());
    await applyPullPage(db, page([upsertCase(caseId), upsertCase(otherCaseId)]));
    await finishResync(db);
    const batch = await takeBatch(db, { maxCount: 50, maxBytes: 1_000_000 });
    expect(batch.map((m) => [m.seq, m.kind, m.entityId])).toEqual([[4, 'patch', caseId]]);
    expect(await db.docs.get(deadlineId)).toBeUndefined();
  });

  it('is dropped as before after a download that followed no restore (deleted meanwhile)', async () => {
    await db.docs.add({
      id: deadlineId,
      entity: 'deadline',
      caseId,
      version: 2,
      doc: deadline,
      base: deadline,
      updatedAt: '2026-12-01T10:00:00.000Z',
    });
    await startResync(db);
    await applyPullPage(db, page([upsertCase(caseId), upsertCase(otherCaseId)]));
    await finishResync(db);
    expect(await db.docs.get(deadlineId)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('goes back before the delete waiting here when its case is leaving this laptop', async () => {
    // Issue 21, seed 1006: a colleague made the deadline after the backup, this laptop pulled it
    // (version 2) and deleted it, unsent; the case was then taken from this attorney. The delete
    // alone would reach a server without the record (refused `not_found`, quarantined): the record
    // goes first, as the server had it, then the delete, saying what it saw.
    const deleteId = newId();
    await db.docs.add({
      id: deadlineId,
      entity: 'deadline',
      caseId,
      version: 2,
      doc: deadline,
      base: deadline,
      updatedAt: '2026-12-01T10:00:00.000Z',
      deleted: true,
    });
    await db.outbox.add({
      mutationId: deleteId,
      seq: null,
      kind: 'delete',
      entity: 'deadline',
      entityId: deadlineId,
      caseId,
      baseVersion: 2,
      patch: EMPTY_PATCH,
      clientTime: '2026-12-01T10:00:00.000Z',
      state: 'pending',
    });
    await updateSyncState(db, (s) => ({ ...s, serverEpoch: 1 }));
    await reconcileWithServer(db, { lastAckedSeq: 0, syncEpoch: 2 }, new Date());
    await applyPullPage(db, page([upsertCase(otherCaseId)]));
    await finishResync(db);
    const batch = await takeBatch(db, { maxCount: 50, maxBytes: 1_000_000 });
    expect(batch.map((m) => [m.kind, m.entityId, m.recovered, m.baseValues])).toEqual([
      ['create', deadlineId, true, undefined],
      ['delete', deadlineId, undefined, flattenFields(deadline)],
    ]);
    expect(batch[0]!.body).toEqual(deadline);
    expect(batch[1]!.mutationId).toBe(deleteId);
    expect((await db.docs.get(deadlineId))?.deleted).toBe(true);
  });
});

describe('pushes after a restore', () => {
  it('wait until the download that follows is whole (so a record goes back before its edits)', async () => {
    await db.outbox.add({
      mutationId: newId(),
      seq: null,
      kind: 'patch',
      entity: 'case',
      entityId: caseId,
      caseId,
      baseVersion: 1,
      patch: { set: { 'custody/iceOffice': 'ERO Typed' } },
      clientTime: '2026-12-01T10:00:00.000Z',
      state: 'pending',
    });
    const limits = { maxCount: 50, maxBytes: 1_000_000 };
    await updateSyncState(db, (state) => ({ ...state, serverEpoch: 1 }));
    await reconcileWithServer(db, { lastAckedSeq: 0, syncEpoch: 2 }, new Date());
    expect(await takeBatch(db, limits)).toEqual([]);
    await applyPullPage(db, page([upsertCase(caseId), upsertCase(otherCaseId)]));
    await finishResync(db);
    expect((await takeBatch(db, limits)).map((m) => m.entityId)).toEqual([caseId]);
  });
});
