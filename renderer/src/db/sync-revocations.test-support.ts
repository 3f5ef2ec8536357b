import { newId } from '../lib/ids';
import type { AmparoDatabase } from './database';
import { createNotesRepository } from './notes-repository';
import { createTestDatabase } from './test-database';

/** A case file on this laptop, its reference derived from its id (`REF-` + the first four). */
export async function addCase(db: AmparoDatabase, caseId = newId()): Promise<string> {
  await db.docs.add({
    id: caseId,
    entity: 'case',
    caseId,
    version: 1,
    doc: { id: caseId, reference: `REF-${caseId.slice(0, 4)}` },
    base: { id: caseId },
    updatedAt: '2026-12-01T00:00:00.000Z',
  });
  return caseId;
}

/** A fresh database holding ten cases, added one after another. */
export async function databaseWithTenCases(): Promise<{ db: AmparoDatabase; cases: string[] }> {
  const { db } = await createTestDatabase();
  const cases: string[] = [];
  for (let i = 0; i < 10; i += 1) cases.push(await addCase(db));
  return { db, cases };
}

/** A note saved on the case: work in the outbox that still waits to be pushed. */
export async function addPendingNote(db: AmparoDatabase, caseId: string, body: string) {
  await createNotesRepository(() => db).save({ noteId: newId(), caseId, body });
}
