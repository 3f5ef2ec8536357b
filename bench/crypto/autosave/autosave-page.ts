/**
 * Page side of the autosave benchmark (issues 4 and 7): what one autosave costs in Chromium with
 * encryption, its outbox entry and strict durability, beside a raw single put into a plain Dexie
 * table in the same page. The three operations are interleaved, so load on the machine falls on
 * all of them alike.
 */
import Dexie from 'dexie';
import { importAesKey } from '../../../renderer/src/db/crypto/aes';
import { randomBytes } from '../../../renderer/src/db/crypto/bytes';
import { KeyRing } from '../../../renderer/src/db/crypto/keyring';
import { AmparoDatabase } from '../../../renderer/src/db/database';
import { createDocumentsRepository } from '../../../renderer/src/db/documents-repository';
import { createNotesRepository } from '../../../renderer/src/db/notes-repository';
import { distribution, type Distribution } from '../../lib/stats';
import { noteTextGenerator, syntheticBenchCases } from '../../lib/synthetic-data';

export interface AutosaveResult {
  iterations: number;
  rawPut: Distribution;
  caseUpdate: Distribution;
  noteSave: Distribution;
  outboxRows: number;
  noteRevisions: number;
}

export async function autosave(args: {
  iterations?: number;
  warmup?: number;
  /** Only this operation (for a CPU profile of one of them); all three by default. */
  only?: 'rawPut' | 'caseUpdate' | 'noteSave';
}): Promise<AutosaveResult> {
  const runs = (key: 'rawPut' | 'caseUpdate' | 'noteSave') => !args.only || args.only === key;
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
  const notes = createNotesRepository(() => db);
  const noteId = crypto.randomUUID();
  const opening = noteTextGenerator(3).text(1_000);
  const rowText = noteTextGenerator(5).text(1_000);

  const rawPut: number[] = [];
  const caseUpdate: number[] = [];
  const noteSave: number[] = [];
  let typed = '';
  for (let i = 0; i < warmup + iterations; i += 1) {
    const keep = i >= warmup;
    let t0 = performance.now();
    if (runs('rawPut'))
      await plain.table('rows').put({ id: `row-${i}`, caseId, body: rowText, at: Date.now() });
    if (keep) rawPut.push(performance.now() - t0);

    t0 = performance.now();
    if (runs('caseUpdate'))
      await documents.update(caseId, (doc) => {
        (doc['custody'] as Record<string, unknown>)['iceOffice'] = `ERO New Orleans, desk ${i}`;
        return doc;
      });
    if (keep) caseUpdate.push(performance.now() - t0);

    typed += i % 7 === 6 ? ' ' : String.fromCharCode(97 + (i % 26));
    t0 = performance.now();
    if (runs('noteSave')) await notes.save({ noteId, caseId, body: `${opening}\n${typed}` });
    if (keep) noteSave.push(performance.now() - t0);
  }
  const result: AutosaveResult = {
    iterations,
    rawPut: distribution(rawPut),
    caseUpdate: distribution(caseUpdate),
    noteSave: distribution(noteSave),
    outboxRows: await db.outbox.count(),
    noteRevisions: await db.noteRevisions.count(),
  };
  db.close();
  plain.close();
  await Promise.all([db.delete(), plain.delete()]);
  return result;
}
