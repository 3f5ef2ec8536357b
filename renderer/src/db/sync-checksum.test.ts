import { emptyCaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import type { Change } from '@core/sync/sync-api-schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';
import { createNotesRepository } from './notes-repository';
import { applyCaseSnapshot, checksumOf, localCaseChecksum } from './sync-checksum';
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
});
