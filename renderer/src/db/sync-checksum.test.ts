import { emptyCaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import type { Change } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { createNotesRepository } from './notes-repository';
import { applyCaseSnapshot, checksumOf, localCaseChecksum, mismatchedCases } from './sync-checksum';
import type { NoteRevisionRow, OutboxRow } from './rows';
import { createTestDatabase } from './test-database';

const caseId = newId();
const deadlineId = newId();
const staleId = newId();
const at = '2026-01-01T00:00:00.000Z';

const caseDoc = (judge: string): JsonObject => {
  const file = emptyCaseFile({
    id: caseId,
    reference: 'TEST-2026-0001',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
  return { ...file, court: { judge, court: 'Example Court' } } as unknown as JsonObject;
};
const deadline: JsonObject = {
  id: deadlineId,
  caseId,
  title: 'File',
  date: '2027-01-10',
  kind: 'filing',
};

const revisionRow = (id: string, noteId: string, body: string): NoteRevisionRow =>
  ({
    id,
    noteId,
    caseId,
    parentIds: [],
    body,
    createdAt: at,
    state: 'draft',
    sealed: true,
  }) as NoteRevisionRow;

function outboxRow(entity: OutboxRow['entity'], entityId: string, state: OutboxRow['state']) {
  return {
    mutationId: newId(),
    seq: null,
    kind: entity === 'noteRevision' ? 'noteRevision' : 'patch',
    entity,
    entityId,
    caseId,
    baseVersion: 0,
    patch: { set: {} },
    clientTime: at,
    state,
  } as unknown as OutboxRow;
}

function revisionChange(row: NoteRevisionRow, serverSeq: number): Change {
  const { sealed: _sealed, ...plain } = row;
  return {
    entity: 'noteRevision',
    id: row.id,
    caseId,
    version: 1,
    op: 'upsert',
    row: plain as unknown as JsonObject,
    meta: { serverSeq },
  };
}

function docChange(id: string, version: number, row: JsonObject): Change {
  return { entity: id === caseId ? 'case' : 'deadline', id, caseId, version, op: 'upsert', row };
}

describe('the laptop side of the state checksum', () => {
  let db: AmparoDatabase;

  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    await db.docs.bulkAdd([
      {
        id: caseId,
        entity: 'case',
        caseId,
        version: 2,
        doc: caseDoc('IJ One'),
        base: caseDoc('IJ One'),
        updatedAt: at,
      },
      {
        id: staleId,
        entity: 'deadline',
        caseId,
        version: 1,
        doc: { id: staleId, caseId },
        base: { id: staleId, caseId },
        updatedAt: at,
      },
    ]);
  });

  it('hashes documents by id and version and revisions by id, as the server does', async () => {
    expect(await localCaseChecksum(db, caseId)).toBe(
      await checksumOf([`e|${caseId}|2`, `e|${staleId}|1`]),
    );
    // The empty set is 0, as the server's to_hex(0).
    expect(await checksumOf([])).toBe('0');
    // Known answers: the first 8 bytes of each item's SHA-256, XORed, in hex.
    expect(await checksumOf(['e|a|1'])).toBe('a21e2d23b20d9fee');
    expect(await checksumOf(['e|a|1', 'r|b'])).toBe('d52401048f1a01d9');
  });

  it('compares nothing while work on the case waits to be sent', async () => {
    await createDocumentsRepository(() => db).update(caseId, (doc) => ({
      ...doc,
      court: { judge: 'IJ Typed' },
    }));
    expect(await localCaseChecksum(db, caseId)).toBeNull();
  });

  it('lays the server rows under waiting work and never drops what the server has not seen', async () => {
    const docs = createDocumentsRepository(() => db);
    const notes = createNotesRepository(() => db);
    await docs.update(caseId, (doc) => ({
      ...doc,
      court: { ...(doc['court'] as object), court: 'Typed here' },
    }));
    const mine = await notes.save({ noteId: newId(), caseId, body: 'Not sent yet.' });
    const serverRevision = {
      id: newId(),
      noteId: newId(),
      caseId,
      parentIds: [],
      body: 'From the server.',
      createdAt: at,
      state: 'draft',
    };

    await applyCaseSnapshot(db, caseId, [
      docChange(caseId, 5, caseDoc('IJ Server')),
      docChange(deadlineId, 1, deadline),
      {
        entity: 'noteRevision',
        id: serverRevision.id,
        caseId,
        version: 1,
        op: 'upsert',
        row: serverRevision,
        meta: { serverSeq: 9 },
      },
    ]);

    const file = (await db.docs.get(caseId))!;
    expect(file.version).toBe(5);
    expect(file.base).toEqual(caseDoc('IJ Server'));
    expect(file.doc['court']).toEqual({ judge: 'IJ Server', court: 'Typed here' });
    expect(file.deleted).toBeUndefined();
    // The waiting change now stands on the server's row: its old starting document is let go.
    const waiting = await db.outbox.where('caseId').equals(caseId).toArray();
    expect(waiting.find((row) => row.entity === 'case')?.fromDoc).toBeNull();
    expect(await db.docs.get(deadlineId)).toMatchObject({ version: 1, doc: deadline });
    // On this laptop only, with nothing waiting on it: not on the server, so dropped.
    expect(await db.docs.get(staleId)).toBeUndefined();
    expect((await db.noteRevisions.get(mine.id))?.body).toBe('Not sent yet.');
    expect(await db.noteRevisions.get(serverRevision.id)).toMatchObject({
      body: 'From the server.',
      serverSeq: 9,
    });
    expect(await db.outbox.count()).toBe(2);
  });

  it('leaves out documents made here and revisions the server refused', async () => {
    const noteId = newId();
    const [kept, refused] = [newId(), newId()];
    await db.docs.add({
      id: newId(),
      entity: 'deadline',
      caseId,
      version: 0,
      doc: {},
      base: null,
      updatedAt: at,
    } as never);
    await db.noteRevisions.bulkAdd([
      revisionRow(kept, noteId, 'Kept.'),
      revisionRow(refused, noteId, 'Refused.'),
    ]);
    await db.outbox.add(outboxRow('noteRevision', refused, 'rejected'));
    expect(await localCaseChecksum(db, caseId)).toBe(
      await checksumOf([`e|${caseId}|2`, `e|${staleId}|1`, `r|${kept}`]),
    );
  });

  it('names the cases whose copy differs from the server, never one with work waiting', async () => {
    const right = (await localCaseChecksum(db, caseId))!;
    expect(await mismatchedCases(db, [{ caseId, checksum: right }])).toEqual([]);
    expect(await mismatchedCases(db, [{ caseId, checksum: '1' }])).toEqual([caseId]);
    await db.outbox.add(outboxRow('case', caseId, 'pending'));
    expect(await mismatchedCases(db, [{ caseId, checksum: '1' }])).toEqual([]);
  });

  it('repairs a revision held here that differs from the server, and only that one', async () => {
    const noteId = newId();
    const [garbled, same, waiting, fresh] = [newId(), newId(), newId(), newId()];
    await db.noteRevisions.bulkAdd([
      revisionRow(garbled, noteId, 'Garbled here.'),
      revisionRow(same, noteId, 'The same.'),
      revisionRow(waiting, noteId, 'Typed here, not sent.'),
    ]);
    await db.outbox.add(outboxRow('noteRevision', waiting, 'pending'));
    await db.noteHeads.add({ noteId, caseId, heads: [garbled], count: 3, final: false } as never);

    await applyCaseSnapshot(db, caseId, [
      docChange(caseId, 2, caseDoc('IJ One')),
      revisionChange(revisionRow(garbled, noteId, 'As the server has it.'), 3),
      revisionChange(revisionRow(same, noteId, 'The same.'), 4),
      revisionChange(revisionRow(waiting, noteId, 'Older, from the server.'), 5),
      { ...revisionChange(revisionRow(fresh, noteId, 'New from the server.'), 0), meta: undefined },
    ]);
    // Revisions are not documents.
    expect(await db.docs.get(garbled)).toBeUndefined();
    const added = (await db.noteRevisions.get(fresh))!;
    expect(added.body).toBe('New from the server.');
    expect('serverSeq' in added).toBe(false);

    expect(await db.noteRevisions.get(garbled)).toMatchObject({
      body: 'As the server has it.',
      sealed: true,
      serverSeq: 3,
    });
    const unchanged = (await db.noteRevisions.get(same))!;
    expect(unchanged.body).toBe('The same.');
    expect(unchanged.serverSeq).toBeUndefined();
    expect((await db.noteRevisions.get(waiting))?.body).toBe('Typed here, not sent.');
    // The repaired graph is read again.
    expect(await db.noteHeads.where('caseId').equals(caseId).count()).toBe(0);
  });

  it('keeps a document deleted here while its deletion waits, and its time of change', async () => {
    await db.docs.update(staleId, { deleted: true });
    await db.outbox.add(outboxRow('deadline', staleId, 'pending'));
    await applyCaseSnapshot(db, caseId, [
      docChange(caseId, 3, caseDoc('IJ Server')),
      docChange(staleId, 2, { id: staleId, caseId }),
    ]);
    expect(await db.docs.get(staleId)).toMatchObject({ version: 2, deleted: true });
    const file = (await db.docs.get(caseId))!;
    expect(file.updatedAt).toBe(at);
    expect(file.deleted).toBeUndefined();
  });

  it('drops only what the server never had and nobody here is working on; keeps note heads when no revision changed', async () => {
    const madeHere = newId();
    const waitingId = newId();
    const noteId = newId();
    await db.docs.bulkAdd([
      { ...(await db.docs.get(staleId))!, id: madeHere, version: 0 },
      { ...(await db.docs.get(staleId))!, id: waitingId, version: 3 },
    ]);
    await db.outbox.add(outboxRow('deadline', waitingId, 'pending'));
    await db.noteHeads.add({ noteId, caseId, heads: [newId()], count: 1, final: false } as never);
    await applyCaseSnapshot(db, caseId, [docChange(caseId, 2, caseDoc('IJ One'))]);
    expect(await db.docs.get(staleId)).toBeUndefined();
    expect(await db.docs.get(madeHere)).toBeDefined();
    expect(await db.docs.get(waitingId)).toBeDefined();
    expect(await db.noteHeads.where('caseId').equals(caseId).count()).toBe(1);
  });
});
