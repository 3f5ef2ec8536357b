/**
 * Page side of the autosave benchmark (issues 4 and 7): what one autosave costs in Chromium with
 * encryption, its outbox entry and strict durability, beside a raw single put into a plain Dexie
 * table in the same page. The operations are interleaved, so load on the machine falls on all of
 * them alike. Notes are saved three ways: typing into one unsent revision (it is rewritten in
 * place), typing into a long note that keeps growing, and typing after each revision was taken by
 * the sync push (every save then writes a new revision, and the note's history grows).
 */
import Dexie from 'dexie';
import { importAesKey } from '../../../renderer/src/db/crypto/aes';
import { randomBytes } from '../../../renderer/src/db/crypto/bytes';
import { KeyRing } from '../../../renderer/src/db/crypto/keyring';
import { AmparoDatabase } from '../../../renderer/src/db/database';
import { createDocumentsRepository } from '../../../renderer/src/db/documents-repository';
import { rememberRevisionsSent } from '../../../renderer/src/db/note-write-ahead';
import { createNotesRepository } from '../../../renderer/src/db/notes-repository';
import { distribution, type Distribution } from '../../lib/stats';
import { noteTextGenerator, syntheticBenchCases } from '../../lib/synthetic-data';

export const AUTOSAVE_OPERATIONS = [
  'rawPut',
  'caseUpdate',
  'noteSave',
  'longNoteSave',
  'newRevisionSave',
  'formSave',
  'formSaveDeleting',
] as const;
export type AutosaveOperation = (typeof AUTOSAVE_OPERATIONS)[number];

export type AutosaveResult = {
  iterations: number;
  outboxRows: number;
  noteRevisions: number;
} & Record<AutosaveOperation, Distribution>;

/**
 * What the sync push does to one note's work when it takes it (sync-push-store's takeBatch, for
 * this note only, so the other scenarios keep coalescing): its entries get a sequence number and
 * its revisions are sealed, so the next save starts a new revision.
 */
async function sendNote(db: AmparoDatabase, noteId: string, seq: number): Promise<void> {
  await db.transaction('rw', db.outbox, db.noteRevisions, async () => {
    const revisions = await db.noteRevisions.where('noteId').equals(noteId).toArray();
    const open = revisions.filter((r) => !r.sealed);
    for (const revision of open) {
      const entries = await db.outbox.where('entityId').equals(revision.id).toArray();
      await db.outbox.bulkPut(entries.filter((e) => e.seq === null).map((e) => ({ ...e, seq })));
    }
    const taken = open.map((r) => ({ ...r, sealed: true }));
    await db.noteRevisions.bulkPut(taken);
    // As takeBatch does since 2026-12-07 17:30: tells the session the revisions were sent.
    rememberRevisionsSent(db, taken);
  });
}

export async function autosave(args: {
  iterations?: number;
  warmup?: number;
  /** Only this operation (for a CPU profile of one of them); all of them by default. */
  only?: AutosaveOperation;
}): Promise<AutosaveResult> {
  const runs = (key: AutosaveOperation) => !args.only || args.only === key;
  const iterations = args.iterations ?? 300;
  const warmup = args.warmup ?? 20;
  const run = crypto.randomUUID();
  const keyring = new KeyRing(await importAesKey(randomBytes(32)));
  const db = new AmparoDatabase(`bench-autosave-${run}`, { keyring: () => keyring });
  const plain = new Dexie(`bench-autosave-plain-${run}`, { chromeTransactionDurability: 'strict' });
  plain.version(1).stores({ rows: 'id, caseId' });
  await Promise.all([db.open(), plain.open()]);

  // A case that came from the server (version 1, nothing pending): the first edit queues a
  // patch, later edits coalesce into it, as when an attorney edits a synced case.
  const [file] = syntheticBenchCases(1);
  const caseId = file!.id;
  await db.docs.put({
    id: caseId,
    entity: 'case',
    caseId,
    version: 1,
    doc: file as never,
    base: file as never,
    updatedAt: new Date().toISOString(),
  });
  const documents = createDocumentsRepository(() => db);
  const draftId = `case/${caseId}/custody`;
  const notes = createNotesRepository(() => db);
  const noteId = crypto.randomUUID();
  const longNoteId = crypto.randomUUID();
  const sentNoteId = crypto.randomUUID();
  const opening = noteTextGenerator(3).text(1_000);
  const longOpening = noteTextGenerator(4).text(20_000);
  const sentences = noteTextGenerator(6);
  const rowText = noteTextGenerator(5).text(1_000);

  const times = Object.fromEntries(
    AUTOSAVE_OPERATIONS.map((key) => [key, [] as number[]]),
  ) as Record<AutosaveOperation, number[]>;
  const timed = async (key: AutosaveOperation, keep: boolean, work: () => Promise<unknown>) => {
    if (!runs(key)) return;
    const t0 = performance.now();
    await work();
    if (keep) times[key].push(performance.now() - t0);
  };
  let typed = '';
  let grown = longOpening;
  let sentText = opening;
  // As the editor saves (useNoteAutosave): naming the revision it typed into and its text.
  const bases = new Map<string, { baseRevisionId: string | null; baseBody: string }>();
  const save = async (id: string, body: string) => {
    const saved = await notes.save({
      noteId: id,
      caseId,
      body,
      ...(bases.get(id) ?? { baseRevisionId: null, baseBody: '' }),
    });
    bases.set(id, { baseRevisionId: saved.id, baseBody: saved.body });
  };
  for (let i = 0; i < warmup + iterations; i += 1) {
    const keep = i >= warmup;
    await timed('rawPut', keep, () =>
      plain.table('rows').put({ id: `row-${i}`, caseId, body: rowText, at: Date.now() }),
    );
    await timed('caseUpdate', keep, () =>
      documents.update(caseId, (doc) => {
        (doc['custody'] as Record<string, unknown>)['iceOffice'] = `ERO New Orleans, desk ${i}`;
        return doc;
      }),
    );
    // As the case-file form saves (forms/useAutosave): the update and its draft cleared (there
    // is none) in one transaction since 2026-12-07 11:00 (before: the update, then
    // `drafts.clear` after it); and the same with the draft deleted outright, as before 04:00.
    await timed('formSave', keep, () =>
      documents.update(
        caseId,
        (doc) => {
          (doc['custody'] as Record<string, unknown>)['iceOffice'] = `ERO New Orleans, room ${i}`;
          return doc;
        },
        { clearDraft: draftId },
      ),
    );
    await timed('formSaveDeleting', keep, async () => {
      await documents.update(caseId, (doc) => {
        (doc['custody'] as Record<string, unknown>)['iceOffice'] = `ERO Jena, room ${i}`;
        return doc;
      });
      await db.drafts.delete(draftId);
    });
    typed += i % 7 === 6 ? ' ' : String.fromCharCode(97 + (i % 26));
    await timed('noteSave', keep, () => save(noteId, `${opening}\n${typed}`));
    // A long note that keeps growing: a sentence per save, from 20,000 characters.
    grown += ` ${sentences.text(60)}`;
    await timed('longNoteSave', keep, () => save(longNoteId, grown));
    // Typing after the push took the last revision: every save is a new revision.
    sentText += i % 7 === 6 ? ' ' : String.fromCharCode(97 + (i % 26));
    await timed('newRevisionSave', keep, () => save(sentNoteId, sentText));
    if (runs('newRevisionSave')) await sendNote(db, sentNoteId, i + 1);
  }
  const result = {
    iterations,
    ...(Object.fromEntries(
      AUTOSAVE_OPERATIONS.map((key) => [key, distribution(times[key].length ? times[key] : [0])]),
    ) as Record<AutosaveOperation, Distribution>),
    outboxRows: await db.outbox.count(),
    noteRevisions: await db.noteRevisions.count(),
  };
  db.close();
  plain.close();
  await Promise.all([db.delete(), plain.delete()]);
  return result;
}
