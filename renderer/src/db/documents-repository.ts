import Dexie from 'dexie';
import { AppError } from '@core/errors/app-error';
import { validateEntityDocument, validateEntityPatch } from '@core/sync/entity-schemas';
import { jsonEqual, type JsonObject } from '@core/sync/json-value';
import type { DocumentEntity } from '@core/sync/mutation-schemas';
import { nowIso } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';
import {
  answerMemoHitsAtOnce,
  checkStillIn,
  sameStoredRow,
  storedFormOf,
} from './crypto/seal-ahead';
import {
  applyOutboxWrite,
  openEntryFor,
  planDocumentChange,
  recordDocumentChange,
  recordDocumentDeletion,
  type OutboxWrite,
} from './outbox-writer';
import { StaleAhead, writeAhead, type Seen } from './document-write-ahead';
import type { DocumentRow, OutboxRow } from './rows';

export type SaveResult = { row: DocumentRow; changed: boolean };

function validated(entity: DocumentEntity, id: string, caseId: string, doc: unknown): JsonObject {
  const result = validateEntityDocument(entity, doc, { entityId: id, caseId });
  if (!result.ok) throw new AppError('validation_failed', 'invalid document', result.issues);
  return result.value as JsonObject;
}

/** What an update writes: the next row and its outbox entry (or nothing, if unchanged). */
type Planned = { next: DocumentRow; outbox: OutboxWrite } | null;

const seenName = (id: string) => `docs.update|${id}`;

/** The top-level fields `next` changes from `previous` (added, removed or different). */
function changedKeys(previous: JsonObject, next: JsonObject): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(next))
    if (!Object.hasOwn(previous, key) || !jsonEqual(previous[key]!, next[key]!)) keys.push(key);
  for (const key of Object.keys(previous)) if (!Object.hasOwn(next, key)) keys.push(key);
  return keys;
}

/**
 * `change` applied to `previous`, validated; null when it changes nothing. `trusted`: the
 * previous document is one this session validated itself (the last save's result, see
 * `remember`), so only the sections the change touches are validated (`validateEntityPatch`:
 * the whole document's verdict for a strict schema without cross-field rules; other schemas are
 * validated whole). A document as stored is validated whole.
 */
function plan(
  previous: DocumentRow,
  open: OutboxRow | undefined,
  change: (doc: JsonObject) => unknown,
  at: string,
  trusted = false,
): Planned {
  const changed = change(structuredClone(previous.doc));
  let doc: JsonObject;
  if (trusted && changed && typeof changed === 'object' && !Array.isArray(changed)) {
    const keys = changedKeys(previous.doc, changed as JsonObject);
    if (keys.length === 0) return null;
    const result = validateEntityPatch(previous.entity, changed as JsonObject, keys, {
      entityId: previous.id,
      caseId: previous.caseId,
    });
    if (!result.ok) throw new AppError('validation_failed', 'invalid document', result.issues);
    doc = result.value as JsonObject;
  } else {
    doc = validated(previous.entity, previous.id, previous.caseId, changed);
  }
  if (jsonEqual(previous.doc, doc)) return null;
  const next: DocumentRow = { ...previous, doc, updatedAt: at };
  return { next, outbox: planDocumentChange(previous, next, open, at) };
}

/** What this save wrote, for the next save to plan ahead from. */
function remember(database: AmparoDatabase, id: string, planned: NonNullable<Planned>): void {
  const entry = planned.outbox;
  database.rememberSeen(seenName(id), planned.next.caseId, {
    row: planned.next,
    open: entry?.type === 'put' || entry?.type === 'add' ? entry.row : undefined,
  } satisfies Seen);
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

    /**
     * Applies `change` to the current document atomically; an unchanged document writes nothing.
     * `change` may run twice (ahead, then again if the stored document moved meanwhile): it must
     * depend only on the document it is given. `clearDraft` names the form's draft (values that
     * did not validate) to delete in the same transaction: one commit for the save and the draft.
     */
    async update(
      id: string,
      change: (doc: JsonObject) => unknown,
      options: { clearDraft?: string } = {},
    ): Promise<SaveResult> {
      const database = db();
      // Sealing ahead (crypto/seal-ahead.ts): from what this session last saw of the document
      // and its open entry, plan the write and seal it now, while the transaction below waits
      // for its reads; the write then needs no WebCrypto call inside the transaction. Not inside
      // a caller's transaction (nothing may run before its next request).
      const seen = Dexie.currentTransaction ? undefined : database.seen<Seen>(seenName(id));
      let ahead: Planned | undefined;
      let sealing: Promise<void> | undefined;
      if (seen) {
        try {
          ahead = plan(seen.row, seen.open, change, nowIso(), true);
        } catch {
          ahead = undefined;
        }
        if (ahead) {
          const writes: [string, object][] = [['docs', ahead.next]];
          if (ahead.outbox && ahead.outbox.type !== 'delete')
            writes.push(['outbox', ahead.outbox.row]);
          sealing = database.sealAhead(writes);
        }
      }
      const tables = options.clearDraft
        ? [database.docs, database.outbox, database.drafts]
        : [database.docs, database.outbox];
      if (seen && ahead && sealing) {
        // Written before its reads answer (document-write-ahead.ts): the ciphertexts first.
        await sealing;
        const planned = ahead;
        const written = await database
          .transaction('rw', tables, () =>
            writeAhead(database, id, seen, planned, options.clearDraft),
          )
          .then(
            () => true,
            (error: unknown) => {
              if (error instanceof StaleAhead) return false;
              throw error;
            },
          );
        if (written) {
          remember(database, id, planned);
          return { row: planned.next, changed: true };
        }
      }
      const own = !Dexie.currentTransaction;
      return database.transaction('rw', tables, async () => {
        // In a transaction of its own, the reads answer memo hits at once (one wait less), and
        // the zone is checked before writing (crypto/seal-ahead.ts).
        const idb = own ? Dexie.currentTransaction?.idbtrans : undefined;
        answerMemoHitsAtOnce(idb);
        // The document, its open outbox entry and whether there is a draft are read, and then
        // written, side by side: each step waits for IndexedDB (and WebCrypto) once.
        const openEntry = openEntryFor(database, id);
        openEntry.catch(() => undefined);
        // A key count (nothing read or decrypted): there is almost never a draft.
        const draft = options.clearDraft
          ? database.drafts.where(':id').equals(options.clearDraft).count()
          : undefined;
        draft?.catch(() => undefined);
        const previous = await database.docs.get(id);
        if (!previous || previous.deleted) throw new AppError('not_found', 'no such document');
        const open = await openEntry;
        const drafts =
          draft && (await draft) > 0 ? [database.drafts.delete(options.clearDraft!)] : [];
        checkStillIn(idb, Dexie.currentTransaction?.idbtrans);
        // The plan made ahead holds only if both rows are stored exactly as this session last
        // saw them (same IVs and ciphertexts); otherwise plan again from what is stored now.
        const planned =
          seen &&
          ahead !== undefined &&
          sameStoredRow(storedFormOf(previous), storedFormOf(seen.row)) &&
          sameStoredRow(storedFormOf(open), seen.open ? storedFormOf(seen.open) : undefined) &&
          (open === undefined) === (seen.open === undefined)
            ? ahead
            : plan(previous, open, change, nowIso());
        if (!planned) {
          await Promise.all(drafts);
          return { row: previous, changed: false };
        }
        await Promise.all([
          database.docs.put(planned.next),
          applyOutboxWrite(database, planned.outbox),
          ...drafts,
        ]);
        remember(database, id, planned);
        return { row: planned.next, changed: true };
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
