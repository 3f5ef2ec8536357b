/**
 * Dexie version 6 (issues 11 and 23) opened over a store written by version 4: nothing is dropped
 * (the outbox, note revisions, documents), the new indexes answer, the notes' head pointers are
 * built by their next save, and opening again changes nothing.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import { importAesKey } from './crypto/aes';
import { randomBytes } from './crypto/bytes';
import { encryptionMiddleware } from './crypto/encryption-middleware';
import { KeyRing } from './crypto/keyring';
import { AmparoDatabase } from './database';
import { createNotesRepository } from './notes-repository';
import type { NoteRevisionRow, OutboxRow } from './rows';

/** The schema as released up to version 4, with the same encryption. */
function versionFour(name: string, keyring: KeyRing): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    settings: 'key',
    docs: 'id, caseId, entity, [entity+caseId]',
    noteRevisions: 'id, noteId, caseId',
    outbox: '++localId, &mutationId, caseId, entityId, seq, state, [state+caseId]',
    drafts: 'id, caseId',
    keys: 'id',
    syncState: 'key',
    conflicts: 'id, caseId, status',
    quarantine: 'id, caseId',
    attachments: 'id, caseId',
    attachmentContents: 'id, caseId',
  });
  db.version(2).stores({ acknowledged: 'mutationId, seq, caseId, ackedAt', resyncSeen: 'id' });
  db.version(3).stores({ searchIndex: 'id' });
  db.version(4).stores({ attachments: 'id, caseId, syncState' });
  db.use(encryptionMiddleware(() => keyring));
  return db;
}

describe('database version 6 over version 4 data', () => {
  it('keeps every row, answers the new indexes, and builds pointers on the next save', async () => {
    const name = `upgrade-${newId()}`;
    const keyring = new KeyRing(await importAesKey(randomBytes(32)));
    const caseId = newId();
    const noteId = newId();
    const revisions: NoteRevisionRow[] = [0, 1, 2].map((i) => ({
      id: newId(),
      noteId,
      caseId,
      parentIds: [],
      body: `Ana Prueba said ${i}`,
      authorId: null,
      deviceId: null,
      createdAt: `2026-12-0${i + 1}T10:00:00.000Z`,
      state: 'draft',
      sealed: true,
    }));
    revisions[1]!.parentIds = [revisions[0]!.id];
    revisions[2]!.parentIds = [revisions[1]!.id];
    const entry: OutboxRow = {
      mutationId: newId(),
      seq: null,
      kind: 'noteRevision',
      entity: 'noteRevision',
      entityId: revisions[2]!.id,
      caseId,
      baseVersion: 0,
      patch: { set: {} },
      body: revisions[2] as never,
      clientTime: '2026-12-03T10:00:00.000Z',
      state: 'pending',
    };
    const old = versionFour(name, keyring);
    await old.table('noteRevisions').bulkAdd(revisions);
    await old.table('outbox').add(entry);
    await old.table('docs').add({
      id: caseId,
      entity: 'case',
      caseId,
      version: 1,
      doc: { id: caseId },
      base: { id: caseId },
      updatedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(old.verno).toBe(4);
    old.close();

    for (let open = 0; open < 2; open += 1) {
      const db = new AmparoDatabase(name, { keyring: () => keyring });
      await db.open();
      expect(db.verno).toBe(6);
      const bodies = (await db.noteRevisions.toArray()).map((r) => r.body).sort();
      expect(bodies).toEqual(
        ['Ana Prueba said 0', 'Ana Prueba said 1', 'Ana Prueba said 2', 'Ana Prueba said 3'].slice(
          0,
          3 + open,
        ),
      );
      const outbox = await db.outbox.toArray();
      expect(outbox).toHaveLength(1 + open);
      expect(outbox[0]).toMatchObject({ mutationId: entry.mutationId, entityId: revisions[2]!.id });
      expect((await db.docs.get(caseId))!.doc).toEqual({ id: caseId });
      // The new compound index covers the rows written before it existed.
      const keys = await db.noteRevisions
        .where('[noteId+createdAt]')
        .between([noteId, Dexie.minKey], [noteId, Dexie.maxKey])
        .primaryKeys();
      expect(keys.slice(0, 3)).toEqual(revisions.map((r) => r.id));
      expect(keys).toHaveLength(3 + open);
      if (open === 0) {
        expect(await db.noteHeads.count()).toBe(0);
        const notes = createNotesRepository(() => db);
        expect((await notes.get(noteId)).current!.body).toBe('Ana Prueba said 2');
        await notes.save({
          noteId,
          caseId,
          body: 'Ana Prueba said 3',
          baseRevisionId: revisions[2]!.id,
          baseBody: 'Ana Prueba said 2',
        });
      }
      expect(await db.noteHeads.get(noteId)).toMatchObject({ count: 4, final: false });
      expect(await db.outbox.count()).toBe(2);
      db.close();
    }
  });
});
