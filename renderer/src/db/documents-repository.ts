import Dexie from 'dexie';
import { AppError } from '@core/errors/app-error';
import { validateEntityDocument } from '@core/sync/entity-schemas';
import { jsonEqual, type JsonObject } from '@core/sync/json-value';
import type { DocumentEntity } from '@core/sync/mutation-schemas';
import { nowIso } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';
import { openEntryFor, recordDocumentChange, recordDocumentDeletion } from './outbox-writer';
import type { DocumentRow } from './rows';

export type SaveResult = { row: DocumentRow; changed: boolean };

function validated(entity: DocumentEntity, id: string, caseId: string, doc: unknown): JsonObject {
  const result = validateEntityDocument(entity, doc, { entityId: id, caseId });
  if (!result.ok) throw new AppError('validation_failed', 'invalid document', result.issues);
  return result.value as JsonObject;
}

/**
 * Every synced document goes through here: each write and its outbox entry commit in one
 * transaction (strict durability), so "saved" on screen means saved on disk and queued for MCJ.
 */
export function createDocumentsRepository(db: () => AmparoDatabase = getDatabase) {
  return {
    async get(id: string): Promise<DocumentRow | undefined> {
      const row = await db().docs.get(id);
      return row && !row.deleted ? row : undefined;
    },

    async listByCase(entity: DocumentEntity, caseId: string): Promise<DocumentRow[]> {
      const rows = await db().docs.where('[entity+caseId]').equals([entity, caseId]).toArray();
      return rows.filter((row) => !row.deleted);
    },

    async listByEntity(entity: DocumentEntity): Promise<DocumentRow[]> {
      const rows = await db().docs.where('entity').equals(entity).toArray();
      return rows.filter((row) => !row.deleted);
    },

    async create(entity: DocumentEntity, caseId: string, doc: unknown): Promise<DocumentRow> {
      const id = (doc as { id?: unknown }).id;
      if (typeof id !== 'string') throw new AppError('validation_failed', 'document without id');
      const clean = validated(entity, id, caseId, doc);
      const database = db();
      return database.transaction('rw', database.docs, database.outbox, async () => {
        if (await database.docs.get(id)) throw new AppError('conflict', 'document exists');
        const row: DocumentRow = {
          id,
          entity,
          caseId,
          version: 0,
          doc: clean,
          base: null,
          updatedAt: nowIso(),
        };
        await database.docs.add(row);
        await recordDocumentChange(database, undefined, row);
        return row;
      });
    },

    /** Applies `change` to the current document atomically; an unchanged document writes nothing. */
    async update(id: string, change: (doc: JsonObject) => unknown): Promise<SaveResult> {
      const database = db();
      return database.transaction('rw', database.docs, database.outbox, async () => {
        // The document and its open outbox entry are read, and then written, side by side:
        // each step waits for IndexedDB (and WebCrypto) once, not once per table.
        const open = openEntryFor(database, id);
        const previous = await database.docs.get(id);
        if (!previous || previous.deleted) throw new AppError('not_found', 'no such document');
        const doc = validated(
          previous.entity,
          id,
          previous.caseId,
          change(structuredClone(previous.doc)),
        );
        if (jsonEqual(previous.doc, doc)) return { row: previous, changed: false };
        const next: DocumentRow = { ...previous, doc, updatedAt: nowIso() };
        await Promise.all([
          database.docs.put(next),
          recordDocumentChange(database, previous, next, open),
        ]);
        return { row: next, changed: true };
      });
    },

    async remove(id: string): Promise<void> {
      const database = db();
      await database.transaction('rw', database.docs, database.outbox, async () => {
        const row = await database.docs.get(id);
        if (!row || row.deleted) return;
        const outcome = await recordDocumentDeletion(database, row);
        if (outcome === 'local') await database.docs.delete(id);
        else await database.docs.put({ ...row, deleted: true, updatedAt: nowIso() });
      });
    },
  };
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
export const documentsRepository = createDocumentsRepository();

/** How many outbox entries wait per case (unsynced work), from the clear index alone. */
export async function pendingCountsByCase(
  db: () => AmparoDatabase = getDatabase,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const keys = await db()
    .outbox.where('[state+caseId]')
    .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
    .keys();
  for (const key of keys) {
    const caseId = String((key as unknown as [string, string])[1]);
    counts.set(caseId, (counts.get(caseId) ?? 0) + 1);
  }
  return counts;
}

/** Ids of the cases on this laptop (after a sign-in, the ones that arrived are told apart). */
export async function caseIdsOnLaptop(db: () => AmparoDatabase = getDatabase): Promise<string[]> {
  const rows = await createDocumentsRepository(db).listByEntity('case');
  return rows.map((row) => row.id);
}
