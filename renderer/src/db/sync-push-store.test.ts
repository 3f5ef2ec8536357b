import { emptyCaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { applyPushResults, takeBatch } from './sync-push-store';
import { readSyncState, updateSyncState } from './sync-state';
import { createTestDatabase } from './test-database';

const LIMITS = { maxCount: 100, maxBytes: 1024 * 1024 };

describe('push store: the version a pushed document is left at', () => {
  let db: AmparoDatabase;
  let docs: ReturnType<typeof createDocumentsRepository>;
  let caseId: string;

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    docs = createDocumentsRepository(() => db);
    const file = emptyCaseFile({
      id: newId(),
      reference: 'MCJ-2026-0001',
      familyName: 'Prueba',
      givenNames: 'Ana',
    }) as unknown as JsonObject;
    caseId = String(file['id']);
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 5,
      doc: file,
      base: file,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  const pushJudge = async (newVersion: number) => {
    await docs.update(caseId, (doc) => ({ ...doc, court: { judge: 'IJ Example' } }));
    const [mutation] = await takeBatch(db, LIMITS);
    await applyPushResults(db, {
      results: [
        { mutationId: mutation!.mutationId, seq: mutation!.seq, status: 'applied', newVersion },
      ],
      lastAckedSeq: mutation!.seq,
    });
  };

  it('takes the new version when the server applied the change right on top of its own', async () => {
    await pushJudge(6);
    expect((await db.docs.get(caseId))!.version).toBe(6);
  });

  it('keeps the version it has the content of when other changes came in between', async () => {
    // Another laptop's change made version 6 on the server; this push made version 7.
    await pushJudge(7);
    const row = (await db.docs.get(caseId))!;
    expect(row.version).toBe(5);
    expect((row.base!['court'] as { judge?: string }).judge).toBe('IJ Example');

    // The next edit must not claim to have seen version 6, which was never on this laptop.
    await docs.update(caseId, (doc) => ({ ...doc, custody: { status: 'detained' } }));
    const [next] = await db.outbox.toArray();
    expect(next).toMatchObject({ baseVersion: 5 });
  });
});

describe('push store: a change the server kept for review', () => {
  it("records the attorney's value for review, with the server's, and shows the server's", async () => {
    const { db } = await createTestDatabase();
    const docs = createDocumentsRepository(() => db);
    const file = emptyCaseFile({
      id: newId(),
      reference: 'MCJ-2026-0004',
      familyName: 'Prueba',
      givenNames: 'Ana',
    }) as unknown as JsonObject;
    const caseId = String(file['id']);
    await db.docs.add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 5,
      doc: file,
      base: file,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await docs.update(caseId, (doc) => ({ ...doc, court: { judge: 'IJ Mine' } }));
    const [mutation] = await takeBatch(db, LIMITS);
    const serverRow = { ...file, court: { judge: 'IJ Theirs' } };
    const [first, second] = [newId(), newId()];
    const recorded = {
      id: second,
      fieldPath: 'court/judge',
      kind: 'legal_field',
      status: 'open' as const,
      serverValue: 'IJ Theirs',
      clientValue: 'IJ Mine',
      serverActorId: null,
      serverChangedAt: null,
      clientActorId: newId(),
    };
    const outcome = await applyPushResults(db, {
      results: [
        {
          mutationId: mutation!.mutationId,
          seq: mutation!.seq,
          status: 'conflict',
          newVersion: 6,
          serverRow,
          conflictIds: [first, second],
          conflicts: [recorded],
          reason: 'legal_field_conflict',
        },
      ],
      lastAckedSeq: mutation!.seq,
    });
    expect(outcome).toEqual({ conflicts: 2, rejected: 0, renumbered: 0 });
    expect(await db.outbox.count()).toBe(0);
    const conflicts = await db.conflicts.toArray();
    const common = {
      caseId,
      status: 'open',
      entity: 'case',
      entityId: caseId,
      reason: 'legal_field_conflict',
      localPatch: { set: { 'court/judge': 'IJ Mine' } },
      localBody: null,
      serverRow,
    };
    expect(conflicts.find((c) => c.id === first)).toMatchObject(common);
    expect(conflicts.find((c) => c.id === first)).not.toHaveProperty('fieldPath');
    expect(conflicts.find((c) => c.id === second)).toMatchObject({
      ...common,
      fieldPath: 'court/judge',
      clientValue: 'IJ Mine',
      clientTime: mutation!.clientTime,
    });
    expect(await db.docs.get(caseId)).toMatchObject({ version: 6, doc: serverRow });
  });
});

describe('push store: answers to a replay (duplicate)', () => {
  let db: AmparoDatabase;
  let docs: ReturnType<typeof createDocumentsRepository>;
  const deadlineId = newId();
  const caseId = newId();

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    docs = createDocumentsRepository(() => db);
    const deadline = {
      id: deadlineId,
      caseId,
      title: 'Filing',
      date: '2027-01-15',
      kind: 'filing',
    };
    await db.docs.add({
      id: deadlineId,
      entity: 'deadline',
      caseId,
      version: 1,
      doc: deadline,
      base: deadline,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  const answerReplay = async (originalStatus: 'applied' | 'rejected') => {
    const [mutation] = await takeBatch(db, LIMITS);
    await applyPushResults(db, {
      results: [
        {
          mutationId: mutation!.mutationId,
          seq: mutation!.seq,
          status: 'duplicate',
          originalStatus,
          ...(originalStatus === 'applied' ? { newVersion: 2 } : { reason: 'not_assigned' }),
        },
      ],
      lastAckedSeq: mutation!.seq,
    });
  };

  it('finishes a delete whose first answer was lost', async () => {
    await docs.remove(deadlineId);
    await answerReplay('applied');
    expect(await db.docs.get(deadlineId)).toBeUndefined();
  });

  it('quarantines an entry whose first answer, lost, was a rejection', async () => {
    await docs.update(deadlineId, (doc) => ({ ...doc, title: 'Filing (amended)' }));
    await answerReplay('rejected');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.quarantine.toArray()).toMatchObject([{ reason: 'not_assigned' }]);
  });
});

describe('push store: a laptop whose numbering is behind the server (restored from a backup)', () => {
  it('numbers its sealed entries again after the server acknowledged seq, in order, and keeps going', async () => {
    const { db } = await createTestDatabase();
    const docs = createDocumentsRepository(() => db);
    const caseId = newId();
    const deadlines = [newId(), newId(), newId()];
    for (const id of deadlines)
      await docs.create('deadline', caseId, {
        id,
        caseId,
        title: 'Filing',
        date: '2027-01-15',
        kind: 'filing',
      });
    const sealed = await takeBatch(db, { maxCount: 2, maxBytes: 1024 * 1024 });
    expect(sealed.map((m) => m.seq)).toEqual([1, 2]);
    await applyPushResults(db, {
      results: sealed.map((m) => ({
        mutationId: m.mutationId,
        seq: m.seq,
        status: 'deferred' as const,
        reason: 'seq_renumber' as const,
      })),
      lastAckedSeq: 40,
    });
    expect(await db.quarantine.count()).toBe(0);
    const next = await takeBatch(db, LIMITS);
    expect(next.map((m) => [m.mutationId, m.seq])).toEqual([
      [sealed[0]!.mutationId, 41],
      [sealed[1]!.mutationId, 42],
      [expect.any(String), 43],
    ]);
  });
});

describe('push store: the size of a batch', () => {
  const create = async (db: AmparoDatabase, title: string) => {
    const docs = createDocumentsRepository(() => db);
    const caseId = newId();
    const id = newId();
    await docs.create('deadline', caseId, {
      id,
      caseId,
      title,
      date: '2027-01-15',
      kind: 'filing',
    });
  };

  it('stops before the byte limit, and the rest waits unnumbered for the next batch', async () => {
    const { db } = await createTestDatabase();
    for (const title of ['First filing', 'Second filing', 'Third filing']) await create(db, title);
    const [one] = await takeBatch(db, { maxCount: 1, maxBytes: 1024 * 1024 });
    const size = new TextEncoder().encode(JSON.stringify(one)).length;
    // Room for two entries of about this size, not three.
    const limits = { maxCount: 100, maxBytes: 3 * size - 10 };
    const batch = await takeBatch(db, limits);
    expect(batch.map((m) => m.seq)).toEqual([1, 2]);
    expect((await db.outbox.toArray()).map((r) => r.seq)).toEqual([1, 2, null]);
    await applyPushResults(db, {
      results: batch.map((m) => ({
        mutationId: m.mutationId,
        seq: m.seq,
        status: 'applied' as const,
        newVersion: 1,
      })),
      lastAckedSeq: 2,
    });
    expect((await takeBatch(db, limits)).map((m) => m.seq)).toEqual([3]);
  });

  it('sends an entry larger than the limit on its own rather than holding it forever', async () => {
    const { db } = await createTestDatabase();
    await create(db, 'A filing with a long title');
    await create(db, 'Another filing');
    const batch = await takeBatch(db, { maxCount: 100, maxBytes: 10 });
    expect(batch.map((m) => m.seq)).toEqual([1]);
  });
});

describe('push store: the numbering an answer leaves', () => {
  it('never moves the acknowledged seq back, and never numbers below what the server holds', async () => {
    const { db } = await createTestDatabase();
    await updateSyncState(db, (s) => ({ ...s, lastAckedSeq: 10, nextSeq: 11 }));
    // A late answer (another window's push, acknowledged up to 4 when it was sent).
    await applyPushResults(db, { results: [], lastAckedSeq: 4 });
    expect(await readSyncState(db)).toMatchObject({ lastAckedSeq: 10, nextSeq: 11 });
    // The server holds more than this laptop numbered: the next entry must come after it, or the
    // server would take it for a replay of a change it already has.
    await applyPushResults(db, { results: [], lastAckedSeq: 20 });
    expect(await readSyncState(db)).toMatchObject({ lastAckedSeq: 20, nextSeq: 21 });
  });
});
